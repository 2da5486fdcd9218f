import { describe, expect, it } from 'vitest';
import { allParameterTables, tablesByRule } from './index';
import { citeRow, freshnessWarning, rowOn } from './table';
import { Explainer } from '../explain';
import { RuleInputError } from '../errors';
import { offsetDate } from '../calendar';
import { requireDate } from '../validate';

describe.each(allParameterTables.map((table) => [table.id, table] as const))(
	'parameter table %s',
	(_id, table) => {
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
				if (i > 0) expect(rowOn(table, offsetDate(row.from, -1), 'on')).toBe(table.rows[i - 1]);
			});
		});

		it('refuses a date before its first row', () => {
			expect(() => rowOn(table, offsetDate(table.rows[0]!.from, -1), 'on')).toThrow(RuleInputError);
		});

		it('says until when its last row was checked, no earlier than that row and not in the future', () => {
			requireDate(table.checkedUntil, 'checkedUntil', "Vérifié jusqu'au");
			expect(table.checkedUntil >= table.rows.at(-1)!.from).toBe(true);
			expect(table.checkedUntil <= '2026-11-27').toBe(true);
		});

		it('cites a row, and warns of later changes only after the date it was checked', () => {
			const last = table.rows.at(-1)!;
			const cite = (on: string) => {
				const why = new Explainer();
				citeRow(why, table, last, on);
				return why.done(undefined);
			};
			const checked = cite(table.checkedUntil);
			expect(checked.sources).toContainEqual(last.source);
			expect(checked.warnings).not.toContain(freshnessWarning(table));
			expect(checked.warnings.length).toBe(last.confirmed ? 0 : 1);
			const later = cite(offsetDate(table.checkedUntil, 1));
			expect(later.warnings).toContain(freshnessWarning(table));
			expect(freshnessWarning(table)).toContain(table.label);
			expect(freshnessWarning(table)).not.toMatch(/undefined|NaN|\d{4}-\d{2}-\d{2}/);
		});
	}
);

describe('the lists of tables', () => {
	it('hold each table once', () => {
		expect(new Set(allParameterTables.map((table) => table.id)).size).toBe(
			allParameterTables.length
		);
	});

	it('give every table to at least one rule, and only known tables', () => {
		const read = new Set(Object.values(tablesByRule).flat());
		expect([...read].every((table) => allParameterTables.includes(table))).toBe(true);
		expect(allParameterTables.filter((table) => !read.has(table))).toEqual([]);
	});
});
