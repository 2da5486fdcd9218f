import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// In the order the functions are tested below.
import {
	paidVacationBlueCollar,
	paidVacationWhiteCollar,
	vacationPayBlueCollar,
	vacationPayWhiteCollar,
	europeanVacationWhiteCollar,
	europeanVacationBlueCollar,
	unpaidSchoolVacationDays,
	checkSummerVacation,
	constructionRttDays,
	type VacationPeriod
} from './vacation';
import { blueCollarScaleTable } from './parameters/vacation';
import { RuleInputError } from './errors';
import { holds, ruleWarnings } from './test-support';

const fullTime = (daysWorked: number) => ({ daysWorked, daysPerWeek: 5, hoursPerWeek: 38 });
const text = (trace: { label: string; formula?: string; value?: string }[]) =>
	trace
		.map((s) => [s.label, s.formula, s.value].filter(Boolean).join(' '))
		.join('\n')
		.replace(/\s/g, ' ');

// A week of 1 to 6 working days, and 0 to 12 months worked in a year, as the properties below draw them.
const daysPerWeekArb = fc.integer({ min: 1, max: 6 });
const monthsArb = fc.integer({ min: 0, max: 12 });

/** Runs `call` and returns the field of the RuleInputError it throws. */
function fieldOf(call: () => unknown): string {
	try {
		call();
	} catch (error) {
		expect(error).toBeInstanceOf(RuleInputError);
		expect((error as RuleInputError).message.length).toBeGreaterThan(10);
		return (error as RuleInputError).field;
	}
	throw new Error('no RuleInputError was thrown');
}

/** One test for each change that makes `valid` wrong: `rule` refuses the changed input and names the field. */
function refusesEachChange(
	rule: (input: never) => unknown,
	valid: object,
	changes: [string, Record<string, unknown>][]
): void {
	it.each(changes)('refuses a wrong %s, naming it', (field, change) => {
		expect(fieldOf(() => rule({ ...valid, ...change } as never))).toBe(field);
	});
}

describe('paidVacationBlueCollar', () => {
	it.each([
		// Fiche 4, partie A, Pierre: 6 months, 4 days, 28 h: (104 × 5 / 4) × 28 / 38 = 95,79 → 96 → 7.
		[104, 4, 28, 95.79, 7],
		// Fiche 4: 12 weeks, 3 days, 24 h: (36 × 5 / 3) × 24 / 38 = 37,89 → 38 → 2.
		[36, 3, 24, 37.89, 2],
		// Fiche 4: a whole year, 4 days, 30 h: (208 × 5 / 4) × 30 / 38 = 205,26 → 205 → 17.
		[208, 4, 30, 205.26, 17]
	])(
		'follows the fiche 4 example of %i days, %i days a week, %i h: %f days → %i vacation days',
		(daysWorked, daysPerWeek, hoursPerWeek, equivalent, vacation) => {
			const result = paidVacationBlueCollar({ daysWorked, daysPerWeek, hoursPerWeek });
			expect(result.value.equivalentDays).toBe(equivalent);
			expect(result.value.vacationDays).toBe(vacation);
			expect(ruleWarnings(result)).toEqual([]);
			expect(result.sources.map((s) => s.reference).join()).toMatch(/fiche 4, partie A/);
		}
	);

	it.each([
		[0, 0],
		[9, 0],
		[10, 1],
		[19, 1],
		[20, 2],
		[38, 2],
		[39, 3],
		[47, 3],
		[48, 4],
		[63, 4],
		[76, 5],
		[77, 6],
		[96, 7],
		[97, 8],
		[162, 13],
		[163, 14],
		[230, 19],
		[231, 20],
		[262, 20]
	])(
		'reads %i full-time days at the edge of a table row as %i vacation days',
		(daysWorked, vacation) => {
			expect(paidVacationBlueCollar(fullTime(daysWorked)).value.vacationDays).toBe(vacation);
		}
	);

	// Partie B of fiche 4 prints 67–76 → 5 and 48–66 → 4 for ordinary vacations; the current table
	// (partie A, as Securex published it in 2024) is 64–76 → 5 and 48–63 → 4.
	it.each([64, 65, 66])(
		'gives 5 days for %i days, not the 4 days that partie B prints',
		(daysWorked) => {
			const result = paidVacationBlueCollar(fullTime(daysWorked));
			expect(result.value.vacationDays).toBe(5);
			expect(result.value.tableRow).toEqual({ from: 64, to: 76, days: 5 });
			expect(text(result.trace)).toContain('de 64 à 76 jours → 5 jours');
			expect(text(result.trace)).toMatch(/imprime « de 67 à 76 »/);
		}
	);

	it('rounds to 2 decimals first, so 63,496 becomes 63,50 and then 64 days', () => {
		// 100 × 5 / 5 × 24,1285 / 38 = 63,49605 → 63,50 → 64 → 5 days (rounding 63,496 straight would give 63 → 4).
		const result = paidVacationBlueCollar({
			daysWorked: 100,
			daysPerWeek: 5,
			hoursPerWeek: 24.1285
		});
		expect(result.value).toMatchObject({ equivalentDays: 63.5, vacationDays: 5 });
	});

	it('keeps decimals under 0,50 out: 63,49 days give 63', () => {
		// 100 × 24,126 / 38 = 63,4894 → 63,49 → 63 → 4 days.
		expect(
			paidVacationBlueCollar({ daysWorked: 100, daysPerWeek: 5, hoursPerWeek: 24.126 }).value
		).toMatchObject({ equivalentDays: 63.49, vacationDays: 4 });
	});

	it('uses the full-time hours of the company when they are given', () => {
		// Construction, 40 h: 220 × 5 / 5 × 40 / 40 = 220 → 18 days; with the default 38 h: 231,58 → 232 → 20.
		expect(
			paidVacationBlueCollar({
				daysWorked: 220,
				daysPerWeek: 5,
				hoursPerWeek: 40,
				fullTimeHoursPerWeek: 40
			}).value.vacationDays
		).toBe(18);
		const byDefault = paidVacationBlueCollar({ daysWorked: 220, daysPerWeek: 5, hoursPerWeek: 40 });
		expect(byDefault.value.vacationDays).toBe(20);
		expect(byDefault.warnings.join()).toMatch(/dépassent l'horaire d'un temps plein/);
	});

	it('shows the formula with the numbers and the row that applied', () => {
		const trace = text(
			paidVacationBlueCollar({
				daysWorked: 104,
				daysPerWeek: 4,
				hoursPerWeek: 28,
				vacationYear: 2017
			}).trace
		);
		expect(trace).toContain('(104 × 5 / 4) × 28 / 38 95,79');
		expect(trace).toContain('95,79 → 96');
		expect(trace).toContain('de 87 à 96 jours → 7 jours');
		expect(trace).toContain('exercice de vacances 2016');
	});

	it('says when no vacation year is given that the latest rules apply', () => {
		expect(paidVacationBlueCollar(fullTime(100)).trace[0]!.label).toMatch(
			/règles les plus récentes/
		);
	});

	it('gives no vacation for no hours', () => {
		expect(
			paidVacationBlueCollar({ daysWorked: 200, daysPerWeek: 4, hoursPerWeek: 0 }).value
		).toMatchObject({ equivalentDays: 0, vacationDays: 0 });
	});

	refusesEachChange(paidVacationBlueCollar, fullTime(100), [
		['daysPerWeek', { daysPerWeek: 0 }],
		['daysPerWeek', { daysPerWeek: 7 }],
		['daysPerWeek', { daysPerWeek: 2.5 }],
		['daysPerWeek', { daysPerWeek: '5' }],
		['daysPerWeek', { daysPerWeek: NaN }],
		['daysWorked', { daysWorked: -1 }],
		['daysWorked', { daysWorked: 367 }],
		['daysWorked', { daysWorked: 10.5 }],
		['daysWorked', { daysWorked: Infinity }],
		// A 3-day week holds at most ⌈366 × 3 / 7⌉ = 157 days in a year.
		['daysWorked', { daysWorked: 158, daysPerWeek: 3 }],
		['hoursPerWeek', { hoursPerWeek: -1 }],
		['hoursPerWeek', { hoursPerWeek: 61 }],
		['hoursPerWeek', { hoursPerWeek: undefined }],
		['fullTimeHoursPerWeek', { fullTimeHoursPerWeek: 0 }],
		['fullTimeHoursPerWeek', { fullTimeHoursPerWeek: null }],
		['vacationYear', { vacationYear: 2017.5 }],
		['vacationYear', { vacationYear: 2015 }]
	]);

	it('refuses a missing input', () => {
		expect(fieldOf(() => paidVacationBlueCollar(null as never))).toBe('input');
	});

	it('keeps the vacation days between 0 and 20, growing with the days worked', () => {
		holds(
			[
				daysPerWeekArb,
				fc.integer({ min: 0, max: 60 * 4 }).map((q) => q / 4),
				fc.integer({ min: 0, max: 100 })
			],
			(daysPerWeek, hoursPerWeek, share) => {
				const max = Math.ceil((366 * daysPerWeek) / 7);
				const low = Math.floor((max * share) / 100);
				const a = paidVacationBlueCollar({ daysWorked: low, daysPerWeek, hoursPerWeek }).value;
				const b = paidVacationBlueCollar({ daysWorked: max, daysPerWeek, hoursPerWeek }).value;
				expect(Number.isFinite(a.equivalentDays)).toBe(true);
				expect(a.vacationDays).toBeGreaterThanOrEqual(0);
				expect(b.vacationDays).toBeLessThanOrEqual(20);
				expect(a.vacationDays).toBeLessThanOrEqual(b.vacationDays);
			}
		);
	});

	it('has a table with one row for every whole number of days from 0 up', () => {
		const rows = [...blueCollarScaleTable.rows.at(-1)!.value].sort((x, y) => x.from - y.from);
		expect(rows[0]!.from).toBe(0);
		rows.forEach((row, i) => {
			const next = rows[i + 1];
			if (next) expect(next.from).toBe(row.to! + 1);
			else expect(row.to).toBeNull();
		});
	});
});

describe('paidVacationWhiteCollar', () => {
	it.each([
		// Fiche 4: 3 months, 3 days a week: 2 × 3 × 3 / 6 = 3.
		[3, 3, 3],
		// Fiche 4: 11 months, 4 days a week: 22 × 4 / 6 = 14,67 → 15 (the text writes 14,6).
		[11, 4, 15],
		// Hand-computed: 24 × 5 / 6 = 20; 24 × 6 / 6 = 24; 24 × 4 / 6 = 16; 14 × 5 / 6 = 11,67 → 12; 2 × 1 / 6 = 0,33 → 0.
		[12, 5, 20],
		[12, 6, 24],
		[12, 4, 16],
		[7, 5, 12],
		[1, 1, 0],
		[0, 5, 0]
	])('gives %i months in a %i-day week %i days', (monthsWorked, daysPerWeek, expected) => {
		const result = paidVacationWhiteCollar({ monthsWorked, daysPerWeek });
		expect(result.value).toBe(expected);
		expect(result.sources.map((s) => s.reference).join()).toMatch(/régime employé/);
	});

	it('without a year, applies the latest known rules and says which in the trace', () => {
		const result = paidVacationWhiteCollar({ monthsWorked: 11, daysPerWeek: 4 });
		expect(result.trace[0]!.label).toBe(
			'Année non précisée : les règles les plus récentes connues sont appliquées (celles en vigueur le 01/09/2015)'
		);
		expect(result.warnings).toEqual([]);
		expect(result.value).toBe(
			paidVacationWhiteCollar({ monthsWorked: 11, daysPerWeek: 4, vacationYear: 2026 }).value
		);
	});

	it('shows the 6-day days and the conversion to the week of the apprentice', () => {
		const trace = text(paidVacationWhiteCollar({ monthsWorked: 11, daysPerWeek: 4 }).trace);
		expect(trace).toContain('2 × 11 mois 22 jours');
		expect(trace).toContain('22 × 4 / 6 = 14,67 15 jours');
	});

	refusesEachChange(paidVacationWhiteCollar, { monthsWorked: 6, daysPerWeek: 5 }, [
		['monthsWorked', { monthsWorked: 13 }],
		['monthsWorked', { monthsWorked: 2.5 }],
		['monthsWorked', { monthsWorked: -1 }],
		['monthsWorked', { monthsWorked: '3' }],
		['daysPerWeek', { daysPerWeek: 7 }],
		['daysPerWeek', { daysPerWeek: 0 }],
		['vacationYear', { vacationYear: 1800 }]
	]);

	it("never gives more than 4 weeks of the apprentice's regime, and more months never give fewer days", () => {
		holds([fc.integer({ min: 0, max: 11 }), daysPerWeekArb], (months, daysPerWeek) => {
			const fewer = paidVacationWhiteCollar({ monthsWorked: months, daysPerWeek }).value;
			const more = paidVacationWhiteCollar({ monthsWorked: months + 1, daysPerWeek }).value;
			expect(fewer).toBeLessThanOrEqual(more);
			expect(more).toBeLessThanOrEqual(4 * daysPerWeek);
		});
	});
});

describe('vacationPayBlueCollar', () => {
	it.each([
		// 12 × 359,02 = 4 308,24 € × 108 % × 15,38 % = 715,6159 → 715,62.
		[4308.24, undefined, 715.62],
		// (4 308,24 + 100) × 1,08 × 0,1538 = 732,2262 → 732,23.
		[4308.24, 100, 732.23],
		// Level A of 2016, 12 × 260,43 = 3 125,16 × 0,166104 = 519,1016 → 519,10.
		[3125.16, 0, 519.1],
		[0, undefined, 0]
	])(
		'gives %f € of gross pay (fictitious %s) a vacation pay of %f €',
		(grossPay, fictitiousPay, expected) => {
			const input = fictitiousPay === undefined ? { grossPay } : { grossPay, fictitiousPay };
			expect(vacationPayBlueCollar(input).value).toBe(expected);
		}
	);

	it('says the pay covers simple and double pay and comes from the vacation fund', () => {
		const trace = text(vacationPayBlueCollar({ grossPay: 4308.24 }).trace);
		expect(trace).toContain('simple et double ensemble');
		expect(trace).toContain('4 308,24 € × 108 % × 15,38 % 715,62 €');
		expect(trace).toContain('caisse de vacances');
	});

	refusesEachChange(vacationPayBlueCollar, { grossPay: 1000 }, [
		['grossPay', { grossPay: -1 }],
		['grossPay', { grossPay: NaN }],
		['grossPay', { grossPay: 2_000_000 }],
		['fictitiousPay', { fictitiousPay: 'cent' }],
		['vacationYear', { vacationYear: 2014 }]
	]);

	it('stays within half a cent of 16,6104 % of the pay', () => {
		holds([fc.integer({ min: 0, max: 5_000_000 })], (cents) => {
			const pay = vacationPayBlueCollar({ grossPay: cents / 100 }).value;
			expect(Math.abs(pay * 100 - cents * 0.166104)).toBeLessThanOrEqual(0.5 + 1e-6);
		});
	});
});

describe('vacationPayWhiteCollar', () => {
	it.each([
		// 359,02 × 92 % = 330,2984 → 330,30.
		[359.02, 12, 330.3],
		// 359,02 × 92 % × 7 / 12 = 192,6741 → 192,67.
		[359.02, 7, 192.67],
		// Level A of 2016: 260,43 × 92 % = 239,5956 → 239,60.
		[260.43, 12, 239.6],
		[359.02, 0, 0]
	])(
		'gives a monthly pay of %f € after %i months a double pay of %f €, paid with the month',
		(monthlyPay, monthsWorked, doublePay) => {
			const { value } = vacationPayWhiteCollar({ monthlyPay, monthsWorked });
			// The vacation month pays the ordinary pay and the double pay together, to the cent.
			const total = Math.round((monthlyPay + doublePay) * 100) / 100;
			expect(value).toEqual({ ordinaryPay: monthlyPay, doublePay, vacationMonthTotal: total });
		}
	);

	it('shows the 92 % and the twelfths in the trace', () => {
		expect(text(vacationPayWhiteCollar({ monthlyPay: 359.02, monthsWorked: 7 }).trace)).toContain(
			'359,02 € × 92 % × 7 / 12 192,67 €'
		);
	});

	refusesEachChange(vacationPayWhiteCollar, { monthlyPay: 400, monthsWorked: 6 }, [
		['monthlyPay', { monthlyPay: -5 }],
		['monthlyPay', { monthlyPay: 1e9 }],
		['monthsWorked', { monthsWorked: 13 }],
		['monthsWorked', { monthsWorked: 6.5 }]
	]);

	it('never pays a double pay above 92 % of the monthly pay', () => {
		holds([fc.integer({ min: 0, max: 1_000_000 }), monthsArb], (cents, months) => {
			const { value } = vacationPayWhiteCollar({
				monthlyPay: cents / 100,
				monthsWorked: months
			});
			expect(value.doublePay * 100).toBeLessThanOrEqual(Math.round(cents * 0.92) + 1e-6);
			expect(Math.round(value.vacationMonthTotal * 100)).toBe(
				Math.round(value.ordinaryPay * 100) + Math.round(value.doublePay * 100)
			);
		});
	});
});

describe('europeanVacationWhiteCollar', () => {
	const base = { ordinaryDays: 0, startsOrResumesActivity: true, year: 2026 };

	it.each([
		// Fiche 4: after the 3-month start-up period, 5 days in a 5-day week, 6 in a 6-day week.
		[3, 5, 0, 5, 5],
		[3, 6, 0, 6, 6],
		// Then 2 more days a month in a 6-day week: 4 months → 8 days.
		[4, 6, 0, 8, 8],
		// Hand-computed: 24 × 4 / 6 = 16; 4 weeks of 4 days = 16, less 10 ordinary days → 6.
		[12, 4, 10, 16, 6],
		// 12 × 3 / 6 = 6; 4 weeks of 3 days = 12, all already ordinary days → 0.
		[6, 3, 12, 6, 0]
	])(
		'gives %i months in a %i-day week with %i ordinary days %i earned and %i European days',
		(monthsWorked, daysPerWeek, ordinaryDays, accrued, days) => {
			const { value } = europeanVacationWhiteCollar({
				...base,
				monthsWorked,
				daysPerWeek,
				ordinaryDays
			});
			expect(value).toEqual({ entitled: true, accruedDays: accrued, vacationDays: days });
		}
	);

	it('opens no right before the 3-month start-up period', () => {
		const result = europeanVacationWhiteCollar({ ...base, monthsWorked: 2, daysPerWeek: 5 });
		expect(result.value).toEqual({ entitled: false, accruedDays: 0, vacationDays: 0 });
		expect(text(result.trace)).toMatch(/Période d'amorçage non atteinte : 2 mois/);
	});

	it('opens no right to someone who neither starts nor resumes an activity', () => {
		const result = europeanVacationWhiteCollar({
			...base,
			monthsWorked: 6,
			daysPerWeek: 5,
			startsOrResumesActivity: false
		});
		expect(result.value.entitled).toBe(false);
		expect(text(result.trace)).toMatch(/débute ou reprend une activité/);
	});

	refusesEachChange(europeanVacationWhiteCollar, { ...base, monthsWorked: 6, daysPerWeek: 5 }, [
		['monthsWorked', { monthsWorked: 13 }],
		['daysPerWeek', { daysPerWeek: 8 }],
		['ordinaryDays', { ordinaryDays: 21 }],
		['ordinaryDays', { ordinaryDays: -1 }],
		['startsOrResumesActivity', { startsOrResumesActivity: 'oui' }],
		['year', { year: 2015 }]
	]);

	it('never lets ordinary and European days together pass 4 weeks', () => {
		holds(
			[monthsArb, daysPerWeekArb, fc.integer({ min: 0, max: 100 })],
			(months, daysPerWeek, share) => {
				const ordinaryDays = Math.floor((4 * daysPerWeek * share) / 100);
				const { value } = europeanVacationWhiteCollar({
					...base,
					monthsWorked: months,
					daysPerWeek,
					ordinaryDays
				});
				expect(value.vacationDays + ordinaryDays).toBeLessThanOrEqual(4 * daysPerWeek);
				expect(value.vacationDays).toBeLessThanOrEqual(value.accruedDays);
			}
		);
	});
});

describe('europeanVacationBlueCollar', () => {
	const base = {
		ordinaryDays: 0,
		startsOrResumesActivity: true,
		monthsUnderContract: 3,
		daysPerWeek: 5,
		hoursPerWeek: 38,
		year: 2026
	};

	it.each([
		// Fiche 4, partie B, European column: 64 days → 5, 63 days → 4.
		[64, 0, 5, 5],
		[63, 0, 4, 4],
		// 5 earned, 18 ordinary days: 20 − 18 = 2 left.
		[64, 18, 5, 2],
		[231, 0, 20, 20],
		[231, 20, 20, 0]
	])(
		'gives %i full-time days of the year with %i ordinary days %i earned and %i European days',
		(daysWorked, ordinaryDays, accrued, days) => {
			const result = europeanVacationBlueCollar({ ...base, daysWorked, ordinaryDays });
			expect(result.value).toEqual({ entitled: true, accruedDays: accrued, vacationDays: days });
			expect(result.sources.map((s) => s.reference).join()).toMatch(/partie B/);
		}
	);

	it('converts the days of a part-time apprentice like ordinary days', () => {
		// 3 months, 3 days a week, 24 h: (39 × 5 / 3) × 24 / 38 = 41,05 → 41 → 3 days.
		const result = europeanVacationBlueCollar({
			...base,
			daysWorked: 39,
			daysPerWeek: 3,
			hoursPerWeek: 24
		});
		expect(result.value.vacationDays).toBe(3);
		expect(text(result.trace)).toContain('de 39 à 47 jours → 3 jours');
	});

	it('opens no right before 3 months under contract in the year', () => {
		expect(
			europeanVacationBlueCollar({ ...base, monthsUnderContract: 2, daysWorked: 50 }).value.entitled
		).toBe(false);
	});

	refusesEachChange(europeanVacationBlueCollar, { ...base, daysWorked: 100 }, [
		['ordinaryDays', { ordinaryDays: 21 }],
		['monthsUnderContract', { monthsUnderContract: 13 }],
		['daysWorked', { daysWorked: -3 }],
		['startsOrResumesActivity', { startsOrResumesActivity: undefined }]
	]);

	it('never lets ordinary and European days together pass 20 days', () => {
		holds(
			[fc.integer({ min: 0, max: 262 }), fc.integer({ min: 0, max: 20 })],
			(daysWorked, ordinaryDays) => {
				const { value } = europeanVacationBlueCollar({ ...base, daysWorked, ordinaryDays });
				expect(value.vacationDays + ordinaryDays).toBeLessThanOrEqual(20);
			}
		);
	});
});

describe('unpaidSchoolVacationDays', () => {
	it.each([
		[0, 20],
		// Construction (CP 124), a whole year: 20 − 12 = 8.
		[12, 8],
		[20, 0],
		[25, 0]
	])('gives %i rest days %i unpaid school vacation days', (rttDays, expected) => {
		expect(unpaidSchoolVacationDays({ rttDays, year: 2026 }).value).toBe(expected);
	});

	it('cites the deduction of rest days only when there are some', () => {
		const refs = (rttDays: number) =>
			unpaidSchoolVacationDays({ rttDays })
				.sources.map((s) => s.reference)
				.join();
		expect(refs(0)).not.toMatch(/fiche 2/);
		expect(refs(3)).toMatch(/fiche 2/);
	});

	it('takes the rest days of a construction contract for the whole year', () => {
		const rtt = constructionRttDays({
			year: 2026,
			contractStart: '2025-09-01',
			contractEnd: '2027-06-30'
		}).value.days;
		expect(unpaidSchoolVacationDays({ rttDays: rtt, year: 2026 }).value).toBe(8);
	});

	refusesEachChange(unpaidSchoolVacationDays, { rttDays: 0 }, [
		['rttDays', { rttDays: -1 }],
		['rttDays', { rttDays: 1.5 }],
		['rttDays', { rttDays: '3' }],
		['year', { year: 2015 }]
	]);

	it('keeps the unpaid days between 0 and 20, each rest day taking one away', () => {
		holds([fc.integer({ min: 0, max: 366 })], (rttDays) => {
			expect(unpaidSchoolVacationDays({ rttDays }).value).toBe(Math.max(0, 20 - rttDays));
		});
	});
});

describe('checkSummerVacation', () => {
	const check = (...periods: [string, string][]) =>
		checkSummerVacation({ year: 2026, periods: periods.map(([start, end]) => ({ start, end })) });

	it.each<[string, [string, string][], boolean, number]>([
		// Monday 6 to Friday 24 July 2026: 19 days, with the weekends on both sides 4–26 July = 23.
		['three weeks from Monday to Friday', [['2026-07-06', '2026-07-24']], true, 23],
		// Saturday 4 to Friday 24 July: 21 days, with Sunday 26 July: 23.
		['21 calendar days', [['2026-07-04', '2026-07-24']], true, 23],
		// Monday 6 to Thursday 23 July: with the weekend before, 4–23 July = 20 days.
		['one day short', [['2026-07-06', '2026-07-23']], false, 20],
		// Two periods joined by the weekend of 11–12 July.
		[
			'two periods around a weekend',
			[
				['2026-07-06', '2026-07-10'],
				['2026-07-13', '2026-07-24']
			],
			true,
			23
		],
		// Overlapping periods: 1 to 31 July, then the weekend of 1–2 August = 33 days.
		[
			'overlapping periods',
			[
				['2026-07-01', '2026-07-15'],
				['2026-07-10', '2026-07-31']
			],
			true,
			33
		],
		// Tuesday 21 July (national holiday) links 6–20 July and 22–24 July.
		[
			'two periods around the national holiday',
			[
				['2026-07-06', '2026-07-20'],
				['2026-07-22', '2026-07-24']
			],
			true,
			23
		],
		// 15 April – 10 May: only 1–10 May is in the window.
		['a period that starts before 1 May', [['2026-04-15', '2026-05-10']], false, 10],
		// 20 October – 15 November: only 20–31 October counts.
		['a period that ends after 31 October', [['2026-10-20', '2026-11-15']], false, 12],
		// 2 to 21 May: Friday 1 May is a holiday and joins it, 1–21 May = 21 days.
		['a period after the 1 May holiday', [['2026-05-02', '2026-05-21']], true, 21],
		// Easter 2026 is on 5 April, so Ascension is Thursday 14 May: 15 May – 3 June joins it, 14 May – 3 June = 21.
		['a period after Ascension', [['2026-05-15', '2026-06-03']], true, 21]
	])('judges %s', (_name, periods, met, days) => {
		const { value } = check(...periods);
		expect(value.met).toBe(met);
		expect(value.longestRun?.days).toBe(days);
		expect(value.requiredDays).toBe(21);
	});

	it('warns when only the weekends around the vacation make the three weeks', () => {
		expect(check(['2026-07-06', '2026-07-24']).warnings.join()).toMatch(
			/samedis, dimanches ou jours fériés/
		);
		expect(ruleWarnings(check(['2026-07-04', '2026-07-24']))).toEqual([]);
	});

	it('says why the rule is not met', () => {
		const result = check(['2026-07-06', '2026-07-23'], ['2026-02-16', '2026-02-20']);
		const trace = text(result.trace);
		expect(trace).toContain('du 01/05/2026 au 31/10/2026');
		expect(trace).toContain('1 période hors de la fenêtre');
		expect(trace).toContain('du 04/07/2026 au 23/07/2026');
		expect(trace).toContain('il manque 1 jour pour atteindre 21 jours consécutifs');
	});

	it('fails with no vacation in the window', () => {
		const { value } = check(['2026-12-21', '2026-12-31']);
		expect(value).toEqual({ met: false, requiredDays: 21, longestRun: null });
	});

	it.each<[string, unknown]>([
		['periods', 'juillet'],
		['periods', Array.from({ length: 101 }, () => ({ start: '2026-07-01', end: '2026-07-02' }))],
		['periods[0]', [null]],
		['periods[0].end', [{ start: '2026-07-10', end: '2026-07-01' }]],
		[
			'periods[1].start',
			[
				{ start: '2026-07-01', end: '2026-07-02' },
				{ start: '2026-02-30', end: '2026-07-02' }
			]
		]
	])('refuses wrong periods, naming %s', (field, periods) => {
		expect(fieldOf(() => checkSummerVacation({ year: 2026, periods } as never))).toBe(field);
	});

	it.each([2015, 2026.5, NaN, '2026'])('refuses the year %s', (year) => {
		expect(fieldOf(() => checkSummerVacation({ year, periods: [] } as never))).toBe('year');
	});

	const arbitraryPeriod = fc
		.tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 40 }))
		.map(([offset, length]): VacationPeriod => {
			const start = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
			const end = new Date(Date.UTC(2026, 0, 1 + offset + length)).toISOString().slice(0, 10);
			return { start, end };
		});

	it('never loses a met rule when a period is added, and met means at least 21 days in the window', () => {
		holds([fc.array(arbitraryPeriod, { maxLength: 8 }), arbitraryPeriod], (periods, extra) => {
			const before = checkSummerVacation({ year: 2026, periods }).value;
			const after = checkSummerVacation({ year: 2026, periods: [...periods, extra] }).value;
			if (before.met) expect(after.met).toBe(true);
			expect(after.met).toBe((after.longestRun?.days ?? 0) >= 21);
			if (after.longestRun) {
				expect(after.longestRun.start >= '2026-05-01' && after.longestRun.end <= '2026-10-31').toBe(
					true
				);
			}
		});
	});
});

describe('constructionRttDays', () => {
	// Vade-Mecum fiche 2: the 12 days fixed for 2017.
	const fixed2017 = [
		'2017-01-03',
		'2017-01-04',
		'2017-01-05',
		'2017-01-06',
		'2017-04-13',
		'2017-04-14',
		'2017-05-26',
		'2017-12-22',
		'2017-12-26',
		'2017-12-27',
		'2017-12-28',
		'2017-12-29'
	];

	it.each([
		['2017-01-01', '2017-12-31', 12],
		// 13/04, 14/04, 26/05 and the five days of December.
		['2017-03-01', '2017-12-31', 8],
		// 05/01, 06/01, 13/04, 14/04, 26/05.
		['2017-01-05', '2017-06-30', 5],
		['2016-09-01', '2017-01-04', 2],
		['2018-01-01', '2018-06-30', 0]
	])(
		'counts the 2017 rest days fixed during a contract from %s to %s: %i',
		(contractStart, contractEnd, expected) => {
			const result = constructionRttDays({
				year: 2017,
				contractStart,
				contractEnd,
				fixedDates: fixed2017
			});
			expect(result.value).toEqual({ days: expected, method: 'fixed-dates' });
			expect(ruleWarnings(result)).toEqual([]);
		}
	);

	it('follows the fiche 2 example: January to 30 June 2016 gives the 3 days fixed in that time', () => {
		const result = constructionRttDays({
			year: 2016,
			contractStart: '2016-01-04',
			contractEnd: '2016-06-30',
			fixedDates: ['2016-03-29', '2016-03-30', '2016-05-06']
		});
		expect(result.value.days).toBe(3);
		expect(text(result.trace)).toContain('29/03/2016, 30/03/2016, 06/05/2016');
		expect(result.warnings.join()).toMatch(/Seules 3 dates sur les 12/);
	});

	it.each([
		// Whole year: 12 × 365 / 365 = 12.
		['2017-01-01', '2017-12-31', 2017, 12],
		// 4 January – 30 June 2016: 12 × 179 / 366 = 5,87 → 6 (the fixed dates gave 3: an estimate only).
		['2016-01-04', '2016-06-30', 2016, 6],
		// September – December 2017: 12 × 122 / 365 = 4,01 → 4.
		['2017-09-01', '2018-06-30', 2017, 4],
		// Leap year edge: 12 × 15 / 366 = 0,49 → 0 and 12 × 16 / 366 = 0,52 → 1.
		['2024-01-01', '2024-01-15', 2024, 0],
		['2024-01-01', '2024-01-16', 2024, 1],
		['2019-01-01', '2019-12-31', 2020, 0]
	])(
		'estimates by calendar days a contract from %s to %s in %i: %i',
		(contractStart, contractEnd, year, expected) => {
			const result = constructionRttDays({ year, contractStart, contractEnd });
			expect(result.value).toEqual({ days: expected, method: 'prorata' });
			expect(result.warnings.join()).toMatch(/Estimation/);
		}
	);

	refusesEachChange(
		constructionRttDays,
		{ year: 2017, contractStart: '2017-01-01', contractEnd: '2017-12-31' },
		[
			['year', { year: 2014 }],
			['year', { year: '2017' }],
			['contractEnd', { contractEnd: '2016-12-31' }],
			['contractStart', { contractStart: '2017-13-01' }],
			['fixedDates', { fixedDates: [] }],
			['fixedDates', { fixedDates: [...fixed2017, '2017-02-01'] }],
			['fixedDates[0]', { fixedDates: ['2018-01-03'] }],
			['fixedDates[1]', { fixedDates: ['2017-01-03', '2017-01-03'] }],
			['fixedDates[0]', { fixedDates: [42] }]
		]
	);

	it('never gives more days than the year or the fixed dates hold', () => {
		holds(
			[fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 800 }), fc.boolean()],
			(offset, length, withDates) => {
				const start = new Date(Date.UTC(2017, 0, 1 + offset)).toISOString().slice(0, 10);
				const end = new Date(Date.UTC(2017, 0, 1 + offset + length)).toISOString().slice(0, 10);
				const input = {
					year: 2017,
					contractStart: start,
					contractEnd: end,
					...(withDates ? { fixedDates: fixed2017 } : {})
				};
				const { days } = constructionRttDays(input).value;
				expect(days).toBeGreaterThanOrEqual(0);
				expect(days).toBeLessThanOrEqual(12);
				expect(Number.isInteger(days)).toBe(true);
			}
		);
	});
});
