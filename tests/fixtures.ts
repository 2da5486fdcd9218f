/** Playwright with pages that are ready: navigation waits until the app has hydrated and read the URL. */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

async function untilReady(page: Page): Promise<void> {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

export const test = base.extend({
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (...args) => {
			const response = await goto(...args);
			await untilReady(page);
			return response;
		};
		page.reload = async (...args) => {
			const response = await reload(...args);
			await untilReady(page);
			return response;
		};
		await use(page);
	}
});

export { expect };
