/** The rule page /regles/vacances: paid, European, school and summer vacation, and the vacation pay. */
import { tablesByRule } from '$lib/rules/parameters';
import {
	blueCollarConversionTable,
	blueCollarScaleTable,
	constructionRttTable,
	europeanVacationTable,
	schoolVacationTable,
	summerVacationTable,
	vacationCeilingTable,
	vacationPayTable,
	whiteCollarAccrualTable
} from '$lib/rules/parameters/vacation';
import { formatNumber } from '$lib/rules';
import { youthVacationTable } from '$lib/rules/parameters/net-pay';
import { dayInWords, euros, latest, vadeMecum, type RuleText } from '../regles/rule-content';

const conversion = latest(blueCollarConversionTable);
const top = latest(blueCollarScaleTable).find((row) => row.to === null)!;
const whiteCollar = latest(whiteCollarAccrualTable);
export const ceiling = latest(vacationCeilingTable).weeks;
const pay = latest(vacationPayTable);
const startupMonths = latest(europeanVacationTable).startupMonths;
export const schoolDays = latest(schoolVacationTable).unpaidDays;
export const summer = latest(summerVacationTable);
const constructionDays = latest(constructionRttTable).daysPerYear;
// The pay of 3 000 € of rétributions, the worked example of the blue-collar vacation pay.
const examplePay = euros((((3000 * pay.blueCollarBase) / 100) * pay.blueCollarRate) / 100);

const youth = latest(youthVacationTable);

export const rule: RuleText = {
	title: 'Vacances annuelles',
	lead: `Les jours de vacances payés (ouvrier ou employé), le pécule, les vacances européennes et les ${schoolDays / 5} semaines scolaires.`,
	action: 'Calculer les vacances',
	decides: [
		{
			text: "Combien de jours de vacances l'apprenant peut prendre chaque année, lesquels sont payés, combien vaut son pécule de vacances, et quand il doit prendre ses trois semaines d'été."
		}
	],
	concerns: [
		{
			items: [
				'Tout apprenant, dès la première année de formation, quel que soit son âge.',
				"Le calcul dépend du régime de l'apprenant : ouvrier (la caisse de vacances paie le pécule) ou employé (l'entreprise le paie).",
				"L'entreprise doit accorder les vacances ; les dates se fixent en concertation avec l'apprenant et le référent."
			]
		}
	],
	steps: [
		{
			title: "Vacances payées d'un ouvrier",
			ordered: true,
			items: [
				"Additionner les jours de travail effectif et les jours assimilés (rétribution garantie, jours fériés, vacances payées, repos compensatoire, chômage temporaire, accident du travail, maternité, 12 premiers mois de maladie…) de l'année civile précédente : A.",
				`Les convertir en semaine de ${conversion.referenceDaysPerWeek} jours à temps plein : (A × ${conversion.referenceDaysPerWeek} ÷ R) × Q ÷ S, où R est le nombre de jours par semaine de l'apprenant, Q ses heures par semaine et S les heures d'un temps plein (${conversion.fullTimeHoursPerWeek}). Le résultat à 2 décimales est arrondi à l'unité : 0,50 et plus vers le haut.`,
				`Lire le nombre de jours de vacances dans la table de l'article 35 de l'arrêté royal du 30 mars 1967 (${top.from} jours et plus donnent ${top.days} jours de vacances).`
			]
		},
		{
			title: 'Exemple du Vade-Mecum',
			text: 'Pierre a travaillé 6 mois, 4 jours et 28 heures par semaine : 26 semaines × 4 = 104 jours ; 104 × 5 ÷ 4 × 28 ÷ 38 = 95,79, arrondi à 96 ; la table donne 7 jours de vacances.'
		},
		{
			title: "Vacances payées d'un employé",
			text: `${whiteCollar.daysPerMonth} jours par mois travaillé ou assimilé l'année précédente, comptés en semaine de ${whiteCollar.referenceDaysPerWeek} jours, puis multipliés par le nombre de jours par semaine de l'apprenant ÷ ${whiteCollar.referenceDaysPerWeek}, arrondis au jour (0,5 vers le haut). Exemple : 10 mois à 3 jours par semaine donnent 20 × 3 ÷ 6 = 10 jours.`
		},
		{
			title: 'Plafond',
			text: `Les vacances légales payées ne dépassent jamais ${ceiling} semaines par an : ${ceiling * 5} jours dans une semaine de 5 jours, ${ceiling * 6} dans une semaine de 6 jours.`
		},
		{
			title: 'Pécule de vacances',
			items: [
				`Ouvrier : la caisse de vacances verse ${formatNumber(pay.blueCollarRate)} % de ${pay.blueCollarBase} % des rétributions brutes de l'année précédente (plus une rétribution fictive pour les jours assimilés) ; l'entreprise ne paie rien directement. Exemple : 3 000 € de rétributions × ${pay.blueCollarBase} % × ${formatNumber(pay.blueCollarRate)} % = ${examplePay}.`,
				`Employé : l'entreprise continue de payer la rétribution pendant les vacances (simple pécule) et verse un double pécule de ${pay.whiteCollarDoubleRate} % de la rétribution brute du mois des vacances principales, au prorata des mois prestés l'année précédente (1 mois = 1/12 de ${pay.whiteCollarDoubleRate} %).`
			]
		},
		{
			title: 'Vacances européennes (supplémentaires)',
			items: [
				"Un droit facultatif, sur demande (à l'entreprise pour un employé, à la caisse de vacances ou à l'ONVA pour un ouvrier), pour qui commence ou reprend une activité.",
				`Il s'ouvre après une période d'amorçage de ${startupMonths} mois (64 jours) sous contrat dans la même année civile, et se calcule sur l'année en cours : employé, 5 jours après les ${startupMonths} mois en semaine de 5 jours, puis ${whiteCollar.daysPerMonth} jours par mois en semaine de ${whiteCollar.referenceDaysPerWeek} jours, au prorata du régime ; ouvrier, jours convertis comme ci-dessus et lus dans la table de la partie B de la fiche 4.`,
				`Les jours européens complètent seulement les vacances ordinaires jusqu'à ${ceiling} semaines ; ils se prennent après elles. Ils sont payés au simple pécule, déduit du pécule de l'année suivante.`
			]
		},
		{
			title: 'Vacances scolaires non rétribuées',
			text: `${schoolDays / 5} semaines, soit ${schoolDays} jours, entre le 1er janvier et le 31 décembre, fixées au plus tard le 30 avril en concertation entre l'apprenant, l'entreprise et le référent. Les jours de repos compensatoire rétribués du secteur (${constructionDays} jours dans la construction, CP 124) viennent en déduction.`
		},
		{
			title: "Trois semaines d'été",
			text: `Quel que soit son âge et le type de vacances, l'apprenant prend au moins ${summer.consecutiveWeeks} semaines consécutives entre le ${dayInWords(summer.windowStart)} et le ${dayInWords(summer.windowEnd)} ; l'employeur doit les accorder.`
		}
	],
	exceptions: [
		{
			title: "Vacances jeunes, l'année après le contrat",
			text: `Un jeune de moins de ${youth.ageLimit} ans au 31 décembre de l'année où son apprentissage se termine, qui travaille ensuite au moins un mois sous contrat de travail la même année, peut prendre l'année suivante jusqu'à ${youth.maxDays} jours de vacances (régime de 6 jours), vacances payées comprises ; l'ONEM paie les jours de vacances jeunes à ${youth.rate} % du brut du premier mois, plafonné à ${euros(youth.monthlyCap)} (plafond de 2022, un plafond plus récent n'a pas pu être daté). Lecture retenue : le mois de travail vient après la fin du contrat d'alternance.`
		},
		{
			items: [
				'Les vacances ne se prennent jamais pendant les jours de formation au centre.',
				"Fermeture collective de l'entreprise : les vacances payées se prennent pendant la fermeture ; au-delà, le chômage temporaire s'applique, et les vacances scolaires peuvent y être intégrées de commun accord.",
				"Pas de contrat d'étudiant pendant le contrat d'alternance, même pendant les vacances ; un autre contrat de travail est possible pendant les vacances s'il ne concurrence pas l'entreprise formatrice.",
				'Les vacances-jeunes (après la fin de la formation) ne sont pas calculées ici.'
			]
		},
		{
			title: 'Lecture retenue',
			text: "Pour les trois semaines d'été, des périodes qui se touchent forment une seule période, et les samedis, dimanches et jours fériés qui les bordent en font partie."
		}
	],
	traps: [
		{
			items: [
				"Fiche 4, table des ouvriers : la partie A donne 64 à 76 jours → 5 jours et 48 à 63 → 4 ; l'en-tête de la partie B écrit 67 pour les vacances ordinaires. La table en vigueur (Securex, 2024) est 64 à 76 → 5 et 48 à 63 → 4 : c'est celle que l'application utilise.",
				'Pour les vacances européennes, les seuils de la partie B diffèrent eux aussi à 64 jours : ne recopiez pas la partie B telle quelle.'
			]
		}
	],
	sources: [
		vadeMecum(
			"§4.7 et fiche 4, Vacances annuelles (article 7 du contrat d'alternance), parties A et B"
		),
		{
			title: 'Arrêté royal du 30 mars 1967 (vacances annuelles)',
			detail: 'art. 35 : jours de vacances selon les jours de travail',
			date: '30 mars 1967, table confirmée par Securex en 2024'
		},
		{
			title: 'Lois coordonnées du 28 juin 1971 et arrêté royal du 19 juin 2012',
			detail: 'art. 17bis : vacances supplémentaires ou européennes',
			date: 'depuis 2012'
		},
		vadeMecum('fiche 2, Repos compensatoire dans la construction (CP 124)')
	],
	tables: [...tablesByRule.vacation, ...tablesByRule.youthVacation]
};
