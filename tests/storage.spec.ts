import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { saveOnPayPage, scenarioStatus } from './saved-scenarios';

/** Writes a raw value into the app's IndexedDB store, as a damaged or foreign record would be. */
async function putRaw(
	page: import('@playwright/test').Page,
	id: string,
	value: unknown
): Promise<void> {
	await page.evaluate(
		([key, raw]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('calculs-alternance');
				open.onupgradeneeded = () => open.result.createObjectStore('scenarios');
				open.onsuccess = () => {
					const tx = open.result.transaction('scenarios', 'readwrite');
					tx.objectStore('scenarios').put(raw, key as string);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		[id, value] as const
	);
}

test('a damaged record is reported, kept, and exported with the others', async ({ page }) => {
	await page.goto('/');
	await putRaw(page, 'damaged', { version: 99, scenario: 'plus tard' });
	await page.reload();
	const alert = page.getByRole('alert').filter({ hasText: 'ne peut pas être lu' });
	await expect(alert).toContainText('Version de schéma inconnue');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter tout (JSON)' }).click();
	const file = JSON.parse(
		(await readFile((await (await download).path())!, 'utf8')).replace(/^\ufeff/, '')
	);
	expect(file.unreadable).toEqual([{ id: 'damaged', raw: { version: 99, scenario: 'plus tard' } }]);
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: 'ne peut pas être lu' })).toBeVisible();
});

test('a full disk keeps what is in memory and says nothing more will be kept', async ({ page }) => {
	await saveOnPayPage(page, 'Avant le disque plein');
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('Le disque est plein', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Scénario', { exact: true }).fill('Après le disque plein');
	await page.getByRole('button', { name: 'Enregistrer une copie' }).click();
	await expect(scenarioStatus(page)).toContainText('pour cette session seulement');
	await expect(page.getByRole('alert').first()).toContainText('ne peuvent pas être enregistrés');
	await page.getByRole('link', { name: 'Calculs Alternance' }).click();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Avant le disque plein' })
	).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Après le disque plein' })
	).toBeVisible();
});

test('a scenario saved in another tab shows up when this tab is focused again', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByText('Aucun scénario enregistré')).toBeVisible();
	const other = await context.newPage();
	await saveOnPayPage(other, "Depuis l'autre onglet");
	await page.evaluate(() => window.dispatchEvent(new Event('focus')));
	await expect(
		page.getByRole('listitem').filter({ hasText: "Depuis l'autre onglet" })
	).toBeVisible();
});

test('a store closed under the app (site data cleared) keeps the app computing and what it had', async ({
	page
}) => {
	await saveOnPayPage(page, 'Gardé');
	await page.evaluate(() => {
		IDBDatabase.prototype.transaction = () => {
			throw new DOMException('The database connection is closing.', 'InvalidStateError');
		};
	});
	await page.getByLabel('Fin du contrat').fill('30/06/2027');
	await expect(page.getByTestId('contract-total')).toContainText('€');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(scenarioStatus(page)).toContainText('pour cette session seulement');
	await page.getByRole('link', { name: 'Calculs Alternance' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Gardé' })).toHaveCount(1);
});

test('two tabs saving the same scenario: the last save wins and the record stays readable', async ({
	page,
	context
}) => {
	await saveOnPayPage(page, 'Commun');
	const other = await context.newPage();
	await other.goto('/');
	await other.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
	await other
		.getByRole('listitem')
		.filter({ hasText: 'Commun' })
		.getByRole('button', { name: 'Ouvrir' })
		.click();
	await other.getByRole('navigation').getByRole('link', { name: 'Rétribution' }).click();
	await other.getByLabel('Fin du contrat').fill('30/06/2027');
	await other.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(scenarioStatus(other)).toContainText('est enregistré');
	await page.getByLabel('Fin du contrat').fill('30/06/2029');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(scenarioStatus(page)).toContainText('est enregistré');
	await other.goto('/');
	const saved = other.getByRole('listitem').filter({ hasText: 'Commun' });
	await expect(saved).toHaveCount(1);
	await saved.getByRole('button', { name: 'Ouvrir' }).click();
	await other.getByRole('navigation').getByRole('link', { name: 'Rétribution' }).click();
	await expect(other.getByLabel('Fin du contrat')).toHaveValue('30/06/2029');
	await expect(other.getByRole('alert').filter({ hasText: 'ne peut pas être lu' })).toHaveCount(0);
});
