import { address, expect, test } from './fixtures';

test('the dossier shows every result of the default scenario with its explanation', async ({
	page
}) => {
	await page.goto('/dossier');
	// Level A on 01/09/2025: 2 111,89 € × 17 % = 359,0213 → 359,02 €.
	await expect(page.getByTestId('dossier-retribution')).toHaveText(
		/359,02\s€ par mois \(niveau A\)/
	);
	// Born 15/03/2009, signing 25/08/2025 at 16: may sign; 26 in 2035, so until 31/12/2035.
	await expect(page.getByTestId('dossier-eligibility')).toHaveText(
		"Peut signer ; formation possible jusqu'au 31/12/2035"
	);
	// Trial: one month from 01/09/2025, to 30/09/2025 included.
	await expect(page.getByTestId('dossier-trial')).toHaveText("Jusqu'au 30/09/2025 inclus");
	// Ouvrier, company Monday to Wednesday: paid days 0 + 4 + 14 + 14 = 32 (2025 to 2028), European days 4 + 14 + 6 + 6 = 30.
	await expect(page.getByTestId('dossier-vacation')).toHaveText(
		/^32 jours payés, 30 jours européens, pécule \d/
	);
	// 2026: 54 days worked in 2025 → 4 paid days, 14 European days; pay 15,38 % × 108 % × 1 436,08 € = 238,54 €.
	await expect(page.getByTestId('dossier-vacation-table').locator('tbody tr').nth(1)).toContainText(
		/2026\s*54 jours\s*4 jours\s*14 jours\s*20 jours\s*238,54\s€/
	);
	// The notice example: two months after the start, Saturday 01/11/2025, after the trial: 14 days from the next day.
	await expect(page.getByTestId('dossier-notice')).toHaveText(
		"Remis le 01/11/2025 (date d'exemple) : 14 jours, jusqu'au 15/11/2025"
	);
	for (const id of [
		'schedule',
		'insertion',
		'work-schedule',
		'family-allowance',
		'guaranteed-pay'
	]) {
		await expect(page.getByTestId(`dossier-${id}`)).toBeVisible();
	}
	await expect(page.getByRole('region', { name: "Explication : Période d'essai" })).toContainText(
		'Sources'
	);
});

test('a bad field in the scenario shows its message in its own section only', async ({ page }) => {
	await page.goto('/retribution');
	await page.getByLabel('Fin du contrat').fill('01/01/2025');
	await page.getByRole('navigation').getByRole('link', { name: 'Dossier' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Fin du contrat' }).first()).toBeVisible();
	await expect(page.getByTestId('dossier-eligibility')).toBeVisible();
});

test('the dossier prints the month table and the schedule violations, and prints cleanly', async ({
	page
}) => {
	await page.goto('/horaires');
	// Monday until 21:00 for a 16-year-old: night work every Monday of the four weeks the dossier checks.
	await page.getByLabel('Lundi, plage 2, Fin', { exact: true }).fill('21:00');
	// A printout names its scenario by its link: the one with what was just typed.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	const printedLink = page.locator('footer .print-only');
	await expect(printedLink).toContainText(`scénario : ${await address(page)}`);
	await expect(printedLink).toContainText('#s=');
	await page
		.getByRole('navigation', { name: 'Calculateurs' })
		.getByRole('link', { name: 'Dossier' })
		.click();
	// 09/2025 to 06/2028: 34 months, the first at level A, 359,02 €.
	const months = page.getByTestId('dossier-schedule-table');
	await expect(months.locator('tbody tr')).toHaveCount(34);
	await expect(months.locator('tbody tr').first()).toContainText(
		/09\/2025\s*A\s*30\/30\s*359,02\s€\s*359,02\s€/
	);
	const violations = page.getByTestId('dossier-work-schedule-table');
	await expect(violations).toContainText('Travail de nuit le 01/09/2025 (13:00–21:00)');
	await page.emulateMedia({ media: 'print' });
	// Printed, the table shows every column: nothing is cut at the right edge of the page.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(page.getByRole('navigation', { name: 'Calculateurs' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
