/** Every page of the built site, with what shows that its main result is on screen. */
export const PAGES = [
	{ path: '/', result: '[data-testid="retribution-amount"]' },
	{ path: '/retribution', result: 'main .explanation' },
	{ path: '/vacances', result: 'main .explanation' },
	{ path: '/stage-insertion', result: 'main .explanation' },
	{ path: '/horaires', result: 'main .explanation' },
	{ path: '/contrat', result: 'main .explanation' },
	{ path: '/allocations-familiales', result: 'main .explanation' },
	{ path: '/dossier', result: 'main .explanation' },
	{ path: '/regles', result: 'main table' },
	{ path: '/regles/retribution', result: 'main h2' },
	{ path: '/regles/comparer', result: '[data-testid="compare-level-A"]' }
] as const;
