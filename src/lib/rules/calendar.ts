/**
 * Calendar helpers on ISO dates. Dates are counted as whole days since 1970-01-01 in UTC, so no
 * result depends on the time zone or on daylight-saving changes of the device.
 */
import { RuleInputError } from './errors';
import { daysInMonth, formatDate, isLeapYear, isoDate } from './calendar-basics';
import type { ISODate } from './explain';
import { publicHolidayRules, type HolidayRule } from './parameters/calendar';
import { rowOn } from './parameters/table';
import { MAX_YEAR, requireNumber } from './validate';

/** The list of public holidays in force since the law of 4 January 1974. */
const FIRST_HOLIDAY_YEAR = 1974;

export { daysInMonth, formatDate, isLeapYear, isoDate };

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, by integer arithmetic (proleptic Gregorian calendar). */
export function toDayNumber(date: ISODate): number {
	const month = Number(date.slice(5, 7));
	const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
	const era = Math.floor(year / 400);
	const yearOfEra = year - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** The 'YYYY-MM-DD' date of a day number, the inverse of toDayNumber. */
export function fromDayNumber(day: number): ISODate {
	const shifted = day + 719_468;
	const era = Math.floor(shifted / 146_097);
	const dayOfEra = shifted - era * 146_097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
	const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
	const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
	return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth);
}

export function addDays(date: ISODate, days: number): ISODate {
	return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `start` to `end`, both included (0 when end is before start). */
export function daysInclusive(start: ISODate, end: ISODate): number {
	return Math.max(0, toDayNumber(end) - toDayNumber(start) + 1);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: ISODate): number {
	// 1970-01-01 was a Thursday (ISO day 4).
	return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isSunday(date: ISODate): boolean {
	return isoWeekday(date) === 7;
}

/** Sundays from `start` to `end`, both included. */
export function countSundays(start: ISODate, end: ISODate): number {
	const first = toDayNumber(start);
	const last = toDayNumber(end);
	if (last < first) return 0;
	// 1970-01-04 (day 3) was a Sunday: count the Sundays up to each bound.
	const sundaysUpTo = (day: number) => Math.floor((day - 3) / 7);
	return sundaysUpTo(last) - sundaysUpTo(first - 1);
}

/** The ISO week a date belongs to, as 'YYYY-Www', so that weeks across a year end stay whole. */
export function isoWeekKey(date: ISODate): string {
	const day = toDayNumber(date);
	const thursday = day - isoWeekday(date) + 4;
	const year = Number(fromDayNumber(thursday).slice(0, 4));
	const week = Math.floor((thursday - toDayNumber(`${year}-01-01`)) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of the ISO week of `date`. */
export function mondayOf(date: ISODate): ISODate {
	return addDays(date, 1 - isoWeekday(date));
}





/**
 * The day a person born on `birthDate` reaches `years` years. Someone born on 29 February reaches
 * it on 1 March in a common year: the anniversary day does not exist, so it is not yet passed on 28 February.
 */
export function anniversary(birthDate: ISODate, years: number): ISODate {
	const year = Number(birthDate.slice(0, 4)) + years;
	const monthDay = birthDate.slice(5);
	if (monthDay === '02-29' && !isLeapYear(year)) return isoDate(year, 3, 1);
	return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Age in whole years on `on`: a birthday counts from that day. */
export function ageOn(birthDate: ISODate, on: ISODate): number {
	let age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
	if (anniversary(birthDate, age) > on) age -= 1;
	return age;
}

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
		? addDays(easterSunday(year), rule.easterOffset)
		: isoDate(year, rule.month, rule.day);
}

/**
 * The ten legal public holidays of a year (AR of 18 April 1974). Easter Sunday and Whit Sunday are
 * not among them: they always fall on a Sunday.
 */
export function belgianPublicHolidays(year: number): { date: ISODate; name: string }[] {
	requireNumber(year, 'year', 'Année', { min: FIRST_HOLIDAY_YEAR, max: MAX_YEAR, integer: true });
	const rules = rowOn(publicHolidayRules, isoDate(year, 1, 1), 'year').value;
	return rules
		.map((rule) => ({ date: holidayDate(rule, year), name: rule.name }))
		.sort((a, b) => a.date.localeCompare(b.date));
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
