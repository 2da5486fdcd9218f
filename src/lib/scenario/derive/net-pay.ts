/** The net of the scenario's pay: every month's and year's, whether the apprentice stays a dependent child, the pay page's answer. */
import { Explainer, dependentChild, formatEuros, netPaySchedule } from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { monthText } from '$lib/ui/month-text';
import type { Scenario } from '../scenario';
import { contractPay } from './pay';

// The pay page reads the gross and the net together: its rules come in this one module.
export { contractPay, monthlyAt } from './pay';

/** The net of every month of the pay schedule, and of each calendar year. */
export function contractNet(s: Scenario, schedule = contractPay(s)) {
	return attempt(() => {
		if (!schedule.ok) throw schedule.error;
		return netPaySchedule({ months: schedule.value.value.months, birthDate: s.birthDate });
	});
}

/** For each calendar year of the contract, whether the apprentice stays a dependent child for the parents' tax. */
export function dependantByYear(s: Scenario, net = contractNet(s)) {
	return attempt(() => {
		if (!net.ok) throw net.error;
		const why = new Explainer();
		const years = net.value.value.years.map((y) =>
			why.absorb(dependentChild({ year: y.year, gross: y.gross, socialSecurity: y.socialSecurity }))
		);
		return why.done(years);
	});
}

/** The page's answer: the net of the first month and of each calendar year, with the gross beside it. */
export function payAnswer(
	s: Scenario,
	schedule = contractPay(s),
	net = contractNet(s, schedule)
): string {
	if (!schedule.ok) return 'Le calcul attend une correction du contrat ci-dessous.';
	const plan = schedule.value.value;
	if (!net.ok) return `${net.error.message} Brut du contrat entier : ${formatEuros(plan.total)}.`;
	const { months, years, netTotal } = net.value.value;
	const first = months[0]!;
	const byYear = years.map((y) => `${y.year} : ${formatEuros(y.net)}`).join(' ; ');
	return `Net du premier mois (${monthText(first.month)}) : ${formatEuros(first.net)} (brut ${formatEuros(first.gross)}). Net par année : ${byYear}. Contrat entier : ${formatEuros(netTotal)} net, ${formatEuros(plan.total)} brut.`;
}
