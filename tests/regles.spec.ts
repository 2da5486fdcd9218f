import { expectRefusedUntilFixed } from './field-errors';
import { accessibilityViolations, expect, test } from './fixtures';

test('the rules page lists the RMMMG table with its dated figures and flags the unconfirmed ones', async ({
	page
}) => {
	await page.goto('/regles');
	await expect(page.getByRole('heading', { level: 1, name: 'Règles et sources' })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Sommaire des tables' })
		.getByRole('link', { name: /Revenu minimum mensuel moyen garanti/ })
		.click();
	const rmmmg = page.getByRole('table', { name: /Revenu minimum mensuel moyen garanti/ });
	await expect(rmmmg).toBeInViewport();
	// Vade-Mecum §4.6: 1 531,93 € from 1 June 2016, confirmed.
	const first = rmmmg.getByRole('row', { name: /^01\/06\/2016/ });
	await expect(first).toContainText('1 531,93 €');
	await expect(first).toContainText('Vade-Mecum');
	await expect(first).not.toContainText('non confirmé');
	// 1 June 2017: 1 531,93 × 1,02 = 1 562,5686 → 1 562,57 €, the only amount that gives SFPME's 265,64 / 375,02 / 500,02 €.
	const deduced = rmmmg.getByRole('row', { name: /^01\/06\/2017/ });
	await expect(deduced).toContainText('1 562,57 €');
	await expect(deduced).toContainText('non confirmé');
	await expect(deduced).toContainText('SFPME');
	// 1 November 2022 is estimated (+2 %, 1 879,13 × 1,02 = 1 916,7126 → 1 916,71 €), not the May amount carried over.
	const estimated = rmmmg.getByRole('row', { name: /^01\/11\/2022/ });
	await expect(estimated).toContainText('1 916,71 €');
	await expect(estimated).toContainText('Montant estimé');
	// The date of the last check is on the table and in the summary.
	await expect(page.locator('#rmmmg').getByTestId('checked-until')).toContainText(
		"Vérifié jusqu'au 01/04/2026"
	);
	await expect(page.getByRole('navigation', { name: 'Sommaire des tables' })).toContainText(
		"vérifié jusqu'au 01/04/2026"
	);
});

test('a rule page opens from the list, explains the rule and links to its calculator', async ({
	page
}) => {
	await page.goto('/regles');
	await page.locator('#regles-expliquees').getByRole('link', { name: "Stage d'insertion" }).click();
	await expect(page).toHaveURL(/\/regles\/stage-insertion/);
	await expect(
		page.getByRole('heading', { level: 1, name: "Stage d'insertion : la règle expliquée" })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Le calcul pas à pas' })).toBeVisible();
	// Fiche 12, example 1: 304 days from 01/09/2015 to 30/06/2016 − 43 Sundays = 261; 310 − 261 = 49, not the printed 50.
	await expect(page.getByRole('region', { name: 'Pièges du texte de 2017' })).toContainText(
		'49 jours restants, pas 50'
	);
	await expect(
		page.getByRole('link', {
			name: "Stage d'insertion professionnelle après une formation en alternance"
		})
	).toHaveAttribute('href', /\/regles#insertion-regime$/);
	await page.getByRole('link', { name: "Calculer le stage d'insertion" }).click();
	await expect(page).toHaveURL(/\/stage-insertion(#|$)/);
});

test('the comparison shows the level A rétribution at two dates with its explanation', async ({
	page
}) => {
	await page.goto('/regles/comparer');
	await page.getByLabel('Première date').fill('01/06/2016');
	await page.getByLabel('Seconde date').fill('01/03/2025');
	const levelA = page.getByTestId('compare-level-A').getByRole('cell');
	// 01/06/2016: RMMMG 1 531,93 € × 17 % = 260,4281 → 260,43 €.
	await expect(levelA.nth(0)).toContainText('260,43 € par mois');
	// 01/03/2025: RMMMG 2 111,89 € (since 01/02/2025) × 17 % = 359,0213 → 359,02 €.
	await expect(levelA.nth(1)).toContainText('359,02 € par mois');
	await levelA.nth(0).getByText('voir le détail').click();
	await expect(levelA.nth(0)).toContainText('RMMMG en vigueur le 01/06/2016');
	await expect(levelA.nth(0)).toContainText('Chiffres en vigueur le 01/06/2016.');
});

test('a wrong date is named next to its field, and a date before the figures empties only its own cells', async ({
	page
}) => {
	await page.goto('/regles/comparer');
	const first = page.getByLabel('Première date');
	// Until the person picks dates: the contract start and one year later.
	await expect(first).toHaveValue('01/09/2025');
	await expect(page.getByLabel('Seconde date')).toHaveValue('01/09/2026');
	await expectRefusedUntilFixed(
		first,
		page.locator('#compare-first-error'),
		{ wrong: '31/02/2026', fixed: '01/01/2010' },
		'Première date : écrivez une date qui existe, au format JJ/MM/AAAA (par exemple 31/12/2026).'
	);
	const levelA = page.getByTestId('compare-level-A').getByRole('cell');
	await expect(levelA.nth(0)).toContainText('Calcul impossible');
	await expect(levelA.nth(0)).toContainText('Aucune valeur');
	// The second date keeps its result.
	await expect(levelA.nth(1)).toContainText('€ par mois');
});

test('the rules page and a rule page pass an axe scan', async ({ page }) => {
	await page.goto('/regles');
	expect(await accessibilityViolations(page)).toEqual([]);
	await page.goto('/regles/contrat');
	expect(await accessibilityViolations(page)).toEqual([]);
});
