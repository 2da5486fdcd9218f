/**
 * Annual vacations of an apprentice (contract art. 7, Vade-Mecum §4.7 and fiche 4): paid legal
 * vacations in the ouvrier and employé regimes, vacation pay, European vacations, unpaid school
 * vacations, the summer rule and the compensatory rest days of the construction sector.
 */
import type { ParameterTable } from './table';
import { VADE_MECUM_DATE, vadeMecum } from './sources';

/** The rules of the alternance contract, and so these tables, apply from its start. */
const CONTRACT_START = '2015-09-01';

/** One row of the art. 35 table: days of work from `from` to `to` (null: and more) give `days`. */
export interface VacationScaleRow {
	from: number;
	to: number | null;
	days: number;
	/** A French remark on how the 2017 text prints this row. */
	note?: string;
}

/** Vacation days of an ouvrier by days of work of the reference year, 5-day full-time week. */
export const blueCollarScaleTable: ParameterTable<readonly VacationScaleRow[]> = {
	id: 'vacation-blue-collar-scale',
	label:
		"Jours de vacances légales d'un ouvrier selon les jours de travail (art. 35 de l'AR du 30 mars 1967)",
	unit: 'jours (semaine de 5 jours à temps plein)',
	// The blue-collar table was confirmed again by a check made in 2026.
	checkedUntil: '2026-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: [
				{ from: 231, to: null, days: 20 },
				{ from: 221, to: 230, days: 19 },
				{ from: 212, to: 220, days: 18 },
				{ from: 202, to: 211, days: 17 },
				{ from: 192, to: 201, days: 16 },
				{ from: 182, to: 191, days: 15 },
				{ from: 163, to: 181, days: 14 },
				{ from: 154, to: 162, days: 13 },
				{ from: 144, to: 153, days: 12 },
				{ from: 135, to: 143, days: 11 },
				{ from: 125, to: 134, days: 10 },
				{ from: 106, to: 124, days: 9 },
				{ from: 97, to: 105, days: 8 },
				{ from: 87, to: 96, days: 7 },
				{ from: 77, to: 86, days: 6 },
				{
					from: 64,
					to: 76,
					days: 5,
					note: 'La partie B de la fiche 4 imprime « de 67 à 76 » pour les vacances ordinaires ; la table en vigueur (partie A, Securex 2024) commence à 64, comme pour les vacances européennes.'
				},
				{
					from: 48,
					to: 63,
					days: 4,
					note: "La partie B de la fiche 4 imprime « de 48 à 66 » pour les vacances ordinaires ; la table en vigueur (partie A, Securex 2024) s'arrête à 63, comme pour les vacances européennes."
				},
				{ from: 39, to: 47, days: 3 },
				{ from: 20, to: 38, days: 2 },
				{ from: 10, to: 19, days: 1 },
				{ from: 0, to: 9, days: 0 }
			],
			source: vadeMecum("fiche 4, partie A (art. 35 de l'arrêté royal du 30 mars 1967)"),
			confirmed: true,
			note: 'Table actuelle confirmée par Securex (2024) : 64 à 76 jours → 5, 48 à 63 jours → 4. La même table sert aux vacances européennes (fiche 4, partie B).'
		}
	]
};

export interface BlueCollarConversion {
	/** The days are converted to this standard week. */
	referenceDaysPerWeek: number;
	/** Hours of a full-time worker in the company, unless the user gives another figure. */
	fullTimeHoursPerWeek: number;
	/** Decimals kept before rounding to a whole number of days. */
	decimals: number;
}

/** Conversion of the days of an ouvrier to a 5-day full-time week: (A × 5 / R) × Q / S. */
export const blueCollarConversionTable: ParameterTable<BlueCollarConversion> = {
	id: 'vacation-blue-collar-conversion',
	label: "Conversion des jours de travail d'un ouvrier en semaine de 5 jours à temps plein",
	unit: 'jours, heures par semaine, décimales',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { referenceDaysPerWeek: 5, fullTimeHoursPerWeek: 38, decimals: 2 },
			source: vadeMecum('fiche 4, partie A, 1re étape (formule (A × 5 / R) × Q / S)'),
			confirmed: true,
			note: "Résultat à 2 décimales ; les décimales de 0,50 et plus sont arrondies à l'unité supérieure."
		}
	]
};

export interface WhiteCollarAccrual {
	daysPerMonth: number;
	/** The days per month are counted in this week. */
	referenceDaysPerWeek: number;
}

/** Vacation days of an employé: 2 days per month worked in a 6-day week, × days per week / 6. */
export const whiteCollarAccrualTable: ParameterTable<WhiteCollarAccrual> = {
	id: 'vacation-white-collar-accrual',
	label: "Jours de vacances d'un employé par mois presté (semaine de 6 jours)",
	unit: 'jours par mois',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { daysPerMonth: 2, referenceDaysPerWeek: 6 },
			source: vadeMecum("fiche 4, partie A, « L'apprenant en régime employé »"),
			confirmed: true
		}
	]
};

/** Longest legal paid vacation in a year, whatever the work regime. */
export const vacationCeilingTable: ParameterTable<{ weeks: number }> = {
	id: 'vacation-ceiling',
	label: 'Durée maximale des vacances légales par an',
	unit: 'semaines',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { weeks: 4 },
			source: vadeMecum(
				'fiche 4, partie A, « durée maximale du nombre de jours de vacances légales »'
			),
			confirmed: true,
			note: '20 jours dans une semaine de 5 jours, 24 dans une semaine de 6 jours, 4 semaines dans tout autre régime.'
		}
	]
};

export interface VacationPayRates {
	/** Ouvrier: share of the gross pay of the reference year that the pay is computed on, in %. */
	blueCollarBase: number;
	/** Ouvrier: gross vacation pay (simple and double together) as a % of that base. */
	blueCollarRate: number;
	/** Employé: double pay as a % of the gross pay of the month of the main vacation. */
	whiteCollarDoubleRate: number;
}

/** Vacation pay: 15,38 % of 108 % of the gross pay (ouvrier), double pay of 92 % (employé). */
export const vacationPayTable: ParameterTable<VacationPayRates> = {
	id: 'vacation-pay',
	label: 'Pécule de vacances',
	unit: '%',
	// 15,38 % of 108 % and 92 % were confirmed again by a check made in 2026.
	checkedUntil: '2026-01-01',
	rows: [
		{
			from: CONTRACT_START,
			value: { blueCollarBase: 108, blueCollarRate: 15.38, whiteCollarDoubleRate: 92 },
			source: vadeMecum('fiche 4, « Paiement du pécule de vacances »'),
			confirmed: true,
			note: "Employé : le double pécule est dû au prorata des mois prestés l'année précédente (1 mois = 1/12 de 92 %)."
		}
	]
};

/** European (supplementary) vacations: the start-up period before the right opens. */
export const europeanVacationTable: ParameterTable<{ startupMonths: number }> = {
	id: 'vacation-european',
	label: "Vacances européennes : période d'amorçage",
	unit: "mois sous contrat dans l'année civile",
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { startupMonths: 3 },
			source: vadeMecum(
				'fiche 4, « Vacances supplémentaires ou européennes » (loi coordonnée de 1971, art. 17bis ; AR du 19 juin 2012)'
			),
			confirmed: true,
			note: 'Au moins 3 mois (64 jours) sous contrat dans la même année civile, même de façon interrompue.'
		}
	]
};

/** Unpaid school vacations: 4 weeks, that is 20 days, less the paid sector rest days. */
export const schoolVacationTable: ParameterTable<{ unpaidDays: number }> = {
	id: 'vacation-school',
	label: 'Vacances scolaires non rétribuées par année civile',
	unit: 'jours',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { unpaidDays: 20 },
			source: vadeMecum(
				'§4.7 et fiche 4, « 4 semaines de vacances scolaires, non rétribuées » (article 7 du contrat)'
			),
			confirmed: true,
			note: '4 semaines, soit 20 jours ; les jours de repos compensatoire sectoriels rétribués viennent en déduction.'
		}
	]
};

export interface SummerVacationRule {
	consecutiveWeeks: number;
	/** First and last day of the window, as 'MM-DD'. */
	windowStart: string;
	windowEnd: string;
}

/** At least 3 consecutive weeks of vacation, of any type, between 1 May and 31 October. */
export const summerVacationTable: ParameterTable<SummerVacationRule> = {
	id: 'vacation-summer',
	label: 'Vacances consécutives obligatoires entre le 1er mai et le 31 octobre',
	unit: 'semaines',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { consecutiveWeeks: 3, windowStart: '05-01', windowEnd: '10-31' },
			source: vadeMecum("§4.7 et fiche 4 (article 7 du contrat d'alternance)"),
			confirmed: true,
			note: "Quel que soit l'âge de l'apprenant et le type de vacances ; l'employeur est tenu de les accorder."
		}
	]
};

/** Compensatory rest days (RTT) of the construction sector, for a whole calendar year. */
export const constructionRttTable: ParameterTable<{ daysPerYear: number }> = {
	id: 'rtt-construction',
	label: 'Jours de repos compensatoire de la construction (CP 124) par année civile',
	unit: 'jours',
	// Group S, CP 124 « Durée du travail », updated 25 January 2024: 12 compensatory rest days a year.
	checkedUntil: '2024-01-25',
	rows: [
		{
			from: CONTRACT_START,
			value: { daysPerYear: 12 },
			source: vadeMecum(
				'fiche 2, « Jours de repos compensatoires dans le secteur de la construction »'
			),
			confirmed: true,
			note: '40 heures effectives par semaine ; les heures au-delà de 38 sont récupérées en 12 jours fixés chaque année par le secteur.'
		}
	]
};

/** The tables of the vacation rules, in the order of the rules page. */
export const vacationTables: readonly ParameterTable<unknown>[] = [
	blueCollarScaleTable,
	blueCollarConversionTable,
	whiteCollarAccrualTable,
	vacationCeilingTable,
	vacationPayTable,
	europeanVacationTable,
	schoolVacationTable,
	summerVacationTable,
	constructionRttTable
];
