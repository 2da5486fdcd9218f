/**
 * Whether an apprentice stays a dependent child (« personne à charge ») for the parents' income tax:
 * the child's net means of the income year, the gross less the personal social security and the
 * flat-rate expenses, must not exceed the ceiling of the tax year that follows.
 */
import { RuleInputError } from './errors';
import { Explainer, type Explained } from './explain';
import { toCents, toEuros, writeCents, writeNumber } from './money';
import {
	childSupplementTable,
	dependantCeilingTable,
	netMeansExpenseTable
} from './parameters/net-pay';
import { rowInForce, type DateField } from './parameters/table';
import { MAX_YEAR, MIN_YEAR, requireNumber, requireObject } from './validate';

export interface DependentChildInput {
	/** The calendar year of the income. */
	year: number;
	/** The child's gross pay of that year, in euros. */
	gross: number;
	/** Its personal social security after the work bonus, in euros. */
	socialSecurity: number;
}

export interface DependentChild {
	year: number;
	netMeans: number;
	ceiling: number;
	/** Ceiling less the net means: negative when the child is no longer a dependant. */
	margin: number;
	dependent: boolean;
	/** What the parents lose for an only dependent child, for comparison. */
	supplementLost: number;
}

const YEAR: DateField = { field: 'year', label: 'Année de revenus' };

/**
 * The net means of one income year against the ceiling. Reading taken: the rétribution counts as
 * ordinary pay (no exemption was found for it; the student-job exemption does not apply); the child
 * has no other income; the general ceiling applies (not the higher one of a parent taxed alone).
 */
export function dependentChild(input: DependentChildInput): Explained<DependentChild> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const year = requireNumber(data.year, 'year', 'Année de revenus', {
		min: MIN_YEAR,
		max: MAX_YEAR,
		integer: true
	});
	const gross = requireNumber(data.gross, 'gross', "Rétribution brute de l'année", {
		min: 0,
		max: 1_000_000
	});
	const social = requireNumber(data.socialSecurity, 'socialSecurity', 'Cotisations sociales', {
		min: 0,
		max: 1_000_000
	});
	if (social > gross) {
		throw new RuleInputError(
			'socialSecurity',
			'Cotisations sociales : elles ne peuvent pas dépasser la rétribution brute.'
		);
	}
	const on = `${year}-01-01`;
	const why = new Explainer();
	const afterSocial = toCents(gross) - toCents(social);
	why.step(
		`Revenus ${year} : rétribution brute moins les cotisations sociales personnelles`,
		`${writeCents(toCents(gross))} − ${writeCents(toCents(social))}`,
		writeCents(afterSocial)
	);
	why.step(
		"Lecture retenue : la rétribution d'alternance compte comme une rémunération ordinaire (aucune exonération trouvée ; celle des jobs étudiants ne s'applique pas), sans autre revenu de l'enfant."
	);
	const expenses = rowInForce(why, netMeansExpenseTable, on, YEAR).value;
	const flat = Math.min(
		afterSocial,
		Math.max(toCents((toEuros(afterSocial) * expenses.rate) / 100), toCents(expenses.minimumAmount))
	);
	const netMeans = afterSocial - flat;
	why.step(
		`Frais forfaitaires : ${writeNumber(expenses.rate)} %, au moins ${writeCents(toCents(expenses.minimumAmount))}`,
		`${writeCents(afterSocial)} − ${writeCents(flat)}`,
		`${writeCents(netMeans)} de ressources nettes`
	);
	const ceiling = toCents(rowInForce(why, dependantCeilingTable, on, YEAR).value);
	const margin = ceiling - netMeans;
	const dependent = margin >= 0;
	why.step(
		`Plafond de l'exercice ${year + 1} (revenus ${year})`,
		`${writeCents(ceiling)} − ${writeCents(netMeans)}`,
		`marge ${writeCents(margin)}`
	);
	const supplement = rowInForce(why, childSupplementTable, on, YEAR).value;
	why.step(
		dependent
			? `Reste à charge : les parents gardent le supplément de quotité exemptée (${writeCents(toCents(supplement))} pour un seul enfant à charge ; davantage quand il y en a plusieurs)`
			: `N'est plus à charge : les parents perdent le supplément de quotité exemptée (${writeCents(toCents(supplement))} pour un seul enfant à charge ; davantage quand il y en a plusieurs), imposé à leur taux`
	);
	return why.done({
		year,
		netMeans: toEuros(netMeans),
		ceiling: toEuros(ceiling),
		margin: toEuros(margin),
		dependent,
		supplementLost: supplement
	});
}
