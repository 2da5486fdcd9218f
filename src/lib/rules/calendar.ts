/**
 * Belgian public holidays and working days; the day arithmetic lives in calendar-basics.ts and is
 * re-exported here for the rules.
 */
import { compareIso, offsetDate, isoDate, isSunday } from './calendar-basics';
import type { ISODate } from './explain';
import { publicHolidayRules, type HolidayRule } from './parameters/calendar';
import { rowOn } from './parameters/table';
import { MAX_YEAR, requireNumber } from './validate';

/** The list of public holidays in force since the law of 4 January 1974. */
const FIRST_HOLIDAY_YEAR = 1974;

export {
	offsetDate,
	completedYears,
	anniversary,
	lastDayOfMonths,
	compareIso,
	countSundays,
	daysInclusive,
	daysInMonth,
	writeDate,
	fromDayNumber,
	isLeapYear,
	isoDate,
	isoWeekday,
	isSunday,
	mondayOf,
	toDayNumber,
	weekdayOfDay
} from './calendar-basics';

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): ISODate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return isoDate(year, month, day);
}

function holidayDate(rule: HolidayRule, year: number): ISODate {
	return 'easterOffset' in rule
		? offsetDate(easterSunday(year), rule.easterOffset)
		: isoDate(year, rule.month, rule.day);
}

/**
 * The ten legal public holidays of a year (AR of 18 April 1974). Easter Sunday and Whit Sunday are
 * not among them: they always fall on a Sunday.
 */
export function belgianPublicHolidays(year: number): { date: ISODate; name: string }[] {
	requireNumber(year, 'year', 'Année', { min: FIRST_HOLIDAY_YEAR, max: MAX_YEAR, integer: true });
	const rules = rowOn(publicHolidayRules, isoDate(year, 1, 1), {
		field: 'year',
		label: 'Année'
	}).value;
	return rules
		.map((rule) => ({ date: holidayDate(rule, year), name: rule.name }))
		.sort((a, b) => compareIso(a.date, b.date));
}

const holidayCache = new Map<number, Map<ISODate, string>>();

/** The name of the legal public holiday on `date`, or undefined. */
export function publicHolidayName(date: ISODate): string | undefined {
	const year = Number(date.slice(0, 4));
	let byDate = holidayCache.get(year);
	if (!byDate) {
		byDate = new Map();
		// Two holidays can share a day (Ascension on 1 May in 2008): the day carries both names.
		for (const { date: day, name } of belgianPublicHolidays(year)) {
			const other = byDate.get(day);
			byDate.set(day, other === undefined ? name : `${other} et ${name}`);
		}
		holidayCache.set(year, byDate);
	}
	return byDate.get(date);
}

/** A Belgian "jour ouvrable": every day but Sundays and legal public holidays (Saturdays count). */
export function isWorkingDay(date: ISODate): boolean {
	return !isSunday(date) && publicHolidayName(date) === undefined;
}
