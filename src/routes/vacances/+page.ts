import { defaultScenario } from '$lib/scenario/scenario';
import type { PageLoad } from './$types';

// The default scenario's answer is computed while prerendering, so the first paint shows it, with or without
// JavaScript; in the browser the rules load after the page and hydration keeps the prerendered text.
export const load: PageLoad = async () => ({
	answer: import.meta.env.SSR ? (await import('$lib/scenario/derive/vacations')).vacationsAnswer(defaultScenario()) : 'Calcul…'
});
