import { expect, test } from './fixtures';
import { PAGES } from './pages';

// Machines are noisy: the figures are printed, and only a gross regression fails.
const GROSS_REGRESSION_MS = 3000;

test('every page paints and shows its result quickly on a 4× slower CPU', async ({ page }) => {
	const client = await page.context().newCDPSession(page);
	await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// The first navigation of a fresh browser also pays for its own start-up: warm it on a page without JavaScript.
	await page.goto('/regles');
	const rows: string[] = [];
	for (const { path, result } of PAGES) {
		const started = Date.now();
		await page.goto(path, { waitUntil: 'commit' });
		await page.locator(result).first().waitFor({ state: 'visible' });
		const resultMs = Date.now() - started;
		const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
		rows.push(`${path.padEnd(26)} first contentful paint ${fcp.toFixed(0).padStart(5)} ms   result shown ${String(resultMs).padStart(5)} ms`);
		expect(fcp).toBeLessThan(GROSS_REGRESSION_MS);
		expect(resultMs).toBeLessThan(GROSS_REGRESSION_MS);
	}
	console.log(`CPU throttled 4×:\n${rows.join('\n')}`);
});
