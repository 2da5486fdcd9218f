/** The family allowance of the scenario: the month the user checks, and every month of the contract. */
import { ageOn, familyAllowanceByMonth, familyAllowanceImpact } from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { monthText } from '$lib/ui/month-text';
import { monthSummary, verdictOf } from './allowance-verdict';

// The page reads the verdicts only with results: they come with this module.
export { monthSummary, ruleName, verdictOf } from './allowance-verdict';
import { allowanceMonth } from '../picks';
import { quarterKey, type Scenario } from '../scenario';
import { contractPay } from './pay';

// The parents' tax reads only the contract's pay: the page derives it apart, so picking a month does not recompute it.
export { dependantByYear } from './net-pay';

/** The allowance of one month, with the hours of its quarter, and the age on its first day once the month is valid. */
export function monthCheck(s: Scenario, month: string, income: number | null) {
	const hours = s.quarterHours[quarterKey(month)];
	const impact = attempt(() =>
		familyAllowanceImpact({
			region: s.region,
			birthDate: s.birthDate,
			month,
			monthlyIncome: income ?? undefined,
			hoursOutsideContract: hours
		})
	);
	return { impact, age: impact.ok ? ageOn(s.birthDate, `${month}-01`) : null };
}

/** Every month of the contract with the age on its first day; each quarter's hours as entered (missing: unknown). */
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
	const rows = byMonth.ok
		? byMonth.value.value.map((m) => ({ m, age: ageOn(s.birthDate, `${m.month}-01`) }))
		: [];
	return { byMonth, rows };
}

/**
 * The checked month (picked, else the contract's first) at the income typed for it or else the
 * contract's pay, and every month of the contract, the checked one at that same income.
 */
export function allowanceOf(s: Scenario) {
	const schedule = contractPay(s);
	const payByMonth: Record<string, number> = schedule.ok
		? Object.fromEntries(schedule.value.value.months.map((m) => [m.month, m.paid]))
		: {};
	const month = allowanceMonth(s);
	const contractIncome = schedule.ok ? (payByMonth[month] ?? 0) : null;
	const income = s.picks.allowanceIncome ?? contractIncome;
	const incomes =
		income !== null && month in payByMonth ? { ...payByMonth, [month]: income } : payByMonth;
	return {
		schedule,
		month,
		contractIncome,
		income,
		incomes,
		checked: monthCheck(s, month, income),
		months: contractMonths(s, incomes)
	};
}

/** The page's answer: what the contract does to the allowance, month by month. */
export function allowanceAnswer(s: Scenario, { months } = allowanceOf(s)): string {
	if (!months.byMonth.ok) return 'Le calcul attend une correction ci-dessous.';
	const verdicts = months.rows.map((r) => ({ month: r.m.month, verdict: verdictOf(r.m) }));
	const lost = verdicts.filter((v) => v.verdict.tone === 'lost').map((v) => monthText(v.month));
	const summary = monthSummary(verdicts.map((v) => v.verdict))
		.map((line) => line.text)
		.join(', ');
	return `Sur les ${months.rows.length} mois du contrat : ${summary}${lost.length > 0 ? ` (${lost.join(', ')})` : ''}.`;
}
