/** The rule page /regles/retribution: the level percentages of the RMMMG and the prorata. */
import { tablesByRule } from '$lib/rules/parameters';
import {
	withholdingKeyTable,
	workBonusTable,
	workerContributionTable
} from '$lib/rules/parameters/net-pay';
import { levelRateTable, rmmmgTable } from '$lib/rules/parameters/retribution';
import { cite, euros, latest, since, vadeMecum, type RuleText } from '../regles/rule-content';

export const rates = latest(levelRateTable);
// The Vade-Mecum's example takes the figures of 1 June 2016.
const EXAMPLE_DATE = '2016-06-01';
const exampleRmmmg = euros(since(rmmmgTable, EXAMPLE_DATE));
const example = (level: 'A' | 'B' | 'C') =>
	euros((since(rmmmgTable, EXAMPLE_DATE) * rates[level]) / 100);

const contribution = latest(workerContributionTable);
const key = latest(withholdingKeyTable);
const keyRow = withholdingKeyTable.rows.at(-1)!;
const bonusRow = workBonusTable.rows.at(-1)!;

export const rule: RuleText = {
	title: 'Rétribution',
	lead: "Le montant minimum payé chaque mois : niveau A, B ou C, et le prorata d'un mois incomplet.",
	action: 'Calculer la rétribution',
	decides: [
		{
			text: "La rétribution est le montant minimum que l'entreprise verse chaque mois à l'apprenant. Elle est forfaitaire : elle couvre à la fois la formation en entreprise et la formation au centre (CEFA, IFAPME, SFPME), quelle que soit leur répartition et quel que soit l'horaire."
		}
	],
	concerns: [
		{
			items: [
				"Tout apprenant sous contrat d'alternance, dès le premier mois.",
				"L'entreprise qui le forme : elle doit payer au moins ce montant et remettre chaque mois une fiche de paie.",
				"Les parents d'un apprenant de plus de 18 ans : la rétribution peut compter pour les allocations familiales (voir la règle « Allocations familiales »)."
			]
		}
	],
	steps: [
		{
			ordered: true,
			items: [
				"Trouver le RMMMG (revenu minimum mensuel moyen garanti, montant des 18 ans et plus, CCT n° 43) en vigueur à la date voulue. Chaque montant s'applique depuis sa date jusqu'à la veille du montant suivant.",
				`Appliquer le pourcentage du niveau de l'apprenant : au moins ${rates.A} % au niveau A, ${rates.B} % au niveau B, ${rates.C} % au niveau C.`,
				"Arrondir au cent, le demi-cent vers le haut. Les opérateurs ne présentent pas tous les montants de la même façon (l'OFFA imprime des montants non arrondis comme 313,1876 €) : l'application arrondit au cent et le dit.",
				"Pour un mois que le contrat ne couvre qu'en partie (début ou fin en cours de mois), payer au prorata : montant mensuel × jours calendrier couverts par le contrat ÷ jours du mois, les deux bornes comprises. Un contrat qui commence le 15 janvier donne 17 jours sur 31.",
				"Pour un mois donné, l'application prend le RMMMG en vigueur le premier jour du mois."
			]
		},
		{
			title: 'Du brut au net',
			ordered: true,
			items: [
				"Jusqu'au 31 décembre de l'année de ses 18 ans, l'apprenti n'est assujetti qu'à une partie de la sécurité sociale : il ne paie pas de cotisation personnelle.",
				`À partir du 1er janvier de l'année de ses 19 ans, il est assujetti à tous les régimes : cotisation personnelle de ${contribution} % du brut, diminuée du bonus à l'emploi social (jamais plus que la cotisation).`,
				`Précompte professionnel : la formule-clé de l'année (isolé, sans personne à charge) : 12 fois le mois imposable, moins ${key.expenseRate} % de frais forfaitaires (${euros(key.expenseMax)} au plus), barème de base (${key.brackets.map((b) => `${b.rate} % jusqu'à ${euros(b.upTo)}`).join(', ')}), moins ${euros(key.taxFreeReduction)} pour la quotité exemptée, divisé par 12 ; le bonus à l'emploi fiscal (${key.fiscalBonusRate} % du bonus social) le diminue encore, sans le rendre négatif.`,
				"Net = brut − cotisation après bonus − précompte. Pour une rétribution d'apprenti, le précompte est nul et, dès 19 ans, le bonus couvre toute la cotisation : le net égale le brut."
			]
		},
		{
			title: 'Exemple du Vade-Mecum (chiffres du 1er juin 2016)',
			text: `RMMMG de ${exampleRmmmg} : niveau A = ${exampleRmmmg} × ${rates.A} % = ${example('A')} ; niveau B = ${exampleRmmmg} × ${rates.B} % = ${example('B')} ; niveau C = ${exampleRmmmg} × ${rates.C} % = ${example('C')} par mois.`
		}
	],
	exceptions: [
		{
			items: [
				"Ce sont des minima : une convention collective (CCT) du secteur ou un accord d'entreprise peut prévoir davantage, et l'entreprise peut toujours payer plus. Le calculateur accepte le montant réellement payé.",
				"Tout apprenant commence au niveau A. Le passage au niveau B ou C est décidé par le référent, sur avis du tuteur et en concertation avec l'apprenant ; il fait l'objet d'un avenant au contrat.",
				"Le montant ne change pas quand l'apprenant passe plus d'heures en entreprise pendant la fermeture du centre (vacances scolaires), ni lors des journées pédagogiques.",
				"Heures supplémentaires (exceptionnelles) : le sursalaire se calcule sur la rétribution de l'apprenant (voir la règle « Horaires »)."
			]
		},
		{
			title: 'Lecture retenue',
			text: 'Quand le niveau change en cours de mois, le mois est partagé par jours calendrier entre les deux niveaux, comme un mois incomplet.'
		},
		{
			title: 'Lecture retenue pour le net',
			text: `Le bonus à l'emploi prend la rétribution du mois comme salaire de référence, comme un temps plein aux prestations complètes, au barème employé ; l'ONSS ne précise pas le cas de l'apprenti. Les montants du bonus du 1er avril 2024 au 31 janvier 2025 n'ont pas été trouvés (le calcul prend le plus petit des deux barèmes qui encadrent la période, et le dit), ni la formule-clé du précompte après ${keyRow.from.slice(0, 4)} (celle de ${keyRow.from.slice(0, 4)} est appliquée, avec un avertissement).`
		}
	],
	traps: [
		{
			text: `Les montants imprimés dans le Vade-Mecum de 2017 (${example('A')}, ${example('B')}, ${example('C')}) sont ceux du 1er juin 2016. Le RMMMG a été indexé de nombreuses fois depuis : un montant n'a de sens qu'avec sa date. Certaines indexations intermédiaires (2017, 2018, 2022, 2026) n'ont pas pu être vérifiées ; elles sont marquées « non confirmé » dans la table du RMMMG.`
		}
	],
	sources: [
		vadeMecum(
			"§4.6 Montant de la rétribution (article 6 du contrat d'alternance) et « prorata temporis »"
		),
		{
			title: 'CCT n° 43 du Conseil national du travail (RMMMG)',
			detail: 'montant des 18 ans et plus ; montant unique depuis la CCT n° 43/16',
			date: 'montants datés un par un dans la table du RMMMG'
		},
		{
			title: 'salairesminimums.be (SPF Emploi)',
			detail: `RMMMG de ${euros(since(rmmmgTable, '2025-02-01'))} par mois`,
			date: 'au 1er février 2025',
			url: 'https://www.salairesminimums.be'
		},
		cite(
			workerContributionTable.rows[0]!.source,
			"assujettissement limité jusqu'au 31 décembre de l'année des 18 ans, complet ensuite",
			'instructions 2019-2'
		),
		cite(bonusRow.source, bonusRow.source.reference, 'au 1er février 2025'),
		cite(keyRow.source, keyRow.source.reference, `revenus ${keyRow.from.slice(0, 4)}`),
		{
			title: 'Securex Lex4you, « Quel est le montant de la rétribution »',
			detail: `les pourcentages de ${rates.A}, ${rates.B} et ${rates.C} % sont toujours la règle`,
			date: '2025'
		}
	],
	tables: [...tablesByRule.retribution, ...tablesByRule.netPay]
};
