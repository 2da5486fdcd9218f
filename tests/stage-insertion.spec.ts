import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './fixtures';

/** Fiche 12, example 1: one contract from 01/09/2015 to 30/06/2016, for someone born on 10/05/1998. */
async function fillFiche12Example1(page: Page, outcome: string, requestDate: string) {
	await page.goto('/stage-insertion');
	await page.getByLabel('Début du contrat n° 1', { exact: true }).fill('01/09/2015');
	await page.getByLabel('Fin du contrat n° 1', { exact: true }).fill('30/06/2016');
	await page.getByLabel('Date de naissance').fill('10/05/1998');
	await page.getByLabel('Issue de la formation').selectOption({ label: outcome });
	await page.getByLabel("Date de la demande d'allocations").fill(requestDate);
}

const remainingExplanation = (page: Page) =>
	page.getByRole('region', { name: 'Explication des jours de stage à faire' });

test('fiche 12 example 1: a successful alternance leaves 49 days, not the 50 printed in 2017', async ({
	page
}) => {
	await fillFiche12Example1(page, 'Réussie (qualification obtenue)', '15/07/2016');
	await expect(page.getByTestId('age')).toHaveText('Âge à la date de la demande : 18 ans');
	// 01/09/2015–30/06/2016 both ends included: 30 + 31 + 30 + 31 + 31 + 29 + 31 + 30 + 31 + 30 = 304 days, 43 Sundays;
	// 304 − 43 = 261 contract days; 310 − 261 = 49 days left (the 2017 text counts 303 and leaves 50).
	await expect(page.getByTestId('remaining')).toHaveText('49 jours de stage à faire');
	// The page opens with the answer.
	await expect(page.getByTestId('answer')).toHaveText(
		"Pour une demande le 15/07/2016 : 49 jours de stage d'insertion à faire."
	);
	const why = remainingExplanation(page);
	await expect(why).toContainText('304 jours calendrier − 43 dimanches');
	await expect(why).toContainText('max(0 ; 310 − 261)');
	await expect(why).toContainText(
		'imprime 303 jours calendrier et 43 dimanches pour ces dates, et 50 jours de stage restant'
	);
	await expect(why).toContainText('Chiffres en vigueur le 15/07/2016.');
	// Started Saturday 16/07/2016: 49 days = 8 weeks of 6 days + 1 day, so 8 × 7 days later, Saturday 10/09/2016 (57 calendar days − 8 Sundays = 49).
	await expect(page.getByTestId('end-date')).toHaveText('Dernier jour : samedi 10/09/2016');
	await expect(
		page.getByRole('region', { name: 'Explication de la date de fin du stage' })
	).toContainText('49 jours + 8 dimanches = 57 jours calendrier');
	// The same contract after the reform: 156 − 261 → 0.
	await expect(page.getByTestId('compare-left')).toHaveText(['49 jours', '0 jour']);
});

test('a failed alternance before the reform halves the reduction and warns an 18-year-old without diploma', async ({
	page
}) => {
	await fillFiche12Example1(page, 'Terminée sans succès', '15/07/2016');
	// 261 contract days; half rounded up ⌈261 / 2⌉ = 131; 310 − 131 = 179 ≥ the 155-day floor.
	await expect(page.getByTestId('remaining')).toHaveText('179 jours de stage à faire');
	const why = remainingExplanation(page);
	await expect(why).toContainText('max(155 ; 310 − ⌈261 / 2⌉) = max(155 ; 310 − 131)');
	await expect(why.getByRole('listitem').filter({ hasText: 'Attention' })).toContainText(
		'Moins de 21 ans sans le diplôme requis'
	);
	// From Saturday 16/07/2016: 178 more days = 29 weeks + 4 days, stepping over one Sunday: 16/07/2016 + 208 days = Thursday 09/02/2017.
	await expect(page.getByTestId('end-date')).toHaveText('Dernier jour : jeudi 09/02/2017');
	// After the reform a failure no longer opens the right.
	await expect(page.getByTestId('compare-left')).toHaveText([
		'179 jours',
		"Pas de droit par l'alternance"
	]);

	await page.getByLabel('Diplôme requis obtenu hors alternance').check();
	await expect(why.getByText('Moins de 21 ans sans le diplôme requis')).toHaveCount(0);
});

test('the same contract with a request after 1 March 2026 falls under the 156-day stage, with its warning', async ({
	page
}) => {
	await fillFiche12Example1(page, 'Réussie (qualification obtenue)', '15/04/2026');
	// Born in 2002, 23 at the request: under the 25-year limit that both regimes keep.
	await page.getByLabel('Date de naissance').fill('10/05/2002');
	await expect(page.getByTestId('age')).toHaveText('Âge à la date de la demande : 23 ans');
	// 156 − 261 < 0: nothing left; the reduction itself is unconfirmed after the reform.
	await expect(page.getByTestId('remaining')).toHaveText('0 jour de stage à faire');
	const why = remainingExplanation(page);
	await expect(why).toContainText('stage de base de 156 jours');
	await expect(why).toContainText('max(0 ; 156 − 261)');
	await expect(why).toContainText(
		"Il n'est pas confirmé que les jours d'une alternance réussie réduisent encore le stage de 156 jours"
	);
	await expect(page.getByTestId('end-date')).toHaveText(
		'Pas de stage à faire, donc pas de date de fin.'
	);
	await expect(
		page.getByRole('heading', { name: /Demande à partir du 01\/03\/2026 \(votre demande\)/ })
	).toBeVisible();

	await page
		.getByLabel('Issue de la formation')
		.selectOption({ label: 'Abandonnée avant la fin du contrat' });
	await expect(page.getByTestId('remaining')).toHaveText(
		"L'alternance n'ouvre pas le droit aux allocations d'insertion."
	);
});

test("an earlier contract is counted with the scenario's contract", async ({ page }) => {
	// Fiche 12, example 2: 04/01/2016–30/06/2016 and 01/09/2016–30/06/2017 cover 482 − 68 = 414 days > 310: nothing left.
	await page.goto('/stage-insertion');
	await page.getByLabel('Date de naissance').fill('10/05/1998');
	await page.getByRole('button', { name: 'Ajouter un contrat antérieur' }).click();
	await page.getByLabel('Début du contrat n° 1', { exact: true }).fill('04/01/2016');
	await page.getByLabel('Fin du contrat n° 1', { exact: true }).fill('30/06/2016');
	await page.getByLabel('Début du contrat n° 2', { exact: true }).fill('01/09/2016');
	await page.getByLabel('Fin du contrat n° 2', { exact: true }).fill('30/06/2017');
	await page.getByLabel("Date de la demande d'allocations").fill('15/07/2017');
	await expect(page.getByTestId('remaining')).toHaveText('0 jour de stage à faire');
	await expect(remainingExplanation(page)).toContainText('Total des jours du contrat');
	await expect(remainingExplanation(page)).toContainText('482 − 68');
	await page.getByRole('button', { name: 'Retirer le contrat n° 1' }).click();
	await expect(page.getByLabel('Début du contrat n° 1', { exact: true })).toHaveValue('01/09/2016');
});

test('a contract that ends before it starts is refused next to its end date', async ({ page }) => {
	await page.goto('/stage-insertion');
	await page.getByLabel('Début du contrat n° 1', { exact: true }).fill('01/09/2015');
	const end = page.getByLabel('Fin du contrat n° 1', { exact: true });
	await end.fill('30/06/2015');
	await expect(end).toHaveAccessibleDescription(
		/Fin du contrat n° 1 : la date de fin doit être égale ou postérieure au début \(01\/09\/2015\)\./
	);
	await expect(end).toHaveAttribute('aria-invalid', 'true');
});

test("the stage d'insertion page has no accessibility violations", async ({ page }) => {
	await fillFiche12Example1(page, 'Terminée sans succès', '15/07/2016');
	await expect(page.getByTestId('remaining')).toBeVisible();
	expect(await accessibilityViolations(page)).toEqual([]);
});

test('a request at 26 after the reform gets no days, and the explanation says why', async ({
	page
}) => {
	// Born 10/05/1998, the same successful contract, a request on 15/06/2026: 28 years old, over the 25-year limit.
	await fillFiche12Example1(page, 'Réussie (qualification obtenue)', '15/06/2026');
	await expect(page.getByTestId('age')).toHaveText('Âge à la date de la demande : 28 ans');
	await expect(page.getByTestId('remaining')).toHaveText(
		"L'alternance n'ouvre pas le droit aux allocations d'insertion."
	);
	const why = remainingExplanation(page);
	await expect(why).toContainText(
		"Demande à 28 ans : les allocations d'insertion se demandent avant 25 ans"
	);
	await expect(why).toContainText('dérogation');
	// Both regimes apply the age limit.
	await expect(page.getByTestId('compare-left')).toHaveText([
		"Pas de droit par l'alternance",
		"Pas de droit par l'alternance"
	]);
});
