import { describe, expect, it } from 'vitest';
import { allParameterTables, tablesByRule } from './index';
import {
	freshnessWarning,
	rowInForce,
	rowOn,
	rowWalker,
	type DateField,
	type ParameterTable
} from './table';
import { Explainer } from '../explain';
import { RuleInputError } from '../errors';
import { offsetDate } from '../calendar';
import type { SourceRef } from '../explain';
import { requireDate } from '../validate';

const ON: DateField = { field: 'on', label: 'Date' };

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
				expect(rowOn(table, row.from, ON)).toBe(row);
				if (i > 0) expect(rowOn(table, offsetDate(row.from, -1), ON)).toBe(table.rows[i - 1]);
			});
		});

		it('refuses a date before its first row', () => {
			expect(() => rowOn(table, offsetDate(table.rows[0]!.from, -1), ON)).toThrow(RuleInputError);
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
				return why.done(rowInForce(why, table, on, ON));
			};
			const checked = cite(table.checkedUntil);
			expect(checked.value).toBe(last);
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

describe('the lookup of a row in force', () => {
	const source = (title: string): SourceRef => ({ title, reference: `${title}, art. 1` });
	const table: ParameterTable<number> = {
		id: 'example',
		label: 'Exemple de montant',
		unit: '€',
		rows: [
			{ from: '2020-01-01', value: 10, source: source('Arrêté de 2019'), confirmed: true },
			{ from: '2022-07-01', value: 12, source: source('Arrêté de 2022'), confirmed: false }
		],
		checkedUntil: '2023-12-31'
	};
	const REQUEST: DateField = { field: 'requestDate', label: 'Date de la demande' };
	const unconfirmed =
		"Valeur non confirmée : « Exemple de montant » en vigueur depuis le 01/07/2022 n'a pas pu être vérifiée dans un texte officiel (Arrêté de 2022).";

	it('finds the row in force on a date and cites its source once', () => {
		const why = new Explainer();
		expect(rowInForce(why, table, '2020-01-01', REQUEST).value).toBe(10);
		expect(rowInForce(why, table, '2022-06-30', REQUEST).value).toBe(10);
		expect(rowInForce(why, table, '2022-07-01', REQUEST).value).toBe(12);
		expect(rowInForce(why, table, '2023-01-01', REQUEST).value).toBe(12);
		expect(why.sources).toEqual([table.rows[0]!.source, table.rows[1]!.source]);
	});

	it('warns once of an unconfirmed row, and of a date after the last check', () => {
		const confirmed = new Explainer();
		rowInForce(confirmed, table, '2021-05-01', REQUEST);
		expect(confirmed.warnings).toEqual([]);
		const why = new Explainer();
		rowInForce(why, table, '2023-12-31', REQUEST);
		rowInForce(why, table, '2023-06-01', REQUEST);
		expect(why.warnings).toEqual([unconfirmed]);
		rowInForce(why, table, '2024-01-01', REQUEST);
		rowInForce(why, table, '2025-01-01', REQUEST);
		expect(why.warnings).toEqual([unconfirmed, freshnessWarning(table)]);
		expect(freshnessWarning(table)).toMatch(/vérifiés jusqu'au 31\/12\/2023/);
	});

	it('refuses a date before the first row, naming the field in French and the date as JJ/MM/AAAA', () => {
		const refusal = () => rowInForce(new Explainer(), table, '2019-12-31', REQUEST);
		expect(refusal).toThrow(RuleInputError);
		expect(refusal).toThrow(
			expect.objectContaining({
				field: 'requestDate',
				message:
					"Aucune valeur de « Exemple de montant » n'est connue avant le 01/01/2020 : choisissez une date à partir de cette date (champ « Date de la demande »)."
			})
		);
	});

	it('walks dates as the lookup does, forward and back, with the same citations', () => {
		const dates = ['2020-03-01', '2022-07-01', '2021-01-01', '2024-02-01', '2022-08-01'];
		const looked = new Explainer();
		const walked = new Explainer();
		const walk = rowWalker(walked, table);
		for (const on of dates) expect(walk(on, REQUEST)).toBe(rowInForce(looked, table, on, REQUEST));
		expect(walked.sources).toEqual(looked.sources);
		expect(walked.warnings).toEqual(looked.warnings);
		expect(() => walk('2019-01-01', REQUEST)).toThrow(
			expect.objectContaining({ field: 'requestDate' })
		);
	});
});
