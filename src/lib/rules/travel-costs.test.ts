import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { travelContribution, type TravelInput } from './travel-costs';
import { expectRefusal, holds, ruleWarnings } from './test-support';

const base: TravelInput = {
	on: '2024-09-01',
	kind: 'train',
	price: 100,
	per: 'month',
	distanceKm: null
};
const travel = (change: Partial<TravelInput> = {}) => travelContribution({ ...base, ...change });

describe('travelContribution', () => {
	it('takes 71,8 % of a train card from 1 June 2024 (CCT 19/11)', () => {
		expect(travel().value).toBe(71.8);
		expect(travel({ price: 53.5 }).value).toBe(38.41); // 38,413 rounds down
	});

	it('follows the yearly indexations: the employer amounts rose less than the card prices (estimates)', () => {
		// 1 February 2025: 71,8 % × 1,02015 / 1,0303 = 71,09 %; 1 February 2026: × 1,0191 / 1,026 = 70,61 %.
		expect(travel({ on: '2025-02-01' }).value).toBe(71.09);
		expect(travel({ on: '2026-02-01' }).value).toBe(70.61);
		expect(travel({ on: '2026-02-01' }).warnings.join(' ')).toContain('Valeur non confirmée');
	});

	it('reads a yearly price as a twelfth each month', () => {
		expect(travel({ price: 1200, per: 'year' }).value).toBe(71.8);
	});

	it('does not guess the train share before June 2024, when the agreement gave only a table of amounts', () => {
		const before = travel({ on: '2024-05-01' });
		expect(before.value).toBeNull();
		expect(before.trace.at(-1)!.value).toBe('non calculé');
	});

	it('takes 71,8 % of a fixed-price pass from the first kilometre, and says the 7 km cap is not applied', () => {
		const pass = travel({ kind: 'fixed-price', price: 49 });
		expect(pass.value).toBe(35.18);
		expect(ruleWarnings(pass).join(' ')).toContain('7 km');
		expect(pass.trace.map((s) => s.label).join(' ')).toContain("5 km de la fiche 13 n'existe plus");
	});

	it('owed nothing under 5 km for a pass before July 2020, and asks for the distance when it is missing', () => {
		expect(travel({ kind: 'fixed-price', on: '2019-09-01', distanceKm: 3 }).value).toBe(0);
		expect(travel({ kind: 'fixed-price', on: '2019-09-01', distanceKm: 6, price: 10 }).value).toBe(
			7.18
		);
		expect(ruleWarnings(travel({ kind: 'fixed-price', on: '2019-09-01' })).join(' ')).toContain(
			'indiquez la distance'
		);
	});

	it('never owes more than the price, and owes more for a dearer card', () => {
		holds(
			[
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: 0, max: 100_000 }),
				fc.constantFrom(...(['train', 'fixed-price'] as const))
			],
			(a, b, kind) => {
				const [low, high] = [Math.min(a, b) / 100, Math.max(a, b) / 100];
				const lowShare = travel({ kind, price: low }).value!;
				const highShare = travel({ kind, price: high }).value!;
				expect(lowShare).toBeLessThanOrEqual(low);
				expect(highShare).toBeGreaterThanOrEqual(lowShare);
			}
		);
	});

	it('refuses a date before the first agreement and a negative price, naming the field', () => {
		expectRefusal(() => travel({ on: '2008-01-01' }), 'on');
		expectRefusal(() => travel({ price: -1 }), 'price');
		expectRefusal(() => travel({ kind: 'bus' as never }), 'kind');
	});
});
