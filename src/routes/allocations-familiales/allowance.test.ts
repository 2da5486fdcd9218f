import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/scenario';
import { contractMonths, contractPay, monthCheck } from './allowance';

describe('the computations of the family allowance page', () => {
	const s = defaultScenario();

	it('takes the contract pay of each month as the income', () => {
		// Level A in September 2025: 17 % × RMMMG 2 111,89 € = 359,0213 → 359,02 €.
		const pay = contractPay(s);
		expect(pay.schedule.ok).toBe(true);
		expect(pay.byMonth['2025-09']).toBe(359.02);
	});

	it('keeps the allowance of a 16-year-old whatever the pay, and gives the age on the first of the month', () => {
		const checked = monthCheck(s, '2025-09', 359.02, 0);
		expect(checked.impact.ok && checked.impact.value.value.rule).toBe('unconditional');
		expect(checked.age).toBe(16);
	});

	it('gives no age when the month cannot be checked', () => {
		expect(monthCheck(s, '2025-09', 359.02, -5)).toMatchObject({ impact: { ok: false }, age: null });
	});

	it('gives every month of the contract with its verdict', () => {
		// 09/2025 to 06/2028: 4 + 12 + 12 + 6 = 34 months, all kept with 0 h of other work.
		const { byMonth, rows } = contractMonths(s, contractPay(s).byMonth, 0);
		expect(byMonth.ok).toBe(true);
		expect(rows).toHaveLength(34);
		expect(rows.every((r) => r.verdict.tone === 'kept')).toBe(true);
		expect(rows[0]).toMatchObject({ age: 16 });
	});
});
