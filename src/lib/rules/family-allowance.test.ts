import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	REGIONS,
	familyAllowanceByMonth,
	familyAllowanceImpact,
	type AppliedAllowanceRule,
	type FamilyAllowanceInput,
	type FamilyAllowanceRangeInput,
	type Region
} from './family-allowance';
import { offsetDate, toDayNumber } from './calendar';
import { expectRefusal, holds, ruleWarnings } from './test-support';

const impact = (
	region: Region,
	birthDate: string,
	month: string,
	extra: Partial<FamilyAllowanceInput> = {}
) => familyAllowanceImpact({ region, birthDate, month, ...extra });
const text = (result: { trace: { label: string; formula?: string; value?: string }[] }) =>
	result.trace.map((s) => [s.label, s.formula, s.value].filter(Boolean).join(' | ')).join('\n');

// Born 01/03/1998: 18 on 01/03/2016, unconditional until 31/08/2016, 25 on 01/03/2023.
const BORN_1998 = '1998-03-01';

describe('familyAllowanceImpact, rule by date and region', () => {
	/** Checks one month's outcome; `kept` always follows from `affected`, so each case states only the latter. */
	function expectMonth(
		region: Region,
		month: string,
		extra: Partial<FamilyAllowanceInput>,
		expected: { affected: boolean | 'unknown'; rule: AppliedAllowanceRule; ceiling: number | null }
	) {
		const { value } = impact(region, BORN_1998, month, extra);
		const { affected, rule, ceiling } = expected;
		expect(value).toMatchObject({ month, affected, rule, incomeCeiling: ceiling });
		expect(value.kept).toBe(affected === 'unknown' ? 'unknown' : !affected);
	}

	// Each income ceiling with the months it is tested in: region, month, monthly income, affected.
	const monthsByCeiling: [number, [Region, string, number | undefined, boolean | 'unknown'][]][] = [
		// Fiche 3: from 1 September, ceiling 530,49 € from 1 June 2016; at the ceiling the allowance is kept.
		[
			530.49,
			[
				['wallonia', '2016-09', 530.49, false],
				['wallonia', '2016-09', 530.5, true],
				['brussels', '2017-05', 530.5, true],
				['wallonia', '2016-09', undefined, 'unknown']
			]
		],
		// 541,09 € from June 2017 (date unconfirmed).
		[
			541.09,
			[
				['brussels', '2017-06', 541.09, false],
				['german-speaking', '2018-08', 541.1, true]
			]
		],
		// 551,89 € from 1 September 2018; in Brussels still in 2019; in Wallonia the FAMIWAL ceiling from 2019.
		[
			551.89,
			[
				['german-speaking', '2018-09', 551.89, false],
				['german-speaking', '2018-12', 551.9, true],
				['brussels', '2019-12', 551.9, true],
				['wallonia', '2019-01', 551.9, true],
				['wallonia', '2020-02', 551.9, true]
			]
		],
		// Wallonia: 551,89 × 1,02 = 562,9278 → 562,93 € (retained from March 2020) until July 2022.
		[
			562.93,
			[
				['wallonia', '2020-03', 551.9, false],
				['wallonia', '2022-07', 562.93, false],
				['wallonia', '2022-07', 562.94, true]
			]
		]
	];

	it.each(
		monthsByCeiling.flatMap(([ceiling, months]) =>
			months.map(
				([region, month, income, affected]) => [region, month, income, affected, ceiling] as const
			)
		)
	)(
		'in %s for %s with %s €: affected %s under the income ceiling of %s €',
		(region, month, monthlyIncome, affected, ceiling) => {
			const extra = monthlyIncome === undefined ? {} : { monthlyIncome };
			expectMonth(region, month, extra, { affected, rule: 'income-ceiling', ceiling });
		}
	);

	it.each<[Region, string, number, number | undefined, boolean | 'unknown', AppliedAllowanceRule]>([
		// Fiche 3: unconditional until 31 August of the year of the 18th birthday, whatever the pay.
		['wallonia', '2016-08', 5000, undefined, false, 'unconditional'],
		// German-speaking Community: no effect of the apprentice's pay from 1 January 2019.
		['german-speaking', '2019-01', 2000, undefined, false, 'no-effect'],
		// Wallonia from 1 August 2022: no ceiling; 24 years old, born before 2001: proof of training.
		['wallonia', '2022-08', 2000, undefined, false, 'wallonia-semi-automatic'],
		// Brussels: the 240-hour rule from 2020.
		['brussels', '2020-01', 2000, 240, false, 'quarter-hours'],
		['brussels', '2020-01', 300, 240.5, true, 'quarter-hours'],
		['brussels', '2020-01', 300, undefined, 'unknown', 'quarter-hours']
	])(
		'in %s for %s with %s € and %s h: affected %s under %s, with no income ceiling',
		(region, month, monthlyIncome, hoursOutsideContract, affected, rule) => {
			const extra = hoursOutsideContract === undefined ? {} : { hoursOutsideContract };
			expectMonth(region, month, { monthlyIncome, ...extra }, { affected, rule, ceiling: null });
		}
	);

	it('explains the ceiling comparison with the amounts', () => {
		const trace = text(impact('wallonia', BORN_1998, '2016-09', { monthlyIncome: 600 })).replace(
			/\s/g,
			' '
		);
		expect(trace).toMatch(/600,00 € > 530,49 € \| allocations suspendues pour ce mois/);
		expect(trace).toMatch(/pécule de vacances, chèques-repas/);
	});

	it('warns of the unconfirmed 2017 date and of the unconfirmed Walloon rule of 2019–2022', () => {
		expect(
			impact('wallonia', BORN_1998, '2017-06', { monthlyIncome: 500 }).warnings.join()
		).toMatch(/Valeur non confirmée.*01\/06\/2017/);
		expect(ruleWarnings(impact('wallonia', BORN_1998, '2018-09', { monthlyIncome: 500 }))).toEqual(
			[]
		);
		expect(
			impact('wallonia', BORN_1998, '2019-06', { monthlyIncome: 500 }).warnings.join()
		).toMatch(/Valeur non confirmée.*01\/01\/2019/);
		expect(
			impact('wallonia', BORN_1998, '2020-06', { monthlyIncome: 500 }).warnings.join()
		).toMatch(/Valeur non confirmée.*01\/03\/2020/);
		expect(ruleWarnings(impact('wallonia', BORN_1998, '2022-08', { monthlyIncome: 500 }))).toEqual(
			[]
		);
	});

	it('warns that the end of the Brussels income ceiling is unconfirmed, more strongly above it', () => {
		const under = impact('brussels', BORN_1998, '2021-03', {
			monthlyIncome: 500,
			hoursOutsideContract: 0
		}).warnings.join('\n');
		expect(under).toMatch(
			/plafond de revenus de 551,89\s€ par mois a cessé de s'appliquer n'est pas confirmée/
		);
		expect(under).not.toMatch(/dépasse ce plafond/);
		expect(
			impact('brussels', BORN_1998, '2021-03', {
				monthlyIncome: 600,
				hoursOutsideContract: 0
			}).warnings.join()
		).toMatch(/dépasse ce plafond/);
		// Which months hang on that date: January to March 2020, before the rule is attested.
		expect(under).toMatch(/seuls les mois de janvier à mars 2020 dépendent de la date/);
	});

	it('loses the whole Brussels quarter over 240 hours of other work', () => {
		for (const month of ['2024-04', '2024-05', '2024-06']) {
			const result = impact('brussels', '2004-06-01', month, { hoursOutsideContract: 241 });
			expect(result.value.affected).toBe(true);
			expect(text(result)).toMatch(
				/2e trimestre 2024 \(04\/2024, 05\/2024, 06\/2024\) \| 241 h > 240 h \| allocations perdues pour tout le trimestre/
			);
		}
		expect(text(impact('brussels', '2004-06-01', '2024-02', { hoursOutsideContract: 10 }))).toMatch(
			/1er trimestre 2024/
		);
	});

	it('accepts any date of the month instead of the month', () => {
		expect(impact('brussels', BORN_1998, '2017-06-30', { monthlyIncome: 541.09 }).value).toEqual(
			impact('brussels', BORN_1998, '2017-06', { monthlyIncome: 541.09 }).value
		);
	});
});

describe('familyAllowanceImpact, age boundaries', () => {
	it('applies the conditions from 1 September of the year of the 18th birthday, even before the birthday', () => {
		// Born 10/10/2005: still 17 in September 2023, but the unconditional period ended on 31/08/2023.
		expect(
			impact('brussels', '2005-10-10', '2023-08', { hoursOutsideContract: 500 }).value.rule
		).toBe('unconditional');
		expect(
			impact('brussels', '2005-10-10', '2023-09', { hoursOutsideContract: 500 }).value
		).toMatchObject({ rule: 'quarter-hours', affected: true });
	});

	it('keeps the allowance unconditionally until 31 August even after the 18th birthday', () => {
		const result = impact('wallonia', '2005-01-01', '2023-08', {
			monthlyIncome: 100_000,
			hoursOutsideContract: 2000
		});
		expect(result.value).toMatchObject({ rule: 'unconditional', affected: false, kept: true });
		expect(text(result)).toMatch(/Jusqu'au 31\/08\/2023/);
	});

	it('pays until the month of the 25th birthday, then no more whatever the pay', () => {
		expect(impact('wallonia', BORN_1998, '2023-03').value).toMatchObject({
			kept: true,
			affected: false
		});
		const after = impact('wallonia', BORN_1998, '2023-04', { monthlyIncome: 0 });
		expect(after.value).toMatchObject({ rule: 'over-age', kept: false, affected: false });
		expect(text(after)).toMatch(/mois des 25 ans \(03\/2023\)/);
	});

	it('counts the 25th birthday of someone born on 29 February on 1 March', () => {
		expect(impact('wallonia', '2000-02-29', '2025-03').value.rule).toBe('wallonia-semi-automatic');
		expect(impact('wallonia', '2000-02-29', '2025-04').value.rule).toBe('over-age');
	});

	it('reads the Walloon age of 21 on the first day of the month', () => {
		// Born 15/08/2001: 20 on 01/08/2022 (semi-automatic, other work counts), 21 on 01/09/2022 (proof of training).
		expect(
			impact('wallonia', '2001-08-15', '2022-08', { hoursOutsideContract: 300 }).value.affected
		).toBe(true);
		expect(
			impact('wallonia', '2001-08-15', '2022-09', { hoursOutsideContract: 100 }).value.affected
		).toBe(false);
		// Born 01/09/2002: 21 on 01/09/2023 itself.
		expect(
			impact('wallonia', '2002-09-01', '2023-08', { hoursOutsideContract: 300 }).value.affected
		).toBe(true);
		const at21 = impact('wallonia', '2002-09-01', '2023-09', { hoursOutsideContract: 300 });
		expect(at21.value.affected).toBe('unknown');
		expect(at21.warnings.join()).toMatch(/au-delà de 21 ans n'est pas précisé/);
	});

	it('asks a proof of training from those born before 2001', () => {
		expect(text(impact('wallonia', '2000-12-31', '2022-08', { monthlyIncome: 900 }))).toMatch(
			/né\(e\) avant 2001 : allocations maintenues sur preuve de la formation/
		);
	});
});

describe('familyAllowanceImpact, invalid input', () => {
	const ok: FamilyAllowanceInput = {
		region: 'wallonia',
		birthDate: '2005-10-10',
		month: '2024-01',
		monthlyIncome: 400,
		hoursOutsideContract: 0
	};
	it.each<[string, unknown, string]>([
		['no input', null, 'input'],
		['an unknown region', { ...ok, region: 'flanders' }, 'region'],
		['an impossible birth date', { ...ok, birthDate: '2005-02-29' }, 'birthDate'],
		['month 13', { ...ok, month: '2024-13' }, 'month'],
		['a month as a number', { ...ok, month: 202401 }, 'month'],
		['an impossible date as month', { ...ok, month: '2024-02-30' }, 'month'],
		['a negative income', { ...ok, monthlyIncome: -1 }, 'monthlyIncome'],
		['an income that is NaN', { ...ok, monthlyIncome: Number.NaN }, 'monthlyIncome'],
		['an income as text', { ...ok, monthlyIncome: '400' }, 'monthlyIncome'],
		['an absurd income', { ...ok, monthlyIncome: 100_001 }, 'monthlyIncome'],
		['negative hours', { ...ok, hoursOutsideContract: -1 }, 'hoursOutsideContract'],
		[
			'more hours than a quarter holds',
			{ ...ok, hoursOutsideContract: 2209 },
			'hoursOutsideContract'
		],
		[
			'infinite hours',
			{ ...ok, hoursOutsideContract: Number.POSITIVE_INFINITY },
			'hoursOutsideContract'
		],
		['a month before the birth', { ...ok, month: '2005-09' }, 'month'],
		[
			'a month before the alternance contract existed',
			{ ...ok, birthDate: '1990-01-01', month: '2015-08' },
			'month'
		],
		[
			'a conditional month before the first known ceiling',
			{ ...ok, birthDate: '1996-01-01', month: '2016-05' },
			'month'
		]
	])('refuses %s, naming the field', (_name, input, field) => {
		expectRefusal(() => familyAllowanceImpact(input as FamilyAllowanceInput), field);
	});

	it('writes its messages in French, naming the field', () => {
		expect(() => familyAllowanceImpact({ ...ok, region: 'x' as Region })).toThrow(
			/Région : la valeur « x » n'est pas permise/
		);
	});
});

describe('familyAllowanceByMonth', () => {
	const range: FamilyAllowanceRangeInput = {
		region: 'wallonia',
		birthDate: '2005-10-10',
		fromMonth: '2023-06',
		toMonth: '2024-05',
		monthlyIncome: 400,
		quarterHours: { '2023-Q3': 0, '2023-Q4': 300, '2024-Q1': 100 }
	};

	it('gives each month of a contract, quarter by quarter', () => {
		const { value } = familyAllowanceByMonth(range);
		expect(value.map((m) => [m.month, m.kept])).toEqual([
			['2023-06', true],
			['2023-07', true],
			['2023-08', true],
			['2023-09', true],
			['2023-10', false],
			['2023-11', false],
			['2023-12', false],
			['2024-01', true],
			['2024-02', true],
			['2024-03', true],
			['2024-04', 'unknown'],
			['2024-05', 'unknown']
		]);
	});

	it('groups the months in its trace and counts the lost ones', () => {
		const trace = text(familyAllowanceByMonth(range));
		expect(trace).toMatch(/06\/2023 – 08\/2023 : droit inconditionnel/);
		expect(trace).toMatch(
			/10\/2023 – 12\/2023 : Wallonie : rétribution sans plafond \| allocations perdues \(travail hors contrat/
		);
		expect(trace).toMatch(/perdre les allocations \| 3 sur 12/);
		expect(trace).toMatch(/Mois à vérifier.*\| 2 sur 12/);
	});

	it('takes the rétribution month by month and carries the warnings', () => {
		const result = familyAllowanceByMonth({
			region: 'brussels',
			birthDate: BORN_1998,
			fromMonth: '2019-11',
			toMonth: '2020-01',
			monthlyIncome: { '2019-11': 500, '2019-12': 600, '2020-01': 600 },
			quarterHours: { '2020-Q1': 10 }
		});
		expect(result.value.map((m) => m.kept)).toEqual([true, false, true]);
		expect(result.warnings.join()).toMatch(/Valeur non confirmée/);
		expect(text(result).replace(/\s/g, ' ')).toMatch(
			/11\/2019 : plafond de revenus mensuel \(551,89 €\) \| allocations maintenues/
		);
	});

	it('computes 144 months at once', () => {
		const { value } = familyAllowanceByMonth({
			region: 'german-speaking',
			birthDate: '2000-01-01',
			fromMonth: '2015-09',
			toMonth: '2027-08'
		});
		expect(value).toHaveLength(144);
		expect(value.at(-1)).toMatchObject({ month: '2027-08', rule: 'over-age' });
	});

	it.each<[string, Partial<FamilyAllowanceRangeInput>, string]>([
		['a last month before the first', { toMonth: '2023-05' }, 'toMonth'],
		['145 months', { toMonth: '2035-06' }, 'toMonth'],
		['an impossible first month', { fromMonth: '2023-00' }, 'fromMonth'],
		['an income for month 13', { monthlyIncome: { '2024-13': 5 } }, 'monthlyIncome[2024-13]'],
		[
			'a negative income for a month',
			{ monthlyIncome: { '2024-01': -5 } },
			'monthlyIncome[2024-01]'
		],
		[
			'incomes as a list',
			{ monthlyIncome: [400] as unknown as Record<string, number> },
			'monthlyIncome'
		],
		[
			'too many incomes',
			{
				monthlyIncome: Object.fromEntries(
					Array.from({ length: 145 }, (_, i) => [
						`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
						1
					])
				)
			},
			'monthlyIncome'
		],
		['a badly written quarter', { quarterHours: { '2024-T1': 5 } }, 'quarterHours[2024-T1]'],
		['hours as text', { quarterHours: '10' as unknown as number }, 'quarterHours'],
		[
			'a range that starts before the birth',
			{ fromMonth: '2005-09', toMonth: '2006-03' },
			'fromMonth'
		]
	])('refuses %s, naming the field', (_name, change, field) => {
		expect(() => familyAllowanceByMonth({ ...range, ...change })).toThrow(
			expect.objectContaining({ field })
		);
	});
});

const regionArb = fc.constantFrom<Region>(...REGIONS);
const birthArb = fc
	.integer({ min: toDayNumber('1994-01-01'), max: toDayNumber('2008-12-31') })
	.map((d) => offsetDate('1970-01-01', d));
const monthArb = fc
	.tuple(fc.integer({ min: 2016, max: 2032 }), fc.integer({ min: 1, max: 12 }))
	.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const incomeArb = fc.integer({ min: 0, max: 200_000 }).map((cents) => cents / 100);
const hoursArb = fc.integer({ min: 0, max: 600 });

/** Inputs the rule accepts: a month after the birth, and after the first known ceiling once conditional. */
const validMonth = (birthDate: string, month: string) =>
	month >= birthDate.slice(0, 7) &&
	(month >= '2016-06' || month <= `${Number(birthDate.slice(0, 4)) + 18}-08`);

describe('familyAllowanceImpact, properties', () => {
	it('never lets the rétribution or other work matter before 1 September of the year of the 18th birthday', () => {
		holds(
			[regionArb, birthArb, monthArb, incomeArb, hoursArb],
			(region, birthDate, month, monthlyIncome, hoursOutsideContract) => {
				fc.pre(validMonth(birthDate, month) && month <= `${Number(birthDate.slice(0, 4)) + 18}-08`);
				expect(
					impact(region, birthDate, month, { monthlyIncome, hoursOutsideContract }).value
				).toMatchObject({ affected: false, kept: true });
			}
		);
	});

	it('keeps the allowance at a lower rétribution whenever it is kept at a higher one', () => {
		holds(
			[regionArb, birthArb, monthArb, incomeArb, incomeArb, hoursArb],
			(region, birthDate, month, a, b, hours) => {
				fc.pre(validMonth(birthDate, month));
				const [low, high] = a < b ? [a, b] : [b, a];
				const kept = (monthlyIncome: number) =>
					impact(region, birthDate, month, { monthlyIncome, hoursOutsideContract: hours }).value
						.kept;
				if (kept(high) === true) expect(kept(low)).toBe(true);
			}
		);
	});

	it('gives the three months of a calendar quarter the same outcome under the hours rule', () => {
		holds(
			[birthArb, fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 0, max: 3 }), hoursArb],
			(birthDate, year, quarter, hours) => {
				const outcomes = [1, 2, 3].map((i) => {
					const month = `${year}-${String(quarter * 3 + i).padStart(2, '0')}`;
					return impact('brussels', birthDate, month, { hoursOutsideContract: hours }).value;
				});
				const ruled = outcomes.filter((o) => o.rule === 'quarter-hours').map((o) => o.affected);
				expect(new Set(ruled).size).toBeLessThanOrEqual(1);
			}
		);
	});

	it('gives over a range the same months as one month at a time', () => {
		holds(
			[regionArb, birthArb, monthArb, fc.integer({ min: 0, max: 30 }), incomeArb, hoursArb],
			(region, birthDate, fromMonth, length, income, hours) => {
				const year =
					Number(fromMonth.slice(0, 4)) +
					Math.floor((Number(fromMonth.slice(5, 7)) - 1 + length) / 12);
				const toMonth = `${year}-${String(((Number(fromMonth.slice(5, 7)) - 1 + length) % 12) + 1).padStart(2, '0')}`;
				fc.pre(validMonth(birthDate, fromMonth));
				const { value } = familyAllowanceByMonth({
					region,
					birthDate,
					fromMonth,
					toMonth,
					monthlyIncome: income,
					quarterHours: hours
				});
				expect(value).toHaveLength(length + 1);
				for (const m of value) {
					expect(m).toEqual(
						impact(region, birthDate, m.month, {
							monthlyIncome: income,
							hoursOutsideContract: hours
						}).value
					);
				}
			},
			{ numRuns: 40 }
		);
	});
});
