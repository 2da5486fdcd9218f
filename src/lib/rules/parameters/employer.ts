/**
 * What an employer pays and receives for an apprentice: the regional premiums (Wallonia, Brussels),
 * the share of public-transport commuting it owes, and the vacation contributions of a manual
 * apprentice. The 2017 Vade-Mecum left premiums and contributions « à traiter ultérieurement » and
 * cites an older transport agreement: every figure here comes from a later source.
 */
import type { SourceRef } from '../explain';
import type { ParameterTable } from './table';
import { vadeMecum } from './sources';

/** The three Walloon incentives of the decrees of 20 July 2016, adapted on 1 September 2018. */
export interface WalloonIncentives {
	/** To the company, once per apprentice, after the first year. */
	companyPremium: number;
	/** To a self-employed person without staff, at the first contract. */
	selfEmployedPremium: number;
	/** To the apprentice who passes the last year. */
	apprenticePremium: number;
	/** Days under contract the first year must count at least. */
	firstYearDays: number;
}

const SECUREX_WALLOON_PREMIUMS: SourceRef = {
	title:
		'Securex Lex4you, « Que sont les primes wallonnes pour l’entreprise, l’indépendant et l’apprenant ? »',
	reference:
		'prime unique de 750 € par jeune ; au moins 270 jours sous contrat la première année ; tuteur agréé',
	url: 'https://www.securex.eu/lex-go.nsf/vwFicheByCategory_fr/51F49D67C45496EBC125801A004876B0?OpenDocument'
};

export const walloonIncentiveTable: ParameterTable<WalloonIncentives> = {
	id: 'wallonia-incentives',
	label: 'Primes wallonnes à la formation en alternance (incitants financiers)',
	unit: '€',
	// The OFFA's own fiche (school year 2023-2024) still lists deciding and paying them among its tasks, without amounts.
	checkedUntil: '2023-09-01',
	watch: {
		title: 'OFFA, plateforme OPLA des opérateurs (incitants financiers)',
		reference: 'demande par l’opérateur de formation, décision et paiement par l’OFFA',
		url: 'https://www.formationalternance.be/home.html'
	},
	rows: [
		{
			from: '2016-09-01',
			value: {
				companyPremium: 750,
				selfEmployedPremium: 750,
				apprenticePremium: 750,
				firstYearDays: 270
			},
			source: SECUREX_WALLOON_PREMIUMS,
			confirmed: false,
			note: 'Règle de 2016, adaptée au 1er septembre 2018 (SPW Emploi-Formation) : aucune source de 2024 à 2026 ne confirme les montants ; délai de demande non trouvé.'
		}
	]
};

/** The Brussels tutor premium (arrêté of 7 June 2018, Actiris). */
export interface BrusselsTutorPremium {
	/** Per tutor and per period of 12 months. */
	tutorPremium: number;
	periodMonths: number;
	/** Months of training in the company a period must count at least. */
	minimumMonths: number;
	/** Apprentices a tutor may accompany at the same time. */
	maxApprentices: number;
	/** The apprentice is under this age. */
	apprenticeAgeLimit: number;
	/** A request can be made during this many months after it opens (6–9 months after the start, then 12–15 after the previous one). */
	requestWindowMonths: number;
}

export const brusselsTutorPremiumTable: ParameterTable<BrusselsTutorPremium> = {
	id: 'brussels-tutor-premium',
	label: 'Prime tuteur (Région de Bruxelles-Capitale, Actiris)',
	unit: '€',
	checkedUntil: '2025-04-30',
	rows: [
		{
			from: '2018-07-01',
			value: {
				tutorPremium: 1750,
				periodMonths: 12,
				minimumMonths: 6,
				maxApprentices: 4,
				apprenticeAgeLimit: 25,
				requestWindowMonths: 3
			},
			source: {
				title:
					'Attentia, « Bruxelles encourage la formation en alternance avec des nouvelles primes »',
				reference:
					'1 750 € par période de douze mois, par tuteur qui accompagne 1 à 4 apprenants pendant six mois au moins',
				url: 'https://www.attentia.be/fr/nouvelles/bruxelles-encourage-la-formation-en-alternance-avec-des-nouvelles-primes'
			},
			confirmed: true,
			note: 'Une seule prime par tuteur, quel que soit le nombre de ses apprenants (1 à 4) ; payée au plus tard deux mois après le dossier complet (BECI). Première demande de 6 à 9 mois après le début du contrat, les suivantes de 12 à 15 mois après la précédente (arrêté du 4 juillet 2019 ; SD Worx, 27 septembre 2019 ; Sociare, 23 octobre 2019 ; efp.be, 8 décembre 2021).'
		}
	]
};

/** The Brussels « prime jeune en alternance », to the apprentice (Actiris). */
export interface BrusselsYouthPremium {
	/** Amounts of the first, second and third request. */
	youthPremiums: number[];
	/** Actiris's page asks the young person to be under this age. */
	youthAgeLimit: number;
	/** Months of training with the same employer in the year, at least. */
	minimumMonths: number;
	/** The request is made within this many months after the end of the training year. */
	claimMonths: number;
}

export const brusselsYouthPremiumTable: ParameterTable<BrusselsYouthPremium> = {
	id: 'brussels-youth-premium',
	label: 'Prime jeune en alternance (Région de Bruxelles-Capitale, Actiris)',
	unit: '€',
	checkedUntil: '2023-02-01',
	watch: {
		title: 'Actiris, « Formation en alternance » (citoyens)',
		reference: 'conditions et formulaire de la prime',
		url: 'https://www.actiris.brussels/fr/citoyens/formation-en-alternance/'
	},
	rows: [
		{
			from: '2018-07-01',
			value: {
				youthPremiums: [500, 500, 750],
				youthAgeLimit: 18,
				minimumMonths: 4,
				claimMonths: 3
			},
			source: {
				title: 'Actiris, « Formation en alternance » ; efp.be, « L’allocation d’apprentissage »',
				reference:
					'500 € à la fin de la première ou de la deuxième année, 750 € à la fin de la troisième ; demande dans les trois mois ; moins de 18 ans',
				url: 'https://www.actiris.brussels/fr/citoyens/formation-en-alternance/'
			},
			confirmed: true,
			note: "La condition « moins de 18 ans » vient de la page d'Actiris (non datée) ; efp.be et Attentia ne la citent pas."
		}
	]
};

/** The employer's share of public-transport commuting (CCT n° 19 of the Conseil national du travail). */
export interface PublicTransportShare {
	/** Train card: share of its price; null while the agreement gives only a table of amounts not found. */
	trainShare: number | null;
	/** A pass at a fixed price whatever the distance (STIB, TEC, De Lijn): share of its price. */
	fixedPriceShare: number;
	/** Other public transport is owed from this distance; 0 from the first kilometre. */
	minimumKm: number;
}

const FIXED_PRICE_RULE =
	'prix fixe quelle que soit la distance : 71,8 % du prix payé, au plus l’intervention train pour 7 km';

export const publicTransportTable: ParameterTable<PublicTransportShare> = {
	id: 'public-transport-share',
	label: "Intervention de l'employeur dans les transports en commun (CCT n° 19)",
	unit: '% du prix',
	checkedUntil: '2026-02-01',
	watch: {
		title: 'Conseil national du travail, CCT n° 19 et ses avenants',
		reference: 'montants forfaitaires de l’intervention dans le prix de la carte-train',
		url: 'https://cnt-nar.be'
	},
	rows: [
		{
			from: '2009-02-01',
			value: { trainShare: null, fixedPriceShare: 71.8, minimumKm: 5 },
			source: vadeMecum('fiche 13, CCT n° 19 octies du 20 février 2009'),
			confirmed: true,
			note:
				'Train : un barème de montants par distance (environ 75 %), non repris ici. Autres transports publics : dû à partir de 5 km. ' +
				FIXED_PRICE_RULE
		},
		{
			from: '2020-07-01',
			value: { trainShare: null, fixedPriceShare: 71.8, minimumKm: 0 },
			source: {
				title:
					"Sodalis, « L'intervention de l'employeur dans les frais de transport en commun augmente au 1er juillet 2019 »",
				reference:
					'CCT n° 19/9 du 23 avril 2019 : plus de distance minimale pour les autres transports publics à partir du 1er juillet 2020',
				url: 'https://sodalis.be'
			},
			confirmed: true,
			note: 'La condition des 5 km est supprimée ; dû quelle que soit la distance (aussi Dynamik, clbgroup.be, 18 avril 2024).'
		},
		{
			from: '2024-06-01',
			value: { trainShare: 71.8, fixedPriceShare: 71.8, minimumKm: 0 },
			source: {
				title:
					'Partena Professional, « CCT 19/11 – Meilleur remboursement des transports en commun à partir de juin », 22 avril 2024',
				reference:
					'« Cette intervention équivaudra au 1er juin à 71,8% du coût de la carte-train. »',
				url: 'https://www.partena-professional.be/fr/nos-connaissances/infoflashes/cct-1911-meilleur-remboursement-des-transports-en-commun-partir-de'
			},
			confirmed: true,
			note: 'La CCT n° 19/11 fixe des montants par distance égaux à 71,8 % du prix de la carte-train au tarif du 1er février 2024 : appliqué au prix donné, le taux est une estimation de ce barème.'
		},
		{
			from: '2025-02-01',
			value: { trainShare: 71.09, fixedPriceShare: 71.8, minimumKm: 0 },
			source: {
				title:
					'Easypay Group, « Mobilité : à quelle intervention mes travailleurs ont-ils droit à partir de février 2025 ? »',
				reference:
					'cartes-train SNCB + 3,03 %, montants forfaitaires de l’employeur + 2,015 % au 1er février 2025',
				url: 'https://www.easypay-group.com'
			},
			confirmed: false,
			note: 'Estimation calculée : 71,8 % × 1,02015 / 1,0303 = 71,09 % du nouveau prix de la carte-train ; les deux hausses sont confirmées (Easypay, UCM), le taux qui en résulte ne figure dans aucune source.'
		},
		{
			from: '2026-02-01',
			value: { trainShare: 70.61, fixedPriceShare: 71.8, minimumKm: 0 },
			source: {
				title:
					"Securex Lex4you, « Déplacements domicile-lieu de travail : à partir de février 2026, l'intervention de l'employeur augmente »",
				reference:
					'cartes-train SNCB + 2,6 % ; barème de la CCT n° 19/9 + 1,91 % en moyenne au 1er février 2026',
				url: 'https://www.securex.be/fr/lex4you/employeur/actualites'
			},
			confirmed: false,
			note: 'Estimation calculée : 71,09 % × 1,0191 / 1,026 = 70,61 % ; la hausse de 1,91 % vient d’une seule source.'
		}
	]
};

/** What the employer of a manual (ouvrier) apprentice pays the ONSS for the vacation pay. */
export interface HolidayContributions {
	/** Each quarter. */
	quarterlyRate: number;
	/** Once a year, on the rétributions of the year before. */
	annualRate: number;
	/** Both parts are computed on this share of the gross rétributions (a manual worker's 108 %). */
	wageBase: number;
}

export const holidayContributionTable: ParameterTable<HolidayContributions> = {
	id: 'blue-collar-holiday-contributions',
	label: 'Cotisations patronales de vacances annuelles (apprenti ouvrier)',
	unit: '%',
	checkedUntil: '2018-01-01',
	watch: {
		title: 'ONSS, instructions administratives DmfA, « Les cotisations annuelles »',
		reference:
			'quote-part de 10,27 % des rémunérations des travailleurs manuels et des apprentis manuels',
		url: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/2018-1/instructions/obligations/obligations_nsso/contributionpayment_obligations_periodicity/anualcontributions.html'
	},
	rows: [
		{
			from: '2018-01-01',
			value: { quarterlyRate: 5.57, annualRate: 10.27, wageBase: 108 },
			source: {
				title:
					'ONSS, DmfA 2018/1, « Les cotisations annuelles » ; Easypay Group, 19 juin 2015 (arrêté royal du 7 juin 2015)',
				reference:
					'5,57 % par trimestre à partir du 1er trimestre 2018 ; 10,27 % des rémunérations à 108 %, dus le 31 mars et payés au plus tard le 30 avril',
				url: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/2018-1/instructions/obligations/obligations_nsso/contributionpayment_obligations_periodicity/anualcontributions.html'
			},
			confirmed: true,
			note: 'Les deux parts se calculent sur 108 % des rétributions brutes, comme toute cotisation d’un travailleur manuel (Securex : 25 % + 5,57 % = 30,57 % pour un ouvrier, sur 108 %).'
		}
	]
};

export const premiumTables = [
	walloonIncentiveTable,
	brusselsTutorPremiumTable,
	brusselsYouthPremiumTable
] as const;
export const travelTables = [publicTransportTable] as const;
export const employerCostTables = [holidayContributionTable] as const;
