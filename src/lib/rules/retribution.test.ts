import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	contractLevels,
	levelOn,
	monthlyRetribution,
	paySchedule,
	retributionForMonth,
	type Level
} from './retribution';
import { RuleInputError } from './errors';
import { holds, ruleWarnings } from './test-support';
import { freshnessWarning, rowOn } from './parameters/table';
import { rmmmgTable } from './parameters/retribution';

describe('monthlyRetribution', () => {
	function expectMonthly(level: Level, on: string, amount: number) {
		const result = monthlyRetribution(level, on);
		expect(result.value).toBe(amount);
		expect(ruleWarnings(result)).toEqual([]);
		expect(result.sources.map((s) => s.reference).join(' ')).toMatch(/§4\.6/);
	}

	// Vade-Mecum §4.6: RMMMG 1 531,93 € from 1 June 2016.
	it.each<[Level, string, number]>([
		['A', '2016-06-01', 260.43],
		['B', '2016-06-01', 367.66],
		['C', '2016-06-01', 490.22]
	])('gives level %s on %s as %f €', expectMonthly);

	// IFAPME table "au 1er décembre 2022": level A 332,35 €.
	it.each<[Level, string, number]>([['A', '2022-12-01', 332.35]])(
		'gives level %s on %s as %f €',
		expectMonthly
	);

	// Hand-computed: 2 070,48 × 17 % = 351,9816; 2 111,89 × 24 % = 506,8536; × 32 % = 675,8048.
	it.each<[Level, string, number]>([
		['A', '2024-05-01', 351.98],
		['B', '2025-02-01', 506.85],
		['C', '2025-12-31', 675.8]
	])('gives level %s on %s as %f €', expectMonthly);

	it('uses the amount of the day before an indexation until it takes effect', () => {
		expect(monthlyRetribution('A', '2025-01-31').value).toBe(351.98);
		expect(monthlyRetribution('A', '2025-02-01').value).toBe(359.02);
	});

	it('warns when the RMMMG of the date is not confirmed', () => {
		const result = monthlyRetribution('A', '2026-01-15');
		expect(result.value).toBe(366.2);
		expect(result.warnings.join()).toMatch(/non confirmée/);
	});

	it('explains the RMMMG, the rate and the rounding in its trace', () => {
		const trace = monthlyRetribution('B', '2016-06-01').trace;
		expect(trace[0]!.label).toMatch(/RMMMG en vigueur le 01\/06\/2016/);
		expect(trace[1]!.formula?.replace(/\s/g, ' ')).toBe('1 531,93 € × 24 %');
	});

	it('applies a higher reference amount chosen by the user', () => {
		expect(monthlyRetribution('A', '2025-03-01', { referenceAmount: 2500 }).value).toBe(425);
	});

	it('cites the RMMMG a chosen reference amount is compared with', () => {
		const on = '2025-03-01';
		const result = monthlyRetribution('A', on, { referenceAmount: 100 });
		expect(result.sources).toContainEqual(
			rowOn(rmmmgTable, on, { field: 'on', label: 'Date' }).source
		);
		expect(result.warnings.join()).toMatch(/inférieur au RMMMG en vigueur/);
	});

	it('refuses a date before the first known RMMMG', () => {
		expect(() => monthlyRetribution('A', '2016-05-31')).toThrow(RuleInputError);
	});

	it('refuses an unknown level and an impossible date, naming the field', () => {
		expect(() => monthlyRetribution('D' as Level, '2025-01-01')).toThrow(
			expect.objectContaining({ field: 'level' })
		);
		expect(() => monthlyRetribution('A', '2025-02-30')).toThrow(
			expect.objectContaining({ field: 'on', message: expect.stringMatching(/Date/) })
		);
	});
});

describe('retributionForMonth', () => {
	it.each([
		// Starts on the 15th: 359,02 × 16 / 30 = 191,4773.
		['A', '2025-09', '2025-09-15', '2026-06-30', 191.48],
		// Vade-Mecum §4.6 example: start on 15 January, 17 days of 31: 260,43 × 17 / 31 = 142,8165.
		['A', '2017-01', '2017-01-15', '2017-12-31', 142.82],
		// Ends on the 10th: 506,85 × 10 / 31 = 163,5.
		['B', '2025-03', '2024-09-01', '2025-03-10', 163.5],
		['B', '2025-04', '2024-09-01', '2025-03-10', 0],
		['C', '2025-06', '2024-09-01', '2026-06-30', 675.8]
	] as [Level, string, string, string, number][])(
		'gives level %s in %s of a contract %s–%s: %f €',
		(level, month, start, end, amount) => {
			expect(
				retributionForMonth({ level, month, contractStart: start, contractEnd: end }).value
			).toBe(amount);
		}
	);

	it('counts 29 days in February of a leap year', () => {
		// 2028 uses the last known (unconfirmed) RMMMG 2 189,83: A = 372,2711 → 372,27; × 15 / 29 = 192,5534 → 192,55.
		const result = retributionForMonth({
			level: 'A',
			month: '2028-02',
			contractStart: '2028-02-15',
			contractEnd: '2028-12-31'
		});
		expect(result.value).toBe(192.55);
		expect(result.trace.some((s) => s.label.includes('15 jours calendrier couverts sur 29'))).toBe(
			true
		);
		// Past the last check of the RMMMG: a later indexation may exist, and the amount paid can be typed.
		expect(result.warnings).toContain(freshnessWarning(rmmmgTable));
		expect(result.warnings.join()).toMatch(/saisissez-le/);
	});

	it('warns of later changes only for a month after the RMMMG was last checked', () => {
		const on = (month: string) =>
			retributionForMonth({
				level: 'A',
				month,
				contractStart: '2025-09-01',
				contractEnd: '2028-08-31'
			}).warnings;
		expect(rmmmgTable.checkedUntil).toBe('2026-04-01');
		expect(on('2026-04')).not.toContain(freshnessWarning(rmmmgTable));
		expect(on('2026-05')).toContain(freshnessWarning(rmmmgTable));
		expect(freshnessWarning(rmmmgTable)).toBe(
			"Chiffres « Revenu minimum mensuel moyen garanti (RMMMG, 18 ans et plus) » vérifiés jusqu'au 01/04/2026 : un changement postérieur peut exister, à vérifier auprès de : Salaires minimums (SPF Emploi) : RMMMG en vigueur (https://www.salairesminimums.be)."
		);
	});

	it('refuses an end before the start', () => {
		expect(() =>
			retributionForMonth({
				level: 'A',
				month: '2025-09',
				contractStart: '2025-09-15',
				contractEnd: '2025-09-14'
			})
		).toThrow(expect.objectContaining({ field: 'contractEnd' }));
	});

	it('keeps the prorated amount between 0 and the full month', () => {
		holds(
			[
				fc.constantFrom<Level>('A', 'B', 'C'),
				fc.integer({ min: 2017, max: 2030 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: -40, max: 40 }),
				fc.integer({ min: 0, max: 80 })
			],
			(level, year, month, startOffset, length) => {
				const first = `${year}-${String(month).padStart(2, '0')}-01`;
				const start = new Date(Date.parse(first) + startOffset * 86_400_000)
					.toISOString()
					.slice(0, 10);
				const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
				const value = retributionForMonth({
					level,
					month: first.slice(0, 7),
					contractStart: start,
					contractEnd: end
				}).value;
				const full = monthlyRetribution(level, first).value;
				expect(value).toBeGreaterThanOrEqual(0);
				expect(value).toBeLessThanOrEqual(full);
			}
		);
	});
});

describe('paySchedule', () => {
	const contract = {
		contractStart: '2025-09-15',
		contractEnd: '2026-06-30',
		levels: [{ from: '2026-02-01', level: 'B' as Level }]
	};

	it('starts at level A and switches level on the date of the avenant', () => {
		const { value } = paySchedule(contract);
		expect(value.months.map((m) => [m.month, m.levels.join(), m.paid])).toEqual([
			['2025-09', 'A', 191.48],
			['2025-10', 'A', 359.02],
			['2025-11', 'A', 359.02],
			['2025-12', 'A', 359.02],
			['2026-01', 'A', 366.2],
			['2026-02', 'B', 516.99],
			['2026-03', 'B', 516.99],
			['2026-04', 'B', 525.56],
			['2026-05', 'B', 525.56],
			['2026-06', 'B', 525.56]
		]);
		expect(value.yearTotals).toEqual([
			{ year: 2025, total: 1268.54 },
			{ year: 2026, total: 2976.86 }
		]);
		expect(value.total).toBe(4245.4);
	});

	it('splits a month by calendar days when the level changes during it', () => {
		// A 359,02 × 15 / 31 = 173,7194 and B 506,85 × 16 / 31 = 261,6.
		const { value } = paySchedule({
			contractStart: '2025-03-01',
			contractEnd: '2025-03-31',
			levels: [{ from: '2025-03-16', level: 'B' }]
		});
		expect(value.months[0]).toMatchObject({ levels: ['A', 'B'], coveredDays: 31, paid: 435.32 });
	});

	it('pays the employer amount when it is above the minimum, the minimum otherwise', () => {
		const { value, warnings } = paySchedule({ ...contract, employerMonthlyAmount: 400 });
		expect(value.months[1]!.paid).toBe(400);
		expect(value.months[0]!.paid).toBe(213.33);
		expect(value.months[5]!.paid).toBe(516.99);
		expect(warnings.join()).toMatch(/inférieur au minimum/);
		// Over the minimum by what the employer adds, counted in cents; nothing where the minimum is paid.
		for (const m of value.months)
			expect(Math.round(m.aboveMinimum * 100)).toBe(
				Math.round(m.paid * 100) - Math.round(m.minimum * 100)
			);
		expect(value.months[1]!.aboveMinimum).toBeGreaterThan(0);
		expect(value.months[5]!.aboveMinimum).toBe(0);
	});

	it('carries the warnings of unconfirmed RMMMG amounts', () => {
		expect(paySchedule(contract).warnings.join()).toMatch(/non confirmée/);
	});

	it('refuses a level with an unknown value, naming it', () => {
		expect(() =>
			paySchedule({ ...contract, levels: [{ from: '2026-02-01', level: 'Z' as Level }] })
		).toThrow(expect.objectContaining({ field: 'levels[0].level' }));
	});

	it('makes the year totals add up to the contract total', () => {
		holds(
			[fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 1500 })],
			(offset, length) => {
				const start = new Date(Date.parse('2017-01-01') + offset * 86_400_000)
					.toISOString()
					.slice(0, 10);
				const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
				const { value } = paySchedule({ contractStart: start, contractEnd: end, levels: [] });
				const cents = value.yearTotals.reduce((sum, y) => sum + Math.round(y.total * 100), 0);
				expect(cents).toBe(Math.round(value.total * 100));
				expect(value.months.every((m) => m.paid >= 0 && m.paid <= m.minimum + 1e-9)).toBe(true);
			},
			{ numRuns: 50 }
		);
	});
});

describe('contractLevels', () => {
	it.each([
		// Three school years: A, then B and C on the first two anniversaries of the start.
		[
			'2026-09-01',
			'2029-06-30',
			[
				['2026-09-01', 'A'],
				['2027-09-01', 'B'],
				['2028-09-01', 'C']
			]
		],
		// A contract of one year and a day reaches B on its last day; one of exactly a year does not.
		[
			'2026-09-01',
			'2027-09-01',
			[
				['2026-09-01', 'A'],
				['2027-09-01', 'B']
			]
		],
		['2026-09-01', '2027-08-31', [['2026-09-01', 'A']]],
		// Started on 29 February: the anniversary in a common year is 1 March.
		[
			'2028-02-29',
			'2031-01-31',
			[
				['2028-02-29', 'A'],
				['2029-03-01', 'B'],
				['2030-03-01', 'C']
			]
		]
	])('for a contract from %s to %s gives %j', (start, end, expected) => {
		expect(contractLevels(start, end).map((c) => [c.from, c.level])).toEqual(expected);
	});

	it('says in the pay trace that B and C depend on the référent', () => {
		const { trace } = paySchedule({
			contractStart: '2026-09-01',
			contractEnd: '2028-06-30',
			levels: contractLevels('2026-09-01', '2028-06-30')
		});
		expect(trace.map((t) => t.label).join(' ')).toMatch(/décision du référent/);
	});
});

describe('paySchedule, levels outside the contract', () => {
	const contract = { contractStart: '2026-09-01', contractEnd: '2028-06-30' };

	it.each([
		[
			'before the start',
			[{ from: '2025-09-01', level: 'A' as Level }],
			'levels[0]',
			/avant le début du contrat \(01\/09\/2026\)/
		],
		[
			'after the end',
			[
				{ from: '2026-09-01', level: 'A' as Level },
				{ from: '2028-09-01', level: 'C' as Level }
			],
			'levels[1]',
			/après la fin du contrat \(30\/06\/2028\)/
		],
		[
			'on the same day as another',
			[
				{ from: '2027-09-01', level: 'B' as Level },
				{ from: '2027-09-01', level: 'C' as Level }
			],
			'levels[1]',
			/niveau n° 1 commence le même jour/
		]
	])('refuses a level %s, on that level', (_what, levels, field, message) => {
		expect(() => paySchedule({ ...contract, levels })).toThrow(
			expect.objectContaining({ field, message: expect.stringMatching(message) })
		);
	});
});

describe('levelOn', () => {
	const levels = [
		{ from: '2026-09-01', level: 'B' as const },
		{ from: '2025-09-01', level: 'A' as const },
		{ from: '2027-09-01', level: 'C' as const }
	];

	it.each([
		['2025-01-01', 'A'],
		['2026-08-31', 'A'],
		['2026-09-01', 'B'],
		['2027-09-01', 'C'],
		['2030-01-01', 'C']
	])('gives on %s the level %s, whatever the order of the changes', (date, level) => {
		expect(levelOn(levels, date)).toBe(level);
	});
});
