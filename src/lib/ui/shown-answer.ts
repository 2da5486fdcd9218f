/**
 * In the browser, the answer a prerendered page shows, read before hydration so that hydration finds
 * the same text and keeps it on screen; after a navigation inside the app, a placeholder.
 */
export function shownAnswer(route: string | null): string {
	return (
		document.querySelector(`[data-answer-of="${route}"] .prerendered`)?.textContent ?? 'Calcul…'
	);
}
