/** The three levels of rétribution of the contract (art. 6), kept apart so that forms can list them cheaply. */
import { anniversary } from './calendar-basics';
import { RuleInputError } from './errors';
import type { ISODate } from './explain';
import { requireDate } from './validate';

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
	const period = {
		start: requireDate(start, 'contractStart', 'Début du contrat'),
		end: requireDate(end, 'contractEnd', 'Fin du contrat')
	};
	if (period.end < period.start) {
		throw new RuleInputError(
			'contractEnd',
			'Fin du contrat : la date de fin doit être égale ou postérieure à la date de début.'
		);
	}
	return period;
}
