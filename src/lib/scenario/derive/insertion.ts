/** The stage d'insertion of the scenario: days left after its contracts, the stage's last day, both regimes compared. */
import { insertionInternshipEndDate, insertionInternshipRemainingDays, insertionRegimesCompared, type InsertionInput } from '$lib/rules';
import { ageOn } from '$lib/rules/calendar';
import { attempt } from '$lib/ui/attempt';
import { internshipStart, requestDate } from '../picks';
import type { Scenario } from '../scenario';

/** The contracts (earlier ones and this one) and the person, as the stage rules read them. */
export function insertionProfile(s: Scenario): Omit<InsertionInput, 'requestDate'> {
	return {
		contracts: [...s.earlierContracts, { start: s.contractStart, end: s.contractEnd }],
		outcome: s.outcome,
		ageAtRequest: ageOn(s.birthDate, requestDate(s)),
		hasQualifyingDiploma: s.hasQualifyingDiploma
	};
}

export function insertionOf(s: Scenario) {
	const profile = insertionProfile(s);
	const remaining = attempt(() => insertionInternshipRemainingDays({ ...profile, requestDate: requestDate(s) }));
	const days = remaining.ok ? remaining.value.value : null;
	const startDate = internshipStart(s);
	return {
		remaining,
		startDate,
		end: days ? attempt(() => insertionInternshipEndDate({ startDate, remainingDays: days })) : null,
		compared: attempt(() => insertionRegimesCompared(profile))
	};
}
