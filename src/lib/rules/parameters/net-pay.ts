/**
 * What comes off an apprentice's gross rétribution (personal social security, work bonus, withholding
 * tax), what the parents' income tax counts of it (net means of a dependent child), and the youth
 * vacation that may follow the contract.
 */
import type { SourceRef } from '../explain';
import type { ParameterTable } from './table';

export const DMFA_APPRENTICES: SourceRef = {
	title: 'ONSS, instructions administratives DmfA, « Apprentis - formation en alternance »',
	reference:
		"assujettissement limité jusqu'au 31 décembre de l'année des 18 ans ; cotisation personnelle de 13,07 % ensuite",
	url: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/2019-2/instructions/persons/specific/apprentices'
};

/** The worker's personal contribution, from the year of 19 (before: none). */
export const workerContributionTable: ParameterTable<number> = {
	id: 'worker-contribution',
	label: 'Cotisation personnelle de sécurité sociale (assujettissement complet)',
	unit: '%',
	checkedUntil: '2026-11-27',
	rows: [
		{
			// The table starts with the uniform definition of the apprentice in the DmfA; the rate is older.
			from: '2015-07-01',
			value: 13.07,
			source: DMFA_APPRENTICES,
			confirmed: true,
			note: "Sur la rétribution brute à 100 % ; un ouvrier cotise sur 108 % de son brut, ce que l'application ne distingue pas."
		}
	]
};

/** One part of the social work bonus: full up to `threshold`, then decreasing by steps to 0. */
export interface WorkBonusPart {
	/** Reference monthly wage S (€) up to which the whole `amount` is granted. */
	threshold: number;
	amount: number;
	/** Above the threshold: `amount - slope × (S - threshold)` while S ≤ `upTo`; 0 beyond the last. */
	steps: { upTo: number; amount: number; slope: number }[];
}

/** The employé scale of the social work bonus: one part before April 2024, volets A and B since; null where the amounts were not found. */
export type WorkBonusScale = WorkBonusPart[] | null;

/** A scale before April 2024: one part, the whole amount up to S, then two slopes from that same S. */
function beforeVolets(
	threshold: number,
	amount: number,
	[firstUpTo, firstSlope]: [number, number],
	[upTo, secondAmount, slope]: [number, number, number]
): WorkBonusScale {
	const steps = [
		{ upTo: firstUpTo, amount, slope: firstSlope },
		{ upTo, amount: secondAmount, slope }
	];
	return [{ threshold, amount, steps }];
}

/** The social work bonus (« bonus à l'emploi »), employé scale, per month of full performance. */
export const workBonusTable: ParameterTable<WorkBonusScale> = {
	id: 'work-bonus',
	label: "Bonus à l'emploi social (barème employé, par mois)",
	unit: '€ par mois',
	checkedUntil: '2025-02-01',
	watch: {
		title: "ONSS, instructions administratives DmfA, « Bonus à l'emploi »",
		reference: 'montants indexés',
		url: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/deductions/workers_reductions/workbonus'
	},
	rows: [
		{
			from: '2023-07-01',
			value: beforeVolets(2013.64, 262.16, [2571.45, 0.2579], [3082.66, 247.31, 0.2313]),
			source: {
				title: "Securex Lex4you, « Bonus à l'emploi » (montants actuels)",
				reference: "bonus à l'emploi à partir du 1er juillet 2023, employés",
				url: 'https://www.securex.be/fr/lex4you/employeur/montants-actuels/montants-socio-juridiques/bonus-a-l-emploi'
			},
			confirmed: true
		},
		{
			from: '2023-11-01',
			value: beforeVolets(2054.01, 267.42, [2623.0, 0.2579], [3144.45, 252.26, 0.2313]),
			source: {
				title: 'Group S, « Werkbonus op 1 november 2023 »',
				reference: 'bedienden (100 %)',
				url: 'https://www.groups.be/nl/nieuws/juridische-artikels/werkbonus-op-1-november-2023'
			},
			confirmed: true
		},
		{
			from: '2024-04-01',
			value: null,
			source: {
				title:
					'Forum for the Future, « Nouveautés en droit social en 2024 : bonus à l’emploi fiscal »',
				reference: 'le bonus social est scindé en volets A et B au 1er avril 2024',
				url: 'https://blog.forumforthefuture.be/fr/article/nouveautes-en-droit-social-en-2024-bonus-a-lemploi-fiscal/21166'
			},
			confirmed: false,
			note: "Montants du 1er avril 2024 au 31 janvier 2025 introuvables : la réduction est estimée d'après les barèmes qui encadrent la période."
		},
		{
			from: '2025-02-01',
			value: [
				{
					threshold: 2777.83,
					amount: 120.59,
					steps: [{ upTo: 3271.48, amount: 120.59, slope: 0.2443 }]
				},
				{
					threshold: 2175.25,
					amount: 162.62,
					steps: [{ upTo: 2777.83, amount: 162.62, slope: 0.2699 }]
				}
			],
			source: {
				title: "Easypay Group, « Le bonus à l'emploi à partir du 1er février 2025 »",
				reference: 'volets A et B, employés ; la réduction est la somme des deux volets',
				url: 'https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10499'
			},
			confirmed: true
		}
	]
};

/** The key formula of the withholding tax (annexe III AR/CIR 92) for a single person without dependants. */
export interface WithholdingKey {
	/** Flat-rate professional expenses: a share of the annual taxable pay, capped (€ per year). */
	expenseRate: number;
	expenseMax: number;
	/** The base scale: each rate up to its limit (€ per year); the last limit known ends the computation. */
	brackets: { upTo: number; rate: number }[];
	/** The tax on the tax-free sum, deducted from the annual tax (€). */
	taxFreeReduction: number;
	/** The fiscal work bonus: this share of the social work bonus comes off the withholding. */
	fiscalBonusRate: number;
}

export const withholdingKeyTable: ParameterTable<WithholdingKey> = {
	id: 'withholding-key',
	label: 'Précompte professionnel : formule-clé (isolé, sans personne à charge)',
	unit: '€ par an, %',
	checkedUntil: '2025-12-31',
	watch: {
		title: 'SPF Finances, précompte professionnel : formules-clés (annexe III AR/CIR 92)',
		reference: "formule-clé de l'année",
		url: 'https://finances.belgium.be/fr/entreprises/personnel_et_remuneration/precompte_professionnel'
	},
	rows: [
		{
			from: '2025-01-01',
			value: {
				expenseRate: 30,
				expenseMax: 5930,
				brackets: [
					{ upTo: 16310, rate: 26.75 },
					{ upTo: 28790, rate: 42.8 }
				],
				taxFreeReduction: 2915.75,
				fiscalBonusRate: 33.14
			},
			source: {
				title: 'HRM lokaal, « Bedrijfsvoorheffing – schalen », sleutelformule vanaf 1 januari 2025',
				reference: 'forfait 30 % max 5 930 € ; 26,75 % puis 42,80 % ; réduction 2 915,75 €',
				url: 'https://hrmjuridisch.hrmlokaal.be/cijfers-bedragen/b-c-d-e/bedrijfsvoorheffing/schalen'
			},
			confirmed: false,
			note: "Lu dans des sources secondaires concordantes (HRM lokaal, sbep.be), pas dans l'annexe III elle-même ; la limite de la tranche à 48,15 % n'a pas été trouvée."
		}
	]
};

const FISCUS_ON_WEB: SourceRef = {
	title: 'Fiscus on web, « Nettobestaansmiddelen »',
	reference: 'plafond des ressources nettes, enfant à charge (cas général)',
	url: 'https://www.fiscusonweb.be/personenbelasting/renteloze-leningen-of-leningen-tegen-gunstvoorwaarden/nettobestaansmiddelen'
};

/** The ceiling of a dependent child's net means, by income year (the tax year after it). */
export const dependantCeilingTable: ParameterTable<number> = {
	id: 'dependant-ceiling',
	label: "Plafond des ressources nettes d'un enfant à charge (par année de revenus)",
	unit: '€ par an',
	checkedUntil: '2025-12-31',
	watch: {
		title: 'SPF Finances, « Enfants à charge »',
		reference: "plafond de l'exercice d'imposition",
		url: 'https://fin.belgium.be/fr/particuliers/declaration-impot/situation-personnelle/personnes-a-charge/enfants'
	},
	rows: [
		{
			from: '2021-01-01',
			value: 3410,
			source: FISCUS_ON_WEB,
			confirmed: false,
			note: "Exercice 2022. Enfant d'un parent imposé isolément : 4 920 € (non repris)."
		},
		{
			from: '2022-01-01',
			value: 3490,
			source: FISCUS_ON_WEB,
			confirmed: false,
			note: "Exercice 2023. Enfant d'un parent imposé isolément : 5 040 € (non repris)."
		},
		{
			from: '2023-01-01',
			value: 7010,
			source: {
				title:
					"Easypay Group, « Notion d'enfant à charge : ajustements et augmentation temporaire »",
				reference:
					'loi du 22 décembre 2023 : plafond uniforme de 7 010 € pour les exercices 2024 et 2025',
				url: 'https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10047'
			},
			confirmed: false,
			note: 'Exercice 2024, plafond uniforme temporaire.'
		},
		{
			from: '2024-01-01',
			value: 7290,
			source: {
				title: 'Trends-Tendances, « Impôts – enfant à charge : à chaque âge ses avantages »',
				reference: 'ressources nettes de 7 290 € au plus (revenus 2024, déclaration 2025)',
				url: 'https://trends.levif.be/mon-argent/impots-enfant-a-charge-a-chaque-age-ses-avantages'
			},
			confirmed: false,
			note: 'Exercice 2025 (7 010 € indexés).'
		},
		{
			from: '2025-01-01',
			value: 12000,
			source: {
				title:
					'Decavan & Partners, « Personen ten laste in de personenbelasting: veranderingen sinds aj. 2026 »',
				reference: 'plafond porté à 12 000 € (2025 : 7 290 €)',
				url: 'https://www.decavan.be/new-flashes/personen-ten-laste-in-de-personenbelasting-veranderingen-sinds-aj-2026-inkomsten-2025'
			},
			confirmed: false,
			note: 'Exercice 2026 ; une indexation ultérieure et les variantes (parent isolé, handicap) ne sont pas connues.'
		}
	]
};

/** The flat-rate expenses deducted to reach a dependent child's net means: 20 %, with a minimum. */
export const netMeansExpenseTable: ParameterTable<{ rate: number; minimumAmount: number }> = {
	id: 'net-means-expenses',
	label: "Frais forfaitaires déduits des ressources d'un enfant à charge",
	unit: '%, € par an',
	checkedUntil: '2024-12-31',
	rows: [
		{
			from: '2020-01-01',
			value: { rate: 20, minimumAmount: 470 },
			source: FISCUS_ON_WEB,
			confirmed: false
		},
		{
			from: '2022-01-01',
			value: { rate: 20, minimumAmount: 480 },
			source: FISCUS_ON_WEB,
			confirmed: false
		},
		{
			from: '2023-01-01',
			value: { rate: 20, minimumAmount: 530 },
			source: {
				title: 'SPF Finances, « Ressources nettes »',
				reference: 'forfait de 20 %, minimum 530 € (revenus 2023)',
				url: 'https://fin.belgium.be/fr/particuliers/declaration-impot/situation-personnelle/personnes-a-charge/ressources-nettes'
			},
			confirmed: true
		},
		{
			from: '2024-01-01',
			value: { rate: 20, minimumAmount: 550 },
			source: {
				title: 'SPF Finances, « Ressources nettes »',
				reference: 'forfait de 20 %, minimum 550 € (revenus 2024)',
				url: 'https://fin.belgium.be/fr/particuliers/declaration-impot/situation-personnelle/personnes-a-charge/ressources-nettes'
			},
			confirmed: true
		}
	]
};

/** What the parents lose when their only dependent child stops being one: the supplement to the tax-free sum. */
export const childSupplementTable: ParameterTable<number> = {
	id: 'child-supplement',
	label: 'Supplément de quotité exemptée pour un enfant à charge (par année de revenus)',
	unit: '€ par an',
	checkedUntil: '2025-12-31',
	rows: [
		{
			from: '2021-01-01',
			value: 1650,
			source: {
				title: 'SPF Finances, « Enfants »',
				reference: 'exercice 2022, revenus 2021 : 1 enfant à charge',
				url: 'https://finances.belgium.be/fr/particuliers/famille/personnes_a_charge/enfants'
			},
			confirmed: true
		},
		{
			from: '2022-01-01',
			value: 1690,
			source: {
				title: 'SPF Finances, « Enfants »',
				reference: 'exercice 2023, revenus 2022 : 1 enfant à charge',
				url: 'https://finances.belgium.be/fr/particuliers/famille/personnes_a_charge/enfants'
			},
			confirmed: true
		},
		{
			from: '2023-01-01',
			value: 1850,
			source: {
				title: 'SPF Finances, « Enfants »',
				reference: 'exercice 2024, revenus 2023 : 1 enfant à charge',
				url: 'https://financien.belgium.be/fr/particuliers/famille/personnes_a_charge/enfants'
			},
			confirmed: true
		},
		{
			from: '2024-01-01',
			value: 1920,
			source: {
				title: 'SPF Finances, « Enfants »',
				reference: 'exercice 2025, revenus 2024 : 1 enfant à charge',
				url: 'https://financien.belgium.be/fr/particuliers/famille/personnes_a_charge/enfants'
			},
			confirmed: true
		},
		{
			from: '2025-01-01',
			value: 1980,
			source: {
				title: 'Bona Accountants, « Tarieven personenbelasting »',
				reference: 'exercice 2026 : voor één kind 1 980 €',
				url: 'https://www.bona-accountants.be/blog/fiscaliteit-3/tarieven-personenbelasting-2'
			},
			confirmed: false
		}
	]
};

/** Youth vacation, paid by the unemployment fund in the year after the studies or apprenticeship end. */
export interface YouthVacationRule {
	/** Younger than this on 31 December of the year the training ends. */
	ageLimit: number;
	/** Days of vacation a year, ordinary and youth together, in the 6-day week. */
	maxDays: number;
	/** Share of the first month's gross wage, capped, per 26 days. */
	rate: number;
	monthlyCap: number;
}

export const youthVacationTable: ParameterTable<YouthVacationRule> = {
	id: 'youth-vacation',
	label: 'Vacances jeunes',
	unit: 'ans, jours, %, € par mois',
	checkedUntil: '2022-03-01',
	watch: {
		title: 'HVW-CAPAC, « Les vacances jeunes »',
		reference: 'conditions et montant',
		url: 'https://hvw-capac.fgov.be/fr/allocations/vacances/vacances-jeunes'
	},
	rows: [
		{
			from: '2022-03-01',
			value: { ageLimit: 25, maxDays: 24, rate: 65, monthlyCap: 2542.48 },
			source: {
				title: 'Droits quotidiens, « Combien suis-je payé pendant mes vacances jeunes ? »',
				reference:
					'65 % de la rémunération brute du premier mois, plafond de 2 542,48 € indexé au 1er mars 2022',
				url: 'https://www.droitsquotidiens.be/fr/question/combien-suis-je-paye-pendant-mes-vacances-jeunes'
			},
			confirmed: false,
			note: "Âge, 24 jours et 65 % : HVW-CAPAC. Des plafonds plus récents mais non datés ont été trouvés (2 593,31 €, 2 751,99 €) : le plafond actuel n'est pas connu."
		}
	]
};

export const netPayTables = [workerContributionTable, workBonusTable, withholdingKeyTable];
export const dependantTables = [dependantCeilingTable, netMeansExpenseTable, childSupplementTable];
export const youthVacationTables = [youthVacationTable];
