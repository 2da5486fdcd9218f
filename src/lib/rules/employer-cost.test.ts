import { describe, expect, it } from 'vitest';
import { employerCostByYear, type EmployerCostInput } from './employer-cost';
import type { Premium } from './premiums';
import { expectRefusal, ruleWarnings } from './test-support';

const month = (m: string, paid: number, coveredDays = 31, daysInMonth = 31) => ({
	month: m,
	paid,
	coveredDays,
	daysInMonth
});
const base: EmployerCostInput = {
	birthDate: '2009-03-15',
	regime: 'blue-collar',
	months: [month('2026-01', 500)],
	doublePay: [],
	travel: null,
	premiums: []
};
const cost = (change: Partial<EmployerCostInput> = {}) =>
	employerCostByYear({ ...base, ...change });
const tutorPremium = (applies: Premium['applies']): Premium => ({
	id: 'brussels-tutor',
	title: 'Prime tuteur bruxelloise',
	beneficiary: 'employer',
	applies,
	amount: 1750,
	claims: [{ from: '2026-03-01', until: null, amount: 1750 }],
	conditions: [],
	request: '',
	confirmed: true
});

describe('employerCostByYear', () => {
	it('adds the ONSS vacation contributions of a manual apprentice: 5,57 % and 10,27 %, both on 108 %', () => {
		// 5,57 % × 108 % × 500 = 30,078 → 30,08 ; 10,27 % × 108 % × 500 = 55,458 → 55,46.
		const year = cost().value.years[0]!;
		expect(year).toMatchObject({
			year: 2026,
			retribution: 500,
			vacation: { amount: 85.54 },
			total: 585.54
		});
	});

	it('shows the employer social security as not computed, with the regime of the year, never a guess', () => {
		const [limited, full] = cost({ months: [month('2027-12', 500), month('2028-01', 500)] }).value
			.years;
		expect(limited!.socialSecurity.amount).toBeNull();
		expect(limited!.socialSecurity.note).toContain('limité');
		expect(full!.socialSecurity.note).toContain('complet');
		expect(full!.complete).toBe(false);
	});

	it("takes an employé's double pay of the year from the vacation rule, and says when it is missing", () => {
		const white = cost({ regime: 'white-collar', doublePay: [{ year: 2026, amount: 300 }] });
		expect(white.value.years[0]!.vacation.amount).toBe(300);
		expect(ruleWarnings(white).join(' ')).toContain('Pécule de sortie');
		const missing = cost({ regime: 'white-collar', doublePay: [{ year: 2026, amount: null }] });
		expect(missing.value.years[0]!.vacation).toMatchObject({ amount: null });
	});

	it('prorates the commuting share by the days under contract, and explains the monthly share once', () => {
		// From February 2025, 71,09 % × 40 € = 28,44 € a month; 16 days of March: 28,44 × 16 / 31 = 14,68 €.
		const travel = { kind: 'train', price: 40, per: 'month', distanceKm: null } as const;
		const result = cost({
			months: [month('2025-03', 250, 16, 31), month('2025-04', 500, 30, 30)],
			travel
		});
		expect(result.value.years[0]!.travel.amount).toBe(43.12);
		expect(result.trace.filter((s) => s.label.startsWith('Carte-train'))).toHaveLength(1);
		// The share changes on 1 February 2026 (70,61 %: 28,24 €): it is explained again.
		const across = cost({ months: [month('2026-01', 500), month('2026-02', 500, 28, 28)], travel });
		expect(across.value.years[0]!.travel.amount).toBe(56.68);
		expect(across.trace.filter((s) => s.label.startsWith('Carte-train'))).toHaveLength(2);
	});

	it('takes off a premium whose conditions are met, in the year it can be asked; one to check is kept apart', () => {
		const met = cost({ premiums: [tutorPremium('yes')] }).value.years[0]!;
		expect(met).toMatchObject({ premiums: 1750, pendingPremiums: 0, total: 585.54 - 1750 });
		const toCheck = cost({ premiums: [tutorPremium('unknown')] }).value.years[0]!;
		expect(toCheck).toMatchObject({ premiums: 0, pendingPremiums: 1750, total: 585.54 });
		expect(cost({ premiums: [tutorPremium('no')] }).value.years[0]!.pendingPremiums).toBe(0);
	});

	it('sums the years into the contract total', () => {
		const result = cost({ months: [month('2026-12', 500), month('2027-01', 500)] }).value;
		expect(result.years.map((y) => y.year)).toEqual([2026, 2027]);
		expect(result.total).toBe(1171.08);
	});

	it('refuses a wrong regime or a missing pay, naming the field', () => {
		expectRefusal(() => cost({ regime: 'cadre' as never }), 'regime');
		expectRefusal(() => cost({ months: [] }), 'months');
		expectRefusal(() => cost({ months: [month('2026-01', Number.NaN)] }), 'months[0].paid');
	});
});
