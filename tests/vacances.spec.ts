import { accessibilityViolations, expect, test } from './fixtures';

// The default scenario: contract from Monday 01/09/2025 to 30/06/2028, company Monday to Wednesday, 8 h a day (24 h a
// week), ouvrier, 38 h full time. Days worked: 2025 → 17 weeks × 3 + 29, 30, 31/12 = 54; 2026 and 2027 → 52 × 3 = 156.

/** The figures of a year in the year table: work of the year before, paid, European and school days, pay. */
const rowOf = (page: import('@playwright/test').Page, year: number) =>
	page.getByTestId(`vacation-year-${year}`).getByRole('cell');

test('every year of the contract comes from the contract and the grid; a year typed over stays marked and survives a reload', async ({
	page
}) => {
	await page.goto('/vacances');
	// 2026: (54 × 5 / 3) × 24 / 38 = 56,84 → 57 → row 48–63 → 4 days. 2027: (156 × 5 / 3) × 24 / 38 = 164,21 → 164 → row 163–181 → 14 days.
	// European days: 2025 → 54 days of 2025 → 4; 2026 → 156 days → 14, room 20 − 4 = 16 → 14; 2027 and 2028 → room 20 − 14 = 6.
	await expect(rowOf(page, 2025)).toHaveText(['0', '0', '4', '20', /^0,00\s€$/]);
	// 2026 pay: 4 × 359,02 € = 1 436,08 € of 2025 rétributions × 108 % × 15,38 % = 238,54 €.
	await expect(rowOf(page, 2026)).toHaveText(['54', '4', '14', '20', /^238,54\s€$/]);
	await expect(rowOf(page, 2027)).toHaveText(['156', '14', '6', '20', /€$/]);
	await expect(page.getByTestId('vacation-years').locator('tfoot')).toContainText(
		/Total\s*32\s*30\s*80/
	);
	await expect(page.getByTestId('answer')).toContainText(
		"Premières vacances payées en 2026 : 4 jours (régime ouvrier), d'après le travail de 2025."
	);
	await expect(page.getByTestId('answer')).toContainText(
		'Sur tout le contrat (2025–2028) : 32 jours payés, 30 jours européens'
	);

	// The real 2025 figure typed over: (104 × 5 / 3) × 24 / 38 = 109,47 → 109 → row 106–124 → 9 days in 2026.
	await page.getByText("Corriger le travail d'une année").click();
	await expect(page.getByLabel('Jours en 2025')).toHaveAccessibleDescription(
		/Vide : calculé : 54 j/
	);
	await page.getByLabel('Jours en 2025').fill('104');
	// The European days of 2026 then complete 9 paid days: min(14 ; 20 − 9) = 11.
	await expect(rowOf(page, 2026)).toHaveText(['104(saisi)', '9', '11', '20', /^238,54\s€$/]);
	const paid = page.getByRole('region', { name: 'Vacances payées en 2026', exact: true });
	await expect(paid.getByTestId('paid-days')).toHaveText('9 jours de vacances payées');
	await expect(paid).toContainText("D'après 104 jours en entreprise en 2025 (saisis)");

	// Another year detailed, then a reload: both are the scenario's.
	await page.getByLabel('Année détaillée').selectOption('2027');
	await expect(
		page
			.getByRole('region', { name: 'Vacances payées en 2027', exact: true })
			.getByTestId('paid-days')
	).toHaveText('14 jours de vacances payées');
	await page.reload();
	await expect(page.getByLabel('Année détaillée')).toHaveValue('2027');
	await expect(rowOf(page, 2026).first()).toHaveText('104(saisi)');

	// On a 360-px phone the table shows every column: nothing scrolls sideways.
	await page.setViewportSize({ width: 360, height: 780 });
	const table = page.getByTestId('vacation-years');
	expect(
		await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)
	).toBeLessThanOrEqual(0);
});

test('Pierre, ouvrier of fiche 4: the example opens here, 104 days at 28 h over 4 days give 7 days and a vacation pay', async ({
	page
}) => {
	await page.goto('/');
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Fiche 4 : Pierre' })
		.getByRole('button', { name: 'Ouvrir' })
		.click();
	await expect(page).toHaveURL(/\/vacances#s=/);

	// (104 × 5 / 4) × 28 / 38 = 130 × 28 / 38 = 3 640 / 38 = 95,789… → 95,79 → 96, and 96 lies in the row 87–96 → 7 days.
	const paid = page.getByRole('region', { name: 'Vacances payées en 2026', exact: true });
	await expect(paid.getByTestId('paid-days')).toHaveText('7 jours de vacances payées');
	await expect(page.getByTestId('answer')).toContainText(
		"Premières vacances payées en 2026 : 7 jours (régime ouvrier), d'après le travail de 2025."
	);
	await expect(paid).toContainText('« de 87 à 96 jours → 7 jours »');
	await expect(paid.getByText('(104 × 5 / 4) × 28 / 38')).toBeVisible();
	await expect(paid.getByText('95,79 → 96')).toBeVisible();
	await expect(paid).toContainText('Chiffres en vigueur le 01/01/2026.');

	// 2 000 € × 108 % × 15,38 % = 2 000 × 1,661 04 = 332,208 → 332,21 €.
	const pay = page.getByRole('region', { name: 'Pécule de vacances 2026', exact: true });
	await page.getByLabel('Rétributions brutes de 2025 (facultatif)').fill('2000');
	await expect(pay.getByTestId('vacation-pay')).toHaveText(/^332,21\s€ brut$/);
	await expect(pay).toContainText('caisse de vacances');
});

test('an employé: 2 days a month in a 6-day week, prorated to 3 days; a prorated double pay; European days', async ({
	page
}) => {
	await page.goto('/vacances');
	await page.getByLabel('Régime de travail').selectOption({ label: 'Employé' });
	await expect(page.getByLabel("Heures d'un temps plein dans l'entreprise")).toHaveCount(0);

	// 2026: 4 months of 2025 × 2 days = 8 days in a 6-day week, × 3 / 6 = 4 days.
	const paid = page.getByRole('region', { name: 'Vacances payées en 2026', exact: true });
	await expect(paid.getByTestId('paid-days')).toHaveText('4 jours de vacances payées');
	await expect(paid.getByText('8 × 3 / 6 = 4')).toBeVisible();

	// Double pay: 400 € × 92 % × 4 / 12 = 122,666… → 122,67 €; the vacation month brings 400 + 122,67 = 522,67 €.
	await page
		.getByLabel('Rétribution brute du mois des vacances principales (facultatif)')
		.fill('400');
	const pay = page.getByRole('region', { name: 'Pécule de vacances 2026', exact: true });
	await expect(pay.getByTestId('vacation-pay')).toHaveText(/^122,67\s€ de double pécule$/);
	await expect(pay).toContainText(/522,67\s€ brut/);

	// European days of 2026: 12 months × 2 × 3 / 6 = 12, room up to 4 weeks: 4 × 3 − 4 = 8, so min(12 ; 8) = 8.
	const european = page.getByRole('region', { name: 'Vacances européennes 2026', exact: true });
	await expect(european.getByTestId('european-days')).toHaveText('8 jours de vacances européennes');
	await expect(european.getByText('min(12 ; 8)')).toBeVisible();
});

test('the construction sector rest days come off the unpaid school vacations', async ({ page }) => {
	await page.goto('/vacances');
	const school = page.getByRole('region', {
		name: 'Vacances scolaires non rétribuées 2026',
		exact: true
	});
	await expect(school.getByTestId('school-days')).toHaveText('20 jours non rétribués');
	await page.getByLabel('Entreprise de la construction (CP 124)').check();
	// The contract covers all 365 days of 2026: 12 × 365 / 365 = 12 rest days, and 20 − 12 = 8 unpaid days.
	await expect(school.getByTestId('school-days')).toHaveText('8 jours non rétribués');
	await expect(school.getByText('12 × 365 / 365')).toBeVisible();
	await expect(rowOf(page, 2026)).toHaveText(['54', '4', '14', '8', /^238,54\s€$/]);
});

test('the summer check fails with two weeks, then passes once a period joins them', async ({
	page
}) => {
	await page.goto('/vacances');
	const summer = page.getByRole('region', {
		name: 'Trois semaines consécutives en été 2026',
		exact: true
	});
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
	// The plan is the scenario's: a reload keeps it.
	await page.reload();
	await expect(page.getByLabel('Début de la période n° 1')).toHaveValue('15/07/2026');
});

test('a month count above 12 is refused next to its year, and the year is left out of the totals', async ({
	page
}) => {
	await page.goto('/vacances');
	await page.getByLabel('Régime de travail').selectOption({ label: 'Employé' });
	await page.getByText("Corriger le travail d'une année").click();
	const field = page.getByLabel('Mois en 2025');
	await field.fill('13');
	await expect(field).toHaveAccessibleDescription(
		/Mois prestés et assimilés : la valeur 13 doit être comprise entre 0 et 12\./
	);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(
		page.getByRole('region', { name: 'Vacances payées en 2026', exact: true })
	).toContainText('Calcul impossible');
	await expect(page.getByTestId('answer')).toContainText('une année reste à corriger');
	await field.fill('');
	await expect(field).toHaveAttribute('aria-invalid', 'false');
});

test('the vacations page has no accessibility violation, with results and with an error', async ({
	page
}) => {
	await page.goto('/vacances');
	await expect(page.getByTestId('paid-days')).toBeVisible();
	expect(await accessibilityViolations(page)).toEqual([]);
	await page.getByLabel('Régime de travail').selectOption({ label: 'Employé' });
	await page.getByText("Corriger le travail d'une année").click();
	await page.getByLabel('Mois en 2025').fill('13');
	await expect(page.getByLabel('Mois en 2025')).toHaveAttribute('aria-invalid', 'true');
	expect(await accessibilityViolations(page)).toEqual([]);
});
