import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holds } from './test-support';
import {
	offsetDate,
	compareIso,
	completedYears,
	belgianPublicHolidays,
	countSundays,
	daysInclusive,
	easterSunday,
	isoWeekday,
	isWorkingDay,
	mondayOf,
	publicHolidayName,
	toDayNumber,
	fromDayNumber
} from './calendar';
import { RuleInputError } from './errors';

const isoDateArb = fc
	.date({
		min: new Date('1980-01-01T00:00:00Z'),
		max: new Date('2100-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));

describe('easterSunday', () => {
	it.each([
		[2000, '2000-04-23'],
		[2008, '2008-03-23'],
		[2011, '2011-04-24'],
		[2019, '2019-04-21'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25']
	])('gives Easter %i on %s', (year, date) => {
		expect(easterSunday(year)).toBe(date);
	});

	it('always falls on a Sunday between 22 March and 25 April', () => {
		holds([fc.integer({ min: 1974, max: 2200 })], (year) => {
			const easter = easterSunday(year);
			expect(isoWeekday(easter)).toBe(7);
			expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
		});
	});
});

describe('belgianPublicHolidays', () => {
	it('lists the ten legal holidays of 2026 in date order', () => {
		expect(belgianPublicHolidays(2026)).toEqual([
			{ date: '2026-01-01', name: "Jour de l'An" },
			{ date: '2026-04-06', name: 'Lundi de Pâques' },
			{ date: '2026-05-01', name: 'Fête du Travail' },
			{ date: '2026-05-14', name: 'Ascension' },
			{ date: '2026-05-25', name: 'Lundi de Pentecôte' },
			{ date: '2026-07-21', name: 'Fête nationale' },
			{ date: '2026-08-15', name: 'Assomption' },
			{ date: '2026-11-01', name: 'Toussaint' },
			{ date: '2026-11-11', name: 'Armistice' },
			{ date: '2026-12-25', name: 'Noël' }
		]);
	});

	it('does not list Easter Sunday nor Whit Sunday', () => {
		expect(publicHolidayName('2026-04-05')).toBeUndefined();
		expect(publicHolidayName('2026-05-24')).toBeUndefined();
		expect(publicHolidayName('2026-04-06')).toBe('Lundi de Pâques');
	});

	it('puts Ascension on the Thursday 39 days after Easter in 2024', () => {
		expect(publicHolidayName('2024-05-09')).toBe('Ascension');
		expect(publicHolidayName('2024-05-20')).toBe('Lundi de Pentecôte');
	});

	it('refuses a year before the 1974 decree with a French message', () => {
		expect(() => belgianPublicHolidays(1973)).toThrow(RuleInputError);
		expect(() => belgianPublicHolidays(2026.5)).toThrow(/Année/);
	});

	it('gives ten holidays inside the year, on ten distinct dates unless Ascension falls on 1 May', () => {
		holds([fc.integer({ min: 1974, max: 2200 })], (year) => {
			const holidays = belgianPublicHolidays(year);
			const dates = holidays.map((h) => h.date);
			const ascensionOnMayDay =
				holidays.find((h) => h.name === 'Ascension')!.date === `${year}-05-01`;
			expect(holidays).toHaveLength(10);
			expect(new Set(dates).size).toBe(ascensionOnMayDay ? 9 : 10);
			expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
		});
	});

	it('names both holidays when Ascension falls on 1 May, as in 2008 (Easter on 23 March)', () => {
		expect(publicHolidayName('2008-05-01')).toBe('Fête du Travail et Ascension');
	});
});

describe('day arithmetic', () => {
	it('counts both ends of a period', () => {
		expect(daysInclusive('2015-09-01', '2016-06-30')).toBe(304);
		expect(daysInclusive('2026-01-01', '2026-01-01')).toBe(1);
		expect(daysInclusive('2026-01-02', '2026-01-01')).toBe(0);
	});

	it('counts the Sundays of a period, both ends included', () => {
		const periods: [string, string, number][] = [
			['2015-09-01', '2016-06-30', 43],
			['2026-11-22', '2026-11-22', 1],
			['2026-11-23', '2026-11-28', 0]
		];
		for (const [start, end, sundays] of periods) expect(countSundays(start, end)).toBe(sundays);
	});

	it('crosses 29 February of a leap year', () => {
		expect(offsetDate('2028-02-28', 1)).toBe('2028-02-29');
		expect(offsetDate('2027-02-28', 1)).toBe('2027-03-01');
	});

	it('finds the Monday of an ISO week across a year end', () => {
		expect(mondayOf('2026-12-31')).toBe('2026-12-28');
		expect(mondayOf('2027-01-03')).toBe('2026-12-28');
		expect(mondayOf('2027-01-04')).toBe('2027-01-04');
		expect(mondayOf('2025-01-01')).toBe('2024-12-30');
	});

	it('counts Sundays as a brute-force walk does', () => {
		holds([isoDateArb, fc.integer({ min: 0, max: 800 })], (start, length) => {
			const end = offsetDate(start, length);
			let sundays = 0;
			for (let d = toDayNumber(start); d <= toDayNumber(end); d++)
				if (isoWeekday(fromDayNumber(d)) === 7) sundays++;
			expect(countSundays(start, end)).toBe(sundays);
		});
	});

	it('orders ISO dates as their day numbers do', () => {
		holds([isoDateArb, isoDateArb], (a, b) => {
			expect(Math.sign(compareIso(a, b))).toBe(Math.sign(toDayNumber(a) - toDayNumber(b)));
		});
	});

	it('orders timestamps of the same day by their time', () => {
		expect(compareIso('2026-11-28T09:05:00.000Z', '2026-11-28T10:00:00.000Z')).toBe(-1);
		expect(compareIso('2026-11-28T10:00:00.000Z', '2026-11-28T10:00:00.000Z')).toBe(0);
	});

	it('round-trips a date through its day number', () => {
		holds([isoDateArb], (date) => {
			expect(fromDayNumber(toDayNumber(date))).toBe(date);
		});
	});
});

describe('ageOn', () => {
	it('counts a birthday from that day', () => {
		expect(completedYears('2008-03-15', '2026-03-14')).toBe(17);
		expect(completedYears('2008-03-15', '2026-03-15')).toBe(18);
	});

	it('makes someone born on 29 February one year older on 1 March of a common year', () => {
		expect(completedYears('2008-02-29', '2026-02-28')).toBe(17);
		expect(completedYears('2008-02-29', '2026-03-01')).toBe(18);
		expect(completedYears('2008-02-29', '2028-02-29')).toBe(20);
	});
});

describe('isWorkingDay', () => {
	it('counts Saturdays but not Sundays nor public holidays', () => {
		expect(isWorkingDay('2026-11-21')).toBe(true);
		expect(isWorkingDay('2026-11-22')).toBe(false);
		expect(isWorkingDay('2026-11-11')).toBe(false);
	});
});

describe('day numbers', () => {
	it('agree with the UTC calendar of the platform for every day from 1900 to 2200', () => {
		holds(
			[
				fc.integer({
					min: Date.UTC(1900, 0, 1) / 86_400_000,
					max: Date.UTC(2200, 11, 31) / 86_400_000
				})
			],
			(day) => {
				const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
				expect(fromDayNumber(day)).toBe(iso);
				expect(toDayNumber(iso)).toBe(day);
				expect(isoWeekday(iso)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
			},
			{ numRuns: 2000 }
		);
	});

	it.each([
		['1970-01-01', 0],
		['2000-02-29', 11_016],
		['1900-03-01', -25_508],
		['2200-12-31', 84_370]
	])('gives %s the day number %i', (date, day) => {
		expect(toDayNumber(date)).toBe(day);
		expect(fromDayNumber(day)).toBe(date);
	});
});
