/**
 * What the contract costs the employer, by calendar year: the rétribution, the vacation pay it owes
 * (the ONSS vacation contributions of a manual apprentice, the double pay of an employé), its social
 * security, its share of commuting, less the premiums it receives. A part whose rate is not known is
 * « non calculé » with its reason, never guessed.
 */
import { REGIMES, type Regime } from './choices';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toCents, toEuros, writeCents, writeNumber } from './money';
import { lastPartialYear } from './partial-subjection';
import { holidayContributionTable } from './parameters/employer';
import { DMFA_APPRENTICES } from './parameters/net-pay';
import { rowInForce } from './parameters/table';
import type { Premium } from './premiums';
import { requirePremiums } from './rule-inputs';
import { travelContribution, type TravelInput } from './travel-costs';
import { requireList, requireMonth, requireNumber, requireObject, requireOneOf } from './validate';

export interface EmployerCostInput {
	birthDate: ISODate;
	regime: Regime;
	/** The months of the pay schedule: what is paid and the days under contract. */
	months: { month: string; paid: number; coveredDays: number; daysInMonth: number }[];
	/** Employé: the double vacation pay the employer pays in each calendar year; null where it is not computed. */
	doublePay: { year: number; amount: number | null }[];
	/** The commuting subscription; null when the apprentice has none. */
	travel: Omit<TravelInput, 'on'> | null;
	premiums: Premium[];
}

/** One part of the cost: its amount, or null with the reason it is not computed. */
export interface CostPart {
	amount: number | null;
	note: string;
}

export interface EmployerCostYear {
	year: number;
	retribution: number;
	vacation: CostPart;
	socialSecurity: CostPart;
	travel: CostPart;
	/** Premiums whose conditions are all met, claimable this year: they come off the total. */
	premiums: number;
	/** Premiums still « à vérifier », claimable this year: not taken off. */
	pendingPremiums: number;
	/** The computed parts less the premiums; a lower bound while `complete` is false. */
	total: number;
	complete: boolean;
}

export interface EmployerCost {
	years: EmployerCostYear[];
	total: number;
	complete: boolean;
}

type PayMonth = EmployerCostInput['months'][number];

function readMonth(item: unknown, i: number): PayMonth {
	const at = `months[${i}]`;
	const m = requireObject(item, at, `Mois n° ${i + 1}`);
	const { year, month } = requireMonth(m.month, `${at}.month`, `Mois n° ${i + 1}`);
	const daysInMonth = requireNumber(m.daysInMonth, `${at}.daysInMonth`, 'Jours du mois', {
		min: 28,
		max: 31,
		integer: true
	});
	return {
		month: `${year}-${String(month).padStart(2, '0')}`,
		paid: requireNumber(m.paid, `${at}.paid`, `Rétribution du mois n° ${i + 1}`, {
			min: 0,
			max: 100_000
		}),
		coveredDays: requireNumber(m.coveredDays, `${at}.coveredDays`, 'Jours sous contrat', {
			min: 0,
			max: daysInMonth,
			integer: true
		}),
		daysInMonth
	};
}

const known = (amount: number, note: string): CostPart => ({ amount, note });
const missing = (note: string): CostPart => ({ amount: null, note });

function yearVacation(
	input: EmployerCostInput,
	year: number,
	gross: number,
	why: Explainer
): CostPart {
	if (input.regime === 'white-collar') {
		const paid = input.doublePay.find((d) => d.year === year);
		if (!paid || paid.amount === null)
			return missing('double pécule non calculé pour cette année (voir la page Vacances)');
		return known(toCents(paid.amount), "double pécule d'employé payé par l'entreprise");
	}
	const rates = rowInForce(why, holidayContributionTable, `${year}-01-01`, {
		field: 'months',
		label: 'Mois du contrat'
	}).value;
	const quarterly = applyRate(gross, rates.quarterlyRate * rates.wageBase, 100 * 100);
	const annual = applyRate(gross, rates.annualRate * rates.wageBase, 100 * 100);
	why.step(
		`${year} : cotisations de vacances annuelles à l'ONSS (apprenti ouvrier), sur ${writeNumber(rates.wageBase)} % des rétributions : ${writeNumber(rates.quarterlyRate)} % par trimestre, et ${writeNumber(rates.annualRate)} % payés au plus tard le 30 avril ${year + 1}`,
		`(${writeNumber(rates.quarterlyRate)} % + ${writeNumber(rates.annualRate)} %) × ${writeNumber(rates.wageBase)} % × ${writeCents(gross)}`,
		writeCents(quarterly + annual)
	);
	return known(quarterly + annual, 'cotisations de vacances annuelles (ONSS)');
}

function yearSocialSecurity(year: number, lastPartial: number): CostPart {
	return year <= lastPartial
		? missing(
				"assujettissement limité jusqu'au 31 décembre de l'année des 18 ans : l'employeur ne doit que les cotisations de vacances annuelles (comptées à part), d'accidents du travail et de maladies professionnelles (ni modération salariale, ni congé-éducation payé, ni cotisation spéciale au Fonds de fermeture), dont les taux actuels n'ont pas été trouvés"
			)
		: missing(
				"assujettissement complet depuis le 1er janvier de l'année des 19 ans : taux de base de 25 % (secteur privé, modération salariale comprise), mais la réduction structurelle d'un apprenti n'est pas confirmée"
			);
}

/** The employer's commuting share of each month, in cents (null where not known); each new share is explained once. */
function monthlyShares(
	travel: NonNullable<EmployerCostInput['travel']>,
	months: PayMonth[],
	why: Explainer
): Map<string, number | null> {
	const shares = new Map<string, number | null>();
	let last: number | null | undefined;
	for (const m of months) {
		const result = travelContribution({ ...travel, on: `${m.month}-01` });
		if (result.value !== last) why.absorb(result);
		last = result.value;
		shares.set(m.month, result.value === null ? null : toCents(result.value));
	}
	return shares;
}

function yearTravel(months: PayMonth[], shares: Map<string, number | null> | null): CostPart {
	if (shares === null) return known(0, 'aucun abonnement indiqué');
	let total = 0;
	for (const m of months) {
		const share = shares.get(m.month);
		if (share == null) return missing('montant de la carte-train non connu pour cette date');
		total += applyRate(share, m.coveredDays, m.daysInMonth);
	}
	return known(total, 'au prorata des jours du contrat dans chaque mois');
}

/**
 * The cost by calendar year. Readings taken: the vacation contributions are counted in the year of
 * the rétributions they are computed on; a premium in the year it can first be asked; the commuting
 * share by calendar days under contract in each month.
 */
export function employerCostByYear(input: EmployerCostInput): Explained<EmployerCost> {
	const data = requireObject(input, 'input', 'Données du calcul');
	requireOneOf(data.regime, REGIMES, 'regime', 'Régime de travail');
	const months = requireList(data.months, 'months', 'Mois du contrat', {
		min: 1,
		max: 12 * 12
	}).map((item, i) => readMonth(item, i));
	// A double pay is paid in a year of the contract.
	const monthYears = months.map((m) => Number(m.month.slice(0, 4)));
	const contractYears = {
		min: Math.min(...monthYears),
		max: Math.max(...monthYears),
		integer: true
	};
	requireList(data.doublePay, 'doublePay', 'Double pécule', { min: 0, max: 20 }).forEach(
		(item, i) => {
			const paid = requireObject(item, `doublePay[${i}]`, `Double pécule n° ${i + 1}`);
			requireNumber(paid.year, `doublePay[${i}].year`, 'Année du double pécule', contractYears);
			if (paid.amount !== null)
				requireNumber(paid.amount, `doublePay[${i}].amount`, 'Double pécule', {
					min: 0,
					max: 100_000
				});
		}
	);
	requirePremiums(data.premiums, 'premiums');
	if (data.travel !== null) requireObject(data.travel, 'travel', 'Abonnement de transport');
	const lastPartial = lastPartialYear(input.birthDate);
	const why = new Explainer();
	why.source(DMFA_APPRENTICES);
	why.step(
		`Sécurité sociale : assujettissement limité jusqu'au 31 décembre ${lastPartial}, complet à partir du 1er janvier ${lastPartial + 1}`
	);
	const byYear = new Map<number, PayMonth[]>();
	for (const m of months) {
		const year = Number(m.month.slice(0, 4));
		byYear.set(year, [...(byYear.get(year) ?? []), m]);
	}
	const years: EmployerCostYear[] = [];
	const shares = input.travel === null ? null : monthlyShares(input.travel, months, why);
	for (const [year, yearMonths] of byYear) {
		const gross = yearMonths.reduce((sum, m) => sum + toCents(m.paid), 0);
		const vacation = yearVacation(input, year, gross, why);
		const socialSecurity = yearSocialSecurity(year, lastPartial);
		const travel = yearTravel(yearMonths, shares);
		let premiums = 0;
		let pending = 0;
		for (const premium of input.premiums) {
			if (premium.beneficiary !== 'employer' || premium.applies === 'no') continue;
			for (const claim of premium.claims) {
				if (Number(claim.from.slice(0, 4)) !== year) continue;
				if (premium.applies === 'yes') premiums += toCents(claim.amount);
				else pending += toCents(claim.amount);
			}
		}
		const parts = [vacation, socialSecurity, travel];
		const total = gross + parts.reduce((sum, p) => sum + (p.amount ?? 0), 0) - premiums;
		const complete = parts.every((p) => p.amount !== null);
		why.step(
			`${year} : rétribution ${writeCents(gross)}, vacances ${vacation.amount === null ? 'non calculé' : writeCents(vacation.amount)}, sécurité sociale ${socialSecurity.amount === null ? 'non calculé' : writeCents(socialSecurity.amount)}, déplacements ${travel.amount === null ? 'non calculé' : writeCents(travel.amount)}, primes − ${writeCents(premiums)}`,
			undefined,
			`${complete ? '' : 'au moins '}${writeCents(total)}`
		);
		years.push({
			year,
			retribution: toEuros(gross),
			vacation: euros(vacation),
			socialSecurity: euros(socialSecurity),
			travel: euros(travel),
			premiums: toEuros(premiums),
			pendingPremiums: toEuros(pending),
			total: toEuros(total),
			complete
		});
	}
	if (input.regime === 'white-collar')
		why.warn("Pécule de sortie d'un employé à la fin du contrat : non calculé.");
	const total = years.reduce((sum, y) => sum + toCents(y.total), 0);
	return why.done({ years, total: toEuros(total), complete: years.every((y) => y.complete) });
}

const euros = (part: CostPart): CostPart => ({
	amount: part.amount === null ? null : toEuros(part.amount),
	note: part.note
});
