import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './fixtures';

// Every test starts on the page once the app has hydrated and written the default scenario into the URL.
test.beforeEach(async ({ page }) => {
	await page.goto('/contrat');
	await expect(page).toHaveURL(/#s=/);
});

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const row = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

test('the contract page says who may sign, until when, and checks the planned end', async ({
	page
}) => {
	// Default scenario: born 15/03/2009, signing 25/08/2025 → 16 years old; training until 31/12 of the year of the 26th birthday (2035).
	await expect(page.getByTestId('eligibility')).toContainText('Oui');
	await expect(page.getByTestId('age-at-signing')).toHaveText('16 ans');
	await expect(page.getByTestId('latest-end')).toHaveText('31/12/2035');

	// Born 01/05/2010: 15 years old on 25/08/2025, enough only with the first two years of secondary school.
	await page.getByLabel('Date de naissance').fill('01/05/2010');
	await expect(page.getByTestId('age-at-signing')).toHaveText('15 ans');
	await expect(page.getByTestId('eligibility')).toContainText('Oui');
	await page.getByLabel('Deux premières années du secondaire accomplies').uncheck();
	// Without them, 16 is needed: reached on 01/05/2026.
	await expect(page.getByTestId('eligibility')).toContainText('Non');
	await expect(page.getByTestId('eligibility')).toContainText('possible dès le 01/05/2026');
	await expect(region(page, "Explication des conditions d'âge")).toContainText('15 ≥ 16');

	// 6 years counted from 01/09/2025: the last day is 31/08/2031, so an end on 31/12/2031 is too late.
	await page.getByLabel('Fin du contrat').fill('31/12/2031');
	await expect(page.getByTestId('duration')).toContainText('Non');
	await expect(page.getByTestId('duration')).toContainText('dernier jour possible le 31/08/2031');
	await expect(region(page, 'Explication de la durée du contrat')).toContainText(
		'01/09/2025 + 6 ans − 1 jour'
	);
});

test('the trial period starts on the first day in the company and grows with each suspended day', async ({
	page
}) => {
	// One month from 01/09/2025, "de quantième à veille de quantième": 30/09/2025.
	await expect(page.getByTestId('trial-end')).toHaveText("Essai jusqu'au 30/09/2025 inclus");
	await page
		.getByLabel('Le contrat commence par une période uniquement en centre de formation')
		.check();
	await page.getByLabel('Premier jour en entreprise').fill('15/09/2025');
	// From 15/09/2025: 15/09 + 1 month − 1 day = 14/10/2025.
	await expect(page.getByTestId('trial-end')).toHaveText("Essai jusqu'au 14/10/2025 inclus");
	await page.getByRole('button', { name: 'Ajouter une suspension' }).click();
	const suspension = row(page, 'Suspension n° 1');
	await suspension.getByLabel('Début').fill('22/09/2025');
	await suspension.getByLabel('Fin').fill('26/09/2025');
	// 22/09 to 26/09 = 5 days: 14/10/2025 + 5 days = 19/10/2025.
	await expect(page.getByTestId('trial-end')).toHaveText("Essai jusqu'au 19/10/2025 inclus");
	await expect(region(page, "Explication de la période d'essai")).toContainText(
		'14/10/2025 + 5 jours'
	);
	await page.getByRole('button', { name: 'Retirer : suspension n° 1' }).click();
	await expect(page.getByTestId('trial-end')).toHaveText("Essai jusqu'au 14/10/2025 inclus");
});

test('the notice table gives the start and last day for each way of notifying it', async ({
	page
}) => {
	// Default: notified on Saturday 01/11/2025 (contract start + 2 months), after the trial that ended on 30/09/2025 → 14 days.
	await expect(page.getByLabel("Préavis donné pendant la période d'essai ?")).toHaveValue('auto');
	await expect(page.getByTestId('notice-length')).toHaveText('Préavis de 14 jours');
	// Hand delivery: the next day, 02/11/2025; 02/11 + 14 days − 1 = 15/11/2025.
	const byHand = page.getByTestId('notice-hand-delivery');
	await expect(byHand).toContainText('dimanche 02/11/2025');
	await expect(byHand).toContainText('samedi 15/11/2025');
	await expect(page.getByLabel("Date de remise ou d'envoi du préavis")).toHaveAccessibleDescription(
		/date d'exemple/
	);
	await expect(page.getByTestId('notice-bailiff')).toContainText('02/11/2025');
	// Registered letter sent Saturday 08/11/2025: Sunday 09 skipped, Monday 10 (1st), Tuesday 11 is Armistice (skipped),
	// Wednesday 12 (2nd), Thursday 13 (3rd) → takes effect 13/11/2025; 13/11 + 14 days − 1 = 26/11/2025.
	await page.getByLabel("Date de remise ou d'envoi du préavis").fill('08/11/2025');
	await expect(page.getByTestId('notice-registered-letter')).toContainText('jeudi 13/11/2025');
	await expect(page.getByTestId('notice-registered-letter')).toContainText('mercredi 26/11/2025');
	const letter = region(page, 'Explication du préavis : lettre recommandée');
	await expect(letter).toContainText('dimanche 09/11/2025 : non compté (dimanche)');
	await expect(letter).toContainText('mardi 11/11/2025 : non compté (jour férié : Armistice)');
	await expect(letter).toContainText('jeudi 13/11/2025 : 3e jour ouvrable');

	// Notified Monday 15/09/2025, before the trial ends on 30/09/2025 → 7 days; by hand: 16/09 to 22/09/2025.
	await page.getByLabel("Date de remise ou d'envoi du préavis").fill('15/09/2025');
	await expect(page.getByTestId('notice-length')).toHaveText('Préavis de 7 jours');
	await expect(byHand).toContainText('22/09/2025');
	// The automatic answer can be overridden.
	await page.getByLabel("Préavis donné pendant la période d'essai ?").selectOption('no');
	await expect(page.getByTestId('notice-length')).toHaveText('Préavis de 14 jours');
	// The notice date and the trial choice are the scenario's: a reload keeps them.
	await page.reload();
	await expect(page.getByLabel("Date de remise ou d'envoi du préavis")).toHaveValue('15/09/2025');
	await expect(page.getByLabel("Préavis donné pendant la période d'essai ?")).toHaveValue('no');
	await expect(page.getByTestId('notice-length')).toHaveText('Préavis de 14 jours');
});

test('guaranteed pay covers 7 days per illness, a relapse only what is left', async ({ page }) => {
	// Level A on 15/10/2025: 17 % × 2 111,89 € = 359,0213 → 359,02 €.
	// Illness 15–19/10/2025: 5 days × 359,02 / 31 = 57,906 → 57,91 €.
	// Relapse 27–31/10/2025 (within 14 days of 19/10): 7 − 5 = 2 days left, 2 × 359,02 / 31 = 23,162 → 23,16 €. Total 81,07 €.
	await expect(page.getByTestId('guaranteed-total')).toHaveText(/81,07\s€ de rétribution garantie/);
	await expect(page.getByTestId('incapacity-2')).toContainText('rechute');
	await expect(page.getByTestId('incapacity-2')).toContainText(/23,16\s€/);
	const why = region(page, 'Explication de la rétribution garantie');
	await expect(why).toContainText('2 111,89 € × 17 %');
	await expect(why).toContainText('359,02 € × 2 / 31');
	await expect(why).toContainText('Chiffres en vigueur le 15/10/2025.');

	// A certificate of another illness opens 7 new days: 5 days, 57,91 € again; total 115,82 €.
	await row(page, 'Incapacité n° 2')
		.getByLabel('Autre maladie ou autre accident (certificat médical)')
		.check();
	await expect(page.getByTestId('incapacity-2')).toContainText('nouvelle incapacité');
	await expect(page.getByTestId('guaranteed-total')).toHaveText(/115,82\s€/);

	// With 400 € a month: 400 × 5 / 31 = 64,516 → 64,52 € twice = 129,04 €.
	await page.getByLabel('Rétribution mensuelle payée (facultatif)').fill('400');
	await expect(page.getByTestId('guaranteed-total')).toHaveText(/129,04\s€/);
});

test('a period out of order shows a French message next to its field', async ({ page }) => {
	const start = row(page, 'Incapacité n° 2').getByLabel('Début');
	await start.fill('18/10/2025');
	await expect(start).toHaveAccessibleDescription(
		/Incapacité n° 2, début : les périodes doivent être données dans l'ordre, sans chevauchement \(la précédente finit le 19\/10\/2025\)/
	);
	await expect(page.getByTestId('guaranteed-total')).toHaveCount(0);
	// A date that does not exist is caught while typing.
	await page.getByLabel('Date de naissance').fill('31/02/2009');
	await expect(page.getByLabel('Date de naissance')).toHaveAccessibleDescription(
		/écrivez une date qui existe/
	);
});

test('the employer checklist counts the points ticked and cites the Vade-Mecum', async ({
	page
}) => {
	await expect(page.getByText('Points réglés : 0 sur 7.')).toBeVisible();
	await page.getByLabel('Déclaration DIMONA faite avant le premier jour du contrat').check();
	await page
		.getByLabel("Agrément de l'entreprise obtenu auprès de l'opérateur de formation")
		.check();
	await expect(page.getByText('Points réglés : 2 sur 7.')).toBeVisible();
	await expect(page.getByText('(Vade-Mecum OFFA 2017, §4.8 et fiche 5)')).toBeVisible();
});

test('the contract page has no accessibility violation', async ({ page }) => {
	const violations = await accessibilityViolations(page);
	expect(violations).toEqual([]);
});

test("the IFAPME's own entry limit of 23 shows next to the contract's conditions", async ({
	page
}) => {
	// The default operator is the IFAPME; a 16-year-old is within its limit.
	await expect(page.getByTestId('operator-rule')).toContainText(
		"Oui — Règle de l'opérateur (IFAPME) : 23 ans au plus à l'entrée en formation"
	);
	// Born 25/08/2001: 24 on the signing day 25/08/2025; the contract allows it (under 25), the IFAPME does not.
	await page.getByLabel('Date de naissance').fill('25/08/2001');
	await expect(page.getByTestId('age-at-signing')).toHaveText('24 ans');
	await expect(page.getByTestId('eligibility')).toContainText('Oui');
	await expect(page.getByTestId('operator-rule')).toContainText(
		"Non — L'opérateur IFAPME n'accepte pas l'entrée à 24 ans"
	);
	await expect(region(page, "Explication de la règle de l'opérateur")).toContainText('24 ans > 23');
	await expect(region(page, "Explication de la règle de l'opérateur")).toContainText('IFAPME, FAQ');
});
