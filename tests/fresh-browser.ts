import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

/** Runs the steps on a page of a new browser context, closed afterwards even when a step fails: a visitor who shares nothing with the test's page. */
export async function inFreshBrowser(
	browser: Browser,
	options: BrowserContextOptions,
	steps: (page: Page) => Promise<void>
): Promise<void> {
	const context = await browser.newContext(options);
	try {
		await steps(await context.newPage());
	} finally {
		await context.close();
	}
}
