import type { VacationPeriod } from '$lib/rules';
import { julyPeriods } from './vacation-page';

/** The page's own inputs of the sections below the summary: a class, so those sections edit them in place and the summary follows. */
export class VacationInputs {
	#year: () => number;
	startsOrResumesActivity = $state(true);
	monthsThisYear = $state(6);
	daysThisYear = $state(78);
	construction = $state(false);
	rttDays = $state(0);
	/** Follows the vacation year until the person edits the list. */
	periods: VacationPeriod[] = $derived.by(() => julyPeriods(this.#year()));

	constructor(year: () => number) {
		this.#year = year;
	}
}
