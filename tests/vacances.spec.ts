import { accessibilityViolations, expect, test } from './fixtures';

// The default scenario starts its contract on 01/09/2025: the page opens on the vacations of 2026, earned in 2025.

test('Pierre, ouvrier of fiche 4: 104 days at 28 h over 4 days give 7 days and a vacation pay', async ({ page }) => {
	await page.goto('/vacances');
	await page.getByLabel('Régime de travail').selectOption({ label: 'Ouvrier' });
	await page.getByLabel('Jours de travail par semaine').fill('4');
	await page.getByLabel('Heures par semaine en entreprise').fill('28');
	await page.getByLabel('Jours prestés et assimilés en 2025').fill('104');

	// (104 × 5 / 4) × 28 / 38 = 130 × 28 / 38 = 3 640 / 38 = 95,789… → 95,79 → 96, and 96 lies in the row 87–96 → 7 days.
	const paid = page.getByRole('region', { name: 'Vacances payées', exact: true });
	await expect(paid.getByTestId('paid-days')).toHaveText('7 jours de vacances payées');
	// The page opens with the answer: the vacation year 2026 follows the 2025 work.
	await expect(page.getByTestId('answer')).toHaveText('En 2026 : 7 jours de vacances payées (régime ouvrier), d\'après le travail de 2025.');
	await expect(paid).toContainText('« de 87 à 96 jours → 7 jours »');
	await expect(paid.getByText('(104 × 5 / 4) × 28 / 38')).toBeVisible();
	await expect(paid.getByText('95,79 → 96')).toBeVisible();
	await expect(paid).toContainText('Chiffres en vigueur le 01/01/2026.');

	// 2 000 € × 108 % × 15,38 % = 2 000 × 1,661 04 = 332,208 → 332,21 €.
	const pay = page.getByRole('region', { name: 'Pécule de vacances', exact: true });
	await page.getByLabel('Rétributions brutes de 2025').fill('2000');
	await expect(pay.getByTestId('vacation-pay')).toHaveText(/^332,21\s€ brut$/);
	await expect(pay).toContainText('caisse de vacances');
});

test('an employé of fiche 4, 3 months at 3 days a week, gets 3 days and a prorated double pay', async ({ page }) => {
	await page.goto('/vacances');
	await page.getByLabel('Régime de travail').selectOption({ label: 'Employé' });
	await expect(page.getByLabel('Heures par semaine en entreprise')).toHaveCount(0);
	await page.getByLabel('Jours de travail par semaine').fill('3');
	await page.getByLabel('Mois prestés et assimilés en 2025').fill('3');

	// 2 days × 3 months = 6 days in a 6-day week, × 3 / 6 = 3 days.
	const paid = page.getByRole('region', { name: 'Vacances payées', exact: true });
	await expect(paid.getByTestId('paid-days')).toHaveText('3 jours de vacances payées');
	await expect(paid.getByText('6 × 3 / 6 = 3')).toBeVisible();

	// Double pay: 400 € × 92 % × 3 / 12 = 92,00 €; the vacation month brings 400 + 92 = 492,00 €.
	await page.getByLabel('Rétribution brute du mois des vacances principales').fill('400');
	const pay = page.getByRole('region', { name: 'Pécule de vacances', exact: true });
	await expect(pay.getByTestId('vacation-pay')).toHaveText(/^92,00\s€ de double pécule$/);
	await expect(pay).toContainText(/492,00\s€ brut/);

	// European days of 2026: 2 × 6 months × 3 / 6 = 6, room up to 4 weeks: 4 × 3 − 3 = 9, so min(6 ; 9) = 6.
	await page.getByLabel('Mois prestés en 2026').fill('6');
	const european = page.getByRole('region', { name: 'Vacances européennes', exact: true });
	await expect(european.getByTestId('european-days')).toHaveText('6 jours de vacances européennes');
	await expect(european.getByText('min(6 ; 9)')).toBeVisible();
});

test('the construction sector rest days come off the unpaid school vacations', async ({ page }) => {
	await page.goto('/vacances');
	const school = page.getByRole('region', { name: 'Vacances scolaires non rétribuées', exact: true });
	await expect(school.getByTestId('school-days')).toHaveText('20 jours non rétribués');
	await page.getByLabel('Entreprise de la construction (CP 124)').check();
	// The contract covers all 365 days of 2026: 12 × 365 / 365 = 12 rest days, and 20 − 12 = 8 unpaid days.
	await expect(school.getByTestId('school-days')).toHaveText('8 jours non rétribués');
	await expect(school.getByText('12 × 365 / 365')).toBeVisible();
});

test('the summer check fails with two weeks, then passes once a period joins them', async ({ page }) => {
	await page.goto('/vacances');
	const summer = page.getByRole('region', { name: 'Trois semaines consécutives en été', exact: true });
	await expect(summer.getByTestId('summer-check')).toContainText('Règle respectée');

	// Wednesday 01/07/2026 to Tuesday 14/07/2026: 14 days, no weekend touches them, 7 are missing.
	await page.getByLabel('Fin de la période n° 1').fill('14/07/2026');
	await expect(summer.getByTestId('summer-check')).toContainText('Règle non respectée');
	await expect(summer).toContainText('14 jours consécutifs, du 01/07/2026 au 14/07/2026');
	await expect(summer).toContainText('il manque 7 jours');

	// 15/07 to Friday 24/07 joins the first period; the weekend of 25–26/07 borders it: 26 days from 01/07 to 26/07.
	await page.getByRole('button', { name: 'Ajouter une période' }).click();
	await page.getByLabel('Début de la période n° 2').fill('15/07/2026');
	await page.getByLabel('Fin de la période n° 2').fill('24/07/2026');
	await expect(summer.getByTestId('summer-check')).toContainText('Règle respectée');
	await expect(summer).toContainText('26 jours consécutifs, du 01/07/2026 au 26/07/2026');

	await page.getByRole('button', { name: 'Retirer la période n° 1' }).click();
	await expect(summer.getByTestId('summer-check')).toContainText('Règle non respectée');
});

test('seven working days a week are refused next to the field', async ({ page }) => {
	await page.goto('/vacances');
	const field = page.getByLabel('Jours de travail par semaine');
	await field.fill('7');
	await expect(field).toHaveAccessibleDescription(/Jours de travail par semaine : la valeur 7 doit être comprise entre 1 et 6\./);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('region', { name: 'Vacances payées', exact: true })).toContainText('Calcul impossible');
	await field.fill('4');
	await expect(field).toHaveAttribute('aria-invalid', 'false');
});

test('the vacations page has no accessibility violation, with results and with an error', async ({ page }) => {
	await page.goto('/vacances');
	await expect(page.getByTestId('paid-days')).toBeVisible();
	expect(await accessibilityViolations(page)).toEqual([]);
	await page.getByLabel('Régime de travail').selectOption({ label: 'Employé' });
	await page.getByLabel('Mois prestés et assimilés en 2025').fill('13');
	await expect(page.getByLabel('Mois prestés et assimilés en 2025')).toHaveAttribute('aria-invalid', 'true');
	expect(await accessibilityViolations(page)).toEqual([]);
});
