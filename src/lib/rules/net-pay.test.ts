import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { netPaySchedule, netRetribution } from './net-pay';
import { expectRefusal, holds, ruleWarnings } from './test-support';

const net = (gross: number, month: string, birthDate: string) =>
	netRetribution({ gross, month, birthDate });

describe('netRetribution: personal contribution by the year of the 18th and 19th birthday', () => {
	it('takes nothing in December of the year of 18, whether born on 1 January or 31 December', () => {
		for (const born of ['2008-01-01', '2008-12-31']) {
			const december = net(540, '2026-12', born).value;
			expect(december).toEqual({
				gross: 540,
				workerSocialSecurity: 0,
				workBonus: 0,
				withholdingTax: 0,
				net: 540
			});
		}
	});

	it('charges 13,07 % from January of the year of 19, fully covered by the work bonus at an apprentice pay', () => {
		// 13,07 % × 540 = 70,578 → 70,58 €; volets A + B at S = 540: 120,59 + 162,62 = 283,21 € > 70,58 → capped.
		for (const born of ['2008-01-01', '2008-12-31']) {
			const january = net(540, '2027-01', born);
			expect(january.value).toEqual({
				gross: 540,
				workerSocialSecurity: 70.58,
				workBonus: 70.58,
				withholdingTax: 0,
				net: 540
			});
			expect(january.trace.map((s) => s.label).join('\n')).toContain('01/01/2027');
		}
	});

	it('above the bonus thresholds: contribution, partial bonus and withholding tax by hand', () => {
		// June 2025, 3 000 €: 13,07 % = 392,10 ; bonus A = 120,59 − 0,2443 × (3 000 − 2 777,83) = 66,31, B = 0.
		// Taxable 3 000 − 325,79 = 2 674,21 → 32 090,52 a year − 5 930 (30 % capped) = 26 160,52.
		// Tax 16 310 × 26,75 % + 9 850,52 × 42,80 % = 8 578,95 − 2 915,75 = 5 663,20 → 471,93 a month.
		// Fiscal bonus 33,14 % × 66,31 = 21,98 → 449,95 withheld; net 3 000 − 325,79 − 449,95 = 2 224,26.
		const result = net(3000, '2025-06', '2000-01-01');
		expect(result.value).toEqual({
			gross: 3000,
			workerSocialSecurity: 392.1,
			workBonus: 66.31,
			withholdingTax: 449.95,
			net: 2224.26
		});
		expect(ruleWarnings(result).join('\n')).toContain('Valeur non confirmée');
	});

	it('estimates the bonus between April 2024 and January 2025, whose amounts were not found, and says so', () => {
		const result = net(600, '2024-10', '2000-01-01');
		expect(result.value.workBonus).toBe(78.42); // 13,07 % × 600 = 78,42, covered by either scale
		expect(result.warnings.join('\n')).toMatch(
			/Estimation : le bonus à l'emploi entre le 01\/04\/2024/
		);
		// Before 2025 the first key found stands in, flagged: 600 € a month stays under its threshold.
		expect(result.value.withholdingTax).toBe(0);
		expect(result.warnings.join('\n')).toMatch(/Estimation : la formule-clé du précompte de 2024/);
	});

	it('uses the last key found for later years, with a warning, and refuses beyond the known brackets', () => {
		const later = net(700, '2027-03', '2000-01-01');
		expect(later.value.net).toBe(700);
		expect(later.warnings.join('\n')).toMatch(/vérifiés jusqu'au 31\/12\/2025/);
		expectRefusal(() => net(9000, '2025-06', '2000-01-01'), 'gross');
	});

	it('refuses bad input naming the field, in French', () => {
		expectRefusal(() => net(-1, '2026-01', '2008-01-01'), 'gross');
		expectRefusal(() => net(Number.NaN, '2026-01', '2008-01-01'), 'gross');
		expectRefusal(() => net(500, '2026-13', '2008-01-01'), 'month');
		expectRefusal(() => net(500, '2026-01', '2008-02-30'), 'birthDate');
		expectRefusal(() => net(500, '2010-01', '1980-01-01'), 'month');
		try {
			net(500, 'janvier', '2008-01-01');
		} catch (error) {
			expect(String(error)).not.toMatch(/NaN|undefined/);
		}
	});

	it('never gives a net above the gross or below zero, nor a negative tax', () => {
		holds(
			[
				fc.integer({ min: 0, max: 280_000 }),
				fc.integer({ min: 2025, max: 2030 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1995, max: 2012 })
			],
			(cents, year, month, born) => {
				const value = net(
					cents / 100,
					`${year}-${String(month).padStart(2, '0')}`,
					`${born}-06-15`
				).value;
				expect(value.net).toBeLessThanOrEqual(value.gross);
				expect(value.net).toBeGreaterThanOrEqual(0);
				expect(value.withholdingTax).toBeGreaterThanOrEqual(0);
				expect(value.workBonus).toBeLessThanOrEqual(value.workerSocialSecurity);
			}
		);
	});
});

describe('netPaySchedule', () => {
	it('totals each calendar year and explains the month the contribution starts', () => {
		const months = ['2026-11', '2026-12', '2027-01'].map((month) => ({ month, paid: 500 }));
		const result = netPaySchedule({ months, birthDate: '2008-03-01' });
		expect(result.value.years).toEqual([
			{ year: 2026, gross: 1000, socialSecurity: 0, withholdingTax: 0, net: 1000 },
			{ year: 2027, gross: 500, socialSecurity: 0, withholdingTax: 0, net: 500 }
		]);
		expect(result.value.months[2]!.workerSocialSecurity).toBe(65.35);
		const labels = result.trace.map((s) => s.label);
		expect(labels).toContain('11/2026 :');
		expect(labels).toContain('01/2027 :');
		expect(labels).not.toContain('12/2026 :');
	});
});
