/** The employer's side of the scenario: the premiums, the commuting share, the cost by year. */
import {
	contractPremiums,
	employerCostByYear,
	formatEuros,
	type EmployerCost,
	type Explained,
	type PaySchedule,
	type Premium,
	type TravelInput,
	travelContribution
} from '$lib/rules';
import { attempt, type Attempt } from '$lib/ui/attempt.svelte';
import { scenarioLevels, type Scenario } from '../scenario';
import { contractPay } from './pay';
import { vacationYear } from './vacations';
import { contractYears } from './work';

export { contractPay };

export function premiumsOf(s: Scenario) {
	return attempt(() =>
		contractPremiums({
			birthDate: s.birthDate,
			signingDate: s.signingDate,
			contractStart: s.contractStart,
			contractEnd: s.contractEnd,
			levels: scenarioLevels(s),
			establishment: s.employer.establishment,
			domicile: s.region,
			tutorCertified: s.employer.tutorCertified,
			selfEmployedFirstContract: s.employer.selfEmployedFirstContract,
			outcome: s.outcome
		})
	);
}

/** The subscription the cost counts: none until a kind and a price are given. */
export function travelOf(s: Scenario): Omit<TravelInput, 'on'> | null {
	const { kind, price, per, distanceKm } = s.employer.travel;
	return kind === 'none' || price === null ? null : { kind, price, per, distanceKm };
}

/** The employer's share of the subscription a month at the contract's start; null without a subscription. */
export function travelShareOf(s: Scenario) {
	const travel = travelOf(s);
	return travel && attempt(() => travelContribution({ ...travel, on: s.contractStart }));
}

/** An employé's double vacation pay of each contract year, from the vacation rules; none for an ouvrier. */
function doublePayByYear(s: Scenario, schedule: Attempt<Explained<PaySchedule>>) {
	if (s.regime !== 'white-collar') return [];
	return contractYears(s).map((year) => {
		const pay = vacationYear(s, year, schedule).payWhite;
		return { year, amount: pay?.ok ? pay.value.value.doublePay : null };
	});
}

export function employerCostOf(
	s: Scenario,
	schedule = contractPay(s),
	premiums = premiumsOf(s)
): Attempt<Explained<EmployerCost>> {
	return attempt(() => {
		if (!schedule.ok) throw schedule.error;
		if (!premiums.ok) throw premiums.error;
		return employerCostByYear({
			birthDate: s.birthDate,
			regime: s.regime,
			months: schedule.value.value.months,
			doublePay: doublePayByYear(s, schedule),
			travel: travelOf(s),
			premiums: premiums.value.value
		});
	});
}

/** Employer premiums whose conditions are met, and those still to check. */
export function employerPremiumTotals(premiums: readonly Premium[]) {
	const employer = premiums.filter((p) => p.beneficiary === 'employer');
	const total = (applies: Premium['applies']) =>
		employer.filter((p) => p.applies === applies).reduce((sum, p) => sum + p.amount, 0);
	return { met: total('yes'), toCheck: total('unknown') };
}

/** The page's answer: what the contract costs in all, and the premiums. */
export function employerAnswer(
	s: Scenario,
	cost = employerCostOf(s),
	premiums = premiumsOf(s)
): string {
	if (!cost.ok || !premiums.ok) return 'Le calcul attend une correction ci-dessous.';
	const { total, complete, years } = cost.value.value;
	const { met, toCheck } = employerPremiumTotals(premiums.value.value);
	const span = `${years[0]!.year}–${years.at(-1)!.year}`;
	const aids =
		met + toCheck === 0
			? "aucune prime de l'employeur pour ce contrat"
			: `primes déduites : ${formatEuros(met)}${toCheck ? `, à vérifier : ${formatEuros(toCheck)}` : ''}`;
	return `Coût du contrat pour l'employeur (${span}) : ${complete ? '' : 'au moins '}${formatEuros(total)} ; ${aids}.${complete ? '' : ' Les cotisations patronales de sécurité sociale ne sont pas comprises (taux non trouvés).'}`;
}
