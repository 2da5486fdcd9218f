/** The picks that count in calendar months, apart from picks.ts so pages that need none do not load date-fns. */
import { addMonths as addCalendarMonths } from 'date-fns';
import type { ISODate } from '$lib/rules';
import { isoDate } from '$lib/rules';
import type { Scenario } from './scenario';

/** The same day `months` later, or the last day of that month when the day does not exist (date-fns, on a local calendar day). */
export function addMonths(date: ISODate, months: number): ISODate {
	const later = addCalendarMonths(
		new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
		months
	);
	return isoDate(later.getFullYear(), later.getMonth() + 1, later.getDate());
}

/** The two dates of the amount comparison: those picked, else the contract start and one year later. */
export const compareDates = (s: Scenario): [ISODate, ISODate] =>
	s.picks.compareDates ?? [s.contractStart, addMonths(s.contractStart, 12)];

/** The day the notice is handed over or sent: the one entered, else an example two months after the start. */
export const noticeDate = (s: Scenario): ISODate => s.notice.date ?? addMonths(s.contractStart, 2);
