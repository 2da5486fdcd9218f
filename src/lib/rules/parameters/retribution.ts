/**
 * The rétribution of an apprentice is a minimum percentage of the RMMMG (revenu minimum mensuel
 * moyen garanti, CCT n° 43), level A, B or C, flat per month whatever the hours.
 */
import type { DatedRow, ParameterTable } from './table';
import { vadeMecum } from './sources';
import type { SourceRef } from '../explain';

import type { Level } from '../levels';

export type { Level };

const source = (title: string, reference: string, url?: string): SourceRef =>
	url === undefined ? { title, reference } : { title, reference, url };

const CCT43 = 'RMMMG, CCT n° 43 du Conseil national du travail (montant 18 ans et plus)';
const INDEXED =
	"Montant estimé : le montant précédent + 2 % d'indexation, arrondi au cent ; le montant publié n'a pas été trouvé.";

function rmmmg(
	from: string,
	euros: number,
	src: SourceRef,
	confirmed: boolean,
	note?: string
): DatedRow<number> {
	const row: DatedRow<number> = { from, value: euros, source: src, confirmed };
	if (note !== undefined) row.note = note;
	return row;
}

/** RMMMG in euros per month, amount for workers of 18 and over. */
export const rmmmgTable: ParameterTable<number> = {
	id: 'rmmmg',
	label: 'Revenu minimum mensuel moyen garanti (RMMMG, 18 ans et plus)',
	unit: '€ par mois',
	rows: [
		rmmmg('2016-06-01', 1531.93, vadeMecum('§4.6 Montant de la rétribution'), true),
		rmmmg(
			'2017-06-01',
			1562.57,
			source(
				CCT43,
				"indexation de 2 % au 1er juin 2017 (indice pivot dépassé en mai 2017) ; SFPME, « Allocation d'apprentissage » : 265,64 / 375,02 / 500,02 €",
				'http://www.sfpme.spfb.brussels/fr/formation-en-apprentissage/allocation-d-apprentissage'
			),
			false,
			'Montant déduit : 1 531,93 € + 2 % = 1 562,57 €, le seul montant au cent qui redonne les trois allocations publiées par le SFPME (17, 24 et 32 %).'
		),
		rmmmg(
			'2018-09-01',
			1593.81,
			source(CCT43, 'indexation de 2 % au 1er septembre 2018'),
			false,
			"Montant estimé (+2 % d'indexation)."
		),
		rmmmg(
			'2020-03-01',
			1625.72,
			source(CCT43, 'Unisoc ; SD Worx, montants au 1er mars 2020'),
			true
		),
		rmmmg(
			'2021-09-01',
			1658.23,
			source(CCT43, 'SD Worx (goingfortalent.be), montant au 1er septembre 2021'),
			true
		),
		rmmmg(
			'2022-01-01',
			1691.39,
			source(CCT43, 'Acerta, indexation au 1er janvier 2022'),
			false,
			'Date confirmée par Acerta, montant estimé.'
		),
		rmmmg('2022-03-01', 1725.21, source(CCT43, 'Acerta ; Liantis, montant au 1er mars 2022'), true),
		rmmmg(
			'2022-04-01',
			1806.16,
			source(
				'CCT n° 43/16 du Conseil national du travail',
				'Group S ; Securex : montant unique dès le 1er avril 2022'
			),
			true
		),
		rmmmg(
			'2022-05-01',
			1842.28,
			source(
				CCT43,
				"Site de l'OFFA, montants au 1er mai 2022",
				'https://www.formationalternance.be'
			),
			true
		),
		rmmmg(
			'2022-08-01',
			1879.13,
			source(
				CCT43,
				"indice pivot dépassé en juillet 2022, +2 % au 1er août 2022 ; Gouvernement flamand, « Autorisation d'occupation : salaires et indemnités » : « 1er août 2022 : 1 879,13 € »",
				'https://www.vlaanderen.be/fr/autorisations-de-travail/autorisation-doccupation-salaires-et-indemnites'
			),
			true,
			'1 842,28 € + 2 % = 1 879,13 €.'
		),
		rmmmg(
			'2022-11-01',
			1916.71,
			source(
				CCT43,
				"indice pivot dépassé en octobre 2022, +2 % au 1er novembre 2022 (La Libre, 8 novembre 2022, d'après le Bureau fédéral du Plan)"
			),
			false,
			`${INDEXED} Deux fois +2 % depuis août donneraient 1 955,04 € en décembre, 5 centimes de plus que le montant publié (1 954,99 €) : le montant légal se calcule sur un montant de base indexé puis arrondi une seule fois, pas en enchaînant des montants arrondis.`
		),
		rmmmg(
			'2022-12-01',
			1954.99,
			source(CCT43, 'Securex ; IFAPME « au 1er décembre 2022 » : niveau A = 332,35 €'),
			true
		),
		rmmmg(
			'2023-11-01',
			1994.18,
			source(CCT43, 'Securex, table nationale du RMMG au 1er novembre 2023'),
			true
		),
		rmmmg(
			'2024-04-01',
			2029.88,
			source(
				'CCT n° 43/17 du Conseil national du travail',
				'Attentia ; Sodalis, montant au 1er avril 2024'
			),
			true
		),
		rmmmg(
			'2024-05-01',
			2070.48,
			source(
				CCT43,
				"Securex ; site de l'OFFA, montant au 1er mai 2024",
				'https://www.formationalternance.be'
			),
			true
		),
		rmmmg(
			'2025-02-01',
			2111.89,
			source(
				CCT43,
				'salairesminimums.be (SPF Emploi) ; Acerta, montant au 1er février 2025',
				'https://www.salairesminimums.be'
			),
			true
		),
		rmmmg(
			'2026-01-01',
			2154.13,
			source(
				CCT43,
				'indice pivot dépassé en décembre 2025 ; CESSoC : « le revenu minimum mensuel moyen garanti sera augmenté en janvier 2026 »',
				'https://incidence-asbl.org/cessoc-indexation-des-baremes-pour-fevrier-2026'
			),
			false,
			`Indexation confirmée. ${INDEXED}`
		),
		rmmmg(
			'2026-04-01',
			2189.83,
			source(
				'Accord interprofessionnel 2021-2022 (CCT n° 43/15)',
				'dernière hausse prévue du RMMMG au 1er avril 2026 : 35,70 € (Euractiv, RTL, 2024)'
			),
			false,
			"Montant estimé : 2 154,13 € + 35,70 €, le montant de la hausse précédente de l'accord (1er avril 2024 : 1 994,18 → 2 029,88 €) ; la hausse de 2026 n'a pas été confirmée (d'autres sources annoncent 37,50 € ou 37,70 €)."
		)
	],
	// The newest source found is the Federal Planning Bureau's forecast of 10 March 2026 (a pivot overrun around
	// July 2026, so +2 % about August): later amounts are not known.
	checkedUntil: '2026-04-01',
	watch: source(
		'Salaires minimums (SPF Emploi) : RMMMG en vigueur',
		'montants du revenu minimum mensuel moyen garanti',
		'https://www.salairesminimums.be'
	)
};

/** Minimum share of the RMMMG by level, in percent (contract art. 6). */
export const levelRateTable: ParameterTable<Record<Level, number>> = {
	id: 'retribution-levels',
	label: 'Pourcentage minimum du RMMMG par niveau de rétribution',
	unit: '%',
	rows: [
		{
			from: '2015-09-01',
			value: { A: 17, B: 24, C: 32 },
			source: vadeMecum("§4.6 Montant de la rétribution (article 6 du contrat d'alternance)"),
			confirmed: true,
			note: 'Toujours la règle en 2025 (Securex Lex4you, « Quel est le montant de la rétribution »).'
		}
	],
	// Confirmed again by a check made in 2026 (the reform of the alternance had stalled: elianetillieux.be, 15 October 2024).
	checkedUntil: '2026-01-01'
};

/** The tables of the rétribution rules, in the order of the rules page. */
export const retributionTables: readonly ParameterTable<unknown>[] = [rmmmgTable, levelRateTable];
