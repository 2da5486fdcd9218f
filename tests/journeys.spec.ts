import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
	address,
	drawnPixels,
	expect,
	isDrawn,
	scrolledToAndDrawn,
	test,
	typeOver
} from './fixtures';
import { inFreshBrowser } from './fresh-browser';
import { saveScenarioAs, scenarioStatus } from './saved-scenarios';

/** Opens a page from the menu and waits until the router shows it, so a reload or the page's address that follows is this page's. */
async function openFromMenu(page: Page, name: string): Promise<void> {
	const link = page
		.getByRole('navigation', { name: 'Calculateurs' })
		.getByRole('link', { name, exact: true });
	await link.click();
	await expect(link).toHaveAttribute('aria-current', 'page');
}

/** The dates a person types on the home page's form, as they would write them (JJ/MM/AAAA); null leaves the example's. */
type OwnDates = [born: string, signed: string | null, start: string, end: string];
const DATE_LABELS = [
	'Date de naissance',
	'Date de signature',
	'Début du contrat',
	'Fin du contrat'
];

/** A first visit that leaves the home page's example for the person's own dates; returns the page's script errors from then on. */
async function ownSituation(page: Page, dates: OwnDates): Promise<string[]> {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await page.getByRole('button', { name: 'Saisir ma situation' }).click();
	for (const [i, text] of dates.entries())
		if (text) await typeOver(page.getByLabel(DATE_LABELS[i]!), text);
	return errors;
}

/** The vacations of the contract typed by the first journeys (born 14/03/2010, 01/09/2026 to 30/06/2029): 53 days worked in 2026 give 4 paid days in 2027, 20 school days. */
async function expectOwnVacations(page: Page): Promise<void> {
	await expect(page.getByTestId('answer')).toContainText(
		'Premières vacances payées en 2027 : 4 jours (régime ouvrier)'
	);
	await expect(page.getByTestId('vacation-year-2027').getByRole('cell')).toHaveText([
		'53',
		'4',
		/^\d+$/,
		'20',
		/€$/
	]);
}

test('an apprentice leaves the example, types their own contract, and every page follows it', async ({
	page,
	browser
}) => {
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));

	await page.goto('/');
	await expect(page.getByTestId('example-banner')).toContainText(
		'Exemple : Apprenti IFAPME, trois ans'
	);
	await page.getByRole('button', { name: 'Saisir ma situation' }).click();
	await expect(page.getByLabel('Date de naissance')).toBeFocused();
	await page.getByLabel('Date de naissance').fill('14/03/2010');
	await page.getByLabel('Date de signature').fill('25/08/2026');
	await page.getByLabel('Début du contrat').fill('01/09/2026');
	await page.getByLabel('Fin du contrat').fill('30/06/2029');
	await expect(page.getByTestId('example-banner')).toHaveCount(0);

	await openFromMenu(page, 'Rétribution');
	// The levels follow the contract: A from its start, B and C on its first two anniversaries.
	await expect(page.getByTestId('levels-default')).toContainText(
		'A dès le 01/09/2026, B dès le 01/09/2027, C dès le 01/09/2028'
	);
	await expect(page.getByTestId('levels-default')).toContainText('décision du référent');
	// September 2026 is the first month, at level A: RMMMG 2 189,83 € (estimated, from April 2026) × 17 % = 372,2711 → 372,27 €.
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('01/09/2026');
	await expect(page.getByTestId('monthly-amount')).toHaveText('372,27 € par mois');
	// On 15 October 2027 the second year runs at level B: 2 189,83 × 24 % = 525,5592 → 525,56 €.
	await page.getByLabel('Date', { exact: true }).fill('15/10/2027');
	await expect(page.getByTestId('monthly-amount')).toHaveText('525,56 € par mois');
	await page.getByLabel('Scénario', { exact: true }).fill('Contrat de Zoé');

	// The chart draws.
	await page.getByRole('button', { name: 'Afficher le graphique' }).click();
	await expect.poll(() => drawnPixels(page)).toBeGreaterThan(1000);

	// A reload and a fresh browser keep the date picked and the title.
	await page.reload();
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('15/10/2027');
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByLabel('Scénario', { exact: true })).toHaveValue('Contrat de Zoé');
		await expect(copy.getByTestId('monthly-amount')).toHaveText('525,56 € par mois');
		await expect(copy.getByTestId('example-banner')).toHaveCount(0);
	});

	// Vacations follow the same contract and the grid (Monday to Wednesday, 8 h): 2026 from Tuesday 01/09 to Thursday 31/12 is
	// 17 weeks × 3 days + Tuesday 29 and Wednesday 30/12 = 53 days; (53 × 5 / 3) × 24 / 38 = 55,79 → 56 → row 48–63 → 4 days in 2027.
	await openFromMenu(page, 'Vacances');
	await expect(page.getByTestId('answer')).toContainText(
		"Premières vacances payées en 2027 : 4 jours (régime ouvrier), d'après le travail de 2026."
	);
	await expect(page.getByTestId('answer')).toContainText('Sur tout le contrat (2026–2029)');
	await expect(page.getByTestId('vacation-years').locator('tbody th')).toHaveText([
		'2026',
		'2027',
		'2028',
		'2029'
	]);

	// The stage d'insertion after a successful contract: a request on 15/07/2029, at 19, under the 2026 rules (156 days);
	// the contract's days from 01/09/2026 to 30/06/2029, Sundays left out, are far more than 156: nothing is left.
	await openFromMenu(page, "Stage d'insertion");
	// Until a date is typed, the request is the day after the contract ends, and the answer says so.
	await expect(page.getByTestId('answer')).toContainText(
		'Pour une demande le 01/07/2029 (date proposée : le lendemain de la fin du contrat)'
	);
	await page.getByLabel("Date de la demande d'allocations").fill('15/07/2029');
	await expect(page.getByTestId('age')).toContainText('19 ans');
	await expect(page.getByTestId('answer')).toHaveText(
		"Pour une demande le 15/07/2029 : 0 jour de stage d'insertion à faire."
	);

	// After a reload, and from the link in a fresh browser, the vacations are still this contract's and the request date is kept.
	await page.reload();
	await expect(page.getByLabel("Date de la demande d'allocations")).toHaveValue('15/07/2029');
	await openFromMenu(page, 'Vacances');
	await inFreshBrowser(browser, {}, async (vacations) => {
		await vacations.goto(await address(page));
		await expectOwnVacations(vacations);
		await expect(vacations.getByTestId('example-banner')).toHaveCount(0);
	});
	expect(errors).toEqual([]);
});

test("an apprentice's own contract: the pay page's sections below its answer, a reload, and the link opened in a background tab", async ({
	page,
	browser
}) => {
	const errors = await ownSituation(page, ['14/03/2010', '25/08/2026', '01/09/2026', '30/06/2029']);
	// The pay page draws its three sections below the answer apart: each shows this contract once scrolled to.
	await openFromMenu(page, 'Rétribution');
	await expect(page.getByTestId('monthly-amount')).toHaveText('372,27 € par mois');
	const payMonths = page.getByTestId('pay-months').locator('tbody tr');
	await expect(payMonths.first()).toContainText('09/2026');
	await expect(payMonths.last()).toContainText('06/2029');
	await scrolledToAndDrawn(page.getByTestId('first-month'));
	// September 2026 whole, level A: the monthly amount.
	await expect(page.getByTestId('first-month')).toHaveText('372,27 €');
	await scrolledToAndDrawn(payMonths.first());
	await expect(payMonths.first()).toContainText('372,27');
	await page.reload();
	await expect(page.getByTestId('first-month')).toHaveText('372,27 €');
	await expect(payMonths).toHaveCount(34);

	await openFromMenu(page, 'Vacances');
	await inFreshBrowser(browser, {}, async (tab) => {
		// A tab opened in the background is hidden, and its frames wait until it is shown.
		await tab.addInitScript(() => {
			Object.defineProperty(document, 'hidden', { get: () => true });
			Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
			window.requestAnimationFrame = () => 0;
		});
		await tab.goto(await address(page));
		await expectOwnVacations(tab);
		// The sections below the answer are loaded and drawn too.
		await expect(tab.getByRole('heading', { name: /^Pécule de vacances \d{4}$/ })).toHaveCount(1);
	});
	expect(errors).toEqual([]);
});

test('an avenant dated before the contract is refused next to that level', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Début du contrat').fill('01/09/2026');
	await page.getByLabel('Fin du contrat').fill('30/06/2028');
	await openFromMenu(page, 'Rétribution');
	await page.getByRole('button', { name: 'Saisir les dates des avenants' }).click();
	await page.locator('#levels-0-from').fill('01/09/2025');
	await expect(
		page.getByText(
			'Niveau n° 1 (A dès le 01/09/2025) : il commence avant le début du contrat (01/09/2026).'
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Revenir aux niveaux habituels' }).click();
	await expect(page.getByTestId('levels-default')).toContainText(
		'A dès le 01/09/2026, B dès le 01/09/2027'
	);
});

test('a trainer opens an example on the page it illustrates, and its link opens it elsewhere', async ({
	page,
	browser
}) => {
	await page.goto('/');
	const item = page.getByRole('listitem').filter({ hasText: 'Horeca, 17 ans' });
	await item.getByRole('button', { name: 'Ouvrir' }).click();
	await expect(page).toHaveURL(/\/horaires#s=/);
	await expect(page.getByTestId('example-banner')).toContainText('Exemple : Horeca, 17 ans');
	// Born on 1 June 2008: 17 from 1 June 2025, so 17 over the four weeks from 1 September 2025.
	await expect(page.getByText('17 ans pendant toute la période')).toBeVisible();
	// Class mode for the projector: large type, and the link keeps it.
	const size = () =>
		page
			.getByRole('heading', { level: 1 })
			.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	const before = await size();
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.getByRole('button', { name: 'Mode classe' }).click();
	await expect(page.getByRole('button', { name: 'Mode classe' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page).toHaveURL(/&classe=1$/);
	expect(await size()).toBeGreaterThan(before * 1.3);
	await inFreshBrowser(browser, { viewport: { width: 1920, height: 1080 } }, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByTestId('example-banner')).toContainText('Exemple : Horeca, 17 ans');
		await expect(copy.getByRole('button', { name: 'Mode classe' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(copy.getByText('17 ans pendant toute la période')).toBeVisible();
	});
});

test("a 17-year-old's own contract: dated figures, the rest rules and the operator's rule follow across pages, a reload and a fresh browser", async ({
	page,
	browser
}) => {
	// First visit: the person leaves the example and types their own contract. Born 20/11/2008: 17 on signing, 18 on 20/11/2026.
	const errors = await ownSituation(page, ['20/11/2008', '25/08/2026', '01/09/2026', '30/06/2029']);

	// September 2026 is after the date the RMMMG was last checked (01/04/2026): the amount says a later indexation may exist.
	await openFromMenu(page, 'Rétribution');
	await expect(page.getByTestId('monthly-amount')).toHaveText('372,27 € par mois');
	const amountWhy = page.locator('main .explanation').first();
	await expect(
		amountWhy.getByText(
			/Chiffres « Revenu minimum mensuel moyen garanti \(RMMMG, 18 ans et plus\) » vérifiés jusqu'au 01\/04\/2026/
		)
	).toBeVisible();
	await expect(amountWhy.getByText(/saisissez-le/)).toBeVisible();

	// The contract page: 17 at signing is within the IFAPME's own limit of 23, shown as the operator's rule.
	await openFromMenu(page, 'Contrat');
	await expect(page.getByTestId('age-at-signing')).toHaveText('17 ans');
	await expect(page.getByTestId('operator-rule')).toBeVisible();
	await expect(page.getByTestId('operator-rule')).toContainText(
		"Oui — Règle de l'opérateur (IFAPME) : 23 ans au plus à l'entrée en formation"
	);

	// The schedule: the default Monday to Wednesday plus Saturday morning, 10 h at the centre (3 × 8 h + 4 h + 10 h = 38 h).
	// Over 01/09–28/09/2026 the Saturday and the Monday around the Sundays 06, 13, 20 and 27/09 are all worked: 4 weekly rests missing.
	await openFromMenu(page, 'Horaires');
	await page.getByLabel('Heures au centre par semaine', { exact: true }).fill('10');
	await page.getByRole('button', { name: 'Ajouter une plage le samedi' }).click();
	await page.getByLabel('Samedi, plage 1, Fin', { exact: true }).fill('12:00');
	const verdict = page.getByTestId('schedule-verdict');
	await expect(verdict).toContainText(
		'1 règle enfreinte (4 dépassements) du 01/09/2026 au 28/09/2026'
	);
	await expect(verdict).toBeVisible();
	await expect(page.getByTestId('count-weekly-rest').getByRole('cell')).toHaveText('4');
	await expect(page.getByTestId('day-5')).toContainText('4 infractions : Repos hebdomadaire');
	const rest =
		'Repos hebdomadaire : Aucun jour de repos accolé au dimanche 06/09/2026 : samedi 05/09/2026 (travail) et lundi 07/09/2026 (travail)';
	await expect(page.getByTestId('violations')).toContainText(rest);

	// A reload keeps the Saturday and the answer; the link in a fresh browser shows the same.
	await page.reload();
	await expect(page.getByLabel('Samedi, plage 1, Fin', { exact: true })).toHaveValue('12:00');
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'1 règle enfreinte (4 dépassements)'
	);
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByTestId('schedule-verdict')).toContainText(
			'1 règle enfreinte (4 dépassements) du 01/09/2026 au 28/09/2026'
		);
		await expect(copy.getByTestId('violations')).toContainText(rest);
		await expect(copy.getByTestId('example-banner')).toHaveCount(0);

		// From 30/11/2026 the apprentice is 18: the same week breaks no rule.
		await copy.getByLabel('Début de la période à vérifier', { exact: true }).fill('30/11/2026');
		await expect(copy.getByTestId('schedule-verdict')).toContainText(
			'Aucune infraction du 30/11/2026 au 27/12/2026'
		);
	});

	// The rules page shows the date each table was last checked.
	await openFromMenu(page, 'Règles et sources');
	await expect(page.locator('#rmmmg').getByTestId('checked-until')).toContainText(
		"Vérifié jusqu'au 01/04/2026"
	);
	await expect(page.locator('#minor-weekly-rest').getByTestId('checked-until')).toBeVisible();
	expect(errors).toEqual([]);
});

test('a parent in Brussels: the same words for each choice on every page, a reload and a fresh browser; the dossier says when its rules cannot load', async ({
	page,
	browser
}) => {
	// First visit: their own region, regime and dates on the home page's form.
	const errors = await ownSituation(page, ['03/02/2007', null, '01/10/2025', '30/06/2027']);
	await page.getByLabel('Région du domicile').selectOption({ label: 'Bruxelles-Capitale' });
	await page.getByLabel('Régime').selectOption({ label: 'Employé' });

	// The outcome is picked where the stage d'insertion asks for it, in the words of that list.
	await openFromMenu(page, "Stage d'insertion");
	await page.getByLabel('Issue de la formation').selectOption({ label: 'Terminée sans succès' });

	// The dossier and the comparison use the same words as the lists.
	const dossierData = async (target: import('@playwright/test').Page) => {
		const data = target.locator('dl.data');
		await expect(data).toContainText('Bruxelles-Capitale');
		await expect(data).toContainText('Employé');
		// The request defaults to the day after the contract's end, 30/06/2027.
		await expect(data).toContainText(
			"Terminée sans succès, demande d'allocations le 01/07/2027 (lendemain de la fin du contrat)"
		);
	};
	await openFromMenu(page, 'Dossier');
	await dossierData(page);
	await page.reload();
	await dossierData(page);
	await page.goto(`/regles/comparer${new URL(await address(page)).hash}`);
	await expect(
		page.getByText(/Scénario : né\(e\) le 03\/02\/2007, Bruxelles-Capitale,/)
	).toContainText('contrat du 01/10/2025 au 30/06/2027, formation : terminée sans succès.');

	// The link opened in another browser gives the same dossier.
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(new URL(`/dossier${new URL(await address(page)).hash}`, page.url()).href);
		await dossierData(copy);
	});

	// Offline before the rules were cached: the dossier says so instead of calculating forever.
	await inFreshBrowser(browser, {}, async (broken) => {
		const dossier = new URL('/dossier', page.url()).href;
		const html = await (await broken.request.get(dossier)).text();
		const firstLoad = new Set(
			[...html.matchAll(/["']([^"']+\.js)["']/g)].map(([, src]) => src!.split('/').pop())
		);
		await broken.route('**/_app/immutable/**/*.js', (route) =>
			firstLoad.has(new URL(route.request().url()).pathname.split('/').pop())
				? route.continue()
				: route.abort()
		);
		await broken.goto(dossier);
		await expect(broken.getByRole('alert')).toContainText(
			"Le dossier n'a pas pu être chargé : rechargez la page."
		);
	});
	expect(errors).toEqual([]);
});

test('an employer types their own contract and notice: the weekdays, the months, the paid vacation and the saved time follow it after a reload and in a fresh browser', async ({
	page,
	browser
}) => {
	const errors = await ownSituation(page, ['20/06/2008', '25/08/2026', '07/09/2026', '30/06/2028']);

	await openFromMenu(page, 'Contrat');
	const notice = page.getByLabel("Date de remise ou d'envoi du préavis");
	const byHand = page.getByTestId('notice-hand-delivery');
	// The example notice, two months after the start: Saturday 07/11/2026, after the trial → 14 days, by hand
	// from Sunday 08/11 to 08/11 + 13 = Saturday 21/11/2026.
	await expect(notice).toHaveValue('07/11/2026');
	await expect(
		page.getByText("Il dure 7 jours pendant la période d'essai, 14 jours après.")
	).toBeVisible();
	await expect(byHand).toContainText('dimanche 08/11/2026');
	await expect(byHand).toContainText('samedi 21/11/2026');
	// Their own notice, Wednesday 18/11/2026: by hand from Thursday 19/11 to 19/11 + 13 = Wednesday 02/12/2026.
	await notice.fill('18/11/2026');
	await expect(byHand).toContainText('jeudi 19/11/2026');
	await expect(byHand).toContainText('mercredi 02/12/2026');

	await openFromMenu(page, 'Allocations familiales');
	await expect(page.locator('main')).toContainText('(240 heures par trimestre au plus)');
	// 18 on 20/06/2026: from September 2026 the Walloon rule asks for the hours worked outside the contract.
	const months = page.getByTestId('allowance-months').locator('tbody tr');
	await expect(months).toHaveCount(22);
	await expect(months.first()).toContainText('09/2026');
	await expect(months.first()).toContainText('à vérifier');
	await expect(months.last()).toContainText('06/2028');

	await openFromMenu(page, 'Vacances');
	await expect(page.locator('main')).toContainText(
		'3 semaines consécutives entre le 1er mai et le 31 octobre'
	);
	// Started in September 2026: the first paid vacation comes from the work of 2026, in 2027.
	await expect(page.getByTestId('answer')).toContainText('Premières vacances payées en 2027 : ');
	await expect(page.getByRole('heading', { name: 'Vacances payées en 2027' })).toBeVisible();
	const answer = (await page.getByTestId('answer').textContent()) ?? '';
	const days = /en 2027 : (\d+) jours?/.exec(answer)?.[1];
	await expect(page.getByTestId('paid-days')).toHaveText(`${days} jours de vacances payées`);

	await saveScenarioAs(page, 'Contrat de Léa');
	await openFromMenu(page, 'Contrat');
	// The reload is of the contract page, once the router has shown it.
	await expect(notice).toHaveValue('18/11/2026');
	await page.reload();
	await expect(notice).toHaveValue('18/11/2026');
	await expect(byHand).toContainText('mercredi 02/12/2026');
	await expect(byHand).toBeVisible();

	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByLabel("Date de remise ou d'envoi du préavis")).toHaveValue('18/11/2026');
		await expect(copy.getByTestId('notice-hand-delivery')).toContainText('jeudi 19/11/2026');
		await expect(copy.getByTestId('notice-hand-delivery')).toBeVisible();
	});

	// The saved record shows when it was last changed, as a Belgian date and time.
	await page.getByRole('link', { name: 'Calculs Alternance' }).click();
	await expect(page.getByText('Contrat de Léa')).toBeVisible();
	await expect(page.locator('main')).toContainText(/modifié le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
	expect(errors).toEqual([]);
});

test("an apprentice's take-home pay, year by year, and the youth vacation after the contract, after a reload and in a fresh browser", async ({
	page,
	browser
}) => {
	// Born 20/06/2008: 18 in 2026, so no personal contribution in 2026; from 01/01/2027, 13,07 % that the work bonus covers.
	const errors = await ownSituation(page, ['20/06/2008', null, '07/09/2026', '30/06/2028']);
	await openFromMenu(page, 'Rétribution');
	// September 2026: level A, 2 189,83 € × 17 % = 372,27 €, × 24/30 days = 297,82 €; nothing withheld.
	await expect(page.getByTestId('answer')).toContainText(
		'Net du premier mois (09/2026) : 297,82 € (brut 297,82 €). Net par année : 2026 : 1 414,63 €'
	);
	// 2027: 8 × 372,27 (A) + September 6/30 of A and 24/30 of B (525,56 €) + 3 × 525,56 = 5 049,74 €, all of it net.
	await expect(page.getByTestId('net-year-2027').getByRole('cell')).toHaveText([
		'5 049,74 €',
		'0,00 €',
		'0,00 €',
		'5 049,74 €'
	]);
	const why = page.getByRole('region', { name: 'Explication du net' });
	await expect(why).toContainText('Assujettissement complet depuis le 01/01/2027');
	await expect(page.getByTestId('pay-months').getByRole('row', { name: /01\/2027/ })).toContainText(
		'372,27 €'
	);
	await expect(page.getByTestId('net-equals-gross')).toBeVisible();

	// The youth vacation of 2029: 24 days less the 6 paid days that 2028's work earns; « à vérifier » until the person answers.
	await openFromMenu(page, 'Vacances');
	await expect(page.getByTestId('youth-vacation')).toHaveText(
		"Jusqu'à 18 jours de vacances jeunes en 2029, si un mois de travail suit le contrat"
	);
	await page.getByLabel('Au moins un mois de travail après le contrat, en 2028 ?').selectOption({
		label: 'Oui'
	});
	// 65 % × 1 800 € / 26 = 45,00 € a day.
	await page
		.getByLabel('Salaire brut du premier mois de vacances jeunes (facultatif)')
		.fill('1800');
	await expect(page.getByTestId('youth-vacation')).toHaveText(
		'18 jours de vacances jeunes en 2029'
	);
	await expect(page.getByTestId('youth-allowance')).toContainText('45,00 € bruts par jour');

	await page.reload();
	await expect(page.getByTestId('youth-allowance')).toContainText('45,00 € bruts par jour');
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByTestId('youth-vacation')).toHaveText(
			'18 jours de vacances jeunes en 2029'
		);
		await copy
			.getByRole('navigation', { name: 'Calculateurs' })
			.getByRole('link', { name: 'Rétribution' })
			.click();
		await expect(copy.getByTestId('answer')).toContainText(
			'Net du premier mois (09/2026) : 297,82 €'
		);
	});

	// The saved record keeps the answers: an example opened in between, then the record again.
	await saveScenarioAs(page, 'Contrat de Tom');
	const home = page.getByRole('link', { name: 'Calculs Alternance' });
	const open = (title: string) =>
		page.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Ouvrir' });
	await home.click();
	await open('Horeca, 17 ans').click();
	await expect(page.getByTestId('example-banner')).toContainText('Horeca, 17 ans');
	await home.click();
	await open('Contrat de Tom').click();
	await openFromMenu(page, 'Vacances');
	await expect(page.getByTestId('youth-allowance')).toContainText('45,00 € bruts par jour');
	expect(errors).toEqual([]);
});

test('a parent checks whether the apprentice stays a dependant for their tax: a higher pay makes 2026 go over the ceiling', async ({
	page,
	browser
}) => {
	// Born 03/02/2007: 18 in 2025, fully covered from 2026; the employer pays 1 300 € a month from 01/09/2025.
	const errors = await ownSituation(page, ['03/02/2007', null, '01/09/2025', '31/08/2027']);
	await openFromMenu(page, 'Rétribution');
	await page.getByLabel("Montant payé par l'employeur (facultatif)").fill('1300');
	// 2025: 12 × 1 300 = 15 600 − 30 % = 10 920 € taxed 26,75 % = 2 921,10 − 2 915,75 = 5,35 € a year → 0,45 € a month.
	await expect(page.getByTestId('answer')).toContainText(
		'Net du premier mois (09/2025) : 1 299,55 € (brut 1 300,00 €)'
	);
	// The net differs from the gross: the month table shows both.
	await expect(page.getByTestId('pay-months').getByRole('row', { name: /09\/2025/ })).toContainText(
		'1 299,55 €'
	);

	await openFromMenu(page, 'Allocations familiales');
	// Income 2025: 4 × 1 300 = 5 200 € − 20 % = 4 160 € ≤ 12 000 €; 2026: 15 600 € − 20 % = 12 480 € > 12 000 €, 480 € over.
	await expect(page.getByTestId('dependant-2025').getByRole('cell')).toHaveText([
		'4 160,00 €',
		'12 000,00 €',
		'7 840,00 €',
		'Oui'
	]);
	const over = page.getByTestId('dependant-2026');
	await expect(over.getByRole('cell')).toHaveText([
		'12 480,00 €',
		'12 000,00 €',
		'-480,00 €',
		/^Non : les parents perdent 1\s980,00\s€/
	]);
	await expect(page.getByRole('region', { name: 'Explication : enfant à charge' })).toContainText(
		"vérifiés jusqu'au 31/12/2025"
	);

	await openFromMenu(page, 'Dossier');
	await expect(page.getByTestId('dossier-dependant-table')).toContainText('12 480,00 €');
	await expect(page.locator('main')).toContainText("N'est plus à charge pour les revenus de 2026");
	await page.reload();
	await expect(page.locator('main')).toContainText("N'est plus à charge pour les revenus de 2026");
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto((await address(page)).replace('/dossier', '/allocations-familiales'));
		await expect(copy.getByTestId('dependant-2026').getByRole('cell').last()).toContainText(
			'Non : les parents perdent 1 980,00 €'
		);
	});
	expect(errors).toEqual([]);
});

test('a parent types the month to check and its pay with cents, key by key: the amount stays as typed on another page, after a reload and in a fresh browser', async ({
	page,
	browser
}) => {
	// Born 03/02/2007, contract 01/09/2025 to 31/08/2027; the parent checks November 2026 with 412,55 € paid.
	const errors = await ownSituation(page, ['03/02/2007', null, '01/09/2025', '31/08/2027']);
	await openFromMenu(page, 'Allocations familiales');
	const month = page.getByLabel('Mois', { exact: true });
	const income = page.getByLabel('Rétribution brute du mois');
	await typeOver(month, '11/2026');
	await typeOver(income, '412,55');
	await expect(income).toHaveValue('412,55');
	await page.keyboard.press('Tab');
	await expect(income).toHaveValue('412,55');
	// The month table is below the form: its row is checked once scrolled to and drawn.
	const row = page.getByRole('row', { name: /^11\/2026 / });
	await scrolledToAndDrawn(row);
	await expect(row).toContainText('412,55');

	await openFromMenu(page, 'Rétribution');
	await openFromMenu(page, 'Allocations familiales');
	await expect(income).toBeVisible();
	await expect(income).toHaveValue('412,55');
	await page.reload();
	await expect(month).toHaveValue('11/2026');
	await expect(income).toHaveValue('412,55');
	await scrolledToAndDrawn(row);
	await expect(row).toContainText('412,55');
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByLabel('Rétribution brute du mois')).toHaveValue('412,55');
		const copiedRow = copy.getByRole('row', { name: /^11\/2026 / });
		await scrolledToAndDrawn(copiedRow);
		await expect(copiedRow).toContainText('412,55');
	});
	expect(errors).toEqual([]);
});

/** The events of an iCalendar file, read back by an independent RFC 5545 parser. */
async function parsedCalendar(download: import('@playwright/test').Download) {
	const { default: ICAL } = await import('ical.js');
	const text = (await readFile((await download.path())!)).toString('utf8');
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v))
		.map((e) => ({ date: e.startDate.toString(), allDay: e.startDate.isDate, summary: e.summary }));
}

test('an employer in Brussels goes from the signing checklist to the cost, the premiums and a calendar file that parses back', async ({
	page
}) => {
	const errors = await ownSituation(page, ['12/02/2010', '20/08/2026', '01/09/2026', '30/06/2029']);
	// Born 12/02/2010, contract from 01/09/2026 to 30/06/2029: 16 at the start, 18 on 12/02/2028.
	await openFromMenu(page, 'Contrat');
	await page.getByLabel('Déclaration DIMONA faite avant le premier jour du contrat').check();
	await expect(page.getByText('Points réglés : 1 sur 7.')).toBeVisible();
	await page.getByRole('link', { name: 'ce que le contrat coûte et ses primes' }).click();
	await expect(page).toHaveURL(/\/employeur/);

	await page
		.getByLabel("Région du siège d'exploitation")
		.selectOption({ label: 'Bruxelles-Capitale' });
	await page
		.getByLabel("Région du domicile de l'apprenant")
		.selectOption({ label: 'Bruxelles-Capitale' });
	await page
		.getByLabel('Abonnement de transport en commun')
		.selectOption({ label: 'Carte-train SNCB' });
	await page.getByLabel("Prix de l'abonnement").fill('40');
	// From 1 February 2026 the employer pays 70,61 % of a train card (estimate): 40 × 70,61 % = 28,244 → 28,24 €.
	await expect(page.getByTestId('travel-share')).toContainText(
		"Part de l'employeur au début du contrat (09/2026) : 28,24 € par mois"
	);

	// Tutor premium: 1 750 € for each 12-month period from 01/09/2026, asked 6 to 9 months in: 01/03/2027–31/05/2027, then a year apart.
	const tutor = page.getByTestId('premium-brussels-tutor');
	await expect(tutor).toContainText("Prime tuteur bruxelloise : 5 250,00 € à l'employeur");
	await expect(tutor).toContainText('demande à partir du 01/03/2027, au plus tard le 31/05/2027');
	await expect(tutor).toContainText('demande à partir du 01/03/2029, au plus tard le 31/05/2029');
	await expect(tutor).toContainText(
		'Le tuteur accompagne de 1 à 4 apprenants en même temps : à vérifier'
	);
	// Youth premium: under 18 only at the end of the first year (17 on 31/08/2027): 500 €, asked by 30/11/2027.
	const youth = page.getByTestId('premium-brussels-youth');
	await expect(youth).toContainText("500,00 € à l'apprenant");
	await expect(youth).toContainText('demande à partir du 01/09/2027, au plus tard le 30/11/2027');
	await expect(page.getByTestId('premium-wallonia-company')).toHaveCount(0);

	// 2026, ouvrier: 4 months × 372,27 € = 1 489,08 €; vacation contributions on 108 %: 5,57 % = 89,58 € and 10,27 % = 165,16 €;
	// train card 70,61 % × 40 € = 28,24 € × 4 months = 112,96 €; 1 489,08 + 254,74 + 112,96 = 1 856,78 €, social security not computed.
	const year2026 = page.getByTestId('cost-year-2026');
	await expect(year2026).toContainText('1 489,08 €');
	await expect(year2026).toContainText('254,74 €');
	await expect(year2026).toContainText('112,96 €');
	await expect(year2026).toContainText('non calculé');
	await expect(year2026).toContainText('au moins 1 856,78 €');
	await expect(page.getByTestId('employer-cost')).toContainText(
		'Primes à vérifier, non déduites : 1 750,00 € en 2027'
	);
	await expect(page.getByTestId('answer')).toContainText(
		"Coût du contrat pour l'employeur (2026–2029) : au moins"
	);

	await openFromMenu(page, 'Calendrier');
	const timeline = page.getByTestId('timeline');
	await expect(timeline).toContainText('Lundi 31/08/2026');
	await expect(timeline).toContainText('DIMONA (type ALT) au plus tard ce jour');
	await expect(timeline).toContainText('Évaluation de santé préalable (moins de 18 ans)');
	await expect(timeline).toContainText("Mercredi 30/09/2026 Dernier jour de la période d'essai");
	await expect(timeline).toContainText(
		'Prime tuteur bruxelloise : demande possible, demande 1 sur 3 (1 750,00 €, conditions à vérifier)'
	);
	const listed = await timeline.locator('li').count();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger le calendrier (.ics)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('calendrier-contrat-2026-09-01.ics');
	const events = await parsedCalendar(download);
	expect(events).toHaveLength(listed);
	expect(events.every((e) => e.allDay)).toBe(true);
	expect(events).toContainEqual({
		date: '2026-08-31',
		allDay: true,
		summary: 'DIMONA (type ALT) au plus tard ce jour, avant le premier jour du contrat'
	});
	expect(events).toContainEqual(
		expect.objectContaining({
			date: '2027-03-01',
			summary: expect.stringContaining(
				'Prime tuteur bruxelloise : demande possible, demande 1 sur 3'
			)
		})
	);
	expect(events.at(-1)).toEqual(expect.objectContaining({ date: '2036-12-31' }));

	// A reload and a fresh browser keep the employer's answers.
	await openFromMenu(page, 'Employeur');
	await page.reload();
	await expect(page.getByLabel("Prix de l'abonnement")).toHaveValue('40');
	await expect(page.getByTestId('cost-year-2026')).toContainText('au moins 1 856,78 €');
	await expect(page.getByTestId('cost-year-2026')).toBeVisible();
	await inFreshBrowser(page.context().browser()!, {}, async (copy) => {
		await copy.goto(await address(page));
		await expect(copy.getByLabel("Région du siège d'exploitation")).toHaveValue('brussels');
		await expect(copy.getByTestId('cost-year-2026')).toContainText('au moins 1 856,78 €');
		await expect(copy.getByTestId('premium-brussels-tutor')).toBeVisible();
		// The link carries the employer's answers to the calendar too: the Brussels tutor premium's window.
		await openFromMenu(copy, 'Calendrier');
		const tutorWindow = copy.getByTestId('timeline').getByRole('listitem').filter({
			hasText: 'Prime tuteur bruxelloise : dernier jour de la demande, demande 1 sur 3'
		});
		await expect(tutorWindow).toContainText('Lundi 31/05/2027');
		await expect(tutorWindow).toBeVisible();
	});

	await openFromMenu(page, 'Dossier');
	await expect(page.locator('main')).toContainText(
		'Prime tuteur bruxelloise : 5 250,00 € (à vérifier)'
	);
	await expect(page.locator('main')).toContainText("Coût du contrat pour l'employeur");
	await expect(page.locator('main')).toContainText('Calendrier du contrat');
	expect(errors).toEqual([]);
});

test('a trainer shows the calendar of an example contract on a projector, then prints it', async ({
	page
}) => {
	await page.goto('/');
	const item = page.getByRole('listitem').filter({ hasText: 'Fiche 4 : Pierre' });
	await item.getByRole('button', { name: 'Ouvrir' }).click();
	await expect(page.getByTestId('example-banner')).toContainText('Fiche 4 : Pierre');
	// Class mode first, then the menu: scrolled down the list of examples, the menu must still be reachable.
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.getByRole('button', { name: 'Mode classe' }).click();
	await openFromMenu(page, 'Calendrier');

	// Pierre's contract: signed 20/06/2025, from 01/07/2025 to 30/06/2028; born 15/03/2009.
	const timeline = page.getByTestId('timeline');
	await expect(timeline.getByRole('heading', { level: 2 })).toHaveText([
		'2025',
		'2026',
		'2027',
		'2028',
		'2035'
	]);
	await expect(timeline).toContainText('Vendredi 20/06/2025');
	await expect(timeline).toContainText('Lundi 30/06/2025 DIMONA');
	await expect(timeline).toContainText("Jeudi 31/07/2025 Dernier jour de la période d'essai");
	await expect(timeline).toContainText('Mercredi 01/07/2026 Passage au niveau B');
	await expect(timeline).toContainText('Lundi 15/03/2027 18 ans');
	await expect(timeline).toContainText('Vendredi 30/06/2028 Dernier jour du contrat');
	// Large type, nothing cut on the right, two years side by side.
	const fontSize = await timeline
		.locator('li')
		.first()
		.evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
	expect(fontSize).toBeGreaterThanOrEqual(20);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
	const [first, second] = await Promise.all(
		['2025', '2026'].map((year) =>
			page.getByRole('heading', { name: year, exact: true }).boundingBox()
		)
	);
	expect(Math.abs(first!.y - second!.y)).toBeLessThan(2);

	// Printed: the form and the download button go, every year stays.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Télécharger le calendrier (.ics)' })).toBeHidden();
	await expect(page.getByLabel('Date de naissance')).toBeHidden();
	await expect(timeline.getByRole('heading', { level: 2 })).toHaveCount(5);
	await expect(timeline).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.length).toBeGreaterThan(10_000);
});

/** How every element of the page's main part is drawn: what its styles make of it, element by element. */
function drawnStyles(page: Page): Promise<string[]> {
	return page.locator('main').evaluate((main) =>
		[...main.querySelectorAll('*')].map((element) => {
			const style = getComputedStyle(element);
			return [
				element.tagName,
				style.display,
				style.gridTemplateColumns,
				style.fontSize,
				style.fontWeight,
				style.color,
				style.backgroundColor,
				style.borderTopWidth,
				style.paddingTop,
				style.marginTop
			].join(' ');
		})
	);
}

/** How a page is drawn once its answer is computed and it has stopped changing (sections loaded after the answer included). */
async function settledStyles(page: Page): Promise<string[]> {
	await expect(page.getByTestId('answer')).not.toContainText('Calcul…');
	let drawn: string[] = [];
	await expect
		.poll(
			async () => {
				const before = JSON.stringify(drawn);
				drawn = await drawnStyles(page);
				return JSON.stringify(drawn) === before;
			},
			{ intervals: [500] }
		)
		.toBe(true);
	return drawn;
}

test("each page's styles come with it: reached from the menu, reloaded and opened from its link in a fresh browser, it is drawn alike", async ({
	page,
	browser
}) => {
	// Five pages, each reached, reloaded and opened in a fresh browser.
	test.slow();
	const errors = await ownSituation(page, OUVRIER_DATES);
	for (const name of ['Contrat', 'Horaires', 'Vacances', 'Employeur', 'Calendrier']) {
		await openFromMenu(page, name);
		await expect(page.getByTestId('answer')).not.toContainText('Calcul…');
		// The reference: the page's link opened in a fresh browser, once nothing more is loading.
		let opened: string[] = [];
		await inFreshBrowser(browser, {}, async (copy) => {
			await copy.goto(await address(page), { waitUntil: 'networkidle' });
			opened = await settledStyles(copy);
		});
		// The site's styles are there, not only the browser's: a card with its border and corners, a form on a grid.
		const card = page.locator('main .card').first();
		await expect(card).toHaveCSS('border-top-width', '1px');
		await expect(card).toHaveCSS('border-top-left-radius', '8px');
		await expect(page.locator('main .form-grid').first()).toHaveCSS('display', 'grid');
		await expect
			.poll(() => drawnStyles(page), { message: `${name}, reached from the menu` })
			.toEqual(opened);

		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => drawnStyles(page), { message: `${name}, reloaded` }).toEqual(opened);
	}
	expect(errors).toEqual([]);
});

/** The ouvrier's own contract of the two journeys below; its week is the example's: Monday to Wednesday, 24 h. */
const OUVRIER_DATES: OwnDates = ['02/05/2009', '18/08/2026', '01/09/2026', '31/08/2029'];
const fullTimeHours = (on: Page) => on.getByLabel("Heures d'un temps plein dans l'entreprise");
const paidIn2027 = (on: Page) =>
	on.getByRole('region', { name: 'Vacances payées en 2027', exact: true });
/** The steps of a region's first explanation. */
const stepsIn = (region: Locator) => region.locator('.explanation details').first();

/** Horaires and back to Vacances, then a reload: `drawn` checks the vacations page after each. */
async function awayBackAndReload(page: Page, drawn: (on: Page) => Promise<void>): Promise<void> {
	await openFromMenu(page, 'Horaires');
	await expect(page.getByTestId('answer')).not.toContainText('Calcul…');
	await openFromMenu(page, 'Vacances');
	await drawn(page);
	await page.reload();
	await drawn(page);
}

test("an employer of an ouvrier types the company's full-time hours, copies the link at once and prints: the link, a reload, other pages and a fresh browser keep them", async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const errors = await ownSituation(page, OUVRIER_DATES);
	await openFromMenu(page, 'Vacances');
	await fullTimeHours(page).fill('36');
	// 2026 from 01/09: Mondays, Tuesdays and Wednesdays (the example's week, 24 h) = 14 + 12 + 13 + 14 = 53 days;
	// (53 × 5 / 3) × 24 / 36 = 2 120 / 36 = 58,888… → 58,89 → 59, in the row 48–63 → 4 days in 2027.
	const drawn = async (on: Page) => {
		const paid = paidIn2027(on);
		await expect(fullTimeHours(on)).toHaveValue('36');
		await expect(paid.getByText('(53 × 5 / 3) × 24 / 36')).toBeVisible();
		await expect(paid.getByText('58,89 → 59')).toBeVisible();
		await expect(paid.getByTestId('paid-days')).toHaveText('4 jours de vacances payées');
		await expect(on.getByTestId('answer')).toContainText(
			"Premières vacances payées en 2027 : 4 jours (régime ouvrier), d'après le travail de 2026."
		);
	};
	await drawn(page);

	// « Copier le lien » right after typing, then a printout: both carry what was typed.
	await page.getByRole('button', { name: 'Copier le lien' }).click();
	await expect(scenarioStatus(page)).toHaveText(
		'Le lien du scénario est copié : collez-le pour le partager.'
	);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await address(page));
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('footer .print-only')).toContainText(`scénario : ${copied}`);

	await awayBackAndReload(page, drawn);

	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(copied);
		await drawn(copy);
	});
	expect(errors).toEqual([]);
});

test('an apprentice on a 360-px phone: folded steps are drawn once opened and follow the next keystroke, a section out of sight is drawn when scrolled to, and another page, a reload and the link in a fresh phone browser keep it all', async ({
	page,
	browser
}) => {
	const phone = { width: 360, height: 740 };
	await page.setViewportSize(phone);
	const errors = await ownSituation(page, OUVRIER_DATES);
	await openFromMenu(page, 'Vacances');
	/** The paid days of 2027; on a phone their steps start folded and are not drawn, until opened on `formula` and `rounded`. */
	const unfoldPaidSteps = async (on: Page, formula: string, rounded: string) => {
		const paid = paidIn2027(on);
		await expect(paid.getByTestId('paid-days')).toHaveText('4 jours de vacances payées');
		const steps = stepsIn(paid);
		await expect(steps).not.toHaveAttribute('open');
		await expect(steps.locator('ol')).toHaveCount(0);
		await steps.locator('summary').click();
		await expect(paid.getByText(formula)).toBeVisible();
		await expect(paid.getByText(rounded)).toBeVisible();
	};
	await fullTimeHours(page).fill('36');
	// 53 days in 2026 (see the ouvrier's employer above): (53 × 5 / 3) × 24 / 36 = 58,888… → 58,89 → 59.
	await unfoldPaidSteps(page, '(53 × 5 / 3) × 24 / 36', '58,89 → 59');
	const paid = paidIn2027(page);
	// Opened, they follow the next keystroke: 2 120 / 35 = 60,571… → 60,57 → 61, still the row 48–63 → 4 days.
	await fullTimeHours(page).fill('35');
	await expect(paid.getByText('(53 × 5 / 3) × 24 / 35')).toBeVisible();
	await expect(paid.getByText('60,57 → 61')).toBeVisible();
	await expect(stepsIn(paid)).toHaveAttribute('open');

	/** What a phone draws of the figures typed, from the top of the page: each page drawn anew starts with its steps folded. */
	const drawn = async (on: Page) => {
		await on.evaluate(() => window.scrollTo(0, 0));
		await expect(fullTimeHours(on)).toHaveValue('35');
		const year = on.getByTestId('vacation-year-2027');
		// Below the first screen the year table is not drawn; scrolled to, it shows 2026's 53 days earning 4 paid days.
		await expect.poll(() => isDrawn(year)).toBe(false);
		await scrolledToAndDrawn(year);
		await expect(year.getByRole('cell').nth(0)).toHaveText('53');
		await expect(year.getByRole('cell').nth(1)).toHaveText('4');
		await unfoldPaidSteps(on, '(53 × 5 / 3) × 24 / 35', '60,57 → 61');
	};
	await awayBackAndReload(page, drawn);
	const link = await address(page);
	await inFreshBrowser(browser, { viewport: phone }, async (copy) => {
		await copy.goto(link);
		await drawn(copy);
	});
	expect(errors).toEqual([]);
});

test('an apprentice shortens their own contract on the calendar while its last year is below the screen: that year, the allowance months, another page, a reload and the link in a fresh browser all show the new end', async ({
	page,
	browser
}) => {
	const errors = await ownSituation(page, OUVRIER_DATES);
	await openFromMenu(page, 'Calendrier');
	const year2029 = (on: Page) => on.getByRole('region', { name: '2029', exact: true });
	// 01/01/2029 is a Monday: 31/08 is day 243, a Friday; 30/06 is day 181, a Saturday.
	await expect(year2029(page)).toContainText('Vendredi 31/08/2029 Dernier jour du contrat');
	await expect(year2029(page)).not.toBeInViewport();

	await page.getByLabel('Fin du contrat').fill('30/06/2029');
	/** The calendar's last year, scrolled to: drawn, with the new last day and without the old one. */
	const calendarDrawn = async (on: Page) => {
		const year = year2029(on);
		await expect(year).toContainText('Samedi 30/06/2029 Dernier jour du contrat');
		await expect(year).not.toContainText('31/08/2029');
		await scrolledToAndDrawn(year);
		await expect(year).toContainText('Samedi 30/06/2029 Dernier jour du contrat');
	};
	await calendarDrawn(page);

	// September 2026 to June 2029: 4 + 12 + 12 + 6 = 34 months; the last is below the screen until scrolled to.
	const allowanceDrawn = async (on: Page) => {
		const months = on.getByTestId('allowance-months').locator('tbody tr');
		await expect(months).toHaveCount(34);
		await expect(months.first()).toContainText('09/2026');
		await expect(months.last()).not.toBeInViewport();
		await scrolledToAndDrawn(months.last());
		await expect(months.last()).toContainText('06/2029');
	};
	await openFromMenu(page, 'Allocations familiales');
	await allowanceDrawn(page);
	await page.reload();
	await allowanceDrawn(page);
	await openFromMenu(page, 'Calendrier');
	await calendarDrawn(page);

	const link = await address(page);
	await inFreshBrowser(browser, {}, async (copy) => {
		await copy.goto(link);
		await expect(copy.getByLabel('Fin du contrat')).toHaveValue('30/06/2029');
		await calendarDrawn(copy);
	});
	expect(errors).toEqual([]);
});
