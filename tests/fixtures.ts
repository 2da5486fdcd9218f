/** Playwright with pages that are ready: navigation waits until the app has hydrated and read the URL. */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A page with the app is ready once hydrated; a page without it (only the start-up script of app.html) is ready as served. */
async function untilReady(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			document.documentElement.hasAttribute('data-ready') ||
			[...document.scripts].every((script) => script.id === 'linked-scenario')
	);
}

/**
 * Waits until the app has written the last change to the address (and the links): it does so just after
 * the frame that paints the change's answer, so a frame then a task later it is there.
 */
export async function settled(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
	);
}

/** The page's address with the last change written to it: the link a person would copy. */
export async function address(page: Page): Promise<string> {
	await settled(page);
	return page.evaluate(() => location.href);
}

/** Whether the browser draws an element now: a section out of sight (content-visibility: auto) is skipped. */
export function isDrawn(element: Locator): Promise<boolean> {
	return element.evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
}

/** Scrolls to an element and waits until the browser draws it. */
export async function scrolledToAndDrawn(element: Locator): Promise<void> {
	await element.scrollIntoViewIfNeeded();
	await expect.poll(() => isDrawn(element)).toBe(true);
}

/** Selects a field's text and types over it key by key, as a person does (`fill` types it all at once). */
export async function typeOver(field: Locator, text: string): Promise<void> {
	await field.selectText();
	await field.pressSequentially(text);
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
			// A reload reopens the address: first let the last change reach it, as a person's reload would.
			await settled(page);
			const response = await reload(...args);
			await untilReady(page);
			return response;
		};
		await use(page);
	}
});

export { expect };

/** Every axe violation of the page as « rule: targets »; a scan takes long on a loaded machine, so the test gets more time. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	test.slow();
	const scan = await new AxeBuilder({ page }).analyze();
	return scan.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** How many pixels of the page's first canvas are not transparent: a chart that failed to draw has none. */
export async function drawnPixels(page: Page): Promise<number> {
	return page
		.locator('canvas')
		.first()
		.evaluate((canvas: HTMLCanvasElement) => {
			const context = canvas.getContext('2d');
			if (!context || canvas.width === 0 || canvas.height === 0) return 0;
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			let drawn = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
			return drawn;
		});
}
