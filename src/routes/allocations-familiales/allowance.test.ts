import { describe, expect, it } from 'vitest';
import { contractQuarters, defaultScenario } from '$lib/scenario/scenario';
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
		const checked = monthCheck({ ...s, quarterHours: { '2025-Q3': 0 } }, '2025-09', 359.02);
		expect(checked.impact.ok && checked.impact.value.value.rule).toBe('unconditional');
		expect(checked.age).toBe(16);
	});

	it('gives no age when the month cannot be checked', () => {
		expect(monthCheck({ ...s, quarterHours: { '2025-Q3': -5 } }, '2025-09', 359.02)).toMatchObject({ impact: { ok: false }, age: null });
	});

	it('gives every month of the contract with its verdict', () => {
		// 09/2025 to 06/2028: 4 + 12 + 12 + 6 = 34 months, all kept with 0 h of other work in every quarter.
		const noOtherWork = { ...s, quarterHours: Object.fromEntries(contractQuarters(s).map((q) => [q, 0])) };
		const { byMonth, rows } = contractMonths(noOtherWork, contractPay(s).byMonth);
		expect(byMonth.ok).toBe(true);
		expect(rows).toHaveLength(34);
		expect(rows.every((r) => r.verdict.tone === 'kept')).toBe(true);
		expect(rows[0]).toMatchObject({ age: 16 });
		// Quarters left empty: the months after the unconditional period stay to be checked, never « kept ».
		expect(contractMonths(s, contractPay(s).byMonth).rows.filter((r) => r.verdict.tone === 'unknown')).toHaveLength(10);
	});

	it('in Brussels, loses only the months of the quarter with more than 240 h of other work', () => {
		// Born 15/03/2009: unconditional until 31/08/2027 (year of 18), then 240 h per quarter at most.
		// 300 h in October–December 2027 loses those 3 months; quarters left empty stay to be checked.
		const brussels = { ...s, region: 'brussels' as const, quarterHours: { '2027-Q3': 0, '2027-Q4': 300, '2028-Q1': 40, '2028-Q2': 0 } };
		const { rows } = contractMonths(brussels, contractPay(brussels).byMonth);
		expect(rows.filter((r) => r.verdict.tone === 'lost').map((r) => r.m.month)).toEqual(['2027-10', '2027-11', '2027-12']);
		expect(rows.filter((r) => r.verdict.tone === 'unknown')).toEqual([]);
		expect(monthCheck(brussels, '2027-11', 500).impact).toMatchObject({ ok: true, value: { value: { kept: false } } });
		expect(monthCheck(brussels, '2028-02', 500).impact).toMatchObject({ ok: true, value: { value: { kept: true } } });
	});
});
