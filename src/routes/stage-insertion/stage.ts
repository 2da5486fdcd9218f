/** The days of stage left for a request: the page loads this module, and with it the rules of the stage, right after its form. */
import { insertionInternshipRemainingDays, type Explained, type ISODate, type InsertionInput } from '$lib/rules';
import { attempt, type Attempt } from '$lib/ui/attempt';

export function remainingDays(profile: Omit<InsertionInput, 'requestDate'>, requestDate: ISODate): Attempt<Explained<number | null>> {
	return attempt(() => insertionInternshipRemainingDays({ ...profile, requestDate }));
}
