/** The page's computations, in a module of their own: the rétribution and family allowance rules load right after the page. */
import { ageOn, familyAllowanceByMonth, familyAllowanceImpact, paySchedule } from '$lib/rules';
import { payScheduleInput, quarterKey, type Scenario } from '$lib/scenario/scenario';
import { attempt } from '$lib/ui/attempt';
import { verdictOf } from './verdict';

/** The contract's pay schedule, and the rétribution it gives each month ('YYYY-MM'). */
export function contractPay(s: Scenario) {
	const schedule = attempt(() => paySchedule(payScheduleInput(s)));
	const byMonth: Record<string, number> = schedule.ok ? Object.fromEntries(schedule.value.value.months.map((m) => [m.month, m.paid])) : {};
	return { schedule, byMonth };
}

/** The allowance of the checked month, with the hours of its quarter, and the age on its first day once the month is valid. */
export function monthCheck(s: Scenario, month: string, income: number | null) {
	const hours = s.quarterHours[quarterKey(month)];
	const impact = attempt(() => familyAllowanceImpact({ region: s.region, birthDate: s.birthDate, month, monthlyIncome: income ?? undefined, hoursOutsideContract: hours }));
	return { impact, age: impact.ok ? ageOn(s.birthDate, `${month}-01`) : null };
}

/** Every month of the contract with its verdict and the age on its first day; each quarter's hours as entered (missing: unknown). */
export function contractMonths(s: Scenario, incomes: Record<string, number>) {
	const byMonth = attempt(() =>
		familyAllowanceByMonth({
			region: s.region,
			birthDate: s.birthDate,
			fromMonth: s.contractStart.slice(0, 7),
			toMonth: s.contractEnd.slice(0, 7),
			monthlyIncome: incomes,
			quarterHours: s.quarterHours
		})
	);
	const rows = byMonth.ok ? byMonth.value.value.map((m) => ({ m, verdict: verdictOf(m), age: ageOn(s.birthDate, `${m.month}-01`) })) : [];
	return { byMonth, rows };
}
