import { SUBFOLDER_URL } from '../playwright.config';
import { address, expect, test } from './fixtures';
import { PAGES } from './pages';

// The site is served as Netlify or Cloudflare Pages serve it: every header of build/_headers applies on
// top of the pages' own meta policy, so a script the header policy does not allow would never run.
test('every page gets the generated header policy, hydrates and computes under it', async ({
	page
}) => {
	test.slow();
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI}`
			)
		);
	});
	for (const { path, result } of PAGES) {
		const response = await page.goto(path);
		const policy = response!.headers()['content-security-policy'] ?? '';
		expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(policy, path).toContain("frame-ancestors 'none'");
		expect(policy, path).not.toContain('unsafe-eval');
		expect(response!.headers()['x-frame-options'], path).toBe('DENY');
		await expect(page.locator(result).first(), path).toBeVisible();
	}
	expect(violations).toEqual([]);
});

test.describe('under a subfolder (BASE_PATH=/outils/alternance)', () => {
	test.use({ baseURL: `${SUBFOLDER_URL}/` });

	test('the pages, links, share link, import and offline all work under the prefix', async ({
		page,
		browser,
		context
	}) => {
		test.slow();
		const missing: string[] = [];
		page.on(
			'response',
			(response) =>
				response.status() >= 400 && missing.push(`${response.status()} ${response.url()}`)
		);
		await page.goto(`${SUBFOLDER_URL}/`);
		await expect(page.getByTestId('retribution-amount')).toBeVisible();
		await page.getByLabel('Date de naissance').fill('14/03/2009');

		// Navigation keeps the prefix and the scenario.
		await page
			.getByRole('navigation', { name: 'Calculateurs' })
			.getByRole('link', { name: 'Contrat', exact: true })
			.click();
		await expect(page).toHaveURL(new RegExp(`^${SUBFOLDER_URL}/contrat#s=`));
		await expect(page.getByLabel('Date de naissance')).toHaveValue('14/03/2009');
		await page
			.getByRole('navigation', { name: 'Calculateurs' })
			.getByRole('link', { name: 'Rétribution', exact: true })
			.click();
		await expect(page.getByTestId('contract-total')).toContainText('€');
		await page
			.getByRole('navigation', { name: 'Calculateurs' })
			.getByRole('link', { name: 'Règles et sources' })
			.click();
		await expect(page.locator('main table').first()).toBeVisible();
		await page.goto(`${SUBFOLDER_URL}/regles/retribution`);
		await page.getByRole('link', { name: 'Règles et sources' }).first().click();
		await expect(page).toHaveURL(`${SUBFOLDER_URL}/regles`);

		// The web manifest and its icons resolve under the prefix.
		const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(manifestHref!, page.url());
		const manifest = await (await page.request.get(manifestUrl.href)).json();
		expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/outils/alternance/');
		for (const icon of manifest.icons)
			expect((await page.request.get(new URL(icon.src, manifestUrl).href)).status()).toBe(200);

		// A shared link opens the same scenario in a fresh browser.
		await page.goto(`${SUBFOLDER_URL}/contrat`);
		// The address carries the scenario once the app is ready; the typed date changes it.
		await expect(page).toHaveURL(/#./);
		const example = await address(page);
		await page.getByLabel('Date de naissance').fill('02/05/2009');
		await expect(page).not.toHaveURL(example);
		const shared = await address(page);
		const other = await browser.newContext();
		const copy = await other.newPage();
		await copy.goto(shared);
		await expect(copy.getByLabel('Date de naissance')).toHaveValue('02/05/2009');
		await other.close();

		// An exported file imports back under the prefix.
		await page.goto(`${SUBFOLDER_URL}/`);
		const file = {
			format: 'calculs-alternance/scenarios',
			exportedAt: '2026-11-27T10:00:00.000Z',
			records: [],
			unreadable: []
		};
		await page.getByLabel('Importer un fichier').setInputFiles({
			name: 'vide.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file))
		});
		await expect(page.getByText('Le fichier ne contient aucun scénario.')).toBeVisible();

		// The worker lives under the prefix and serves the pages offline.
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(`${SUBFOLDER_URL}/`);
		await page.reload();
		await context.setOffline(true);
		await page.goto(`${SUBFOLDER_URL}/vacances`);
		await expect(page.locator('main .explanation').first()).toBeVisible();
		await context.setOffline(false);
		expect(missing).toEqual([]);
	});
});
