/**
 * The calculators of the suite, in the order of the menu and of the home page cards: the path and the
 * title (the question each answers is on the home page only: src/routes/questions.ts). A calculator's rule
 * page is src/routes/<path>/rule-page.ts.
 */
export const CALCULATORS = [
	{ path: '/retribution', title: 'Rétribution' },
	{ path: '/vacances', title: 'Vacances' },
	{ path: '/stage-insertion', title: "Stage d'insertion" },
	{ path: '/horaires', title: 'Horaires' },
	{ path: '/contrat', title: 'Contrat' },
	{ path: '/allocations-familiales', title: 'Allocations familiales' },
	{ path: '/employeur', title: 'Employeur' },
	{ path: '/calendrier', title: 'Calendrier' }
] as const;

export type CalculatorPath = (typeof CALCULATORS)[number]['path'];

export const OTHER_PAGES = [
	{ path: '/dossier', title: 'Dossier' },
	{ path: '/regles', title: 'Règles et sources' }
] as const;
