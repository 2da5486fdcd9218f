/** The picks that count in calendar months, apart from picks.ts so pages that need none do not load date-fns. */
import { addMonths } from 'date-fns';
import { isoDate, utcDay, type ISODate } from '$lib/rules';
import type { Scenario } from './scenario';

/** The same day `months` later, or the last day of that month when the day does not exist (31/01 + 1 → 28/02). */
export function monthsLater(date: ISODate, months: number): ISODate {
	const later = addMonths(utcDay(date), months);
	return isoDate(later.getFullYear(), later.getMonth() + 1, later.getDate());
}

/** The two dates of the amount comparison: those picked, else the contract start and one year later. */
export const compareDates = (s: Scenario): [ISODate, ISODate] =>
	s.picks.compareDates ?? [s.contractStart, monthsLater(s.contractStart, 12)];

/** The day the notice is handed over or sent: the one entered, else an example two months after the start. */
export const noticeDate = (s: Scenario): ISODate =>
	s.notice.date ?? monthsLater(s.contractStart, 2);
