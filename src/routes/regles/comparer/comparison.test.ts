import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/scenario';
import { COMPARISON_ROWS } from './comparison';

describe('the rows of the comparison', () => {
	it("gives the rétribution at each level, the stage d'insertion and the family allowance", () => {
		expect(COMPARISON_ROWS.map((r) => r.id)).toEqual([
			'level-A',
			'level-B',
			'level-C',
			'insertion',
			'family-allowance'
		]);
	});

	it('computes the level A minimum of a date', () => {
		// 17 % × RMMMG 2 111,89 € (from 01/02/2025) = 359,0213 → 359,02 €.
		const cell = COMPARISON_ROWS[0]!.compute(defaultScenario(), '2025-06-01');
		expect(cell.ok && cell.value.text).toMatch(/^359,02\s€ par mois$/);
	});
});
