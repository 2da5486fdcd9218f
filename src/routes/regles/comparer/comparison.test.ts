import { describe, expect, it } from 'vitest';
import { COMPARISON_ROWS } from './comparison';
import { RETRIBUTION_ROWS } from './retribution-rows';

describe('the rows of the comparison', () => {
	it('keeps the rows shown at once first, so the rows loaded after them only add to the table', () => {
		expect(COMPARISON_ROWS.slice(0, RETRIBUTION_ROWS.length)).toEqual(RETRIBUTION_ROWS);
		expect(COMPARISON_ROWS.map((r) => r.id)).toEqual(['level-A', 'level-B', 'level-C', 'insertion', 'family-allowance']);
	});
});
