import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { drawnPixels, expect, test } from './fixtures';

// Two releases of the site (`npm run build:variants` builds the second, every asset renamed):
// a tab opened on the first keeps working after the second is deployed in its place.
const FIRST = resolve('build');
const SECOND = resolve('build-next');

const immutableFiles = (root: string) =>
	readdirSync(resolve(root, '_app/immutable'), { recursive: true, encoding: 'utf8' });

test('an open tab keeps computing after a new release replaces the files it was built with', async ({
	page,
	context
}) => {
	test.slow();
	const oldFiles = new Set(immutableFiles(FIRST));
	expect(
		immutableFiles(SECOND).filter((file) => oldFiles.has(file) && file.endsWith('.js')),
		'the second release renames every script'
	).toEqual([]);

	const { url, server, site } = await serve({ root: FIRST, httpCache: false });
	try {
		const failures: string[] = [];
		page.on(
			'response',
			(response) =>
				response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`)
		);
		page.on('pageerror', (error) => failures.push(error.message));

		await page.goto(`${url}/retribution`);
		// The worker registers once the page is idle, then takes control and caches the release.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const firstCaches = await page.evaluate(() => caches.keys());
		expect(firstCaches).toHaveLength(1);

		site.root = SECOND;
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(
			page.getByText('Une nouvelle version de Calculs Alternance est disponible')
		).toBeVisible();
		await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
		// The first release's files are still cached while this tab runs it.
		expect(await page.evaluate(() => caches.keys())).toEqual(
			expect.arrayContaining([...firstCaches, 'calculs-alternance-next'])
		);

		// The chart loads chart.js only now: a file the host no longer serves.
		const chartRequests: string[] = [];
		page.on(
			'request',
			(request) => request.url().includes('/_app/immutable/') && chartRequests.push(request.url())
		);
		await page.getByRole('button', { name: 'Afficher le graphique' }).click();
		await expect.poll(() => drawnPixels(page), 'the chart is drawn').toBeGreaterThan(1000);
		expect(chartRequests.length, 'the chart loads its code lazily').toBeGreaterThan(0);
		for (const request of chartRequests) {
			expect((await fetch(request)).status, `${request} is gone from the host`).toBe(404);
		}
		await page.getByLabel('Fin du contrat').fill('30/06/2027');
		await expect(page.locator('main .explanation').first()).toBeVisible();
		expect(failures).toEqual([]);

		// Reloading runs the new release; the old files are dropped once no tab uses them.
		await page.reload();
		await expect(
			page.getByText('Une nouvelle version de Calculs Alternance est disponible')
		).toHaveCount(0);
		await expect(page.locator('main .explanation').first()).toBeVisible();
		await expect
			.poll(() => page.evaluate(() => caches.keys()))
			.toEqual(['calculs-alternance-next']);

		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('main .explanation').first()).toBeVisible();
		await context.setOffline(false);
	} finally {
		server.close();
	}
});
