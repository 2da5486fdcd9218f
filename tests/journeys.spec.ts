import { drawnPixels, expect, test } from './fixtures';

const menu = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('navigation', { name: 'Calculateurs' }).getByRole('link', { name, exact: true });

test('an apprentice leaves the example, types their own contract, and every page follows it', async ({ page, browser }) => {
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));

	await page.goto('/');
	await expect(page.getByTestId('example-banner')).toContainText('Exemple : Apprenti IFAPME, trois ans');
	await page.getByRole('button', { name: 'Saisir ma situation' }).click();
	await expect(page.getByLabel('Date de naissance')).toBeFocused();
	await page.getByLabel('Date de naissance').fill('14/03/2010');
	await page.getByLabel('Date de signature').fill('25/08/2026');
	await page.getByLabel('Début du contrat').fill('01/09/2026');
	await page.getByLabel('Fin du contrat').fill('30/06/2029');
	await expect(page.getByTestId('example-banner')).toHaveCount(0);

	await menu(page, 'Rétribution').click();
	// The levels follow the contract: A from its start, B and C on its first two anniversaries.
	await expect(page.getByTestId('levels-default')).toContainText('A dès le 01/09/2026, B dès le 01/09/2027, C dès le 01/09/2028');
	await expect(page.getByTestId('levels-default')).toContainText('décision du référent');
	// September 2026 is the first month, at level A: RMMMG 2 189,83 € (estimated, from April 2026) × 17 % = 372,2711 → 372,27 €.
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('01/09/2026');
	await expect(page.getByTestId('monthly-amount')).toHaveText('372,27 € par mois');
	// On 15 October 2027 the second year runs at level B: 2 189,83 × 24 % = 525,5592 → 525,56 €.
	await page.getByLabel('Date', { exact: true }).fill('15/10/2027');
	await expect(page.getByTestId('monthly-amount')).toHaveText('525,56 € par mois');
	await page.getByLabel('Scénario', { exact: true }).fill('Contrat de Zoé');

	// The chart draws.
	await page.getByRole('button', { name: 'Afficher le graphique' }).click();
	await expect.poll(() => drawnPixels(page)).toBeGreaterThan(1000);

	// A reload and a fresh browser keep the date picked and the title.
	await page.reload();
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('15/10/2027');
	const other = await browser.newContext();
	const copy = await other.newPage();
	await copy.goto(page.url());
	await expect(copy.getByLabel('Scénario', { exact: true })).toHaveValue('Contrat de Zoé');
	await expect(copy.getByTestId('monthly-amount')).toHaveText('525,56 € par mois');
	await expect(copy.getByTestId('example-banner')).toHaveCount(0);
	await other.close();

	// Vacations follow the same contract and the grid (Monday to Wednesday, 8 h): 2026 from Tuesday 01/09 to Thursday 31/12 is
	// 17 weeks × 3 days + Tuesday 29 and Wednesday 30/12 = 53 days; (53 × 5 / 3) × 24 / 38 = 55,79 → 56 → row 48–63 → 4 days in 2027.
	await menu(page, 'Vacances').click();
	await expect(page.getByTestId('answer')).toContainText('Premières vacances payées en 2027 : 4 jours (régime ouvrier), d\'après le travail de 2026.');
	await expect(page.getByTestId('answer')).toContainText('Sur tout le contrat (2026–2029)');
	await expect(page.getByTestId('vacation-years').locator('tbody th')).toHaveText(['2026', '2027', '2028', '2029']);

	// The stage d'insertion after a successful contract: a request on 15/07/2029, at 19, under the 2026 rules (156 days);
	// the contract's days from 01/09/2026 to 30/06/2029, Sundays left out, are far more than 156: nothing is left.
	await menu(page, 'Stage d\'insertion').click();
	// Until a date is typed, the request is the day after the contract ends, and the answer says so.
	await expect(page.getByTestId('answer')).toContainText('Pour une demande le 01/07/2029 (date proposée : le lendemain de la fin du contrat)');
	await page.getByLabel('Date de la demande d\'allocations').fill('15/07/2029');
	await expect(page.getByTestId('age')).toContainText('19 ans');
	await expect(page.getByTestId('answer')).toHaveText('Pour une demande le 15/07/2029 : 0 jour de stage d\'insertion à faire.');

	// After a reload, and from the link in a fresh browser, the vacations are still this contract's and the request date is kept.
	await page.reload();
	await expect(page.getByLabel('Date de la demande d\'allocations')).toHaveValue('15/07/2029');
	await menu(page, 'Vacances').click();
	const fresh = await browser.newContext();
	const vacations = await fresh.newPage();
	await vacations.goto(page.url());
	await expect(vacations.getByTestId('answer')).toContainText('Premières vacances payées en 2027 : 4 jours (régime ouvrier)');
	await expect(vacations.getByTestId('vacation-year-2027').getByRole('cell')).toHaveText(['53', '4', /^\d+$/, '20', /€$/]);
	await expect(vacations.getByTestId('example-banner')).toHaveCount(0);
	await fresh.close();
	expect(errors).toEqual([]);
});

test('an avenant dated before the contract is refused next to that level', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Début du contrat').fill('01/09/2026');
	await page.getByLabel('Fin du contrat').fill('30/06/2028');
	await menu(page, 'Rétribution').click();
	await page.getByRole('button', { name: 'Saisir les dates des avenants' }).click();
	await page.locator('#levels-0-from').fill('01/09/2025');
	await expect(page.getByText('Niveau n° 1 (A dès le 01/09/2025) : il commence avant le début du contrat (01/09/2026).')).toBeVisible();
	await page.getByRole('button', { name: 'Revenir aux niveaux habituels' }).click();
	await expect(page.getByTestId('levels-default')).toContainText('A dès le 01/09/2026, B dès le 01/09/2027');
});

test('a trainer opens an example on the page it illustrates, and its link opens it elsewhere', async ({ page, browser }) => {
	await page.goto('/');
	const item = page.getByRole('listitem').filter({ hasText: 'Horeca, 17 ans' });
	await item.getByRole('button', { name: 'Ouvrir' }).click();
	await expect(page).toHaveURL(/\/horaires#s=/);
	await expect(page.getByTestId('example-banner')).toContainText('Exemple : Horeca, 17 ans');
	// Born on 1 June 2008: 17 from 1 June 2025, so 17 over the four weeks from 1 September 2025.
	await expect(page.getByText('17 ans pendant toute la période')).toBeVisible();
	// Class mode for the projector: large type, and the link keeps it.
	const size = () => page.getByRole('heading', { level: 1 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	const before = await size();
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.getByRole('button', { name: 'Mode classe' }).click();
	await expect(page.getByRole('button', { name: 'Mode classe' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/&classe=1$/);
	expect(await size()).toBeGreaterThan(before * 1.3);
	const other = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const copy = await other.newPage();
	await copy.goto(page.url());
	await expect(copy.getByTestId('example-banner')).toContainText('Exemple : Horeca, 17 ans');
	await expect(copy.getByRole('button', { name: 'Mode classe' })).toHaveAttribute('aria-pressed', 'true');
	await expect(copy.getByText('17 ans pendant toute la période')).toBeVisible();
	await other.close();
});
