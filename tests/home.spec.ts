import { expect, test } from './fixtures';

test('the home page computes a live rétribution in the browser', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Calculs Alternance' })).toBeVisible();
	await page.getByLabel('Niveau').selectOption('B');
	await page.getByLabel('Date', { exact: true }).fill('2016-06-01');
	// Vade-Mecum §4.6: level B = 24 % of 1 531,93 € = 367,66 €.
	await expect(page.getByTestId('retribution-amount')).toHaveText(/367,66\s€ par mois/);
	await expect(page.getByText('RMMMG en vigueur le 01/06/2016')).toBeVisible();
});

test('the home page names the field of a date outside the known figures', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Date', { exact: true }).fill('2010-01-01');
	await expect(page.getByRole('alert')).toContainText('Aucune valeur');
});
