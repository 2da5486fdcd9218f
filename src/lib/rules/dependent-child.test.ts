import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dependentChild } from './dependent-child';
import { expectRefusal, holds } from './test-support';

describe('dependentChild: net means against the ceiling of the tax year', () => {
	it('an apprentice of 2025 earning 6 000 € stays a dependant under the 12 000 € ceiling', () => {
		// 6 000 − 0 social = 6 000; 20 % = 1 200 (above the 550 € minimum) → 4 800 € of net means; margin 7 200 €.
		const result = dependentChild({ year: 2025, gross: 6000, socialSecurity: 0 });
		expect(result.value).toEqual({
			year: 2025,
			netMeans: 4800,
			ceiling: 12000,
			margin: 7200,
			dependent: true,
			supplementLost: 1980
		});
	});

	it('at the ceiling exactly the child stays a dependant; one cent more and it does not', () => {
		// Net means = 0,8 × gross above the minimum: 7 290 € of 2024 ↔ 9 112,50 € gross.
		const at = dependentChild({ year: 2024, gross: 9112.5, socialSecurity: 0 }).value;
		expect(at).toMatchObject({ netMeans: 7290, margin: 0, dependent: true });
		const over = dependentChild({ year: 2024, gross: 9112.52, socialSecurity: 0 }).value;
		expect(over.netMeans).toBe(7290.02);
		expect(over.dependent).toBe(false);
		expect(over.margin).toBe(-0.02);
	});

	it('takes the minimum flat rate on a small income, never more than the income', () => {
		// 2 000 € in 2024: 20 % = 400 < 550 → 1 450 €; 300 €: the 550 € minimum takes it all → 0.
		expect(dependentChild({ year: 2024, gross: 2000, socialSecurity: 0 }).value.netMeans).toBe(
			1450
		);
		expect(dependentChild({ year: 2024, gross: 300, socialSecurity: 0 }).value.netMeans).toBe(0);
	});

	it('deducts the personal social security first', () => {
		// 10 000 − 1 000 = 9 000; − 20 % = 7 200 € ≤ 7 290 € in 2024.
		const result = dependentChild({ year: 2024, gross: 10000, socialSecurity: 1000 });
		expect(result.value).toMatchObject({ netMeans: 7200, dependent: true, margin: 90 });
	});

	it('warns that the ceiling of the income year 2026 was not found', () => {
		const result = dependentChild({ year: 2026, gross: 8000, socialSecurity: 0 });
		expect(result.value.ceiling).toBe(12000);
		expect(result.warnings.join('\n')).toMatch(/vérifiés jusqu'au 31\/12\/2025/);
	});

	it('refuses bad input naming the field', () => {
		expectRefusal(() => dependentChild({ year: 2020, gross: 100, socialSecurity: 0 }), 'year');
		expectRefusal(() => dependentChild({ year: 2024.5, gross: 100, socialSecurity: 0 }), 'year');
		expectRefusal(() => dependentChild({ year: 2024, gross: -1, socialSecurity: 0 }), 'gross');
		expectRefusal(
			() => dependentChild({ year: 2024, gross: 100, socialSecurity: 200 }),
			'socialSecurity'
		);
	});

	it('net means never exceed the pay after social security, and the margin follows them', () => {
		holds(
			[fc.integer({ min: 2021, max: 2027 }), fc.integer({ min: 0, max: 3_000_000 })],
			(year, cents) => {
				const value = dependentChild({ year, gross: cents / 100, socialSecurity: 0 }).value;
				expect(value.netMeans).toBeLessThanOrEqual(cents / 100);
				expect(value.netMeans).toBeGreaterThanOrEqual(0);
				expect(value.dependent).toBe(value.netMeans <= value.ceiling);
			}
		);
	});
});
