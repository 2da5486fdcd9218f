/**
 * Figures of the contrat d'alternance itself: access ages, duration, trial period, notice and its
 * notification, guaranteed rétribution during an incapacity. All come from the contract model of
 * 1 September 2015 as the Vade-Mecum explains it.
 */
import type { Operator } from '../choices';
import type { ParameterTable } from './table';
import { VADE_MECUM_DATE, vadeMecum } from './sources';

/** How a notice is handed over: against receipt, by bailiff, or by registered letter. */
export type NoticeMethod = 'hand-delivery' | 'registered-letter' | 'bailiff';

/** A delay counted in calendar days or in Belgian working days ("jours ouvrables"). */
export interface NotificationDelay {
	days: number;
	count: 'calendar' | 'working';
}

/** The common contrat d'alternance applies from 1 September 2015 (Vade-Mecum §1.1). */
const CONTRACT_START = '2015-09-01';

const NOTICE_FORM = vadeMecum('§4.3 et fiche 15, « Forme du préavis »');

/** Delay after which a notice takes effect, by method of notification. */
export const notificationDelayTable: ParameterTable<Record<NoticeMethod, NotificationDelay>> = {
	id: 'notice-notification-delay',
	label: "Prise d'effet de la notification du préavis",
	unit: 'jours (calendrier ou ouvrables)',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: {
				'hand-delivery': { days: 1, count: 'calendar' },
				bailiff: { days: 1, count: 'calendar' },
				'registered-letter': { days: 3, count: 'working' }
			},
			source: NOTICE_FORM,
			confirmed: true,
			note: "Remise de la main à la main avec accusé de réception ou exploit d'huissier : le lendemain ; lettre recommandée : le troisième jour ouvrable qui suit l'expédition."
		}
	]
};

/** Ages that open and close access to a contrat d'alternance. */
export interface AccessAges {
	/** Age that opens access with no condition of studies. */
	minimum: number;
	/** Lower age that opens access after the first two years of secondary school. */
	minimumWithTwoSecondaryYears: number;
	/** Age that, once reached, forbids signing a contract. */
	limitAtSigning: number;
	/** The training may last until 31 December of the year the apprentice reaches this age. */
	trainingUntilEndOfYearOfAge: number;
}

export const accessAgeTable: ParameterTable<AccessAges> = {
	id: 'contract-access-ages',
	label: "Âges d'accès au contrat d'alternance",
	unit: 'ans',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: {
				minimum: 16,
				minimumWithTwoSecondaryYears: 15,
				limitAtSigning: 25,
				trainingUntilEndOfYearOfAge: 26
			},
			source: vadeMecum(
				"§2 Conditions d'accès à l'alternance ; « Limite d'âge pour conclure un contrat d'alternance »"
			),
			confirmed: true
		}
	]
};

/** An operator's own highest age at entry, on top of the contract's conditions; null: none found. */
export const operatorEntryAgeTable: ParameterTable<Record<Operator, number | null>> = {
	id: 'operator-entry-age',
	label: "Âge maximum à l'entrée fixé par l'opérateur de formation",
	unit: 'ans accomplis',
	// The IFAPME FAQ is undated; it quotes a ceiling « valable depuis le 1er septembre 2018 », so it is not older.
	checkedUntil: '2018-09-01',
	rows: [
		{
			from: CONTRACT_START,
			value: { CEFA: null, IFAPME: null, SFPME: null },
			source: vadeMecum("§2 Conditions d'accès à l'alternance"),
			confirmed: true,
			note: "Aucune condition d'âge propre à un opérateur n'est connue avant la FAQ de l'IFAPME."
		},
		{
			from: '2018-09-01',
			value: { CEFA: null, IFAPME: 23, SFPME: null },
			source: {
				title: 'IFAPME, FAQ « Formation en alternance (apprentissage) »',
				reference:
					"« il faut avoir 15 ans accomplis et avoir 23 ans maximum (le contrat doit se terminer dans l'année civile des 26 ans au plus tard) »",
				url: 'https://www.ifapme.be/liens-utiles/question/faq'
			},
			confirmed: false,
			note: "FAQ non datée, postérieure au 1er septembre 2018. Pour les CEFA (15-16 ans, adultes jusqu'à 25 ans sous conditions) et le SFPME, aucune limite propre à l'opérateur n'a été trouvée dans un texte officiel."
		}
	]
};

/** Longest duration of a contract, in years (it follows the training plan). */
export const maximumDurationTable: ParameterTable<number> = {
	id: 'contract-maximum-duration',
	label: "Durée maximale du contrat d'alternance",
	unit: 'ans',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: 6,
			source: vadeMecum("§4.2 La durée du contrat d'alternance (article 1)"),
			confirmed: true,
			note: "Le texte ne fixe pas de durée minimale : « moins d'un an », par exemple trois mois en certification par unités."
		}
	]
};

/** Length of the trial period, in months of effective presence in the company. */
export const trialPeriodTable: ParameterTable<number> = {
	id: 'contract-trial-period',
	label: "Durée de la période d'essai",
	unit: 'mois de prestations effectives en entreprise',
	// Securex Lex4you, 22 January 2024: one month of trial.
	checkedUntil: '2024-01-22',
	rows: [
		{
			from: CONTRACT_START,
			value: 1,
			source: vadeMecum("§4.3 Période d'essai (article 1 du contrat d'alternance)"),
			confirmed: true
		}
	]
};

/** Notice length in calendar days, during and after the trial period. */
export const noticeLengthTable: ParameterTable<{ duringTrial: number; afterTrial: number }> = {
	id: 'contract-notice-length',
	label: 'Durée du préavis',
	unit: 'jours calendrier',
	// Securex Lex4you, 22 January 2024: 7 and 14 days.
	checkedUntil: '2024-01-22',
	rows: [
		{
			from: CONTRACT_START,
			value: { duringTrial: 7, afterTrial: 14 },
			source: vadeMecum(
				"fiche 15, « Règles en matière de préavis » (contrat d'alternance, art. 9 ; accord de coopération-cadre, art. 1er, §4 quinquies, 4°)"
			),
			confirmed: true
		}
	]
};

/** Guaranteed rétribution during an incapacity, and the window in which a new one is a relapse. */
export const guaranteedPayTable: ParameterTable<{ days: number; relapseWindowDays: number }> = {
	id: 'contract-guaranteed-pay',
	label: "Rétribution garantie en cas d'incapacité de travail",
	unit: 'jours calendrier',
	checkedUntil: VADE_MECUM_DATE,
	rows: [
		{
			from: CONTRACT_START,
			value: { days: 7, relapseWindowDays: 14 },
			source: vadeMecum(
				"§4.15 Suspensions du contrat d'alternance ; fiche 16 (contrat d'alternance, art. 8, 1°)"
			),
			confirmed: true,
			note: "Les 7 premiers jours calendrier d'absence, jours en centre de formation compris ; pas de nouvelle période en cas de rechute dans les 14 jours."
		}
	]
};

/** The tables of the contract rules, in the order of the rules page. */
export const contractTables: readonly ParameterTable<unknown>[] = [
	accessAgeTable,
	operatorEntryAgeTable,
	maximumDurationTable,
	trialPeriodTable,
	noticeLengthTable,
	notificationDelayTable,
	guaranteedPayTable
];
