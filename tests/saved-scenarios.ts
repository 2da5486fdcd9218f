import { expect, type Locator, type Page } from '@playwright/test';

/** The scenario bar's message (saved, kept for this session only, link copied): a calculator has statuses of its own. */
export const scenarioStatus = (page: Page): Locator =>
	page.getByRole('region', { name: 'Scénario en cours' }).getByRole('status');

/** Names the scenario on the calculator in view, saves it and waits until the device holds it: a page left earlier may lose the write. */
export async function saveScenarioAs(page: Page, name: string): Promise<void> {
	await page.getByLabel('Scénario', { exact: true }).fill(name);
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(scenarioStatus(page)).toContainText(`« ${name} » est enregistré sur cet appareil`);
}

/** Opens the pay calculator, waits until the app has hydrated and saves its scenario under this name. */
export async function saveOnPayPage(page: Page, name: string): Promise<void> {
	await page.goto('/retribution');
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
	await saveScenarioAs(page, name);
}
