import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('separates with semicolons, writes decimal commas and ends lines with CRLF', () => {
		expect(
			toCsv(
				['Mois', 'Payé (€)'],
				[
					['2025-09', 191.48],
					['2025-10', 359]
				]
			)
		).toBe('Mois;Payé (€)\r\n2025-09;191,48\r\n2025-10;359\r\n');
	});

	it('quotes a field that holds a semicolon or a quote', () => {
		expect(toCsv(['a'], [['A; puis B'], ['dit "oui"']])).toBe(
			'a\r\n"A; puis B"\r\n"dit ""oui"""\r\n'
		);
	});
});
