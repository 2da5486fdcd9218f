import { CALCULATORS } from '../src/lib/pages';

/** Every page of the built site, with what shows that its main result is on screen. */
export const PAGES = [
	{ path: '/', result: '[data-testid="retribution-amount"]' },
	...CALCULATORS.map(({ path }) => ({ path, result: 'main .explanation' })),
	{ path: '/dossier', result: 'main .explanation' },
	{ path: '/regles', result: 'main table' },
	{ path: '/regles/retribution', result: 'main h2' },
	{ path: '/regles/comparer', result: '[data-testid="compare-level-A"]' }
];
