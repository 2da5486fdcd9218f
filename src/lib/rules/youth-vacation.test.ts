import { describe, expect, it } from 'vitest';
import { youthVacation, type YouthVacationInput } from './youth-vacation';
import { expectRefusal } from './test-support';

const base: YouthVacationInput = {
	birthDate: '2008-06-20',
	contractEnd: '2028-06-30',
	workedMonthAfter: true,
	ordinaryDays: 10,
	firstMonthGross: null
};
const youth = (change: Partial<YouthVacationInput> = {}) => youthVacation({ ...base, ...change });

describe('youthVacation', () => {
	it('after a contract ending in June, 24 days less the ordinary paid days, the next year', () => {
		expect(youth().value).toEqual({ year: 2029, eligible: true, days: 14, dailyAllowance: null });
	});

	it('is decided on the age on 31 December of the year the contract ends: 24 yes, 25 no', () => {
		// Born 31/12/2003: 24 on 31/12/2027 (the day before 24 ends), 25 on 31/12/2028.
		expect(youth({ birthDate: '2004-01-01', contractEnd: '2028-06-30' }).value.eligible).toBe(true);
		expect(youth({ birthDate: '2003-12-31', contractEnd: '2028-06-30' }).value.eligible).toBe(
			false
		);
		expect(youth({ birthDate: '2003-12-31', contractEnd: '2027-06-30' }).value.eligible).toBe(true);
	});

	it('waits for the month of work after the contract, and refuses when less than a month is left', () => {
		const unknown = youth({ workedMonthAfter: null });
		expect(unknown.value).toMatchObject({ eligible: null, days: 14 });
		expect(unknown.trace.map((s) => s.label).join('\n')).toContain('À vérifier');
		expect(youth({ workedMonthAfter: false }).value).toMatchObject({ eligible: false, days: 0 });
		expect(youth({ contractEnd: '2028-12-05' }).value).toMatchObject({ eligible: false, days: 0 });
	});

	it('pays 65 % of the first month, capped, per 26 days', () => {
		// 1 800 € → 65 % × 1 800 / 26 = 45,00 €; 3 000 € → capped at 2 542,48 € → 63,56 €.
		expect(youth({ firstMonthGross: 1800 }).value.dailyAllowance).toBe(45);
		const capped = youth({ firstMonthGross: 3000 });
		expect(capped.value.dailyAllowance).toBe(63.56);
		expect(capped.warnings.join('\n')).toMatch(/Vacances jeunes/);
	});

	it('gives no day when the ordinary vacation already covers four weeks', () => {
		expect(youth({ ordinaryDays: 24 }).value.days).toBe(0);
		expect(youth({ ordinaryDays: 30 }).value.days).toBe(0);
	});

	it('refuses bad input naming the field', () => {
		expectRefusal(() => youth({ contractEnd: '2028-02-30' }), 'contractEnd');
		expectRefusal(() => youth({ birthDate: 'hier' }), 'birthDate');
		expectRefusal(() => youth({ ordinaryDays: -1 }), 'ordinaryDays');
		expectRefusal(() => youth({ firstMonthGross: Number.NaN }), 'firstMonthGross');
		expectRefusal(() => youth({ contractEnd: '2020-06-30' }), 'contractEnd');
	});
});
