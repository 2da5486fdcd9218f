/** The calendar helpers of the public API, with their inputs checked like every rule (the rules use `offsetDate` and `completedYears`). */
import * as calendar from './calendar-basics';
import type { ISODate } from './explain';
import { requireDate, requireNumber } from './validate';

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: ISODate, days: number): ISODate {
	const start = requireDate(date, 'date', 'Date');
	const shift = requireNumber(days, 'days', 'Nombre de jours', {
		min: -100_000,
		max: 100_000,
		integer: true
	});
	return requireDate(calendar.offsetDate(start, shift), 'days', 'Date obtenue');
}

/** Age in whole years on `on`: a birthday counts from that day. */
export function ageOn(birthDate: ISODate, on: ISODate): number {
	const birth = requireDate(birthDate, 'birthDate', 'Date de naissance');
	const day = requireDate(on, 'on', 'Date');
	return Math.max(0, calendar.completedYears(birth, day));
}
