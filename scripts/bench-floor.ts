/**
 * The "floor" of the rules engine for `npm run bench`: the same arithmetic as the engine on the bench
 * scenario — the same parameter rows looked up by date, the same roundings, the same schedule checks —
 * with no explanation trace, no sources, no warnings, no input validation and no French text: integer
 * cents and day numbers in plain loops. Timed next to the engine, it turns the engine's overhead into a
 * ratio. `floorMatchesEngine` runs both once and lists where their numbers differ.
 *
 * The parameter tables are imported, never copied: each is turned once into day numbers and cents.
 */
import {
	addDays,
	checkWorkSchedule,
	familyAllowanceByMonth,
	insertionInternshipRemainingDays,
	paidVacationBlueCollar,
	paidVacationWhiteCollar,
	paySchedule,
	SCHEDULE_RULES,
	vacationPayBlueCollar,
	type AppliedAllowanceRule,
	type BlueCollarPayInput,
	type BlueCollarVacationInput,
	type FamilyAllowanceRangeInput,
	type InsertionInput,
	type ISODate,
	type PayScheduleInput,
	type Region,
	type ScheduleRule,
	type ShiftInput,
	type WhiteCollarVacationInput,
	type WorkScheduleInput
} from '../src/lib/rules/index';
// The engine's unchecked date and cents arithmetic: the floor counts and rounds alike.
import { easterSunday } from '../src/lib/rules/calendar';
import {
	completedYears,
	daysInMonth,
	digitsAt,
	fromDayNumber,
	isLeapYear,
	toDayNumber,
	weekdayOfDay
} from '../src/lib/rules/calendar-basics';
import { applyRate, toCents } from '../src/lib/rules/money';
import { publicHolidayRules } from '../src/lib/rules/parameters/calendar';
import {
	allowanceAgeTable,
	allowanceRuleTables,
	type AllowanceRule
} from '../src/lib/rules/parameters/family-allowance';
import * as insertionModule from '../src/lib/rules/parameters/insertion';
import { levelRateTable, rmmmgTable } from '../src/lib/rules/parameters/retribution';
import type { ParameterTable } from '../src/lib/rules/parameters/table';
import * as vacationModule from '../src/lib/rules/parameters/vacation';
import * as workingTimeModule from '../src/lib/rules/parameters/working-time';
import {
	NIGHT_DEROGATIONS,
	type NightDerogation,
	type TimeWindow
} from '../src/lib/rules/parameters/working-time';

const MINUTES_PER_DAY = 24 * 60;

// ---------------------------------------------------------------------------------------------
// Days: whole days since 1970-01-01 (the engine's day arithmetic of calendar-basics, plus this from numbers).

/** Day number of a calendar date (proleptic Gregorian, the engine's formula). */
function dayOf(year: number, month: number, day: number): number {
	const y = year - (month <= 2 ? 1 : 0);
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	return (
		era * 146_097 +
		yearOfEra * 365 +
		Math.floor(yearOfEra / 4) -
		Math.floor(yearOfEra / 100) +
		dayOfYear -
		719_468
	);
}

/** Sundays up to a day included (day 3 was a Sunday). */
const sundaysUpTo = (day: number) => Math.floor((day - 3) / 7);

/** 'HH:MM' in minutes after midnight. */
const clock = (time: string) => digitsAt(time, 0, 2) * 60 + digitsAt(time, 3, 2);

/** Age in whole years on a date: one less until the month and day of birth are reached (29 February: 1 March). */
const ageAt = (year: number, monthDay: number, birthYear: number, birthMonthDay: number) =>
	year - birthYear - (monthDay < birthMonthDay ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Parameter tables by day number.

/** A table's rows as day numbers, converted values, and the span of the last row found: dates in order cost two comparisons. */
class Dated<T> {
	private low = 0;
	private high = -1;
	private hit: T | undefined;

	constructor(
		private readonly starts: readonly number[],
		private readonly values: readonly T[]
	) {}

	/** The value in force on `day` (undefined before the first row, a date the engine refuses). */
	on(day: number): T {
		if (day >= this.low && day < this.high) return this.hit!;
		let i = -1;
		while (i + 1 < this.starts.length && this.starts[i + 1]! <= day) i++;
		this.low = i < 0 ? -Infinity : this.starts[i]!;
		this.high = this.starts[i + 1] ?? Infinity;
		this.hit = this.values[i];
		return this.hit!;
	}

	latest(): T {
		return this.values[this.values.length - 1]!;
	}
}

function dated<S, T = S>(
	table: ParameterTable<S>,
	convert: (value: S) => T = (value) => value as unknown as T
): Dated<T> {
	return new Dated(
		table.rows.map((row) => toDayNumber(row.from)),
		table.rows.map((row) => convert(row.value))
	);
}

type DatedTables<M> = {
	[K in keyof M as M[K] extends ParameterTable<unknown> ? K : never]: M[K] extends ParameterTable<
		infer T
	>
		? Dated<T>
		: never;
};

/** Every table of a parameter module, its values as they are, under the module's names. */
function datedTables<M extends object>(module: M): DatedTables<M> {
	return Object.fromEntries(
		Object.entries(module)
			.filter(([, value]) => typeof value === 'object' && value !== null && 'rows' in value)
			.map(([name, table]) => [name, dated(table as ParameterTable<unknown>)])
	) as DatedTables<M>;
}

/** A time window in minutes; `to` lies past `from` (the next day when it crosses midnight); `endsAt` is its end as written. */
interface Window {
	from: number;
	to: number;
	endsAt: number;
}

function window({ from, to }: TimeWindow): Window {
	const start = clock(from);
	const end = clock(to);
	return { from: start, to: end <= start ? end + MINUTES_PER_DAY : end, endsAt: end };
}

const rmmmgCents = dated(rmmmgTable, toCents);
const levelRates = dated(levelRateTable);
const vacation = datedTables(vacationModule);
const insertion = datedTables(insertionModule);
const holidayRules = dated(publicHolidayRules);
// The schedule's tables as they are, and those read in minutes.
const hours = datedTables(workingTimeModule);
const nightWindows = dated(workingTimeModule.nightWindowTable, (value) => ({
	minor: window(value.minor),
	// Sorted by the end of the night, as the engine picks the latest end at or before the shift's start.
	derogations: Object.fromEntries(
		Object.entries(value.derogations).map(([name, windows]) => [
			name,
			windows.map(window).sort((a, b) => a.endsAt - b.endsAt)
		])
	) as Record<NightDerogation, Window[]>
}));
const absoluteNight = dated(workingTimeModule.absoluteNightTable, window);
const halfDayBoundary = dated(workingTimeModule.halfDayBoundaryTable, clock);
const allowanceAges = dated(allowanceAgeTable, (value) => ({
	...value,
	unconditionalMonth: digitsAt(value.unconditionalUntilMonthDay, 0, 2),
	unconditionalDay: digitsAt(value.unconditionalUntilMonthDay, 3, 2)
}));
const allowanceRules = Object.fromEntries(
	Object.entries(allowanceRuleTables).map(([region, table]) => [
		region,
		dated(table, (rule: AllowanceRule) => ({
			rule,
			ceilingCents: rule.kind === 'income-ceiling' ? toCents(rule.monthlyCeiling) : 0
		}))
	])
) as Record<Region, Dated<{ rule: AllowanceRule; ceilingCents: number }>>;

// ---------------------------------------------------------------------------------------------
// Pay schedule.

export interface FloorPaySchedule {
	/** Paid amount of each month, in cents. */
	paidCents: number[];
	years: number[];
	yearCents: number[];
	totalCents: number;
}

/** Each month: for each level's days in it, the level's amount on the 1st of the month × days / month length. */
export function floorPaySchedule(input: PayScheduleInput): FloorPaySchedule {
	const start = toDayNumber(input.contractStart);
	const end = toDayNumber(input.contractEnd);
	const changes = input.levels
		.map((change) => ({ from: toDayNumber(change.from), level: change.level }))
		.sort((a, b) => a.from - b.from);
	// Level A from the start unless a level is given from the first day.
	if (changes.length === 0 || changes[0]!.from > start)
		changes.unshift({ from: start, level: 'A' });
	const segments = changes.map((change, k) => {
		const next = changes[k + 1];
		return {
			level: change.level,
			from: Math.max(change.from, start),
			to: next ? (next.from <= end ? next.from - 1 : end) : end
		};
	});
	const referenceCents =
		input.referenceAmount === undefined ? undefined : toCents(input.referenceAmount);
	const employerCents =
		input.employerMonthlyAmount === undefined ? undefined : toCents(input.employerMonthlyAmount);

	let year = digitsAt(input.contractStart, 0, 4);
	let month = digitsAt(input.contractStart, 5, 2);
	const monthCount =
		(digitsAt(input.contractEnd, 0, 4) - year) * 12 + digitsAt(input.contractEnd, 5, 2) - month + 1;
	const paidCents: number[] = [];
	const years: number[] = [];
	const yearCents: number[] = [];
	let totalCents = 0;
	let first = dayOf(year, month, 1);
	for (let i = 0; i < monthCount; i++) {
		const length = daysInMonth(year, month);
		const last = first + length - 1;
		let minimum = 0;
		let covered = 0;
		for (const segment of segments) {
			const days = Math.min(last, segment.to) - Math.max(first, segment.from) + 1;
			if (days <= 0) continue;
			const full = applyRate(
				referenceCents ?? rmmmgCents.on(first),
				levelRates.on(first)[segment.level],
				100
			);
			minimum += applyRate(full, days, length);
			covered += days;
		}
		const paid =
			employerCents === undefined
				? minimum
				: Math.max(minimum, applyRate(employerCents, covered, length));
		paidCents.push(paid);
		if (years[years.length - 1] !== year) {
			years.push(year);
			yearCents.push(0);
		}
		yearCents[yearCents.length - 1]! += paid;
		totalCents += paid;
		first = last + 1;
		if (++month > 12) {
			month = 1;
			year++;
		}
	}
	return { paidCents, years, yearCents, totalCents };
}

// ---------------------------------------------------------------------------------------------
// Vacations.

/** The 1 January of the vacation year, or undefined for the latest rules. */
const rulesDay = (year: number | undefined) => (year === undefined ? undefined : dayOf(year, 1, 1));
const ruleOn = <T>(table: Dated<T>, day: number | undefined) =>
	day === undefined ? table.latest() : table.on(day);

/** Ouvrier: (A × 5 / R) × Q / S to the hundredth, then to a whole day (.50 up), read in the art. 35 scale. */
export function floorPaidVacationBlueCollar(input: BlueCollarVacationInput): {
	equivalentDays: number;
	vacationDays: number;
} {
	const on = rulesDay(input.vacationYear);
	const conversion = ruleOn(vacation.blueCollarConversionTable, on);
	const fullTime = input.fullTimeHoursPerWeek ?? conversion.fullTimeHoursPerWeek;
	const scale = 10 ** conversion.decimals;
	const equivalentScaled = applyRate(
		input.daysWorked * conversion.referenceDaysPerWeek * scale,
		input.hoursPerWeek,
		input.daysPerWeek * fullTime
	);
	const whole = Math.floor((2 * equivalentScaled + scale) / (2 * scale));
	let vacationDays = 0;
	for (const row of ruleOn(vacation.blueCollarScaleTable, on)) {
		if (whole >= row.from && (row.to === null || whole <= row.to)) {
			vacationDays = row.days;
			break;
		}
	}
	return { equivalentDays: equivalentScaled / scale, vacationDays };
}

/** Employé: 2 days per month in a 6-day week × R / 6, to a whole day (.5 up). */
export function floorPaidVacationWhiteCollar(input: WhiteCollarVacationInput): number {
	const accrual = ruleOn(vacation.whiteCollarAccrualTable, rulesDay(input.vacationYear));
	return applyRate(
		accrual.daysPerMonth * input.monthsWorked,
		input.daysPerWeek,
		accrual.referenceDaysPerWeek
	);
}

/** Ouvrier's vacation pay in cents: 15,38 % of 108 % of the gross pay (and fictitious pay), rounded once. */
export function floorVacationPayBlueCollar(input: BlueCollarPayInput): number {
	const rates = ruleOn(vacation.vacationPayTable, rulesDay(input.vacationYear));
	const base =
		toCents(input.grossPay) +
		(input.fictitiousPay === undefined ? 0 : toCents(input.fictitiousPay));
	return applyRate(base, rates.blueCollarBase * rates.blueCollarRate, 100 * 100);
}

// ---------------------------------------------------------------------------------------------
// Stage d'insertion.

/** Days of SIP left (null: no right through the alternance), by the rules in force on the request date. */
export function floorInsertionRemainingDays(input: InsertionInput): number | null {
	const periods = input.contracts
		.map((c) => ({ start: toDayNumber(c.start), end: toDayNumber(c.end) }))
		.sort((a, b) => a.start - b.start);
	// Overlapping contracts count once; the days are calendar days, both ends included, Sundays left out.
	let days = 0;
	let start = periods[0]!.start;
	let end = periods[0]!.end;
	for (let i = 1; i <= periods.length; i++) {
		const next = periods[i];
		if (next && next.start <= end) {
			end = Math.max(end, next.end);
			continue;
		}
		days += end - start + 1 - (sundaysUpTo(end) - sundaysUpTo(start - 1));
		if (next) ({ start, end } = next);
	}
	const request = toDayNumber(input.requestDate);
	const regime = insertion.insertionRegimeTable.on(request);
	const afterSuccess = () =>
		insertion.successReductionTable.on(request)
			? Math.max(0, regime.internshipDays - days)
			: regime.internshipDays;
	if (input.ageAtRequest >= regime.maximumRequestAge) return null;
	if (regime.kind === 'loi-programme-2025')
		return input.outcome === 'success' ? afterSuccess() : null;
	if (input.outcome === 'abandoned') return null;
	if (input.outcome === 'success') return afterSuccess();
	return Math.max(
		regime.failureFloorDays,
		regime.internshipDays - Math.ceil(days / regime.failureDivisor)
	);
}

// ---------------------------------------------------------------------------------------------
// Schedule check.

/**
 * A shift in numbers: its day, ISO weekday and Monday; `start` and `end` in minutes after midnight of its
 * day (`end` past 1440 when it ends the next day), `from` and `to` the same in minutes since 1970-01-01.
 */
function shiftOf(
	{ date, start: startText, end: endText }: ShiftInput,
	birthYear: number,
	birthMonthDay: number
) {
	const year = digitsAt(date, 0, 4);
	const month = digitsAt(date, 5, 2);
	const dayOfMonth = digitsAt(date, 8, 2);
	const day = dayOf(year, month, dayOfMonth);
	const weekday = weekdayOfDay(day);
	const start = clock(startText);
	const endClock = clock(endText);
	const length = endClock > start ? endClock - start : endClock + MINUTES_PER_DAY - start;
	const from = day * MINUTES_PER_DAY + start;
	return {
		day,
		weekday,
		monday: day - weekday + 1,
		start,
		end: start + length,
		from,
		to: from + length,
		age: ageAt(year, month * 100 + dayOfMonth, birthYear, birthMonthDay)
	};
}

type Shift = ReturnType<typeof shiftOf>;

/** Each rule's index in the engine's order, so that sorting the codes sorts by date then rule. */
const RULE_INDEX = Object.fromEntries(SCHEDULE_RULES.map((rule, i) => [rule, i])) as Record<
	ScheduleRule,
	number
>;
/** A violation is coded day × RULE_SLOTS + rule index. */
export const RULE_SLOTS = SCHEDULE_RULES.length;

export interface FloorScheduleCheck {
	/** Violations coded day × RULE_SLOTS + index in SCHEDULE_RULES, sorted (by date, then rule). */
	violations: number[];
	/** Sundays worked under the one-in-two derogation (one warning in the engine). */
	sundaysUnderDerogation: number;
}

/** Whether [start, end) holds a minute of the window, repeated every day (the day before, of and after suffice). */
function touches(start: number, end: number, w: Window): boolean {
	for (let offset = -MINUTES_PER_DAY; offset <= MINUTES_PER_DAY; offset += MINUTES_PER_DAY) {
		if (Math.max(start, w.from + offset) < Math.min(end, w.to + offset)) return true;
	}
	return false;
}

/** Public holidays as day numbers, built once per year from the holiday rules in force on 1 January. */
const holidayDays = new Set<number>();
const holidayYears = new Set<number>();
/** The days of the year last asked about: the year is worked out again only for a day outside it. */
let yearFrom = 0;
let yearTo = -1;

function isPublicHoliday(day: number): boolean {
	if (day < yearFrom || day >= yearTo) {
		const year = digitsAt(fromDayNumber(day), 0, 4);
		yearFrom = dayOf(year, 1, 1);
		yearTo = dayOf(year + 1, 1, 1);
		if (!holidayYears.has(year)) {
			holidayYears.add(year);
			const easter = toDayNumber(easterSunday(year));
			for (const rule of holidayRules.on(yearFrom)) {
				holidayDays.add(
					'easterOffset' in rule ? easter + rule.easterOffset : dayOf(year, rule.month, rule.day)
				);
			}
		}
	}
	return holidayDays.has(day);
}

/** The first index whose shift starts at or after `from` (shifts sorted by start). */
function lowerBound(shifts: readonly Shift[], from: number): number {
	let low = 0;
	let high = shifts.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (shifts[middle]!.from < from) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** A day Monday–Saturday, not at the training centre, with no work before the boundary, or none from it. */
function weekHasHalfDayOff(
	shifts: readonly Shift[],
	monday: number,
	boundary: number,
	centreDays: number
): boolean {
	// Bit k stands for the day monday + k.
	let mornings = 0;
	let afternoons = 0;
	for (
		let k = lowerBound(shifts, (monday - 1) * MINUTES_PER_DAY);
		k < shifts.length && shifts[k]!.day < monday + 6;
		k++
	) {
		const s = shifts[k]!;
		const offset = s.day - monday;
		if (offset >= 0) {
			if (s.start < boundary) mornings |= 1 << offset;
			if (Math.min(s.end, MINUTES_PER_DAY) > boundary) afternoons |= 1 << offset;
		}
		// A shift past midnight works the next day's morning.
		if (s.end > MINUTES_PER_DAY && offset < 5) {
			mornings |= 1 << (offset + 1);
			if (s.end - MINUTES_PER_DAY > boundary) afternoons |= 1 << (offset + 1);
		}
	}
	for (let offset = 0; offset < 6; offset++) {
		if (centreDays & (1 << (offset + 1))) continue;
		if ((mornings & afternoons & (1 << offset)) === 0) return true;
	}
	return false;
}

/** Night, rest days, daily and weekly hours, breaks, and a minor's daily and weekly rest, as the engine checks them. */
export function floorCheckWorkSchedule(input: WorkScheduleInput): FloorScheduleCheck {
	const birthYear = digitsAt(input.birthDate, 0, 4);
	const birthMonthDay = digitsAt(input.birthDate, 5, 2) * 100 + digitsAt(input.birthDate, 8, 2);
	const derogation = input.derogation ?? 'none';
	const nightDerogation = (NIGHT_DEROGATIONS as readonly string[]).includes(derogation)
		? (derogation as NightDerogation)
		: undefined;
	const training = Math.round((input.trainingCenterHoursPerWeek ?? 0) * 60);
	const regime = input.weeklyHoursRegime ?? 'standard';
	let centreDays = 0;
	for (const weekday of input.trainingCenterDays ?? []) centreDays |= 1 << weekday;

	const shifts = input.shifts.map((shift) => shiftOf(shift, birthYear, birthMonthDay));
	shifts.sort((a, b) => a.from - b.from);
	const n = shifts.length;
	const violations: number[] = [];
	const report = (day: number, rule: ScheduleRule) =>
		violations.push(day * RULE_SLOTS + RULE_INDEX[rule]);

	// Night: a minor's night window (or the derogation's), and the hours forbidden at any age.
	for (const s of shifts) {
		const ages = hours.youngWorkerAgeTable.on(s.day);
		if (s.age < ages.adult) {
			const nights = nightWindows.on(s.day);
			let w = nights.minor;
			if (nightDerogation !== undefined && s.age >= ages.nightDerogation) {
				const windows = nights.derogations[nightDerogation];
				w = windows[0]!;
				for (const candidate of windows) if (candidate.endsAt <= s.start) w = candidate;
			}
			if (touches(s.start, s.end, w)) report(s.day, 'night');
		}
		if (touches(s.start, s.end, absoluteNight.on(s.day))) report(s.day, 'night-absolute');
	}

	// Sundays and public holidays are calendar days: a shift past midnight works the next day too.
	// Shifts are in time order, so the days worked come in increasing order, each once.
	let lastDay = -Infinity;
	let lastSunday = -Infinity;
	let sundaysUnderDerogation = 0;
	const restDay = (day: number, sunday: boolean) => {
		lastDay = day;
		if (sunday) {
			if (derogation !== 'sunday-one-in-two' || lastSunday === day - 7) report(day, 'sunday');
			else sundaysUnderDerogation++;
			lastSunday = day;
		}
		if (isPublicHoliday(day)) report(day, 'public-holiday');
	};
	for (const s of shifts) {
		if (s.day > lastDay) restDay(s.day, s.weekday === 7);
		if (s.end > MINUTES_PER_DAY && s.day + 1 > lastDay) restDay(s.day + 1, s.weekday === 6);
	}

	// Daily hours, by start day: the base limit, or the longer one in a week with a half-day of rest.
	let halfDayMonday = NaN;
	let halfDayOff = false;
	for (let i = 0; i < n;) {
		const first = shifts[i]!;
		let worked = 0;
		for (; i < n && shifts[i]!.day === first.day; i++) worked += shifts[i]!.end - shifts[i]!.start;
		const limits = hours.dailyHoursTable.on(first.day);
		if (worked <= limits.base * 60) continue;
		if (worked > limits.withHalfDayOfRest * 60) {
			report(first.day, 'daily-hours');
			continue;
		}
		if (first.monday !== halfDayMonday) {
			halfDayMonday = first.monday;
			halfDayOff = weekHasHalfDayOff(
				shifts,
				first.monday,
				halfDayBoundary.on(first.day),
				centreDays
			);
		}
		if (!halfDayOff) report(first.day, 'daily-hours');
	}

	// Weekly hours, company and training centre, by ISO week, dated on the week's first shift.
	for (let i = 0; i < n;) {
		const first = shifts[i]!;
		let minutes = 0;
		for (; i < n && shifts[i]!.monday === first.monday; i++)
			minutes += shifts[i]!.end - shifts[i]!.start;
		if (minutes + training > hours.weeklyHoursTable.on(first.day)[regime].hours * 60)
			report(first.day, 'weekly-hours');
	}

	// Continuous work: touching shifts form one stretch, and for a minor so does a gap under the break.
	const breakDays = new Set<number>();
	const closeStretch = (first: Shift, last: Shift) => {
		const minor = first.age < hours.youngWorkerAgeTable.on(first.day).adult;
		const limits = hours.continuousWorkTable.on(first.day);
		if (last.to - first.from > (minor ? limits.minor : limits.adult) * 60) {
			breakDays.add(first.day);
			report(first.day, 'break');
		}
	};
	let stretchFirst = shifts[0]!;
	let stretchLast = stretchFirst;
	for (let k = 1; k < n; k++) {
		const s = shifts[k]!;
		const minimumBreak =
			stretchFirst.age < hours.youngWorkerAgeTable.on(stretchFirst.day).adult
				? hours.minorBreakTable.on(stretchFirst.day)
				: 0;
		const gap = s.from - stretchLast.to;
		if (gap === 0 || gap < minimumBreak) {
			stretchLast = s;
			continue;
		}
		closeStretch(stretchFirst, stretchLast);
		stretchFirst = stretchLast = s;
	}
	closeStretch(stretchFirst, stretchLast);

	// A minor's breaks over the day as a whole, unless the day was reported for continuous work.
	for (let i = 0; i < n;) {
		const first = shifts[i]!;
		let worked = first.end - first.start;
		let breaks = 0;
		let longest = 0;
		for (i++; i < n && shifts[i]!.day === first.day; i++) {
			const gap = shifts[i]!.from - shifts[i - 1]!.to;
			worked += shifts[i]!.end - shifts[i]!.start;
			breaks += gap;
			if (gap > longest) longest = gap;
		}
		if (first.age >= hours.youngWorkerAgeTable.on(first.day).adult || breakDays.has(first.day))
			continue;
		const rules = hours.minorDayBreaksTable.on(first.day);
		if (worked <= rules.breakAfterMinutes) continue;
		const longDay = worked > rules.longDayAfterMinutes;
		if (
			breaks < (longDay ? rules.longDayBreakMinutes : rules.breakMinutes) ||
			(longDay && longest < rules.inOneGoMinutes)
		)
			report(first.day, 'break');
	}

	// A minor's rest between two working days.
	for (let k = 1; k < n; k++) {
		const previous = shifts[k - 1]!;
		const next = shifts[k]!;
		if (next.day === previous.day || next.age >= hours.youngWorkerAgeTable.on(next.day).adult)
			continue;
		if (next.from - previous.to < hours.minorDailyRestTable.on(next.day) * 60)
			report(next.day, 'daily-rest');
	}

	// A minor's weekly rest: each Sunday not worked needs the Saturday or the Monday free of work and of the centre.
	const workedDays = new Set<number>();
	for (const s of shifts) {
		workedDays.add(s.day);
		if (s.end > MINUTES_PER_DAY) workedDays.add(s.day + 1);
	}
	const rests = (day: number) =>
		!workedDays.has(day) && (centreDays & (1 << weekdayOfDay(day))) === 0;
	const adultAge = hours.youngWorkerAgeTable.on(shifts[0]!.day).adult;
	for (let sunday = shifts[0]!.monday + 6; sunday <= shifts[n - 1]!.monday + 6; sunday += 7) {
		if (
			workedDays.has(sunday) ||
			completedYears(input.birthDate, fromDayNumber(sunday)) >= adultAge
		)
			continue;
		if (!rests(sunday - 1) && !rests(sunday + 1))
			report(workedDays.has(sunday - 1) ? sunday - 1 : sunday + 1, 'weekly-rest');
	}

	violations.sort((a, b) => a - b);
	return { violations, sundaysUnderDerogation };
}

// ---------------------------------------------------------------------------------------------
// Family allowance.

export interface FloorAllowanceMonth {
	kept: boolean | 'unknown';
	rule: AppliedAllowanceRule;
	incomeCeilingCents: number | null;
	quarterHoursLimit: number | null;
}

/** Each month: unconditional, over age, or the regional rule in force on its 1st day. */
export function floorFamilyAllowanceByMonth(
	input: FamilyAllowanceRangeInput
): FloorAllowanceMonth[] {
	const birthYear = digitsAt(input.birthDate, 0, 4);
	const birthMonth = digitsAt(input.birthDate, 5, 2);
	const birthMonthDay = birthMonth * 100 + digitsAt(input.birthDate, 8, 2);
	const rules = allowanceRules[input.region];
	let year = digitsAt(input.fromMonth, 0, 4);
	let month = digitsAt(input.fromMonth, 5, 2);
	const count =
		(digitsAt(input.toMonth, 0, 4) - year) * 12 + digitsAt(input.toMonth, 5, 2) - month + 1;
	// One figure for every month (quarter), or figures by 'YYYY-MM' ('YYYY-Qn') read only when given so.
	const incomes = input.monthlyIncome;
	const hoursInput = input.quarterHours;
	const sameIncome = typeof incomes === 'number' ? toCents(incomes) : undefined;

	const months: FloorAllowanceMonth[] = [];
	let first = dayOf(year, month, 1);
	for (let i = 0; i < count; i++) {
		const last = first + daysInMonth(year, month) - 1;
		const ages = allowanceAges.on(first);
		const lastMonthYear = birthYear + ages.lastMonthAge;
		// Born on 29 February: the anniversary falls on 1 March in a common year.
		const lastMonth =
			lastMonthYear * 12 + (birthMonthDay === 229 && !isLeapYear(lastMonthYear) ? 3 : birthMonth);
		if (
			last <=
			dayOf(
				birthYear + ages.unconditionalUntilYearOfAge,
				ages.unconditionalMonth,
				ages.unconditionalDay
			)
		) {
			months.push({
				kept: true,
				rule: 'unconditional',
				incomeCeilingCents: null,
				quarterHoursLimit: null
			});
		} else if (year * 12 + month > lastMonth) {
			months.push({
				kept: false,
				rule: 'over-age',
				incomeCeilingCents: null,
				quarterHoursLimit: null
			});
		} else {
			const { rule, ceilingCents } = rules.on(first);
			const hours =
				typeof hoursInput === 'number'
					? hoursInput
					: hoursInput === undefined
						? undefined
						: hoursInput[`${year}-Q${Math.ceil(month / 3)}`];
			let kept: boolean | 'unknown';
			let quarterHoursLimit: number | null = null;
			switch (rule.kind) {
				case 'income-ceiling': {
					const byMonth =
						typeof incomes === 'object'
							? incomes[`${year}-${String(month).padStart(2, '0')}`]
							: undefined;
					const income = byMonth === undefined ? sameIncome : toCents(byMonth);
					kept = income === undefined ? 'unknown' : income <= ceilingCents;
					break;
				}
				case 'quarter-hours':
					quarterHoursLimit = rule.hoursPerQuarter;
					kept = hours === undefined ? 'unknown' : hours <= rule.hoursPerQuarter;
					break;
				case 'wallonia-semi-automatic':
					quarterHoursLimit = rule.hoursPerQuarter;
					if (
						birthYear >= rule.fromBirthYear &&
						ageAt(year, month * 100 + 1, birthYear, birthMonthDay) < rule.untilAge
					) {
						kept = hours === undefined ? 'unknown' : hours <= rule.hoursPerQuarter;
					} else {
						kept = hours !== undefined && hours > rule.hoursPerQuarter ? 'unknown' : true;
					}
					break;
				case 'no-effect':
					kept = true;
					break;
			}
			months.push({
				kept,
				rule: rule.kind,
				incomeCeilingCents: rule.kind === 'income-ceiling' ? ceilingCents : null,
				quarterHoursLimit
			});
		}
		first = last + 1;
		if (++month > 12) {
			month = 1;
			year++;
		}
	}
	return months;
}

// ---------------------------------------------------------------------------------------------
// The bench scenario, and the comparison with the engine.

export interface BenchInput {
	start: ISODate;
	end: ISODate;
	birth: ISODate;
	shifts: ShiftInput[];
}

const VACATION_YEARS = [2021, 2022, 2023, 2024, 2025, 2026];

/** The inputs of each part of the bench, built once and given to the floor and to the engine alike. */
export function benchInputs({ start, end, birth, shifts }: BenchInput) {
	return {
		pay: {
			contractStart: start,
			contractEnd: end,
			levels: [
				{ from: start, level: 'A' },
				{ from: '2022-09-01', level: 'B' },
				{ from: '2024-09-01', level: 'C' }
			]
		} satisfies PayScheduleInput,
		vacations: VACATION_YEARS.map((year) => ({
			blue: {
				daysWorked: 150,
				daysPerWeek: 3,
				hoursPerWeek: 24,
				vacationYear: year
			} satisfies BlueCollarVacationInput,
			white: {
				monthsWorked: 12,
				daysPerWeek: 3,
				vacationYear: year
			} satisfies WhiteCollarVacationInput,
			pay: { grossPay: 5000, vacationYear: year } satisfies BlueCollarPayInput
		})),
		insertion: {
			contracts: [{ start, end }],
			outcome: 'success',
			ageAtRequest: 22,
			hasQualifyingDiploma: true,
			requestDate: '2026-09-15'
		} satisfies InsertionInput,
		schedule: {
			birthDate: birth,
			shifts,
			derogation: 'none',
			trainingCenterHoursPerWeek: 15
		} satisfies WorkScheduleInput,
		family: {
			region: 'brussels',
			birthDate: birth,
			fromMonth: '2020-09',
			toMonth: '2026-08',
			monthlyIncome: 500,
			quarterHours: 0
		} satisfies FamilyAllowanceRangeInput
	};
}

/** The functions one side of the bench runs, under the engine's names. */
export interface BenchSide {
	paySchedule(input: PayScheduleInput): unknown;
	paidVacationBlueCollar(input: BlueCollarVacationInput): unknown;
	paidVacationWhiteCollar(input: WhiteCollarVacationInput): unknown;
	vacationPayBlueCollar(input: BlueCollarPayInput): unknown;
	insertionInternshipRemainingDays(input: InsertionInput): unknown;
	checkWorkSchedule(input: WorkScheduleInput): unknown;
	familyAllowanceByMonth(input: FamilyAllowanceRangeInput): unknown;
}

export const floorSide: BenchSide = {
	paySchedule: floorPaySchedule,
	paidVacationBlueCollar: floorPaidVacationBlueCollar,
	paidVacationWhiteCollar: floorPaidVacationWhiteCollar,
	vacationPayBlueCollar: floorVacationPayBlueCollar,
	insertionInternshipRemainingDays: floorInsertionRemainingDays,
	checkWorkSchedule: floorCheckWorkSchedule,
	familyAllowanceByMonth: floorFamilyAllowanceByMonth
};

/** Each part of the bench, by name, run by one side on the same inputs (scripts/bench.ts times both sides). */
export function benchParts(input: BenchInput, side: BenchSide): Record<string, () => unknown> {
	const inputs = benchInputs(input);
	return {
		'pay schedule (72 months, 3 levels)': () => side.paySchedule(inputs.pay),
		'vacations (6 years, both regimes, pay)': () =>
			inputs.vacations.map(({ blue, white, pay }) => [
				side.paidVacationBlueCollar(blue),
				side.paidVacationWhiteCollar(white),
				side.vacationPayBlueCollar(pay)
			]),
		"stage d'insertion": () => side.insertionInternshipRemainingDays(inputs.insertion),
		[`schedule check (${input.shifts.length} shifts, one year)`]: () =>
			side.checkWorkSchedule(inputs.schedule),
		'family allowance (72 months)': () => side.familyAllowanceByMonth(inputs.family)
	};
}

/** Euros as the engine returns them (whole cents / 100), back to cents. */
const cents = (euros: number) => Math.round(euros * 100);
const dateOf = (day: number) => addDays('1970-01-01', day);

/** Runs the engine and the floor once on the bench scenario; one line per number that differs, none when they agree. */
export function floorMatchesEngine(input: BenchInput): string[] {
	const inputs = benchInputs(input);
	const problems: string[] = [];
	const same = (what: string, engine: unknown, floor: unknown) => {
		if (engine !== floor)
			problems.push(`${what}: engine ${String(engine)}, floor ${String(floor)}`);
	};

	const pay = paySchedule(inputs.pay).value;
	const floorPay = floorPaySchedule(inputs.pay);
	same('pay schedule, months', pay.months.length, floorPay.paidCents.length);
	pay.months.forEach((m, i) =>
		same(`pay schedule, ${m.month} paid (cents)`, cents(m.paid), floorPay.paidCents[i])
	);
	same(
		'pay schedule, years',
		pay.yearTotals.map((y) => y.year).join(','),
		floorPay.years.join(',')
	);
	pay.yearTotals.forEach((y, i) =>
		same(`pay schedule, ${y.year} total (cents)`, cents(y.total), floorPay.yearCents[i])
	);
	same('pay schedule, total (cents)', cents(pay.total), floorPay.totalCents);

	inputs.vacations.forEach(({ blue, white, pay: vacationPayInput }) => {
		const year = blue.vacationYear;
		const engineBlue = paidVacationBlueCollar(blue).value;
		const floorBlue = floorPaidVacationBlueCollar(blue);
		same(
			`blue-collar vacation ${year}, equivalent days`,
			engineBlue.equivalentDays,
			floorBlue.equivalentDays
		);
		same(`blue-collar vacation ${year}, days`, engineBlue.vacationDays, floorBlue.vacationDays);
		same(
			`white-collar vacation ${year}, days`,
			paidVacationWhiteCollar(white).value,
			floorPaidVacationWhiteCollar(white)
		);
		same(
			`blue-collar vacation pay ${year} (cents)`,
			cents(vacationPayBlueCollar(vacationPayInput).value),
			floorVacationPayBlueCollar(vacationPayInput)
		);
	});

	same(
		'insertion, remaining days',
		insertionInternshipRemainingDays(inputs.insertion).value,
		floorInsertionRemainingDays(inputs.insertion)
	);

	const schedule = checkWorkSchedule(inputs.schedule);
	const engineViolations = schedule.value.map((v) => `${v.rule} ${v.date}`);
	const floorViolations = floorCheckWorkSchedule(inputs.schedule);
	const floorList = floorViolations.violations.map(
		(code) => `${SCHEDULE_RULES[code % RULE_SLOTS]} ${dateOf(Math.floor(code / RULE_SLOTS))}`
	);
	same('schedule check, violations', engineViolations.length, floorList.length);
	for (const rule of SCHEDULE_RULES) {
		same(
			`schedule check, ${rule} violations`,
			engineViolations.filter((v) => v.startsWith(`${rule} `)).length,
			floorList.filter((v) => v.startsWith(`${rule} `)).length
		);
	}
	for (let i = 0; i < Math.max(engineViolations.length, floorList.length); i++) {
		same(`schedule check, violation ${i + 1}`, engineViolations[i], floorList[i]);
	}
	// This check comes out as a warning in the engine: matched by the opening words of its message.
	const sundayWarning = schedule.warnings
		.map((w) => /^(\d+) dimanches? travaillés? sous dérogation/.exec(w))
		.find((match) => match !== null);
	same(
		'schedule check, Sundays under derogation',
		sundayWarning ? Number(sundayWarning[1]) : 0,
		floorViolations.sundaysUnderDerogation
	);

	const family = familyAllowanceByMonth(inputs.family).value;
	const floorFamily = floorFamilyAllowanceByMonth(inputs.family);
	same('family allowance, months', family.length, floorFamily.length);
	family.forEach((m, i) => {
		const f = floorFamily[i];
		if (!f) return;
		same(`family allowance ${m.month}, kept`, m.kept, f.kept);
		same(
			`family allowance ${m.month}, affected`,
			m.affected,
			f.rule === 'over-age' ? false : f.kept === 'unknown' ? 'unknown' : !f.kept
		);
		same(`family allowance ${m.month}, rule`, m.rule, f.rule);
		same(
			`family allowance ${m.month}, income ceiling (cents)`,
			m.incomeCeiling === null ? null : cents(m.incomeCeiling),
			f.incomeCeilingCents
		);
		same(
			`family allowance ${m.month}, quarter hours limit`,
			m.quarterHoursLimit,
			f.quarterHoursLimit
		);
	});
	return problems;
}
