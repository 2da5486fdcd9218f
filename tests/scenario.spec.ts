import { address, expect, test } from './fixtures';
import { inFreshBrowser } from './fresh-browser';
import { saveOnPayPage, saveScenarioAs, scenarioStatus } from './saved-scenarios';

test('a saved scenario is back after a reload and opens in the calculators', async ({ page }) => {
	await page.goto('/retribution');
	await page.getByLabel('Fin du contrat').fill('30/06/2027');
	await saveScenarioAs(page, 'Contrat de Zoé');

	await page.goto('/');
	await page.reload();
	const item = page.getByRole('listitem').filter({ hasText: 'Contrat de Zoé' });
	await expect(item).toBeVisible();
	await item.getByRole('button', { name: 'Ouvrir' }).click();
	await page.getByRole('navigation').getByRole('link', { name: 'Rétribution' }).click();
	await expect(page.getByLabel('Fin du contrat')).toHaveValue('30/06/2027');
});

test('a shared link gives the same results in a new browser', async ({ page, browser }) => {
	await page.goto('/retribution');
	await page.getByLabel('Début du contrat').fill('15/01/2026');
	// The month table is out of sight: its total is read once it shows the new first month.
	await expect(page.getByTestId('pay-months').locator('tbody tr').first()).toContainText('01/2026');
	const total = await page.getByTestId('contract-total').textContent();
	await expect(page).toHaveURL(/#s=/);

	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByLabel('Début du contrat')).toHaveValue('15/01/2026');
		await expect(copy.getByTestId('contract-total')).toHaveText(total!);
	});
});

test('a tampered link says so and shows the defaults', async ({ page }) => {
	await page.goto('/retribution#s=eyJiaXJ0aERhdGUiOi');
	await expect(page.getByRole('alert').first()).toContainText(
		'Le lien partagé est incomplet ou modifié'
	);
	await expect(page.getByLabel('Début du contrat')).toHaveValue('01/09/2025');
});

test('an import of a bad file is refused with a message and nothing saved is lost', async ({
	page
}) => {
	await saveOnPayPage(page, 'Déjà là');
	await page.goto('/');
	await page.getByLabel('Importer un fichier').setInputFiles({
		name: 'mauvais.json',
		mimeType: 'application/json',
		buffer: Buffer.from("ceci n'est pas du JSON")
	});
	await expect(
		page.getByText("Fichier refusé : ce n'est pas un fichier JSON valide.")
	).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Déjà là' })).toBeVisible();
});

test('with IndexedDB blocked the app still computes and says nothing will be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
	await page.goto('/retribution');
	await expect(page.getByRole('alert').first()).toContainText(
		'ne peuvent pas être enregistrés sur cet appareil'
	);
	await expect(page.getByTestId('contract-total')).toContainText('€');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(scenarioStatus(page)).toContainText('pour cette session seulement');
});

test('a field entered once on the home page is reused by every calculator', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Date de naissance').fill('01/02/2008');
	await page.getByLabel('Prénom (facultatif)').fill('Zoé <b>');
	await expect(page.getByLabel('Prénom (facultatif)')).toHaveValue('Zoé b');
	await page.getByRole('navigation').getByRole('link', { name: 'Contrat' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByLabel('Date de naissance')).toHaveValue('01/02/2008');
	await page.getByRole('navigation').getByRole('link', { name: 'Dossier' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier Zoé b');
});

test('a file imported twice adds nothing the second time, and a foreign JSON file is named as such', async ({
	page
}) => {
	await saveOnPayPage(page, 'Contrat de Léa');
	await page.goto('/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter tout (JSON)' }).click();
	await page.getByLabel('Importer un fichier').setInputFiles((await (await download).path())!);
	await expect(
		page.getByText('Ce scénario était déjà enregistré : « Contrat de Léa ».')
	).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Contrat de Léa' })).toHaveCount(1);

	await page.getByLabel('Importer un fichier').setInputFiles({
		name: 'autre.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"name": "Zoé"}')
	});
	await expect(page.getByText("ce n'est pas un export de Calculs Alternance")).toBeVisible();
	await expect(page.getByText(/undefined|version plus récente/)).toHaveCount(0);
});

test('« Copier le lien » right after typing copies the link of what was typed', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/retribution');
	await page.getByLabel('Début du contrat').fill('15/01/2026');
	await page.getByLabel('Fin du contrat').fill('14/01/2028');
	await page.getByRole('button', { name: 'Copier le lien' }).click();
	await expect(scenarioStatus(page)).toHaveText(
		'Le lien du scénario est copié : collez-le pour le partager.'
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await address(page));
	await expect(page.getByTestId('pay-months').locator('tbody tr').last()).toContainText('01/2028');
	const total = await page.getByTestId('contract-total').textContent();

	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(copied);
		await expect(copy.getByLabel('Début du contrat')).toHaveValue('15/01/2026');
		await expect(copy.getByLabel('Fin du contrat')).toHaveValue('14/01/2028');
		await expect(copy.getByTestId('contract-total')).toHaveText(total!);
	});
});
