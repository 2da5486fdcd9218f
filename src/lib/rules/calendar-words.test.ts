import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { fromDayNumber, toDayNumber } from './calendar-basics';
import { dayAndMonth, dayWithWeekday } from './calendar-words';
import { holds } from './test-support';
import { utcDay } from './utc-day';

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

	it("writes every date as date-fns' format does with the French locale", () => {
		const days = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') });
		holds([days], (day) => {
			const date = fromDayNumber(day);
			expect(dayWithWeekday(date)).toBe(format(utcDay(date), 'EEEE dd/MM/yyyy', { locale: fr }));
		});
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

	it("writes the 2nd to the 28th of every month as date-fns' format does", () => {
		for (let month = 1; month <= 12; month++)
			for (let day = 2; day <= 28; day++)
				expect(dayAndMonth(month, day)).toBe(
					format(
						utcDay(`2000-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
						'd MMMM',
						{
							locale: fr
						}
					)
				);
	});
});
