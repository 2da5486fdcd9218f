import { describe, expect, it } from 'vitest';
import type { ScheduleViolation } from '$lib/rules';
import { expandWeek } from '$lib/scenario/week';
import {
	checkWeek,
	countByRule,
	holidaysBetween,
	rulesBySlot,
	violationsByDate,
	violationsByWeekday,
	weeklyTotals
} from './schedule';

const violation = (rule: ScheduleViolation['rule'], date: string): ScheduleViolation => ({
	rule,
	date,
	message: ''
});

describe('weeklyTotals', () => {
	it('sums company time per ISO week and marks the weeks the period cuts', () => {
		const week = [
			[{ start: '08:00', end: '12:00' }],
			[],
			[],
			[],
			[{ start: '13:00', end: '16:30' }],
			[],
			[]
		];
		// Friday 07/11/2025 … Monday 17/11/2025: Friday 07/11, then Monday 10/11 + Friday 14/11, then Monday 17/11.
		expect(
			weeklyTotals(expandWeek(week, '2025-11-07', '2025-11-17'), '2025-11-07', '2025-11-17')
		).toEqual([
			{ monday: '2025-11-03', minutes: 210, partial: true },
			{ monday: '2025-11-10', minutes: 240 + 210, partial: false },
			{ monday: '2025-11-17', minutes: 240, partial: true }
		]);
	});
});

describe('grouping violations', () => {
	const list = [
		violation('night', '2025-11-10'),
		violation('break', '2025-11-10'),
		violation('weekly-hours', '2025-11-10'),
		violation('public-holiday', '2025-11-11')
	];

	it('groups them by date, in order', () => {
		expect(violationsByDate(list).map((g) => [g.date, g.items.length])).toEqual([
			['2025-11-10', 3],
			['2025-11-11', 1]
		]);
	});

	it('counts them per rule, with every rule present', () => {
		expect(countByRule(list)).toEqual({
			night: 1,
			'night-absolute': 0,
			sunday: 0,
			'public-holiday': 1,
			'daily-hours': 0,
			'weekly-hours': 1,
			break: 1,
			'daily-rest': 0,
			'weekly-rest': 0
		});
	});

	it('puts them on their weekday, leaving the weekly total out', () => {
		const days = violationsByWeekday(list);
		expect(days[0]).toEqual({ count: 2, rules: ['night', 'break'] });
		expect(days[1]).toEqual({ count: 1, rules: ['public-holiday'] });
		expect(days.slice(2).every((d) => d.count === 0)).toBe(true);
	});
});

describe('rulesBySlot', () => {
	it('flags the slot that breaks a rule on its own, not its neighbours', () => {
		// Born 15/03/2009: 16 in November 2025. Monday 12:30–21:00 runs into the night and lasts 8 h 30 without a break.
		const week = [
			[
				{ start: '08:00', end: '12:00' },
				{ start: '12:30', end: '21:00' }
			],
			[{ start: '08:00', end: '12:00' }],
			[],
			[],
			[],
			[],
			[]
		];
		const flags = rulesBySlot(expandWeek(week, '2025-11-10', '2025-11-16'), {
			birthDate: '2009-03-15',
			derogation: 'none'
		});
		expect(flags.get('0-0')).toEqual([]);
		expect(flags.get('0-1')).toEqual(['night', 'break']);
		// Tuesday 11/11/2025 is Armistice.
		expect(flags.get('1-0')).toEqual(['public-holiday']);
	});
});

describe('holidaysBetween', () => {
	it('lists the legal public holidays of the period, across a year end', () => {
		expect(holidaysBetween('2025-11-01', '2026-01-01')).toEqual([
			{ date: '2025-11-01', name: 'Toussaint' },
			{ date: '2025-11-11', name: 'Armistice' },
			{ date: '2025-12-25', name: 'Noël' },
			{ date: '2026-01-01', name: "Jour de l'An" }
		]);
	});
});

describe('checkWeek', () => {
	// An hour's lunch: a 16-year-old's 8-hour day needs 60 minutes of breaks.
	const day = [
		{ start: '08:00', end: '12:00' },
		{ start: '13:00', end: '17:00' }
	];
	const input = {
		week: [day, day, day, [], [], [], []],
		birthDate: '2009-03-15',
		derogation: 'none' as const,
		weeklyHoursRegime: 'standard' as const,
		trainingCenterHoursPerWeek: 14,
		trainingCenterDays: [4, 5]
	};

	it('checks the week over the period and places the answer on the grid', () => {
		// 10/11–07/12/2025: four whole weeks of 3 × 8 h + 14 h = 38 h; only Tuesday 11/11, Armistice, is wrong.
		const result = checkWeek({ ...input, from: '2025-11-10', to: '2025-12-07' });
		expect(result.shifts).toHaveLength(24);
		expect(result.report?.value.map((v) => [v.rule, v.date])).toEqual([
			['public-holiday', '2025-11-11']
		]);
		expect(result.days[1]).toEqual({ count: 1, rules: ['public-holiday'] });
		expect(result.slotRules.get('1-1')).toEqual(['public-holiday']);
		expect(result.slotRules.get('0-0')).toEqual([]);
	});

	it('does not run the checker on a refused period or on a period without slots', () => {
		const refused = checkWeek({ ...input, from: '2025-11-10', to: '2025-11-01' });
		expect(refused.expanded.ok || refused.expanded.error.field).toBe('to');
		expect(refused.check).toBeUndefined();
		// Thursday 13/11 to Sunday 16/11/2025: no slot of the week falls in it.
		const empty = checkWeek({ ...input, from: '2025-11-13', to: '2025-11-16' });
		expect(empty.expanded.ok).toBe(true);
		expect(empty.check).toBeUndefined();
		expect(empty.slotRules.size).toBe(0);
	});
});
