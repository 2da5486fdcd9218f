import {
	accessibilityViolations,
	expect,
	isDrawn,
	scrolledToAndDrawn,
	settled,
	test
} from './fixtures';
import { PAGES } from './pages';
import { CALCULATORS } from '../src/lib/pages';

for (const { path, result } of PAGES) {
	test(`${path} shows its result, requests nothing from another host and has no accessibility violation`, async ({
		page,
		baseURL
	}) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// Any script or style the Content Security Policy blocks is a defect of the build.
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				(window as unknown as { cspViolations: string[] }).cspViolations ??= [];
				(window as unknown as { cspViolations: string[] }).cspViolations.push(
					`${event.violatedDirective} ${event.blockedURI}`
				);
			});
		});
		await page.goto(path);
		await expect(page.locator(result).first()).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		const violations = await accessibilityViolations(page);
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		expect(
			await page.evaluate(
				() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []
			)
		).toEqual([]);
		if (await page.locator('script').count()) {
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
				'content',
				/script-src 'self' 'sha256-[^']+'(?![^;]*unsafe)/
			);
		}
	});
}

test('every page is readable on a 320-px and a 360-px phone: no sideways scrolling, nothing cut at the edge of a section', async ({
	page
}) => {
	for (const width of [320, 360]) {
		await page.setViewportSize({ width, height: 740 });
		for (const { path } of PAGES) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
			// A section clips what sticks out of it (it is painted apart): a table scrolls in its own box instead.
			const cut = await page.evaluate(() =>
				[...document.querySelectorAll('.card')].flatMap((card) => {
					const box = card.getBoundingClientRect();
					return [...card.querySelectorAll('*')]
						.filter((element) => !element.parentElement?.closest('.table-wrap'))
						.filter((element) => {
							const { left, right, width } = element.getBoundingClientRect();
							return width > 0 && (right > box.right + 0.5 || left < box.left - 0.5);
						})
						.map((element) => element.textContent?.trim().slice(0, 40) ?? element.tagName);
				})
			);
			expect(cut, `${path} at ${width} px`).toEqual([]);
		}
	}
});

test('the site works offline after the first visit', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first load happened before the worker controlled the page: reload once under its control.
	await page.reload();
	await context.setOffline(true);
	await page.goto('/vacances');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await context.setOffline(false);
});

test('on a 360-px phone the menu shows every destination and the month table every column', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/retribution');
	for (const link of await page
		.getByRole('navigation', { name: 'Calculateurs' })
		.getByRole('link')
		.all()) {
		await expect(link).toBeInViewport();
	}
	const table = page.getByTestId('pay-months');
	await expect(table).toBeVisible();
	const cut = await table.evaluate(
		(element) =>
			element.getBoundingClientRect().right - element.parentElement!.getBoundingClientRect().right
	);
	expect(cut, 'the month table is wider than its box').toBeLessThanOrEqual(0);
	await expect(page.getByRole('region', { name: 'Rétribution de chaque mois' })).toHaveAttribute(
		'tabindex',
		'0'
	);
	// The answer first: the steps start folded on a phone, one tap away.
	const steps = page.locator('main .explanation details').first();
	await expect(steps).not.toHaveAttribute('open');
	await expect(steps.locator('ol')).toHaveCount(0);
	await steps.locator('summary').click();
	await expect(steps).toHaveAttribute('open');
	await expect(steps.locator('ol li').first()).toBeVisible();
});

test('a section out of sight is drawn once scrolled to, and always in print', async ({ page }) => {
	await page.goto('/retribution');
	const lastMonth = page.getByTestId('pay-months').locator('tbody tr').last();
	await expect(lastMonth).toContainText('06/2028');
	const drawn = () => isDrawn(lastMonth);
	// Far below the first screen, the month-by-month table is not drawn: a keystroke does not repaint it.
	await expect.poll(drawn).toBe(false);
	// Typed while out of sight, the amount is there once scrolled to: June 2028 whole, level C, at least 700,75 €.
	await page.getByLabel("Montant payé par l'employeur (facultatif)").fill('800');
	await scrolledToAndDrawn(lastMonth);
	await expect(lastMonth).toHaveText(/06\/2028\s*C\s*30\/30\s*700,75\s€\s*800,00\s€/);
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect.poll(drawn).toBe(false);
	await page.emulateMedia({ media: 'print' });
	await expect.poll(drawn).toBe(true);
});

test("in class mode each section of a calculator fills the projector's screen, those drawn after the answer too", async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	/** The headings of the page's sections, each with whether it is at least a screen high. */
	const sections = () =>
		page.evaluate(() =>
			[...document.querySelectorAll('main section.card, main form.card')]
				// The calendar sets two years side by side: they share a screen on purpose.
				.filter((card) => !card.closest('[data-testid="timeline"]'))
				.map(
					(card) =>
						`${card.querySelector('h2')?.textContent ?? card.getAttribute('aria-label')}: ${card.getBoundingClientRect().height >= innerHeight - 50}`
				)
		);
	for (const { path } of CALCULATORS) {
		await page.goto(`${path}#classe=1`);
		await expect(page.getByRole('button', { name: 'Mode classe' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.getByText(/^(Chargement :|Calcul…|Calcul du contrôle…)/)).toHaveCount(0);
		await settled(page);
		expect(
			(await sections()).filter((s) => s.endsWith('false')),
			path
		).toEqual([]);
	}
	// The pay page draws the sections below its answer from one file, each in a task of its own.
	await page.goto('/retribution#classe=1');
	await expect
		.poll(sections)
		.toEqual([
			'Données du contrat: true',
			'Montant mensuel à une date: true',
			'Premier et dernier mois: true',
			'Du brut au net, par année: true',
			'Paie mois par mois: true'
		]);
});

test('a keystroke redraws what is seen in its own frame, and a section out of sight just after', async ({
	page
}) => {
	await page.goto('/vacances');
	const paid = page.locator('section[aria-labelledby="paid-title"]');
	await expect(paid.getByTestId('paid-days')).toHaveCount(1);
	/**
	 * Types the full-time hours and reads, in the first frame after the keystroke (a frame callback asked
	 * for before it runs first), the answer and the paid-vacation section; then again once things settle.
	 */
	const type = (hours: string) =>
		page.evaluate(async (hours) => {
			const text = (selector: string) => document.querySelector(selector)!.textContent!;
			const read = () => ({
				answer: text('[data-testid="answer"]'),
				paid: text('section[aria-labelledby="paid-title"]')
			});
			const before = read();
			const inFrame = new Promise<ReturnType<typeof read>>((resolve) =>
				requestAnimationFrame(() => resolve(read()))
			);
			const input = document.querySelector<HTMLInputElement>('#fullTimeHoursPerWeek')!;
			input.value = hours;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			const frame = await inFrame;
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
			return { before, frame, after: read() };
		}, hours);

	// Below the first screen: its frame shows the new answer, the section follows in the next task.
	await expect(paid).not.toBeInViewport();
	const hidden = await type('20');
	expect(hidden.frame.answer).not.toBe(hidden.before.answer);
	expect(hidden.frame.paid).toBe(hidden.before.paid);
	expect(hidden.after.paid).not.toBe(hidden.before.paid);
	expect(hidden.after.paid).toContain('24 / 20');

	// On screen, the section changes in the keystroke's own frame.
	await paid.scrollIntoViewIfNeeded();
	await expect(paid).toBeInViewport();
	// The page learns that the section is seen at the next frame.
	await settled(page);
	const seen = await type('30');
	expect(seen.frame.paid).not.toBe(seen.before.paid);
	expect(seen.frame.paid).toContain('24 / 30');
	expect(seen.after.paid).toBe(seen.frame.paid);
});
