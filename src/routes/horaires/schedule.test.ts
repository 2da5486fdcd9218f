import { describe, expect, it } from 'vitest';
import type { ScheduleViolation } from '$lib/rules';
import { expandWeek } from '$lib/scenario/week';
import {
	countByRule,
	formatHours,
	holidaysBetween,
	parseTimeText,
	rulesBySlot,
	slotMinutes,
	slotOfError,
	violationsByDate,
	violationsByWeekday,
	weeklyTotals
} from './schedule';

const violation = (rule: ScheduleViolation['rule'], date: string): ScheduleViolation => ({ rule, date, message: '' });

describe('parseTimeText', () => {
	it.each([
		['08:30', '08:30'],
		['8:30', '08:30'],
		['8h30', '08:30'],
		['8 h 30', '08:30'],
		['08.30', '08:30'],
		['0830', '08:30'],
		['23:59', '23:59'],
		['00:00', '00:00']
	])('reads %s as %s', (text, time) => expect(parseTimeText(text)).toBe(time));

	it.each(['', '8', '8h', '24:00', '12:60', '25:00', 'midi', '830'])('refuses %s', (text) => expect(parseTimeText(text)).toBeNull());
});

describe('slot lengths', () => {
	it.each([
		['08:00', '12:00', 240],
		['12:30', '16:30', 240],
		['22:00', '02:00', 240],
		['08:00', '08:00', 0]
	])('counts %s–%s as %i minutes', (start, end, minutes) => expect(slotMinutes(start, end)).toBe(minutes));

	it('writes durations in hours and minutes', () => {
		expect(formatHours(480)).toBe('8 h');
		expect(formatHours(450)).toBe('7 h 30');
		expect(formatHours(65)).toBe('1 h 05');
	});
});

describe('weeklyTotals', () => {
	it('sums company time per ISO week and marks the weeks the period cuts', () => {
		const week = [[{ start: '08:00', end: '12:00' }], [], [], [], [{ start: '13:00', end: '16:30' }], [], []];
		// Friday 07/11/2025 … Monday 17/11/2025: Friday 07/11, then Monday 10/11 + Friday 14/11, then Monday 17/11.
		expect(weeklyTotals(expandWeek(week, '2025-11-07', '2025-11-17'), '2025-11-07', '2025-11-17')).toEqual([
			{ monday: '2025-11-03', minutes: 210, partial: true },
			{ monday: '2025-11-10', minutes: 240 + 210, partial: false },
			{ monday: '2025-11-17', minutes: 240, partial: true }
		]);
	});
});

describe('grouping violations', () => {
	const list = [violation('night', '2025-11-10'), violation('break', '2025-11-10'), violation('weekly-hours', '2025-11-10'), violation('public-holiday', '2025-11-11')];

	it('groups them by date, in order', () => {
		expect(violationsByDate(list).map((g) => [g.date, g.items.length])).toEqual([
			['2025-11-10', 3],
			['2025-11-11', 1]
		]);
	});

	it('counts them per rule, with every rule present', () => {
		expect(countByRule(list)).toEqual({ night: 1, 'night-absolute': 0, sunday: 0, 'public-holiday': 1, 'daily-hours': 0, 'weekly-hours': 1, break: 1 });
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
		const week = [[{ start: '08:00', end: '12:00' }, { start: '12:30', end: '21:00' }], [{ start: '08:00', end: '12:00' }], [], [], [], [], []];
		const flags = rulesBySlot(expandWeek(week, '2025-11-10', '2025-11-16'), { birthDate: '2009-03-15', derogation: 'none' });
		expect(flags.get('0-0')).toEqual([]);
		expect(flags.get('0-1')).toEqual(['night', 'break']);
		// Tuesday 11/11/2025 is Armistice.
		expect(flags.get('1-0')).toEqual(['public-holiday']);
	});
});

describe('slotOfError', () => {
	it('finds the grid slot of a shift the checker names', () => {
		const shifts = expandWeek([[{ start: '08:00', end: '12:00' }], [{ start: '08:00', end: '12:00' }, { start: '09:00', end: '10:00' }], [], [], [], [], []], '2025-11-10', '2025-11-16');
		expect(slotOfError('shifts[2].start', shifts)).toEqual({ weekday: 1, slot: 1, part: 'start' });
		expect(slotOfError('shifts[9].start', shifts)).toBeUndefined();
		expect(slotOfError('birthDate', shifts)).toBeUndefined();
	});
});

describe('holidaysBetween', () => {
	it('lists the legal public holidays of the period, across a year end', () => {
		expect(holidaysBetween('2025-11-01', '2026-01-01')).toEqual([
			{ date: '2025-11-01', name: 'Toussaint' },
			{ date: '2025-11-11', name: 'Armistice' },
			{ date: '2025-12-25', name: 'Noël' },
			{ date: '2026-01-01', name: 'Jour de l\'An' }
		]);
	});
});
