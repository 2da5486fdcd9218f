import { defaultScenario } from '$lib/scenario/scenario';
import { shownAnswer } from '$lib/ui/shown-answer';
import type { PageLoad } from './$types';

// The default scenario's answer is computed while prerendering, so the first paint shows it, with or without
// JavaScript; in the browser the rules load after the page, and hydration keeps the text on screen.
export const load: PageLoad = async ({ route }) => ({
	answer: import.meta.env.SSR
		? (await import('$lib/scenario/derive/allowance')).allowanceAnswer(defaultScenario())
		: shownAnswer(route.id)
});
