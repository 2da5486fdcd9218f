import type { DatePeriod } from '$lib/rules';
import { current } from '$lib/scenario/current.svelte';

/** What the person says about the trial period: the trial section edits it, the notice section reads it too. */
export class TrialInputs {
	startsAtCentre = $state(false);
	/** Follows the contract start until the person types another day. */
	firstDayInCompany = $derived(current.scenario.contractStart);
	suspensions = $state<DatePeriod[]>([]);
}
