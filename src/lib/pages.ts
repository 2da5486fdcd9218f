/**
 * The calculators of the suite, in the order of the menu and of the home page cards: the path, the
 * title and the question each answers. A calculator's rule page is src/routes/<path>/rule-page.ts.
 */
export const CALCULATORS = [
	{
		path: '/retribution',
		title: 'Rétribution',
		text: 'Montant mensuel par niveau A, B ou C, prorata du premier et du dernier mois, paie mois par mois sur tout le contrat.'
	},
	{
		path: '/vacances',
		title: 'Vacances',
		text: 'Jours de vacances ouvrier ou employé, vacances européennes et scolaires, pécule de vacances.'
	},
	{
		path: '/stage-insertion',
		title: "Stage d'insertion",
		text: "Jours restants du stage d'insertion professionnelle après le contrat, avant et après la réforme de 2026."
	},
	{
		path: '/horaires',
		title: 'Horaires',
		text: "Vérification d'un horaire : nuit, dimanche, jours fériés, heures par jour et par semaine, pauses."
	},
	{
		path: '/contrat',
		title: 'Contrat',
		text: "Âge, période d'essai, préavis et date de prise d'effet, rétribution garantie, liste de l'employeur."
	},
	{
		path: '/allocations-familiales',
		title: 'Allocations familiales',
		text: 'Effet du contrat sur les allocations familiales selon la région et la date.'
	},
	{
		path: '/employeur',
		title: 'Employeur',
		text: "Coût du contrat par année, primes wallonnes et bruxelloises, part de l'employeur dans les déplacements."
	},
	{
		path: '/calendrier',
		title: 'Calendrier',
		text: "Toutes les dates du contrat, de la signature au stage d'insertion, à importer dans un agenda."
	}
] as const;

export type CalculatorPath = (typeof CALCULATORS)[number]['path'];

export const OTHER_PAGES = [
	{ path: '/dossier', title: 'Dossier' },
	{ path: '/regles', title: 'Règles et sources' }
] as const;
