/**
 * The contract's calendar. Apart from the employer's cost: the timeline brings the contract, stage
 * d'insertion and allowance rules, which the employer's page does not show.
 */
import { contractTimeline, formatDate } from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { scenarioLevels, type Scenario } from '../scenario';
import { premiumsOf } from './employer';

export function timelineOf(s: Scenario, premiums = premiumsOf(s)) {
	return attempt(() =>
		contractTimeline({
			birthDate: s.birthDate,
			signingDate: s.signingDate,
			contractStart: s.contractStart,
			contractEnd: s.contractEnd,
			levels: scenarioLevels(s),
			region: s.region,
			operator: s.operator,
			...(premiums.ok ? { premiums: premiums.value.value } : {}),
			insertion: {
				outcome: s.outcome,
				earlierContracts: s.earlierContracts,
				hasQualifyingDiploma: s.hasQualifyingDiploma
			}
		})
	);
}

/** The calendar's answer: how many dates, the next big ones. */
export function timelineAnswer(s: Scenario, timeline = timelineOf(s)): string {
	if (!timeline.ok) return 'Le calendrier attend une correction des dates du contrat.';
	const events = timeline.value.value;
	return `${events.length} dates du ${formatDate(events[0]!.date)} au ${formatDate(events.at(-1)!.date)} : signature, DIMONA, fin de l'essai, niveaux, âges, vacances, primes, fin du contrat et stage d'insertion.`;
}
