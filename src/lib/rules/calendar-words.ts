/**
 * Dates in French words, from date-fns' French locale. The names are read from the locale directly:
 * date-fns' `format` would bring its pattern machinery (5 KiB gzip) to every page that writes a notice
 * date, for two fixed patterns.
 */
import type { Day, Month } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { isoWeekday, writeDate } from './calendar-basics';
import type { ISODate } from './explain';

/** « mardi 29/12/2026 »: the weekday where the day matters (a notice, a holiday). */
export function dayWithWeekday(date: ISODate): string {
	// The locale counts the days from Sunday (0), ISO from Monday (1) to Sunday (7).
	return `${fr.localize.day((isoWeekday(date) % 7) as Day, { width: 'wide' })} ${writeDate(date)}`;
}

/** « 1er mai », « 21 juillet »: a day of every year. */
export function dayAndMonth(month: number, day: number): string {
	return `${day === 1 ? '1er' : day} ${fr.localize.month((month - 1) as Month, { width: 'wide' })}`;
}
