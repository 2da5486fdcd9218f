/** The French words for the scenario's choices: one wording for each value, in lists and in sentences alike. */
import type { ConditionAnswer } from '$lib/rules';
import type { Operator, Outcome, Regime, Region, Scenario } from './scenario';

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

/** A premium condition's answer, and the employer's answers to the same questions. */
export const ANSWER_LABELS: Readonly<Record<ConditionAnswer, string>> = {
	unknown: 'À vérifier',
	yes: 'Oui',
	no: 'Non'
};

const OPERATOR_LABELS: Readonly<Record<Operator, string>> = {
	CEFA: 'CEFA',
	IFAPME: 'IFAPME',
	SFPME: 'SFPME'
};

/** The scenario's choices that several pages ask for. */
export type ScenarioChoiceField = 'region' | 'regime' | 'operator' | 'outcome';

/** Each choice's question and the words for its answers, the same on every page. */
export const CHOICE_FIELDS: {
	readonly [F in ScenarioChoiceField]: {
		label: string;
		labels: Readonly<Record<Scenario[F], string>>;
	};
} = {
	region: { label: "Région du domicile de l'apprenant", labels: REGION_LABELS },
	regime: { label: 'Régime de travail', labels: REGIME_LABELS },
	operator: { label: 'Opérateur de formation', labels: OPERATOR_LABELS },
	outcome: { label: 'Issue de la formation', labels: OUTCOME_LABELS }
};

/** The options of a select, in the order the labels are written. */
export function optionsOf<T extends string>(
	labels: Readonly<Record<T, string>>
): { value: T; label: string }[] {
	return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
