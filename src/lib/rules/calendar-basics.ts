/**
 * Day arithmetic, month lengths and date text, apart from the calendar module (public holidays) so
 * forms and input checks stay light. Dates are counted as whole days since 1970-01-01, so no result
 * depends on the time zone or on daylight-saving changes of the device. These are the hot paths of the
 * rules (timed below); dates in words and month arithmetic use date-fns, in calendar-words.ts.
 */
import type { ISODate } from './explain';

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function isoDate(year: number, month: number, day: number): ISODate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Writes an ISO date the Belgian way, 31/12/2026, without checking it (the public `formatDate` checks). */
export function writeDate(date: ISODate): string {
	return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * Orders ISO dates and timestamps, which sort as text. Not localeCompare: its first call starts the
 * collator, about 50 ms on a slow phone, for an order that needs none.
 */
export function compareIso(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The number written with `count` digits from `at` (the callers have checked they are digits). */
export function digitsAt(text: string, at: number, count: number): number {
	let value = 0;
	for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
	return value;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, by integer arithmetic (proleptic Gregorian calendar). */
export function toDayNumber(date: ISODate): number {
	const month = digitsAt(date, 5, 2);
	const year = digitsAt(date, 0, 4) - (month <= 2 ? 1 : 0);
	const era = Math.floor(year / 400);
	const yearOfEra = year - era * 400;
	const dayOfYear =
		Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digitsAt(date, 8, 2) - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** The 'YYYY-MM-DD' date of a day number, the inverse of toDayNumber. */
export function fromDayNumber(day: number): ISODate {
	const shifted = day + 719_468;
	const era = Math.floor(shifted / 146_097);
	const dayOfEra = shifted - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
	const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
	const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
	return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth);
}

/**
 * The date `days` days after `date`, without checking either (the public `addDays` checks). Day numbers,
 * not date-fns: parseISO + addDays + format took 6,6 µs a call against 0,27 µs here (Node 20, 2026-11), and
 * on local dates it skips 2011-12-30 under TZ=Pacific/Apia (29/12 + 1 day gave 31/12).
 */
export function offsetDate(date: ISODate, days: number): ISODate {
	return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `start` to `end`, both included (0 when end is before start). */
export function daysInclusive(start: ISODate, end: ISODate): number {
	return Math.max(0, toDayNumber(end) - toDayNumber(start) + 1);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: ISODate): number {
	return weekdayOfDay(toDayNumber(date));
}

/** ISO day of the week of a day number. */
export function weekdayOfDay(day: number): number {
	// 1970-01-01 was a Thursday (ISO day 4).
	return ((((day + 3) % 7) + 7) % 7) + 1;
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

/**
 * Monday of the ISO week of `date`. Day numbers, not date-fns: startOfISOWeek on a UTCDate took 5,0 µs a call
 * against 0,27 µs here (Node 20, 2026-11), and the weekly totals ask for every shift at each keystroke.
 */
export function mondayOf(date: ISODate): ISODate {
	return offsetDate(date, 1 - isoWeekday(date));
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

/** Age in whole years on `on`: a birthday counts from that day; unchecked (the public `ageOn` checks). */
export function completedYears(birthDate: ISODate, on: ISODate): number {
	const year = digitsAt(on, 0, 4);
	const age = year - digitsAt(birthDate, 0, 4);
	// The birthday as month × 100 + day, in numbers: every shift of a schedule asks.
	let birthday = digitsAt(birthDate, 5, 2) * 100 + digitsAt(birthDate, 8, 2);
	if (birthday === 229 && !isLeapYear(year)) birthday = 301;
	return digitsAt(on, 5, 2) * 100 + digitsAt(on, 8, 2) < birthday ? age - 1 : age;
}

/**
 * Last day of a span of whole months from `start`, counted "de quantième à veille de quantième":
 * the day before the same day of the month, or the month's last day when that day does not exist.
 */
export function lastDayOfMonths(start: ISODate, months: number): ISODate {
	const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	const day = Number(start.slice(8, 10));
	const length = daysInMonth(year, month);
	return day > length ? isoDate(year, month, length) : offsetDate(isoDate(year, month, day), -1);
}
