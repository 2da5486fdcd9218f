import type { Page } from '@playwright/test';
import { expectRefusedUntilFixed } from './field-errors';
import { accessibilityViolations, expect, test } from './fixtures';

// Every test starts on the schedule page with the default scenario: born 15/03/2009 (16 in autumn 2025), Monday to Wednesday
// 08:00–12:00 + 13:00–17:00, 14 h at the centre.
test.beforeEach(async ({ page }) => {
	await page.goto('/horaires');
});

async function checkFrom(page: Page, date: string) {
	await page.getByLabel('Début de la période à vérifier', { exact: true }).fill(date);
}

const count = (page: Page, rule: string) => page.getByTestId(`count-${rule}`).getByRole('cell');

test('the default schedule over November 2025 names the Armistice, a Tuesday, as a public-holiday violation', async ({
	page
}) => {
	await checkFrom(page, '10/11/2025');
	// The end follows the start: 10/11/2025 + 27 days = Sunday 07/12/2025, four whole weeks.
	await expect(page.getByLabel('Fin de la période à vérifier', { exact: true })).toHaveValue(
		'07/12/2025'
	);

	// Every slot is legal (4 h, an hour's break, 8 h a day, 3 × 8 h + 14 h = 38 h a week): only Tuesday 11/11 is wrong.
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'1 règle enfreinte (1 dépassement) du 10/11/2025 au 07/12/2025'
	);
	await expect(count(page, 'public-holiday')).toHaveText('1');
	await expect(count(page, 'weekly-hours')).toHaveText('0');
	const list = page.getByTestId('violations');
	await expect(list).toContainText('Mardi 11/11/2025');
	await expect(list).toContainText(
		'Jour férié : Travail le 11/11/2025, jour férié légal (Armistice)'
	);

	// The grid marks Tuesday and both of its slots, in words.
	await expect(page.getByTestId('day-1')).toContainText('1 infraction : Jour férié');
	await expect(page.getByTestId('week-1-1-rules')).toHaveText('⚠ Infraction : Jour férié');
	await expect(page.getByTestId('day-0')).toContainText('Aucune infraction ce jour');

	// The explanation: 3 days × 2 slots × 4 weeks = 24 shifts, the last on Wednesday 03/12/2025.
	const explanation = page.locator('section:has(#result-title) .explanation');
	await expect(explanation).toContainText(
		'24 prestations du 10/11/2025 au 03/12/2025, sur 4 semaines'
	);
	await expect(explanation).toContainText('Chiffres en vigueur le 10/11/2025');

	// Weekly totals: 24 h in the company + 14 h at the centre = 38 h.
	await expect(page.getByTestId('week-2025-11-17')).toContainText('24 h');
	await expect(page.getByTestId('week-2025-11-17')).toContainText('38 h');
	await expect(page.getByTestId('week-2025-11-17')).toContainText('conforme');

	const holidays = page.locator('section:has(#holidays-title)');
	await expect(holidays.getByRole('listitem').filter({ hasText: 'Armistice' })).toHaveText(
		'Mardi 11/11/2025, Armistice : ⚠ 8 h de travail prévues, infraction'
	);
});

test('a minor working until 21:00 breaks the night rule, which the Horeca derogation lifts from 16', async ({
	page
}) => {
	await checkFrom(page, '10/11/2025');
	await page.getByLabel('Lundi, plage 2, Fin', { exact: true }).fill('21:00');

	// Each of the 4 Mondays: night (20:00–06:00 under 18), 13:00–21:00 = 8 h without a break (> 4 h 30),
	// 4 h + 8 h = 12 h in the day (> 9 h), 28 h + 14 h = 42 h in the week (> 38 h), and from 21:00 to Tuesday 08:00
	// 11 h of rest (< 12 h); plus the Armistice: 4 × 5 + 1 = 21. Six rules: night, break, day, week, daily rest, public holiday.
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'6 règles enfreintes (21 dépassements)'
	);
	const firstRule = page.getByTestId('rules-broken').getByRole('listitem').first();
	await expect(firstRule).toContainText('Travail de nuit — 4 fois');
	await expect(firstRule).toContainText('Pour corriger : terminez les plages plus tôt');
	await expect(count(page, 'night')).toHaveText('4');
	await expect(page.getByTestId('violations')).toContainText(
		'Travail de nuit : Travail de nuit le 10/11/2025 (13:00–21:00) : à 16 ans, aucun travail entre 20:00 et 06:00.'
	);
	await expect(page.getByTestId('week-0-1-rules')).toHaveText(
		'⚠ Infraction : Travail de nuit, Pause'
	);
	await expect(page.getByTestId('week-2025-11-10')).toContainText('42 h');
	await expect(page.getByTestId('week-2025-11-10')).toContainText('dépasse');
	// Monday ends at 21:00 and Tuesday starts at 08:00: 11 h of rest, under the 12 h a minor needs.
	await expect(count(page, 'daily-rest')).toHaveText('4');
	await expect(page.getByTestId('violations')).toContainText(
		'Repos entre deux jours : Repos insuffisant avant la prestation du 11/11/2025 : 11 h seulement depuis la fin de celle du 10/11/2025 (13:00–21:00)'
	);

	// Horeca (CP 302) from 16: no work 23:00–06:00 only, so 21:00 is allowed; 21 − 4 nights = 17.
	await page
		.getByLabel('Dérogation du secteur', { exact: true })
		.selectOption({ label: 'Horeca (CP 302)' });
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'5 règles enfreintes (17 dépassements)'
	);
	await expect(count(page, 'night')).toHaveText('0');
	await expect(page.getByTestId('violations')).not.toContainText('Travail de nuit');
	await expect(page.getByTestId('week-0-1-rules')).toHaveText('⚠ Infraction : Pause');
});

test('a five-hour slot for a minor needs a break', async ({ page }) => {
	await page.getByLabel('Heures au centre par semaine', { exact: true }).fill('9');
	await page.getByRole('button', { name: 'Ajouter une plage le jeudi' }).click();
	// The new slot has the focus and starts at 08:00.
	await expect(page.getByLabel('Jeudi, plage 1, Début', { exact: true })).toBeFocused();
	await page.getByLabel('Jeudi, plage 1, Fin', { exact: true }).fill('13:00');

	// 01/09–28/09/2025 holds 4 Thursdays with 08:00–13:00 = 5 h > 4 h 30; the week is 3 × 8 h + 5 h + 9 h = 38 h, within the limit.
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'1 règle enfreinte (4 dépassements) du 01/09/2025 au 28/09/2025'
	);
	await expect(count(page, 'break')).toHaveText('4');
	await expect(page.getByTestId('violations')).toContainText(
		"5 h de travail continu le 04/09/2025 (08:00–13:00) : avant 18 ans, une pause d'au moins 30 minutes est due après 4 h 30 de travail sans interruption."
	);
	await expect(page.getByTestId('week-3-0-rules')).toHaveText('⚠ Infraction : Pause');
	await expect(page.getByTestId('week-2025-09-01')).toContainText('38 h');

	// Back to 4 h: the green state, in words.
	await page.getByLabel('Jeudi, plage 1, Fin', { exact: true }).fill('12:00');
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'Aucune infraction du 01/09/2025 au 28/09/2025'
	);
});

test('bad times and a too long period show a French message next to their field', async ({
	page
}) => {
	await expectRefusedUntilFixed(
		page.getByLabel('Mardi, plage 1, Début', { exact: true }),
		page.locator('#week-1-0-status'),
		{ wrong: '25:00', fixed: '8h30' },
		'Mardi, plage 1, début : écrivez une heure au format HH:MM, de 00:00 à 23:59 (par exemple 08:30).'
	);

	// Wednesday 08:00–13:15 runs into the next slot, which starts at 13:00.
	await page.getByLabel('Mercredi, plage 1, Fin', { exact: true }).fill('13:15');
	await expect(page.locator('#week-2-1-status')).toContainText(
		'Mercredi, plage 2, début : elle chevauche la plage précédente (03/09/2025, 08:00–13:15)'
	);
	await expect(page.getByLabel('Mercredi, plage 2, Début', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByLabel('Mercredi, plage 2, Fin', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'false'
	);
	await page.getByLabel('Mercredi, plage 1, Fin', { exact: true }).fill('12:00');

	// 01/09/2025–31/12/2035 holds 1618 Mondays, Tuesdays and Wednesdays × 2 slots = 3236 > 2000; 2000 / 6 a week = 333 weeks at most.
	await page.getByLabel('Fin de la période à vérifier', { exact: true }).fill('31/12/2035');
	await expect(page.locator('#to-error')).toContainText(
		'3236 plages horaires du 01/09/2025 au 31/12/2035, le contrôle en accepte 2000 au plus'
	);
	await expect(page.locator('#to-error')).toContainText('333 semaines au plus');
});

test('the overtime surcharge doubles on a public holiday', async ({ page }) => {
	const section = page.locator('section:has(#overtime-title)');
	await section.getByLabel("Rétribution horaire de l'apprenant").fill('5,5');
	await section.getByLabel('Heures supplémentaires', { exact: true }).fill('2');
	// Monday 01/09/2025: 5,50 € × 2 h × 50 % = 5,50 €.
	await expect(page.getByTestId('overtime-surcharge')).toHaveText(/^5,50\s€ de sursalaire$/);
	// Tuesday 11/11/2025, Armistice: 5,50 € × 2 h × 100 % = 11,00 €.
	await section.getByLabel('Date des heures supplémentaires').fill('11/11/2025');
	await expect(page.getByTestId('overtime-surcharge')).toHaveText(/^11,00\s€ de sursalaire$/);
	await expect(section.locator('.explanation')).toContainText('jour férié légal : Armistice');
});

test('the schedule page passes an axe scan, clean and with violations', async ({ page }) => {
	await expect(page.getByTestId('schedule-verdict')).toContainText('Aucune infraction');
	expect(await accessibilityViolations(page)).toEqual([]);

	await checkFrom(page, '10/11/2025');
	await page.getByLabel('Lundi, plage 2, Fin', { exact: true }).fill('21:00');
	await page.getByLabel('Mardi, plage 1, Début', { exact: true }).fill('8:3');
	await expect(page.getByTestId('schedule-verdict')).toContainText('21 dépassements');
	expect(await accessibilityViolations(page)).toEqual([]);
});

test('an employer marks the centre days: a day at the centre is never the half-day of rest that allows 9 h, nor the weekly rest of a minor', async ({
	page
}) => {
	await checkFrom(page, '01/09/2025');
	// A week of 8 h 30 days on Monday to Wednesday (08:00–12:00, 13:00–17:30), Thursday and Friday at the centre, and
	// Saturday 08:00–12:00 then 13:00–16:00: 3 × 8,5 + 7 = 32 h 30 + 5 h 30 at the centre = 38 h.
	await page.getByLabel('Heures au centre par semaine', { exact: true }).fill('5,5');
	for (const day of ['Lundi', 'Mardi', 'Mercredi'])
		await page.getByLabel(`${day}, plage 2, Fin`, { exact: true }).fill('17:30');
	await page.getByRole('button', { name: 'Ajouter une plage le samedi' }).click();
	await page.getByLabel('Samedi, plage 1, Fin', { exact: true }).fill('12:00');
	await page.getByRole('button', { name: 'Ajouter une plage le samedi' }).click();
	await page.getByLabel('Samedi, plage 2, Début', { exact: true }).fill('13:00');
	await page.getByLabel('Samedi, plage 2, Fin', { exact: true }).fill('16:00');
	// Thursday and Friday are centre days (the scenario's default): no half-day off from Monday to Saturday, so
	// each 8 h 30 day is over 8 h: 3 days × 4 weeks = 12. At 16, neither the Saturday nor the Monday around the
	// Sundays 07/09, 14/09 and 21/09 is free (Monday 29/09 is after the period): 3 weekly rests missing.
	const thursday = page.getByTestId('day-3').getByLabel('Jour au centre de formation');
	await expect(thursday).toBeChecked();
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'2 règles enfreintes (15 dépassements)'
	);
	await expect(count(page, 'weekly-rest')).toHaveText('3');
	await expect(page.getByTestId('violations')).toContainText(
		'Repos hebdomadaire : Aucun jour de repos accolé au dimanche 07/09/2025 : samedi 06/09/2025 (travail) et lundi 08/09/2025 (travail)'
	);
	await expect(page.getByTestId('rules-broken')).toContainText(
		'Pour corriger : avant 18 ans, libérez le samedi ou le lundi'
	);
	// From 18 (born 15/03/2007) the weekly rest of a minor no longer applies; the centre day still is no half-day of rest.
	await page.getByLabel('Date de naissance', { exact: true }).fill('15/03/2007');
	await expect(page.getByTestId('schedule-verdict')).toContainText(
		'1 règle enfreinte (12 dépassements)'
	);
	await expect(page.getByTestId('rules-broken')).toContainText(
		'Pour corriger : raccourcissez la journée'
	);
	// Fixing it: Thursday becomes a day off, a half-day of rest, and 9 h days are allowed.
	await thursday.uncheck();
	await expect(page.getByTestId('schedule-verdict')).toContainText('Aucune infraction');
	await thursday.check();
	for (const day of ['Lundi', 'Mardi', 'Mercredi'])
		await page.getByLabel(`${day}, plage 2, Fin`, { exact: true }).fill('17:00');
	await expect(page.getByTestId('schedule-verdict')).toContainText('Aucune infraction');
});
