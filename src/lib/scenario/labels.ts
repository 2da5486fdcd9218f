/** The French words for the scenario's choices: one wording for each value, in lists and in sentences alike. */
import type { Outcome, Regime, Region } from './scenario';

export const REGION_LABELS: Readonly<Record<Region, string>> = {
	wallonia: 'Wallonie',
	brussels: 'Bruxelles-Capitale',
	'german-speaking': 'Communauté germanophone'
};

export const REGIME_LABELS: Readonly<Record<Regime, string>> = {
	'blue-collar': 'Ouvrier',
	'white-collar': 'Employé'
};

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
	success: 'Réussie (qualification obtenue)',
	failure: 'Terminée sans succès',
	abandoned: 'Abandonnée avant la fin du contrat'
};

/** The options of a select, in the order the labels are written. */
export function optionsOf<T extends string>(
	labels: Readonly<Record<T, string>>
): { value: T; label: string }[] {
	return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
