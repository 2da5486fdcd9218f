/**
 * Working-time limits of an apprentice: night work, daily and weekly hours, continuous work and
 * breaks, Sunday rest, overtime surcharge (contract art. 5, Vade-Mecum §4.5 and fiche 2).
 */
import type { ParameterTable } from './table';
import type { WeeklyHoursRegime } from './weekly-hours-regimes';
import { VADE_MECUM_DATE, vadeMecum } from './sources';
import type { SourceRef } from '../explain';

/** The labour law the Vade-Mecum refers to; it holds the young workers' rules. */
export const LABOUR_LAW_1971: SourceRef = {
	title: 'Loi du 16 mars 1971 sur le travail',
	reference: 'dispositions protégeant les jeunes travailleurs (moins de 18 ans)',
	url: 'https://www.ejustice.just.fgov.be'
};

/** The contract of the apprentice dates from the first OFFA contracts. */
const CONTRACT_START = '2015-09-01';

const NIGHT_SOURCE = vadeMecum("fiche 2, Travail de nuit (article 5 du contrat d'alternance)");
const DAILY_SOURCE = vadeMecum(
	'fiche 2, Temps de travail journalier (art. 20, § 1er de la loi du 16 mars 1971)'
);

/** A time window 'HH:MM'–'HH:MM'; it runs past midnight when `to` is not after `from`. */
export interface TimeWindow {
	from: string;
	to: string;
}

import type { NightDerogation } from '../choices';

export { NIGHT_DEROGATIONS, type NightDerogation } from '../choices';

export { WEEKLY_HOURS_REGIMES, type WeeklyHoursRegime } from './weekly-hours-regimes';

/** Ages that change the rules: adulthood, and the minimum age of the night derogations. */
export const youngWorkerAgeTable: ParameterTable<{ adult: number; nightDerogation: number }> = {
	id: 'working-time-ages',
	label: 'Âges du temps de travail (majorité, dérogations de nuit)',
	unit: 'ans',
	// Securex Lex4you, « points d'attention 2022 » for workers under 18.
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: { adult: 18, nightDerogation: 16 },
			source: NIGHT_SOURCE,
			confirmed: true,
			note: '« Entre 15 et 18 ans » : avant 18 ans. « Plus de 16 ans » : dès 16 ans.'
		}
	]
};

/**
 * Night windows forbidden under 18. A derogation may list several windows: each applies to a shift
 * that starts at or after the window's end (shift work: 22:00–06:00 from 06:00, 23:00–07:00 from 07:00).
 */
export const nightWindowTable: ParameterTable<{
	minor: TimeWindow;
	derogations: Record<NightDerogation, TimeWindow[]>;
}> = {
	id: 'night-work',
	label: 'Travail de nuit interdit avant 18 ans',
	unit: 'heures (HH:MM)',
	// Securex Lex4you, « règles applicables aux jeunes travailleurs » and « points d'attention 2022 ».
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: {
				minor: { from: '20:00', to: '06:00' },
				derogations: {
					horeca: [{ from: '23:00', to: '06:00' }],
					audiovisual: [{ from: '23:00', to: '06:00' }],
					'shift-work': [
						{ from: '22:00', to: '06:00' },
						{ from: '23:00', to: '07:00' }
					]
				}
			},
			source: NIGHT_SOURCE,
			confirmed: true,
			note: "Dérogations dès 16 ans : Horeca (CP 302) et audiovisuel (CP 227) jusqu'à 23:00 ; travail en équipes ou ininterrompu jusqu'à 22:00 (reprise à 06:00) ou 23:00 (reprise à 07:00)."
		}
	]
};

/** Hours during which nobody may work, whatever the age. */
export const absoluteNightTable: ParameterTable<TimeWindow> = {
	id: 'night-work-absolute',
	label: 'Travail interdit à tout âge',
	unit: 'heures (HH:MM)',
	// Securex Lex4you, « règles applicables aux jeunes travailleurs » and « points d'attention 2022 ».
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: { from: '00:00', to: '04:00' },
			source: NIGHT_SOURCE,
			confirmed: true
		}
	]
};

/** Daily limit, raised when the week holds a half-day of rest besides Sunday. */
export const dailyHoursTable: ParameterTable<{ base: number; withHalfDayOfRest: number }> = {
	id: 'daily-hours',
	label: 'Durée journalière maximale',
	unit: 'heures par jour',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { base: 8, withHalfDayOfRest: 9 },
			source: DAILY_SOURCE,
			confirmed: true
		}
	]
};

/** Time that splits a day into two half-days, for the 9-hour day. */
export const halfDayBoundaryTable: ParameterTable<string> = {
	id: 'half-day-boundary',
	label: "Heure séparant les deux demi-jours d'une journée",
	unit: 'heure (HH:MM)',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: '13:00',
			source: DAILY_SOURCE,
			confirmed: false,
			note: 'Lecture retenue : ni le Vade-Mecum ni la loi citée ne disent où finit un demi-jour ; 13:00 est retenu.'
		}
	]
};

/** Longest continuous work before a break. */
export const continuousWorkTable: ParameterTable<{ minor: number; adult: number }> = {
	id: 'continuous-work',
	label: 'Durée maximale de travail sans interruption',
	unit: 'heures',
	// Securex Lex4you, « points d'attention 2022 »: 4 h 30 without a break under 18.
	checkedUntil: '2022-01-01',
	rows: [
		{ from: CONTRACT_START, value: { minor: 4.5, adult: 6 }, source: DAILY_SOURCE, confirmed: true }
	]
};

/** Break due to a young worker after the longest continuous work. */
export const minorBreakTable: ParameterTable<number> = {
	id: 'minor-break',
	label: 'Pause minimale avant 18 ans',
	unit: 'minutes',
	// Securex Lex4you, « points d'attention 2022 »: half an hour after 4 h 30.
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: 30,
			source: LABOUR_LAW_1971,
			confirmed: true,
			note: 'Due après la durée maximale de travail sans interruption avant 18 ans.'
		}
	]
};

/** The rules for workers under 18 as a social secretariat summarises the labour law of 16 March 1971. */
export const YOUNG_WORKERS_2022: SourceRef = {
	title:
		"Securex Lex4you, « Durée du travail pour les étudiants de moins de 18 ans : points d'attention 2022 »",
	reference:
		"« plus de 4h30 […] une demi-heure de repos […] plus de 6 heures, […] un repos d'au moins une heure, dont une demi-heure doit être prise en une fois » ; « au moins 12 heures consécutives » ; un jour de repos qui « doit suivre ou précéder immédiatement le dimanche » (loi du 16 mars 1971)",
	url: 'https://securex.be/fr/lex4you/employeur/actualites/duree-du-travail-pour-les-etudiants-de-moins-de-18-ans-points-d-attention-2022'
};

/** Breaks over a whole working day under 18: past a first length of work, then past a longer one. */
export const minorDayBreaksTable: ParameterTable<{
	breakAfterMinutes: number;
	breakMinutes: number;
	longDayAfterMinutes: number;
	longDayBreakMinutes: number;
	inOneGoMinutes: number;
}> = {
	id: 'minor-day-breaks',
	label: 'Pauses sur la journée de travail avant 18 ans',
	unit: 'minutes',
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: {
				breakAfterMinutes: 270,
				breakMinutes: 30,
				longDayAfterMinutes: 360,
				longDayBreakMinutes: 60,
				inOneGoMinutes: 30
			},
			source: YOUNG_WORKERS_2022,
			confirmed: true,
			note: 'Les pauses se comptent sur la journée entière (prestations commencées le même jour), pas seulement dans une prestation continue.'
		}
	]
};

/** Consecutive days of weekly rest under 18: Sunday and the day right before or after it. */
export const minorWeeklyRestTable: ParameterTable<number> = {
	id: 'minor-weekly-rest',
	label: 'Repos hebdomadaire avant 18 ans (dimanche compris)',
	unit: 'jours consécutifs',
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: 2,
			source: YOUNG_WORKERS_2022,
			confirmed: true,
			note: "Le dimanche et le samedi qui le précède ou le lundi qui le suit ; un jour au centre de formation n'est pas un jour de repos. Un dimanche travaillé sous dérogation du secteur relève du repos compensatoire de la dérogation."
		}
	]
};

/** Consecutive rest between two working days under 18. */
export const minorDailyRestTable: ParameterTable<number> = {
	id: 'minor-daily-rest',
	label: 'Repos consécutif entre deux journées de travail avant 18 ans',
	unit: 'heures',
	// Securex Lex4you, « points d'attention 2022 »: 12 consecutive hours.
	checkedUntil: '2022-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: 12,
			source: YOUNG_WORKERS_2022,
			confirmed: true,
			note: "Heures consécutives sans travail entre la fin d'une journée et le début de la suivante."
		}
	]
};

/** Weekly limit, company and training centre together, and the compensatory days of a longer week. */
export const weeklyHoursTable: ParameterTable<
	Record<WeeklyHoursRegime, { hours: number; compensatoryDays: number }>
> = {
	id: 'weekly-hours',
	label: 'Durée hebdomadaire maximale (entreprise et centre de formation)',
	unit: 'heures par semaine',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: {
				standard: { hours: 38, compensatoryDays: 0 },
				construction: { hours: 40, compensatoryDays: 12 }
			},
			source: vadeMecum(
				"§4.5 et fiche 2, Durée hebdomadaire de formation (article 5 du contrat d'alternance)"
			),
			confirmed: true,
			note: 'Construction (CP 124) : 40 heures effectives, avec 12 jours de repos compensatoire par année civile.'
		}
	]
};

/** Compensatory rest due for a Sunday worked under a derogation. */
export const sundayCompensatoryRestTable: ParameterTable<number> = {
	id: 'sunday-compensatory-rest',
	label: "Repos compensatoire d'un dimanche travaillé",
	unit: 'heures consécutives',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: 36,
			source: vadeMecum('fiche 2, Travail du dimanche et jours fériés légaux'),
			confirmed: true
		}
	]
};

/** Overtime surcharge on the apprentice's own pay. */
export const overtimeSurchargeTable: ParameterTable<{ weekday: number; sundayOrHoliday: number }> =
	{
		id: 'overtime-surcharge',
		label: 'Sursalaire des heures supplémentaires',
		unit: '%',
		checkedUntil: VADE_MECUM_DATE,
		rows: [
			{
				from: CONTRACT_START,
				value: { weekday: 50, sundayOrHoliday: 100 },
				source: vadeMecum("fiche 2, Heures supplémentaires (article 5 du contrat d'alternance)"),
				confirmed: true,
				note: "Calculé sur la rétribution de l'apprenant ; une CCT peut prévoir davantage."
			}
		]
	};

/** The tables of the working-time rules, in the order of the rules page. */
export const workingTimeTables: readonly ParameterTable<unknown>[] = [
	youngWorkerAgeTable,
	nightWindowTable,
	absoluteNightTable,
	dailyHoursTable,
	halfDayBoundaryTable,
	continuousWorkTable,
	minorBreakTable,
	minorDayBreaksTable,
	minorDailyRestTable,
	minorWeeklyRestTable,
	weeklyHoursTable,
	sundayCompensatoryRestTable,
	overtimeSurchargeTable
];
