import { describe, expect, it } from 'vitest';
import { dayAndMonth, dayWithWeekday } from './calendar-words';

describe('dayWithWeekday', () => {
	it.each([
		['2026-12-29', 'mardi 29/12/2026'],
		['2026-11-01', 'dimanche 01/11/2026'],
		['2024-02-29', 'jeudi 29/02/2024']
	])('shows %s as %s', (date, text) => {
		expect(dayWithWeekday(date)).toBe(text);
	});

	it('shows 2011-12-30 as vendredi 30/12/2011', () => {
		// The day Samoa skipped: still a Friday in every time zone the tests run in.
		expect(dayWithWeekday('2011-12-30')).toBe('vendredi 30/12/2011');
	});
});

describe('dayAndMonth', () => {
	it.each([
		[5, 1, '1er mai'],
		[7, 21, '21 juillet'],
		[2, 29, '29 février'],
		[12, 25, '25 décembre']
	])('writes month %i day %i as %s', (month, day, text) => {
		expect(dayAndMonth(month, day)).toBe(text);
	});
});
