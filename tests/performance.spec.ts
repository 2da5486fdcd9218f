import { expect, test } from './fixtures';
import { PAGES } from './pages';

// Speed is measured by `npm run bench` and the performance script; this test proves that a slow
// phone still gets every answer (no race between hydration and the rules loading after it).
test('every page shows its result on a 4× slower CPU', async ({ page }) => {
	test.slow();
	const client = await page.context().newCDPSession(page);
	await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	for (const { path, result } of PAGES) {
		await page.goto(path);
		await expect(page.locator(result).first(), path).toBeVisible();
		await expect(page.getByText(/pas pu être chargé/)).toHaveCount(0);
	}
});
