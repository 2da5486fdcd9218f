import type { Browser, Page } from '@playwright/test';
import { address, expect, test } from './fixtures';
import { inFreshBrowser } from './fresh-browser';

/** Visits each page in a browser without JavaScript, where only what was prerendered shows, and checks it. */
async function eachWithoutJavaScript<T extends { path: string }>(
	browser: Browser,
	pages: T[],
	check: (page: Page, item: T) => Promise<void>
): Promise<void> {
	await inFreshBrowser(browser, { javaScriptEnabled: false }, async (page) => {
		for (const item of pages) {
			await page.goto(item.path);
			await check(page, item);
		}
	});
}

// The answers of the default scenario (contract 01/09/2025 – 30/06/2028, company Monday to Wednesday 8 h), as the pages
// compute them; prerendered, they are on screen at the first paint and without JavaScript.
const ANSWERS = [
	{
		path: '/retribution',
		text: /^Net du premier mois \(09\/2025\) : 359,02\s€ \(brut 359,02\s€\)\. Net par année : 2025 : 1\s436,08\s€ ;/
	},
	{ path: '/vacances', text: /^Premières vacances payées en 2026 : 4 jours \(régime ouvrier\)/ },
	{
		path: '/stage-insertion',
		text: /^Pour une demande le 01\/07\/2028 \(date proposée : le lendemain de la fin du contrat\) : 0 jour/
	},
	{
		path: '/horaires',
		text: /^Du 01\/09\/2025 au 28\/09\/2025, cet horaire respecte toutes les règles vérifiées\.$/
	},
	{
		path: '/contrat',
		text: /^Signature possible le 25\/08\/2025, fin prévue le 30\/06\/2028 permise\. Essai jusqu'au 30\/09\/2025 inclus\./
	},
	{
		path: '/allocations-familiales',
		text: /^Sur les 34 mois du contrat : 0 mois suspendu ou perdu, 24 mois maintenus, 10 mois à vérifier\.$/
	}
];

test('without JavaScript every calculator page shows its answer for the default scenario', async ({
	browser
}) => {
	await eachWithoutJavaScript(browser, ANSWERS, (page, { path, text }) =>
		expect(page.getByTestId('answer'), path).toHaveText(text)
	);
});

test('a first visit shows the answer from the first paint and never « Calcul… » while the rules load', async ({
	page
}) => {
	// Every text the answer takes, from the first parse of the page.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { answers: string[] }).answers = []);
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="answer"]')?.textContent?.trim();
			if (text && text !== seen.at(-1)) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	for (const { path, text } of ANSWERS) {
		await page.goto(path);
		await expect(page.locator('html[data-ready]')).toHaveCount(1);
		await expect(page.getByTestId('answer'), path).toHaveText(text);
		const seen = await page.evaluate(() => (window as unknown as { answers: string[] }).answers);
		expect(
			seen.filter((t) => t.includes('Calcul…')),
			path
		).toEqual([]);
		expect(seen[0], path).toMatch(text);
	}
});

test('a link with another scenario never shows the default answer: a placeholder, then its own', async ({
	page,
	browser
}) => {
	await page.goto('/retribution');
	await page.getByLabel('Début du contrat').fill('01/09/2026');
	await page.getByLabel('Fin du contrat').fill('30/06/2029');
	// 2026: RMMMG 2 189,83 € (estimated from April 2026) × 17 % = 372,2711 → 372,27 €.
	await expect(page.getByTestId('answer')).toContainText('Net du premier mois (09/2026) : 372,27');
	const link = await address(page);

	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.addInitScript(() => {
			const seen: string[] = ((window as unknown as { answers: string[] }).answers = []);
			const record = () => {
				const answer = document.querySelector('[data-testid="answer"]');
				if (!answer) return;
				// What the eye sees: on a page the start-up script marked as linked, the style hides the prerendered answer.
				const shown = answer.cloneNode(true) as Element;
				if (document.documentElement.classList.contains('linked'))
					shown.querySelectorAll('.prerendered').forEach((node) => node.remove());
				const text = shown.textContent?.trim();
				if (text && text !== seen.at(-1)) seen.push(text);
			};
			document.addEventListener('DOMContentLoaded', record);
			new MutationObserver(record).observe(document, {
				subtree: true,
				childList: true,
				characterData: true
			});
		});
		await copy.goto(link);
		await expect(copy.locator('html.linked')).toHaveCount(1);
		await expect(copy.getByTestId('answer')).toContainText(
			'Net du premier mois (09/2026) : 372,27'
		);
		const seen = await copy.evaluate(() => (window as unknown as { answers: string[] }).answers);
		expect(seen.filter((t) => t.includes('09/2025'))).toEqual([]);
	});
});

// The figures the introductions quote, read from the parameter tables while prerendering.
const INTRO_FIGURES = [
	{ path: '/retribution', text: '17 % au niveau A, 24 % au niveau B, 32 % au niveau C' },
	{ path: '/stage-insertion', text: 'le stage compte 156 jours' },
	{ path: '/allocations-familiales', text: '(240 heures par trimestre au plus)' },
	{ path: '/vacances', text: '3 semaines consécutives entre le 1er mai et le 31 octobre' }
];

test('the introductions quote the tables on the first paint, after hydration and after a navigation inside the app', async ({
	page,
	browser
}) => {
	await eachWithoutJavaScript(browser, INTRO_FIGURES, (bare, { path, text }) =>
		expect(bare.locator('main'), path).toContainText(text)
	);

	for (const { path, text } of INTRO_FIGURES) {
		await page.goto(path);
		await expect(page.locator('html[data-ready]')).toHaveCount(1);
		await expect(page.locator('main'), path).toContainText(text);
	}
	// From the home page, the router renders each page itself: its figures load with it.
	for (const { path, text } of INTRO_FIGURES) {
		await page.goto('/');
		await expect(page.locator('html[data-ready]')).toHaveCount(1);
		await page.locator(`nav a[href^="${path}"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`${path}(#|$)`));
		await expect(page.locator('main'), path).toContainText(text);
		await expect(page.locator('main [data-figure]').first(), path).not.toBeEmpty();
	}
});
