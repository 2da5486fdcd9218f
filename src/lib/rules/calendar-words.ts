/**
 * Dates in French words, with date-fns and its French locale. A date is read as a calendar day in UTC
 * (`utcDay`), so the device's time zone never moves it to the day before or after.
 */
import { format } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { isoDate } from './calendar-basics';
import type { ISODate } from './explain';
import { utcDay } from './utc-day';

/** « mardi 29/12/2026 »: the weekday where the day matters (a notice, a holiday). */
export function dayWithWeekday(date: ISODate): string {
	return format(utcDay(date), 'EEEE dd/MM/yyyy', { locale: fr });
}

/** « 1er mai », « 21 juillet »: a day of every year. */
export function dayAndMonth(month: number, day: number): string {
	const text = format(utcDay(isoDate(2000, month, day)), 'd MMMM', { locale: fr });
	return day === 1 ? text.replace(/^1 /, '1er ') : text;
}
