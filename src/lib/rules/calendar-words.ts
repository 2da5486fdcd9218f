/**
 * Dates in French words, with date-fns and its French locale. A date is read as a calendar day in UTC
 * (`UTCDate`), so the device's time zone never moves it to the day before or after.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { digitsAt } from './calendar-basics';
import type { ISODate } from './explain';

/** The calendar day of an ISO date, for date-fns; unchecked (the callers have checked the date). */
export function utcDay(date: ISODate): UTCDate {
	return new UTCDate(digitsAt(date, 0, 4), digitsAt(date, 5, 2) - 1, digitsAt(date, 8, 2));
}

/** « mardi 29/12/2026 »: the weekday where the day matters (a notice, a holiday). */
export function dayWithWeekday(date: ISODate): string {
	return format(utcDay(date), 'EEEE dd/MM/yyyy', { locale: fr });
}

/** « 1er mai », « 21 juillet »: a day of every year. */
export function dayAndMonth(month: number, day: number): string {
	const text = format(new UTCDate(2000, month - 1, day), 'd MMMM', { locale: fr });
	return day === 1 ? text.replace(/^1 /, '1er ') : text;
}
