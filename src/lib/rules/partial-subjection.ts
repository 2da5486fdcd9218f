/**
 * An apprentice's limited social security subjection (DmfA): no personal contribution until 31 December of
 * the year of the 18th birthday. Apart from the net pay, so the employer's cost and the calendar read it
 * without loading the tax rules.
 */
import type { ISODate } from './explain';
import { requireDate } from './validate';

/** The last year of partial subjection: the calendar year of the 18th birthday. */
export function lastPartialYear(birthDate: ISODate): number {
	return Number(requireDate(birthDate, 'birthDate', 'Date de naissance').slice(0, 4)) + 18;
}
