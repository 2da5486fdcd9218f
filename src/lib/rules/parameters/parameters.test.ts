import { describe, expect, it } from 'vitest';
import { allParameterTables } from './index';
import { rowOn } from './table';
import { RuleInputError } from '../errors';
import { addDays } from '../calendar';
import { requireDate } from '../validate';

describe.each(allParameterTables.map((table) => [table.id, table] as const))('parameter table %s', (_id, table) => {
	it('has a French label, a unit and at least one row', () => {
		expect(table.label.length).toBeGreaterThan(3);
		expect(table.unit.length).toBeGreaterThan(0);
		expect(table.rows.length).toBeGreaterThan(0);
	});

	it('covers its range with no gap and no overlap: valid dates strictly ascending', () => {
		const dates = table.rows.map((row) => requireDate(row.from, 'from', 'Date de début'));
		for (let i = 1; i < dates.length; i++) expect(dates[i]! > dates[i - 1]!).toBe(true);
	});

	it('gives every row a source and a confirmed flag', () => {
		for (const row of table.rows) {
			expect(row.source.title.length).toBeGreaterThan(5);
			expect(row.source.reference.length).toBeGreaterThan(3);
			expect(typeof row.confirmed).toBe('boolean');
		}
	});

	it('hands each row over from its first day until the day before the next row', () => {
		table.rows.forEach((row, i) => {
			expect(rowOn(table, row.from, 'on')).toBe(row);
			if (i > 0) expect(rowOn(table, addDays(row.from, -1), 'on')).toBe(table.rows[i - 1]);
		});
	});

	it('refuses a date before its first row', () => {
		expect(() => rowOn(table, addDays(table.rows[0]!.from, -1), 'on')).toThrow(RuleInputError);
	});
});
