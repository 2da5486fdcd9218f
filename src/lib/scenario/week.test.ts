import { describe, expect, it } from 'vitest';
import { RuleInputError } from '$lib/rules';
import type { Slot } from '$lib/scenario/scenario';
import { MAX_SHIFTS } from '$lib/rules';
import { expandWeek } from './week';

const morning: Slot = { start: '08:00', end: '12:00' };
const afternoon: Slot = { start: '12:30', end: '16:30' };
// Monday to Wednesday, two slots a day: the default scenario.
const threeDays: Slot[][] = [
	[morning, afternoon],
	[morning, afternoon],
	[morning, afternoon],
	[],
	[],
	[],
	[]
];

function errorOf(run: () => unknown): RuleInputError {
	try {
		run();
	} catch (error) {
		if (error instanceof RuleInputError) return error;
	}
	throw new Error('expected a RuleInputError');
}

describe('expandWeek', () => {
	it('dates every slot of the grid on each matching day, in date order', () => {
		// Monday 10/11/2025 … Sunday 16/11/2025: 3 days × 2 slots.
		const shifts = expandWeek(threeDays, '2025-11-10', '2025-11-16');
		expect(shifts.map((s) => `${s.date} ${s.start}-${s.end}`)).toEqual([
			'2025-11-10 08:00-12:00',
			'2025-11-10 12:30-16:30',
			'2025-11-11 08:00-12:00',
			'2025-11-11 12:30-16:30',
			'2025-11-12 08:00-12:00',
			'2025-11-12 12:30-16:30'
		]);
	});

	it('keeps the weekday and slot each shift comes from', () => {
		expect(expandWeek(threeDays, '2025-11-11', '2025-11-11')).toEqual([
			{ date: '2025-11-11', start: '08:00', end: '12:00', weekday: 1, slot: 0 },
			{ date: '2025-11-11', start: '12:30', end: '16:30', weekday: 1, slot: 1 }
		]);
	});

	it('includes both ends of the period, across a year end', () => {
		// Sunday 28/12/2025 … Monday 05/01/2026: Mondays 29/12 and 05/01, Tuesday 30/12, Wednesday 31/12.
		const dates = new Set(expandWeek(threeDays, '2025-12-28', '2026-01-05').map((s) => s.date));
		expect([...dates]).toEqual(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-05']);
	});

	it('gives no shift for an empty grid, however long the period', () => {
		expect(expandWeek([[], [], [], [], [], [], []], '1950-01-01', '2190-12-31')).toEqual([]);
	});

	it('refuses an end before the start, on the end field', () => {
		const error = errorOf(() => expandWeek(threeDays, '2025-11-10', '2025-11-09'));
		expect(error.field).toBe('to');
		expect(error.message).toContain('doit suivre le début (10/11/2025)');
	});

	it.each([
		// 6 slots a week: 333 weeks hold 1998 slots; 334 weeks hold 2004.
		['2025-09-01', 333 * 7 - 1, false],
		['2025-09-01', 334 * 7 - 1, true]
	])(
		'caps the shifts of a period from %s plus %i days at 2000 (refused: %s)',
		(from, days, refused) => {
			const to = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000)
				.toISOString()
				.slice(0, 10);
			if (refused) {
				const error = errorOf(() => expandWeek(threeDays, from, to));
				expect(error.field).toBe('to');
				expect(error.message).toContain(`2004 plages horaires`);
				expect(error.message).toContain(`${MAX_SHIFTS} au plus`);
				expect(error.message).toContain('333 semaines au plus');
			} else {
				expect(expandWeek(threeDays, from, to)).toHaveLength(1998);
			}
		}
	);
});
