/** Whole scenarios through the derivation: what a person types reaches every result. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples';
import { defaultScenario, type Scenario } from '../scenario';
import { allowanceOf } from './allowance';
import { noticeOf } from './contract';
import { insertionOf } from './insertion';
import { contractPay } from './pay';
import { scheduleOf } from './schedule';
import { vacationsByYear, detailedYear, vacationYear, youthVacationOf } from './vacations';
import { contractWork, contractYears, workInYear } from './work';

const s = defaultScenario();
const european = (y: ReturnType<typeof vacationsByYear>['years'][number]) =>
	y.european?.ok ? y.european.value.value.vacationDays : null;

describe('work of each calendar year', () => {
	it('counts the company days of the grid and the whole months under contract', () => {
		// Contract from Monday 01/09/2025, company Monday to Wednesday: 17 weeks to 28/12 (51 days) + 29, 30, 31/12 = 54 days; September to December = 4 months.
		expect(workInYear(s, 2025).value).toMatchObject({
			days: 54,
			months: 4,
			daysPerWeek: 3,
			hoursPerWeek: 24,
			daysTyped: false
		});
		// 2026 starts on a Thursday: 52 weeks + Thursday 31/12, so 52 Mondays, Tuesdays and Wednesdays.
		expect(workInYear(s, 2026).value).toMatchObject({ days: 156, months: 12 });
		// To 30/06/2028: 2028 starts on a Saturday; 26 Mondays, 26 Tuesdays, 26 Wednesdays.
		expect(workInYear(s, 2028).value).toMatchObject({ days: 78, months: 6 });
		expect(workInYear(s, 2024).value).toMatchObject({ days: 0, months: 0 });
	});

	it('counts a month started mid-month only once it is whole, and keeps a typed figure marked as typed', () => {
		expect(workInYear({ ...s, contractStart: '2025-09-15' }, 2025).value.months).toBe(3);
		const typed = workInYear({ ...s, worked: { '2025': { days: 40, months: null } } }, 2025);
		expect(typed.value).toMatchObject({
			days: 40,
			derivedDays: 54,
			daysTyped: true,
			months: 4,
			monthsTyped: false
		});
		expect(typed.trace.map((step) => step.label).join(' ')).toContain('saisis');
	});

	it('computed once for the contract, gives every year what each year computes alone', () => {
		const cases: Scenario[] = [
			s,
			{ ...s, regime: 'white-collar', contractStart: '2025-11-17', contractEnd: '2027-02-03' },
			{ ...s, worked: { '2025': { days: 40, months: null }, '2027': { days: null, months: 2 } } },
			...EXAMPLES.map((example) => example.scenario)
		];
		for (const scenario of cases) {
			const work = contractWork(scenario);
			const years = contractYears(scenario);
			for (let year = years[0]! - 2; year <= years.at(-1)! + 2; year++) {
				expect(work(year)).toEqual(workInYear(scenario, year));
				expect(vacationYear(scenario, year, contractPay(scenario), work)).toEqual(
					vacationYear(scenario, year)
				);
			}
			expect(youthVacationOf(scenario, contractPay(scenario), work)).toEqual(
				youthVacationOf(scenario)
			);
		}
	});

	it('has no year while the contract ends before it starts', () => {
		expect(contractYears({ ...s, contractEnd: '2024-06-30' })).toEqual([]);
		expect(vacationsByYear({ ...s, contractEnd: '2024-06-30' }).years).toEqual([]);
	});
});

describe('vacations of every year of the contract', () => {
	it("ouvrier: paid days from the year before, European days from the year itself, pay from the contract's pay", () => {
		const { years, totals } = vacationsByYear(s);
		expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
		// 2025: nothing earned before the contract; 54 days of 2025 → (54 × 5 / 3) × 24 / 38 = 56,84 → 57 → row 48–63 → 4 European days.
		// 2026: 54 days of 2025 → 4 paid days; 156 days of 2026 → 164,21 → 164 → 14 days, limited to 20 − 4 = 16 → 14.
		// 2027: 156 days of 2026 → 14 paid days; European 20 − 14 = 6.
		expect(years.map((y) => [y.paidDays, european(y)])).toEqual([
			[0, 4],
			[4, 14],
			[14, 6],
			[14, 6]
		]);
		expect(years.map((y) => (y.school.ok ? y.school.value.value : null))).toEqual([20, 20, 20, 20]);
		// 2026 pay: 15,38 % × 108 % of the 2025 rétributions, 4 × 359,02 € = 1 436,08 € → 238,54 €.
		expect(years[1]!.payAmount).toBe(238.54);
		const schedule = contractPay(s);
		const gross2026 = schedule.ok
			? schedule.value.value.yearTotals.find((y) => y.year === 2026)!.total
			: NaN;
		expect(years[2]!.payAmount).toBeCloseTo(Math.round(gross2026 * 108 * 15.38) / 10000, 2);
		expect(totals).toMatchObject({
			paidDays: 32,
			europeanDays: 30,
			schoolDays: 80,
			incomplete: false
		});
		expect(totals.payAmount).toBeCloseTo(
			years.reduce((sum, y) => sum + (y.payAmount ?? 0), 0),
			2
		);
	});

	it("employé: 2 days a month worked in a 6-day week, in the apprentice's 3-day week; double pay from the vacation month's rétribution", () => {
		const { years } = vacationsByYear({ ...s, regime: 'white-collar' });
		// 2026: 4 months of 2025 → 8 × 3 / 6 = 4 paid days; 12 months of 2026 → 12 European days, limited to 12 − 4 = 8.
		expect(years.map((y) => [y.paidDays, european(y)])).toEqual([
			[0, 4],
			[4, 8],
			[12, 0],
			[12, 0]
		]);
		// Double pay 2026: 92 % of July 2026's rétribution × 4 / 12.
		const pay = years[1]!.payWhite;
		if (!pay?.ok) throw new Error('double pay not computed');
		expect(pay.value.value.doublePay).toBe(
			Math.round((pay.value.value.ordinaryPay * 92 * 4) / 12) / 100
		);
	});

	it('follows the grid: a fourth day in the company raises the days worked and the paid days', () => {
		const fourDays = {
			...s,
			week: [s.week[0]!, s.week[0]!, s.week[0]!, s.week[0]!, [], [], []],
			centreDays: [4]
		};
		// 2025 Monday to Thursday from 01/09: 17 × 4 + 3 = 71 days → (71 × 5 / 4) × 32 / 38 = 74,74 → 75 → row 64–76 → 5 paid days in 2026.
		expect(vacationsByYear(fourDays).years[1]!.paidDays).toBe(5);
	});

	it("uses an amount typed for a year instead of the contract's pay", () => {
		const typed: Scenario = {
			...s,
			vacation: {
				...s.vacation,
				pay: { '2026': { grossPay: 1000, fictitiousPay: null, monthlyPay: null } }
			}
		};
		// 1 000 € × 108 % × 15,38 % = 166,10 €.
		expect(vacationsByYear(typed).years[1]!.payAmount).toBe(166.1);
	});

	it('details the year picked, else the first with paid days', () => {
		expect(detailedYear(s, vacationsByYear(s).years)).toBe(2026);
		const picked = { ...s, vacation: { ...s.vacation, year: 2027 } };
		expect(detailedYear(picked, vacationsByYear(picked).years)).toBe(2027);
	});

	it('computes the fiche 4 example as the fiche does', () => {
		const pierre = EXAMPLES.find((e) => e.id === 'fiche-4-pierre')!.scenario;
		const year = vacationsByYear(pierre).years.find((y) => y.year === 2026)!;
		// (104 × 5 / 4) × 28 / 38 = 95,79 → 96 → 7 days.
		expect(year.paidBlue?.ok && year.paidBlue.value.value).toMatchObject({
			equivalentDays: 95.79,
			vacationDays: 7
		});
	});
});

describe("the other results follow the scenario's picks", () => {
	it('checks the schedule over the period picked, else the first four weeks', () => {
		expect(scheduleOf(s).shifts.at(-1)?.date).toBe('2025-09-24');
		const picked = {
			...s,
			picks: { ...s.picks, scheduleFrom: '2026-01-05', scheduleTo: '2026-01-07' }
		};
		expect(scheduleOf(picked).shifts.map((shift) => shift.date)).toEqual([
			'2026-01-05',
			'2026-01-05',
			'2026-01-06',
			'2026-01-06',
			'2026-01-07',
			'2026-01-07'
		]);
	});

	it('takes the request the day after the contract ends until one is typed', () => {
		// Contract to 30/06/2028: request 01/07/2028, stage from 02/07/2028.
		expect(insertionOf(s).startDate).toBe('2028-07-02');
		expect(insertionOf({ ...s, contractEnd: '2027-06-30' }).startDate).toBe('2027-07-02');
	});

	it('ends the stage from the day picked, else the day after the request', () => {
		const failure = {
			...s,
			outcome: 'failure' as const,
			requestDate: '2026-02-10',
			contractStart: '2025-09-01',
			contractEnd: '2026-01-31'
		};
		expect(insertionOf(failure).startDate).toBe('2026-02-11');
		expect(
			insertionOf({ ...failure, picks: { ...failure.picks, internshipStart: '2026-03-02' } })
				.startDate
		).toBe('2026-03-02');
	});

	it('computes the notice from the date typed, in the trial or after it', () => {
		// Handed over on Monday 15/09/2025, during the trial that ends on 30/09/2025: effect the next day, 7 days to 22/09/2025.
		const notice = noticeOf({ ...s, notice: { date: '2025-09-15', duringTrial: 'auto' } });
		expect(notice).toMatchObject({ trialEnd: '2025-09-30', duringTrial: true });
		expect(notice.rows[0]!.result).toMatchObject({
			ok: true,
			value: { takesEffectOn: '2025-09-16', days: 7, lastDay: '2025-09-22' }
		});
	});

	it('checks the allowance of the month picked with the income typed for it', () => {
		const picked = allowanceOf({
			...s,
			region: 'brussels',
			quarterHours: { '2027-Q4': 300 },
			picks: { ...s.picks, allowanceMonth: '2027-11' }
		});
		// Born 15/03/2009: over 18 from September 2027; 300 h in the quarter is more than 240 h.
		expect(picked.checked.impact).toMatchObject({ ok: true, value: { value: { kept: false } } });
		expect(picked.months.rows.filter((r) => r.m.kept === false).map((r) => r.m.month)).toEqual([
			'2027-10',
			'2027-11',
			'2027-12'
		]);
	});
});
