/**
 * A calculator page's load: the default scenario's answer, and the figures its text quotes from the
 * parameter tables, are computed while prerendering, so the first paint shows them with or without
 * JavaScript. In the browser they are read back from the page before hydration, so hydration keeps them
 * on screen and neither the rules nor the tables load with the page.
 */
import { defaultScenario, type Scenario } from '$lib/scenario/scenario';

/** The figures a page's text quotes, by name (« 17 % », « 310 jours »), each in a `data-figure` element. */
export type Figures = Record<string, string>;

/** A page's module of figures, loaded apart so the first visit does not carry the tables. */
type FiguresModule<F> = Promise<{ introFigures: () => F }>;

/** While prerendering: the default scenario's answer, worded by `answer`, and the figures. */
export async function prerender<F extends Figures>(
	answer: Promise<(s: Scenario) => string>,
	figures?: FiguresModule<F>
): Promise<{ answer: string; figures: F }> {
	return {
		answer: (await answer)(defaultScenario()),
		figures: (await figures)?.introFigures() ?? ({} as F)
	};
}

/** In the browser: what the prerendered page shows; after a navigation, a placeholder and the figures loaded. */
export async function readBack<F extends Figures>(
	route: string | null,
	figures?: () => FiguresModule<F>
): Promise<{ answer: string; figures: F }> {
	const answer = document.querySelector(`[data-answer-of="${route}"] .prerendered`)?.textContent;
	if (answer == null)
		return { answer: 'Calcul…', figures: (await figures?.())?.introFigures() ?? ({} as F) };
	const shown = document.querySelectorAll<HTMLElement>('main [data-figure]');
	return {
		answer,
		figures: Object.fromEntries([...shown].map((e) => [e.dataset.figure, e.textContent])) as F
	};
}
