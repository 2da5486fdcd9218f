/** Plain words for the stage d'insertion page: the rules in force, day counts, the two regimes side by side. */
import { formatDate, type ISODate, type InsertionRegimesComparison, offsetDate } from '$lib/rules';
import { insertionRegimeTable, type InsertionRegime } from '$lib/rules/parameters/insertion';
import { rowOn, type DatedRow } from '$lib/rules/parameters/table';

/** The SIP rules in force on a request date (refused before the first rules of 2015). */
export function regimeOn(date: ISODate): DatedRow<InsertionRegime> {
	return rowOn(insertionRegimeTable, date, { field: 'requestDate', label: 'Date de la demande' });
}

export interface RegimeSide {
	/** « jusqu'au 28/02/2026 », « à partir du 01/03/2026 ». */
	when: string;
	regime: InsertionRegime;
	/** Days of SIP left, null when the alternance does not open the right. */
	left: number | null;
	/** Whether the person's request falls under these rules. */
	applies: boolean;
}

/** The two regimes of a comparison, each with the rules that frame it. */
export function regimeSides(c: InsertionRegimesComparison, requestDate: ISODate): RegimeSide[] {
	const lastDayBefore = offsetDate(c.reformDate, -1);
	return [
		{
			when: `jusqu'au ${formatDate(lastDayBefore)}`,
			regime: regimeOn(lastDayBefore).value,
			left: c.before,
			applies: requestDate < c.reformDate
		},
		{
			when: `à partir du ${formatDate(c.reformDate)}`,
			regime: regimeOn(c.reformDate).value,
			left: c.after,
			applies: requestDate >= c.reformDate
		}
	];
}
