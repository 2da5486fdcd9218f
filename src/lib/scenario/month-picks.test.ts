import { describe, expect, it } from 'vitest';
import { monthsLater } from './month-picks';

describe('monthsLater', () => {
	it.each([
		['2025-09-01', 2, '2025-11-01'],
		['2025-12-31', 2, '2026-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2026-03-29', -1, '2026-02-28'],
		['2011-12-29', 1, '2012-01-29'],
		['2011-11-30', 1, '2011-12-30']
	])(
		'%s plus %i months is %s, the last day of the month when the day does not exist',
		(date, months, expected) => {
			expect(monthsLater(date, months)).toBe(expected);
		}
	);
});
