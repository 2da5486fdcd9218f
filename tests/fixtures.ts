/** Playwright with pages that are ready: navigation waits until the app has hydrated and read the URL. */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** A page with JavaScript is ready once hydrated; a page without any script is ready as served. */
async function untilReady(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready') || document.scripts.length === 0);
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
