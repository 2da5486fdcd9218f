/** The stage d'insertion of the scenario: days left after its contracts, the stage's last day, both regimes compared. */
import {
	formatDate,
	insertionInternshipEndDate,
	insertionInternshipRemainingDays,
	insertionRegimesCompared,
	type InsertionInput,
	completedYears
} from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { internshipStart, requestDate } from '../picks';
import type { Scenario } from '../scenario';

/** The contracts (earlier ones and this one) and the person, as the stage rules read them. */
export function insertionProfile(s: Scenario): Omit<InsertionInput, 'requestDate'> {
	return {
		contracts: [...s.earlierContracts, { start: s.contractStart, end: s.contractEnd }],
		outcome: s.outcome,
		ageAtRequest: completedYears(s.birthDate, requestDate(s)),
		hasQualifyingDiploma: s.hasQualifyingDiploma
	};
}

export function insertionOf(s: Scenario) {
	const profile = insertionProfile(s);
	const remaining = attempt(() =>
		insertionInternshipRemainingDays({ ...profile, requestDate: requestDate(s) })
	);
	const days = remaining.ok ? remaining.value.value : null;
	const startDate = internshipStart(s);
	return {
		remaining,
		startDate,
		end: days
			? attempt(() => insertionInternshipEndDate({ startDate, remainingDays: days }))
			: null,
		compared: attempt(() => insertionRegimesCompared(profile))
	};
}

/** The page's answer: the days of stage left for the request, the date said to be proposed until typed. */
export function insertionAnswer(s: Scenario, { remaining } = insertionOf(s)): string {
	if (!remaining.ok) return 'Le calcul attend une correction ci-dessous.';
	const request = `${formatDate(requestDate(s))}${s.requestDate === null ? ' (date proposée : le lendemain de la fin du contrat)' : ''}`;
	const days = remaining.value.value;
	if (days === null)
		return `Pour une demande le ${request}, l'alternance n'ouvre pas le droit aux allocations d'insertion.`;
	return `Pour une demande le ${request} : ${days} jour${days > 1 ? 's' : ''} de stage d'insertion à faire.`;
}
