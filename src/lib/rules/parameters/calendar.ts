/** The list of legal public holidays, as rules that give a date in any year. */
import type { ParameterTable } from './table';
import { HOLIDAYS_DECREE } from './sources';

export type HolidayRule =
	{ name: string; month: number; day: number } | { name: string; easterOffset: number };

export const publicHolidayRules: ParameterTable<HolidayRule[]> = {
	id: 'public-holidays',
	label: 'Jours fériés légaux',
	unit: 'liste de dates',
	// The ten holidays of 2026 listed by Salary Solution, 17 November 2025.
	checkedUntil: '2025-11-17',
	rows: [
		{
			from: '1974-01-01',
			value: [
				{ name: "Jour de l'An", month: 1, day: 1 },
				{ name: 'Lundi de Pâques', easterOffset: 1 },
				{ name: 'Fête du Travail', month: 5, day: 1 },
				{ name: 'Ascension', easterOffset: 39 },
				{ name: 'Lundi de Pentecôte', easterOffset: 50 },
				{ name: 'Fête nationale', month: 7, day: 21 },
				{ name: 'Assomption', month: 8, day: 15 },
				{ name: 'Toussaint', month: 11, day: 1 },
				{ name: 'Armistice', month: 11, day: 11 },
				{ name: 'Noël', month: 12, day: 25 }
			],
			source: HOLIDAYS_DECREE,
			confirmed: true,
			note: 'Pâques et la Pentecôte (dimanches) ne sont pas des jours fériés légaux : seuls les lundis le sont.'
		}
	]
};

/** The tables of the calendar: the list of public holidays. */
export const calendarTables: readonly ParameterTable<unknown>[] = [publicHolidayRules];
