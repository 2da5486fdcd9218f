/**
 * Stage d'insertion professionnelle (SIP) after an alternance contract: its length, how the contract
 * shortens it, and the limits of the insertion allowance, by the date of the request.
 */
import type { ISODate, SourceRef } from '../explain';
import { vadeMecum } from './sources';
import type { ParameterTable } from './table';

export const LOI_PROGRAMME_2025: SourceRef = {
	title: 'Loi-programme du 18 juillet 2025 (réforme du chômage)',
	reference:
		"stage d'insertion professionnelle de 156 jours, réussite exigée, allocation d'insertion limitée à 12 mois, dès le 1er mars 2026"
};

const FICHE_12 = vadeMecum(
	"fiche 12, Allocations d'insertion (ouverture du droit et durée du SIP)"
);

/** The SIP rules in force on the date of the request for insertion allowances. */
export type InsertionRegime =
	| {
			kind: 'fiche-12';
			/** Length of the SIP, in days of a 6-day week. */
			internshipDays: number;
			/** An alternance ended without success shortens the SIP by its days divided by this. */
			failureDivisor: number;
			/** Days that remain in any case after an alternance ended without success. */
			failureFloorDays: number;
			/** Under this age, a failed alternance without a qualifying diploma gives no allowance yet; null before the rule existed. */
			allowanceMinimumAge: number | null;
			/** The request must come before this age, save for the two derogations of fiche 12. */
			maximumRequestAge: number;
			/** Longest period of insertion allowances, in months. */
			allowanceMonths: number;
	  }
	| {
			kind: 'loi-programme-2025';
			internshipDays: number;
			/** The request must come before this age: the condition of fiche 12, which no source shows the reform removed. */
			maximumRequestAge: number;
			allowanceMonths: number;
	  };

const FICHE_12_RULES = {
	kind: 'fiche-12',
	internshipDays: 310,
	failureDivisor: 2,
	failureFloorDays: 155,
	maximumRequestAge: 25,
	allowanceMonths: 36
} as const;

export const insertionRegimeTable: ParameterTable<InsertionRegime> = {
	id: 'insertion-regime',
	label: "Stage d'insertion professionnelle après une formation en alternance",
	unit: 'jours (régime de 6 jours par semaine)',
	// The reform in force from 1 March 2026 (InforJeunes FAQ 2025-2026; ONEM's own page not found).
	checkedUntil: '2026-03-01',
	rows: [
		{
			from: '2015-07-01',
			value: { ...FICHE_12_RULES, allowanceMinimumAge: null },
			source: FICHE_12,
			confirmed: true,
			note: 'Dès le 1er juillet 2015, la formation en alternance ouvre le droit et raccourcit le stage : 310 jours, moins les jours du contrat (réussite) ou leur moitié (au moins 155 jours restants).'
		},
		{
			from: '2015-09-01',
			value: { ...FICHE_12_RULES, allowanceMinimumAge: 21 },
			source: FICHE_12,
			confirmed: true,
			note: "Pour une demande dès le 1er septembre 2015, un jeune de moins de 21 ans sans diplôme requis ne reçoit l'allocation qu'à partir de 21 ans."
		},
		{
			from: '2026-03-01',
			value: {
				kind: 'loi-programme-2025',
				internshipDays: 156,
				maximumRequestAge: 25,
				allowanceMonths: 12
			},
			source: LOI_PROGRAMME_2025,
			confirmed: true,
			note: "Réforme « Arizona » : stage de 156 jours, réussite exigée pour tous, allocation d'insertion limitée à 12 mois. La demande avant 25 ans reste exigée : aucune source consultée (ONEM, InforJeunes, résumés de la réforme) ne dit que la réforme l'a supprimée."
		}
	]
};

/** Whether the days of a successful alternance still shorten the SIP. */
export const successReductionTable: ParameterTable<boolean> = {
	id: 'insertion-success-reduction',
	label: "Réduction du stage d'insertion par les jours d'un contrat d'alternance réussi",
	unit: 'oui / non',
	// The reform in force from 1 March 2026; no later text on the reduction found.
	checkedUntil: '2026-03-01',
	rows: [
		{
			from: '2015-07-01',
			value: true,
			source: vadeMecum('fiche 12, Formation en alternance terminée avec succès'),
			confirmed: true
		},
		{
			from: '2026-03-01',
			value: true,
			source: LOI_PROGRAMME_2025,
			confirmed: false,
			note: "Le maintien de cette réduction sur le stage de 156 jours n'a pas pu être confirmé. Avant la réforme, l'IFAPME (FAQ) écrit qu'une alternance réussie « donne droit aux allocations d'insertion sans stage d'insertion préalable » ; pour la réforme, InforJeunes (FAQ 2025-2026) écrit seulement que l'alternance terminée sans réussite ne réduit plus le stage ; la page de l'ONEM sur la réforme n'a pas été trouvée."
		}
	]
};

/** A worked example of fiche 12 as printed in 2017, with the counts the text gives. */
export interface PrintedSipExample {
	name: string;
	periods: readonly { start: ISODate; end: ISODate }[];
	printedCalendarDays: number;
	printedSundays: number;
	printedRemainingDays: number;
}

/** Fiche 12 forgets one day in each example: it does not count both ends of the periods. */
export const FICHE_12_PRINTED_EXAMPLES: readonly PrintedSipExample[] = [
	{
		name: 'exemple 1',
		periods: [{ start: '2015-09-01', end: '2016-06-30' }],
		printedCalendarDays: 303,
		printedSundays: 43,
		printedRemainingDays: 50
	},
	{
		name: 'exemple 2',
		periods: [
			{ start: '2016-01-04', end: '2016-06-30' },
			{ start: '2016-09-01', end: '2017-06-30' }
		],
		printedCalendarDays: 481,
		printedSundays: 69,
		printedRemainingDays: 0
	}
];

/** The tables of the stage d'insertion rules, in the order of the rules page. */
export const insertionTables: readonly ParameterTable<unknown>[] = [
	insertionRegimeTable,
	successReductionTable
];
