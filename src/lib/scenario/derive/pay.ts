/** The rétribution of the scenario: the monthly amount on the date the user picked, and every month of the contract. */
import { formatEuros, levelOn, monthlyRetribution, paySchedule, type ISODate } from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { retributionDate } from '../picks';
import { payScheduleInput, scenarioLevels, type Scenario } from '../scenario';

/** The level in force on a date and the monthly minimum it gives. */
export function monthlyAt(s: Scenario, on: ISODate = retributionDate(s)) {
	return attempt(() => {
		const level = levelOn(scenarioLevels(s), on);
		return { level, amount: monthlyRetribution(level, on) };
	});
}

/** The pay of every month of the contract, at the amount the employer pays if given. */
export function contractPay(s: Scenario) {
	return attempt(() => paySchedule(payScheduleInput(s)));
}

/** The page's answer: the pay of the first month and of each calendar year. */
export function payAnswer(s: Scenario, schedule = contractPay(s)): string {
	if (!schedule.ok) return 'Le calcul attend une correction du contrat ci-dessous.';
	const plan = schedule.value.value;
	const first = plan.months[0]!;
	const years = plan.yearTotals.map((y) => `${y.year} : ${formatEuros(y.total)}`).join(' ; ');
	return `Premier mois (${first.month.slice(5)}/${first.month.slice(0, 4)}) : ${formatEuros(first.paid)}. ${years}. Contrat entier : ${formatEuros(plan.total)}.`;
}
