import { describe, expect, it } from 'vitest';
import { allowanceOf, contractMonths, monthCheck } from '$lib/scenario/derive/allowance';
import { contractPay } from '$lib/scenario/derive/pay';
import { contractQuarters, defaultScenario, type Scenario } from '$lib/scenario/scenario';
import { verdictOf } from '$lib/scenario/derive/allowance-verdict';

/** The pay of each month of the scenario's contract. */
function payByMonth(s: Scenario): Record<string, number> {
	const schedule = contractPay(s);
	if (!schedule.ok) throw schedule.error;
	return Object.fromEntries(schedule.value.value.months.map((m) => [m.month, m.paid]));
}
const tones = (s: Scenario) =>
	contractMonths(s, payByMonth(s)).rows.map((r) => ({
		month: r.m.month,
		tone: verdictOf(r.m).tone,
		age: r.age
	}));

describe('the computations of the family allowance page', () => {
	const s = defaultScenario();

	it("checks the contract's first month at the contract pay until the user picks a month or an amount", () => {
		// Level A in September 2025: 17 % × RMMMG 2 111,89 € = 359,0213 → 359,02 €.
		expect(allowanceOf(s)).toMatchObject({
			month: '2025-09',
			contractIncome: 359.02,
			income: 359.02
		});
		const picked = allowanceOf({
			...s,
			picks: { ...s.picks, allowanceMonth: '2027-10', allowanceIncome: 800 }
		});
		expect(picked).toMatchObject({ month: '2027-10', income: 800 });
		expect(picked.checked.age).toBe(18);
	});

	it('keeps the allowance of a 16-year-old whatever the pay, and gives the age on the first of the month', () => {
		const checked = monthCheck({ ...s, quarterHours: { '2025-Q3': 0 } }, '2025-09', 359.02);
		expect(checked.impact.ok && checked.impact.value.value.rule).toBe('unconditional');
		expect(checked.age).toBe(16);
	});

	it('gives no age when the month cannot be checked', () => {
		expect(monthCheck({ ...s, quarterHours: { '2025-Q3': -5 } }, '2025-09', 359.02)).toMatchObject({
			impact: { ok: false },
			age: null
		});
	});

	it('gives every month of the contract with its verdict', () => {
		// 09/2025 to 06/2028: 4 + 12 + 12 + 6 = 34 months, all kept with 0 h of other work in every quarter.
		const rows = tones({
			...s,
			quarterHours: Object.fromEntries(contractQuarters(s).map((q) => [q, 0]))
		});
		expect(rows).toHaveLength(34);
		expect(rows.every((r) => r.tone === 'kept')).toBe(true);
		expect(rows[0]).toMatchObject({ age: 16 });
		// Quarters left empty: the months after the unconditional period stay to be checked, never « kept ».
		expect(tones(s).filter((r) => r.tone === 'unknown')).toHaveLength(10);
	});

	it('in Brussels, loses only the months of the quarter with more than 240 h of other work', () => {
		// Born 15/03/2009: unconditional until 31/08/2027 (year of 18), then 240 h per quarter at most.
		// 300 h in October–December 2027 loses those 3 months; quarters left empty stay to be checked.
		const brussels = {
			...s,
			region: 'brussels' as const,
			quarterHours: { '2027-Q3': 0, '2027-Q4': 300, '2028-Q1': 40, '2028-Q2': 0 }
		};
		const rows = tones(brussels);
		expect(rows.filter((r) => r.tone === 'lost').map((r) => r.month)).toEqual([
			'2027-10',
			'2027-11',
			'2027-12'
		]);
		expect(rows.filter((r) => r.tone === 'unknown')).toEqual([]);
		expect(monthCheck(brussels, '2027-11', 500).impact).toMatchObject({
			ok: true,
			value: { value: { kept: false } }
		});
		expect(monthCheck(brussels, '2028-02', 500).impact).toMatchObject({
			ok: true,
			value: { value: { kept: true } }
		});
	});
});
