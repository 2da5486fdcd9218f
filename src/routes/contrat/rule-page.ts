/** The rule page /regles/contrat: age, length, trial period, notice and guaranteed pay. */
import { tablesByRule } from '$lib/rules/parameters';
import {
	accessAgeTable,
	guaranteedPayTable,
	maximumDurationTable,
	noticeLengthTable
} from '$lib/rules/parameters/contract';
import { HOLIDAYS, latest, vadeMecum, type RuleText } from '../regles/rule-content';

const ages = latest(accessAgeTable);
const notice = latest(noticeLengthTable);
const guaranteed = latest(guaranteedPayTable);

export const rule: RuleText = {
	title: 'Contrat',
	lead: "L'âge pour signer, la durée, la période d'essai, le préavis et sa notification, la rétribution garantie.",
	action: 'Vérifier le contrat',
	decides: [
		{
			text: "Qui peut signer un contrat d'alternance et jusqu'à quand, combien de temps il peut durer, quand finit la période d'essai, combien dure un préavis et quand il prend effet, et ce que l'entreprise paie pendant une incapacité de travail."
		}
	],
	concerns: [
		{
			items: [
				"Le jeune et, s'il est mineur, ses parents, avant la signature.",
				"L'entreprise agréée, qui vérifie ses obligations avant de signer et avant de mettre fin au contrat.",
				"Le référent de l'opérateur de formation, consulté avant toute fin de contrat."
			]
		}
	],
	steps: [
		{
			title: 'Âge',
			text: `À la signature, au moins ${ages.minimum} ans, ou ${ages.minimumWithTwoSecondaryYears} ans après les deux premières années de l'enseignement secondaire ; et pas encore ${ages.limitAtSigning} ans. La formation peut continuer jusqu'au 31 décembre de l'année des ${ages.trainingUntilEndOfYearOfAge} ans. L'âge se prend à la date de signature.`
		},
		{
			title: 'Durée',
			text: `La durée suit le plan de formation : pas de minimum (trois mois en certification par unités, par exemple), ${latest(maximumDurationTable)} ans au plus. Elle peut être prolongée de commun accord, par avenant, pour terminer le plan de formation.`
		},
		{
			title: "Période d'essai",
			text: "Un mois de prestations effectives en entreprise. Lecture retenue : un mois calendrier à partir du premier jour en entreprise (du 3 au 2 du mois suivant), prolongé d'un jour par jour de suspension (maladie, vacances…) ; les jours prévus au centre ne la prolongent pas."
		},
		{
			title: 'Préavis',
			items: [
				`${notice.duringTrial} jours calendrier pendant la période d'essai, ${notice.afterTrial} jours calendrier après, après concertation avec le référent.`,
				"Le préavis est prolongé par la maladie, l'accident du travail, les vacances annuelles, la détention préventive et les jours de repos compensatoire.",
				"Il peut ne pas être presté : l'autre partie reçoit alors une indemnité pour la partie non prestée.",
				'Lecture retenue : le préavis commence le jour où il prend effet et dure le nombre de jours prévu, ce jour compris.'
			]
		},
		{
			title: 'Notification',
			items: [
				"Écrit remis de la main à la main contre accusé de réception, ou exploit d'huissier : effet le lendemain.",
				"Lettre recommandée : effet le troisième jour ouvrable après l'envoi. Un jour ouvrable est tout jour sauf le dimanche et les jours fériés : le samedi compte. Exemple : lettre envoyée le vendredi 03/01/2025 → samedi 4 (1), lundi 6 (2), mardi 7 (3) : effet le 07/01/2025."
			]
		},
		{
			title: 'Rétribution garantie',
			text: `Quand l'apprenant ne peut pas travailler (maladie, accident), l'entreprise paie la rétribution des ${guaranteed.days} premiers jours calendrier d'absence, jours au centre compris. Dès le ${guaranteed.days + 1}e jour, les règles des travailleurs s'appliquent (mutuelle). Lecture retenue : un jour vaut la rétribution du mois ÷ le nombre de jours du mois.`
		}
	],
	exceptions: [
		{
			items: [
				`Rechute : une nouvelle incapacité non professionnelle dans les ${guaranteed.relapseWindowDays} jours qui suivent la fin d'une incapacité payée ne donne pas de nouvelle rétribution garantie, sauf certificat montrant une autre maladie ou un autre accident. Cette règle ne vaut pas pour un accident du travail ou une maladie professionnelle.`,
				"Pas de préavis quand l'entreprise met fin au contrat parce que l'apprenant n'exécute pas le plan de formation.",
				"Le contrat prend fin sans préavis à son échéance, au retrait de l'agrément de l'entreprise, au décès de l'apprenant, du signataire ou du tuteur, ou immédiatement en cas de force majeure, après concertation avec le référent.",
				"Chômage temporaire (sauf accident technique) : pas de rétribution garantie, l'ONEM paie dès le premier jour."
			]
		}
	],
	traps: [],
	sources: [
		vadeMecum("§2 Conditions d'accès et limite d'âge"),
		vadeMecum("§4.2 Durée et §4.3 Période d'essai (article 1 du contrat d'alternance)"),
		vadeMecum(
			'fiche 15, Fin du contrat : préavis et forme du préavis (article 9 du contrat ; accord de coopération-cadre, art. 1er, § 4 quinquies, 4°)'
		),
		vadeMecum('§4.15 et fiche 16, Suspensions et rétribution garantie (article 8 du contrat)'),
		HOLIDAYS
	],
	tables: tablesByRule.contract
};
