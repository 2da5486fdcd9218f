/** The French words of the employer page's selects. */
import type { EmployerChoices } from '$lib/scenario/scenario';

/** The employer's yes / no / to-check answers; `wallonia`: asked only for a Walloon establishment. */
export const ANSWER_FIELDS: readonly {
	key: 'tutorCertified' | 'selfEmployedFirstContract';
	label: string;
	wallonia: boolean;
}[] = [
	{ key: 'tutorCertified', label: 'Le tuteur est agréé', wallonia: false },
	{
		key: 'selfEmployedFirstContract',
		label: "Indépendant sans personnel, premier contrat d'apprentissage en 5 ans",
		wallonia: true
	}
];

export const TRAVEL_LABELS: Readonly<Record<EmployerChoices['travel']['kind'], string>> = {
	none: 'Aucun',
	train: 'Carte-train SNCB',
	'fixed-price': 'Abonnement à prix fixe (STIB, TEC, De Lijn)'
};

export const PER_LABELS: Readonly<Record<EmployerChoices['travel']['per'], string>> = {
	month: 'Par mois',
	year: 'Par an'
};
