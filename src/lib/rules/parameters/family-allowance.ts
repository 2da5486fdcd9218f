/**
 * Family allowances of an apprentice of 18 and over: the federal rule of the Vade-Mecum (a monthly
 * income ceiling), then the rule of each region once the allowances were regionalised (2019-2020).
 */
import type { SourceRef } from '../explain';
import { vadeMecum } from './sources';
import type { DatedRow, ParameterTable } from './table';

export type { Region } from '../choices';
import type { Region } from '../choices';

/** When the allowance is unconditional, and when it ends. */
export interface AllowanceAges {
	/** Unconditional until this day ('MM-DD') of the year the apprentice reaches the age below. */
	unconditionalUntilMonthDay: string;
	unconditionalUntilYearOfAge: number;
	/** Paid at the latest for the month in which the apprentice reaches this age. */
	lastMonthAge: number;
}

/** What the apprentice's pay or other work does to the allowance, once it is conditional. */
export type AllowanceRule =
	/** Suspended for each month the rétribution exceeds the ceiling (euros, gross). */
	| { kind: 'income-ceiling'; monthlyCeiling: number }
	/** Lost for a whole calendar quarter when work outside the alternance contract exceeds the hours. */
	| { kind: 'quarter-hours'; hoursPerQuarter: number }
	/**
	 * Wallonia: no ceiling for alternance; born from `fromBirthYear` and under `untilAge`, the right is
	 * semi-automatic and only "obstacle activities" stop it; older, a proof of training is needed.
	 */
	| {
			kind: 'wallonia-semi-automatic';
			hoursPerQuarter: number;
			fromBirthYear: number;
			untilAge: number;
	  }
	/** The apprentice's pay has no effect on the allowance. */
	| { kind: 'no-effect' };

const FICHE_3 = vadeMecum('fiche 3, Allocations familiales');

export const FAMIWAL_ALTERNANCE: SourceRef = {
	title:
		"FAMIWAL, « Vous êtes dans l'enseignement à temps partiel (ou en contrat d'apprentissage) ? »",
	reference: "contrat d'alternance : revenus bruts d'au plus 551,89 € par mois",
	url: 'https://famiwal.be/accedez-aux-themes/jeunes/vous-etes-dans-lenseignement-temps-partiel-ou-en-contrat-dapprentissage'
};

export const allowanceAgeTable: ParameterTable<AllowanceAges> = {
	id: 'family-allowance-ages',
	label: "Âges des allocations familiales de l'apprenant",
	unit: 'ans',
	// AVIQ's spokesperson on RTL, 11 September 2025: unconditional until 31 August of the year of 18, at most until 25.
	checkedUntil: '2025-09-11',
	rows: [
		{
			from: '2015-09-01',
			value: {
				unconditionalUntilMonthDay: '08-31',
				unconditionalUntilYearOfAge: 18,
				lastMonthAge: 25
			},
			source: FICHE_3,
			confirmed: true,
			note: "Droit inconditionnel jusqu'au 31 août de l'année des 18 ans ; ensuite sous conditions, jusqu'au mois des 25 ans."
		}
	]
};

const ceiling = (
	from: string,
	euros: number,
	source: SourceRef,
	confirmed: boolean,
	note?: string
): DatedRow<AllowanceRule> => {
	const row: DatedRow<AllowanceRule> = {
		from,
		value: { kind: 'income-ceiling', monthlyCeiling: euros },
		source,
		confirmed
	};
	if (note !== undefined) row.note = note;
	return row;
};

/** The federal-era ceiling, common to every region until its own rule started. */
const FEDERAL_ROWS: readonly DatedRow<AllowanceRule>[] = [
	ceiling('2016-06-01', 530.49, FICHE_3, true, 'Revenu plafonné mensuel indexé au 1er juin 2016.'),
	ceiling(
		'2017-06-01',
		541.09,
		{
			title: 'Plafond de revenus indexé des allocations familiales (régime fédéral)',
			reference: 'montant indexé en 2017'
		},
		false,
		"Montant de 2017 ; la date du 1er juin 2017 (indexation des prestations sociales) n'est pas confirmée."
	),
	ceiling('2018-09-01', 551.89, FAMIWAL_ALTERNANCE, true, 'Montant indexé au 1er septembre 2018.')
];

export const walloniaAllowanceRuleTable: ParameterTable<AllowanceRule> = {
	id: 'family-allowance-wallonia',
	label: 'Effet de la rétribution sur les allocations familiales (Région wallonne)',
	unit: '€ brut par mois ou heures par trimestre',
	// InforJeunes, 6 October 2025: « pas soumis à une limite de revenus ».
	checkedUntil: '2025-10-06',
	rows: [
		...FEDERAL_ROWS,
		ceiling(
			'2019-01-01',
			551.89,
			FAMIWAL_ALTERNANCE,
			false,
			"Dès la régionalisation, le plafond fédéral de 551,89 € (IFAPME : « valable depuis le 1er septembre 2018 ») est repris jusqu'à son indexation."
		),
		ceiling(
			'2020-03-01',
			562.93,
			{
				title:
					"Camille (caisse wallonne d'allocations familiales), « Rappel des mesures exceptionnelles pour les allocations familiales », 28 août 2020",
				reference:
					'« Pour les formations en alternance, une limite de revenus était placée à 562.93 euros par mois » ; FAMIWAL : « montant brut indexé »',
				url: 'https://www.camille.be/Actualite/Rappel-des-mesures-exceptionnelles-pour-les-allocations-familiales'
			},
			false,
			"Montant publié (551,89 € + 2 %), date non trouvée : il s'appliquait au plus tard en août 2020 ; le 1er mars 2020 est retenu, mois où le dépassement de l'indice pivot de janvier 2020 a indexé les prestations sociales."
		),
		{
			from: '2022-08-01',
			value: {
				kind: 'wallonia-semi-automatic',
				hoursPerQuarter: 240,
				fromBirthYear: 2001,
				untilAge: 21
			},
			source: {
				title: 'Décret wallon de juillet 2022 (allocations familiales)',
				reference:
					'suppression du plafond de revenus pour la formation en alternance, avec effet rétroactif au 1er août 2022 ; droit semi-automatique des jeunes nés à partir de 2001 (FAMIWAL)',
				url: 'https://famiwal.be/accedez-aux-themes/jeunes/vous-suivez-une-formation'
			},
			confirmed: true,
			note: 'Nés à partir de 2001 : de 18 à 21 ans, seules les activités « obstacles » (plus de 240 h de travail par trimestre, allocations de chômage) font perdre le droit ; de 21 à 25 ans, une preuve de formation est demandée.'
		}
	]
};

export const brusselsAllowanceRuleTable: ParameterTable<AllowanceRule> = {
	id: 'family-allowance-brussels',
	label: 'Effet de la rétribution sur les allocations familiales (Région de Bruxelles-Capitale)',
	unit: '€ brut par mois ou heures par trimestre',
	// BX1, June 2020, after Iriscare: the 240-hour rule in force.
	checkedUntil: '2020-06-01',
	rows: [
		...FEDERAL_ROWS,
		{
			from: '2020-01-01',
			value: { kind: 'quarter-hours', hoursPerQuarter: 240 },
			source: {
				title:
					'Allocations familiales bruxelloises (Famiris), système en vigueur dès le 1er janvier 2020',
				reference:
					"maintien tant que le travail hors contrat d'alternance ne dépasse pas 240 heures par trimestre civil",
				url: 'https://famiris.brussels'
			},
			confirmed: false,
			note: "La règle des 240 heures est attestée au 2e trimestre 2020 (BX1, juin 2020, d'après Iriscare ; arrêté du Collège réuni de la COCOM du 9 juillet 2019) : seuls les mois de janvier à mars 2020 dépendent de la date, non confirmée, à laquelle le plafond de revenus a cessé de s'appliquer."
		}
	]
};

export const germanSpeakingAllowanceRuleTable: ParameterTable<AllowanceRule> = {
	id: 'family-allowance-german-speaking',
	label: 'Effet de la rétribution sur les allocations familiales (Communauté germanophone)',
	unit: '€ brut par mois',
	// No source after the 2019 reform was consulted.
	checkedUntil: '2019-01-01',
	rows: [
		...FEDERAL_ROWS,
		{
			from: '2019-01-01',
			value: { kind: 'no-effect' },
			source: {
				title:
					'Allocations familiales de la Communauté germanophone, système propre dès le 1er janvier 2019',
				reference: "la rétribution de l'apprenti (système IAWM) n'a pas d'effet sur les allocations"
			},
			confirmed: true,
			note: "En Communauté germanophone, l'apprentissage relève de l'IAWM, pas du contrat d'alternance OFFA."
		}
	]
};

export const allowanceRuleTables: Readonly<Record<Region, ParameterTable<AllowanceRule>>> = {
	wallonia: walloniaAllowanceRuleTable,
	brussels: brusselsAllowanceRuleTable,
	'german-speaking': germanSpeakingAllowanceRuleTable
};

/** The tables of the family allowance rules, in the order of the rules page. */
export const familyAllowanceTables: readonly ParameterTable<unknown>[] = [
	allowanceAgeTable,
	walloniaAllowanceRuleTable,
	brusselsAllowanceRuleTable,
	germanSpeakingAllowanceRuleTable
];
