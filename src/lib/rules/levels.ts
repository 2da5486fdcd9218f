/** The three levels of rétribution of the contract (art. 6), kept apart so that forms can list them cheaply. */
import { anniversary } from './calendar-basics';
import type { ISODate } from './explain';
import { requireDateSpan } from './validate';

export type Level = 'A' | 'B' | 'C';
export const LEVELS: readonly Level[] = ['A', 'B', 'C'];

/**
 * The levels of a contract when no avenant is known: A from the start, B on the first anniversary of
 * the start, C on the second, each only while the contract runs. Moving to B or C is the référent's
 * decision (Vade-Mecum §4.6), taken by avenant: this is the usual path, not a right.
 */
export function contractLevels(
	contractStart: ISODate,
	contractEnd: ISODate
): { from: ISODate; level: Level }[] {
	const { start, end } = requireContractPeriod(contractStart, contractEnd);
	return LEVELS.map((level, years) => ({ from: anniversary(start, years), level })).filter(
		(change) => change.from <= end
	);
}

/** Checks the contract's start and end dates, the end on or after the start. */
export function requireContractPeriod(
	start: unknown,
	end: unknown
): { start: ISODate; end: ISODate } {
	return requireDateSpan(
		start,
		end,
		{ field: 'contractStart', label: 'Début du contrat' },
		{ field: 'contractEnd', label: 'Fin du contrat' }
	);
}
