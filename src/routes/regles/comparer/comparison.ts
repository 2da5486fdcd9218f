/**
 * The results of the current scenario that depend on a date, for « Comparer deux dates »: the
 * rétribution at each level, the stage d'insertion left for a request on that date, and the family
 * allowance of that date's month with that date's rétribution as income. The page loads this module
 * right after it shows its form.
 */
import {
	formatEuros,
	LEVELS,
	insertionInternshipRemainingDays,
	levelOn,
	monthlyRetribution,
	type Explained,
	type FamilyAllowanceMonth,
	type ISODate,
	type Level,
	Explainer
} from '$lib/rules';
import { monthCheck } from '$lib/scenario/derive/allowance';
import { insertionProfile } from '$lib/scenario/derive/insertion';
import { scenarioLevels, type Scenario } from '$lib/scenario/scenario';
import { attempt, type Attempt } from '$lib/ui/attempt.svelte';

/** A computed cell: the result with its explanation, and its value in words. */
export interface Cell {
	result: Explained<unknown>;
	text: string;
}

export interface ComparisonRow {
	id: string;
	label: string;
	compute: (scenario: Scenario, on: ISODate) => Attempt<Cell>;
}

function insertionText(days: number | null): string {
	if (days === null) return "pas de droit sur la base de l'alternance";
	return `${days} jour${days > 1 ? 's' : ''} de stage`;
}

const insertionRow: ComparisonRow = {
	id: 'insertion',
	label: "Stage d'insertion restant, demande faite à cette date",
	compute: (s, on) =>
		attempt(() => {
			const result = insertionInternshipRemainingDays({
				...insertionProfile({ ...s, requestDate: on }),
				requestDate: on
			});
			return { result, text: insertionText(result.value) };
		})
};

function allowanceText(month: FamilyAllowanceMonth): string {
	if (month.rule === 'over-age') return 'plus de droit (âge limite)';
	if (month.kept === 'unknown') return 'à vérifier';
	if (month.kept) return 'allocations maintenues';
	return month.rule === 'income-ceiling'
		? 'allocations suspendues ce mois'
		: 'allocations perdues pour le trimestre';
}

/** The family allowance of the month, with the rétribution of the date as the month's income and the quarter's hours entered. */
function allowanceOn(s: Scenario, on: ISODate): Explained<FamilyAllowanceMonth> {
	const why = new Explainer();
	const level = levelOn(scenarioLevels(s), on);
	const minimum = why.absorb(monthlyRetribution(level, on));
	const income =
		s.employerMonthlyAmount !== null && s.employerMonthlyAmount > minimum
			? s.employerMonthlyAmount
			: minimum;
	why.step(
		income === minimum
			? `Rétribution minimale du niveau ${level} retenue comme revenu du mois`
			: "Montant payé par l'employeur retenu comme revenu du mois",
		undefined,
		formatEuros(income)
	);
	const { impact } = monthCheck(s, on.slice(0, 7), income);
	if (!impact.ok) throw impact.error;
	return why.done(why.absorb(impact.value));
}

const allowanceRow: ComparisonRow = {
	id: 'family-allowance',
	label: 'Allocations familiales du mois de la date',
	compute: (s, on) =>
		attempt(() => {
			const result = allowanceOn(s, on);
			return { result, text: allowanceText(result.value) };
		})
};

function retributionRow(level: Level): ComparisonRow {
	return {
		id: `level-${level}`,
		label: `Rétribution minimale, niveau ${level}`,
		compute: (_, on) =>
			attempt(() => {
				const result = monthlyRetribution(level, on);
				return { result, text: `${formatEuros(result.value)} par mois` };
			})
	};
}

export const COMPARISON_ROWS: readonly ComparisonRow[] = [
	...LEVELS.map(retributionRow),
	insertionRow,
	allowanceRow
];
