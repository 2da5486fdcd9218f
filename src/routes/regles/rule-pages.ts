/**
 * The texts of the rule pages (/regles/<slug>), in plain French, from GUIDE.md §3–4, the Vade-Mecum
 * OFFA of 2017 and the TSDoc of the rule modules. Figures that change live in the parameter tables
 * each page links to; the texts only quote dated figures.
 */
import type { ParameterTable } from '$lib/rules/parameters/table';
import { publicHolidayRules } from '$lib/rules/parameters/calendar';
import {
	accessAgeTable,
	guaranteedPayTable,
	maximumDurationTable,
	noticeLengthTable,
	notificationDelayTable,
	trialPeriodTable
} from '$lib/rules/parameters/contract';
import {
	allowanceAgeTable,
	brusselsAllowanceRuleTable,
	germanSpeakingAllowanceRuleTable,
	walloniaAllowanceRuleTable
} from '$lib/rules/parameters/family-allowance';
import { insertionRegimeTable, successReductionTable } from '$lib/rules/parameters/insertion';
import { levelRateTable, rmmmgTable } from '$lib/rules/parameters/retribution';
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
import {
	absoluteNightTable,
	continuousWorkTable,
	dailyHoursTable,
	halfDayBoundaryTable,
	minorBreakTable,
	minorDailyRestTable,
	minorDayBreaksTable,
	minorWeeklyRestTable,
	nightWindowTable,
	overtimeSurchargeTable,
	sundayCompensatoryRestTable,
	weeklyHoursTable,
	youngWorkerAgeTable
} from '$lib/rules/parameters/working-time';

/** A piece of text: an optional sub-title, a paragraph, and a list (numbered when it is a sequence of steps). */
export interface Block {
	title?: string;
	text?: string;
	items?: string[];
	ordered?: boolean;
}

export interface RuleSource {
	title: string;
	/** The place in the text and what it says. */
	detail: string;
	/** When the text was published or applies, in words. */
	date: string;
	url?: string;
}

export type CalculatorPath =
	| '/retribution'
	| '/vacances'
	| '/stage-insertion'
	| '/horaires'
	| '/contrat'
	| '/allocations-familiales';

export interface RulePage {
	slug: string;
	title: string;
	/** One sentence for the list of rules. */
	lead: string;
	calculator: { path: CalculatorPath; label: string };
	decides: Block[];
	concerns: Block[];
	steps: Block[];
	exceptions: Block[];
	/** Where the 2017 text misleads; empty when it does not. */
	traps: Block[];
	sources: RuleSource[];
	tables: readonly ParameterTable<unknown>[];
}

const VADE_MECUM_DATE = 'version du 27 avril 2017';
const VADE_MECUM_URL = 'https://www.offa.be';
const vadeMecum = (detail: string): RuleSource => ({
	title: "Vade-Mecum du contrat d'alternance (OFFA)",
	detail,
	date: VADE_MECUM_DATE,
	url: VADE_MECUM_URL
});
const LABOUR_LAW: RuleSource = {
	title: 'Loi du 16 mars 1971 sur le travail',
	detail:
		'protection des jeunes travailleurs : travail de nuit, durée journalière (art. 20, § 1er), pauses, repos',
	date: 'loi du 16 mars 1971, telle que modifiée',
	url: 'https://www.ejustice.just.fgov.be'
};
const YOUNG_WORKERS_2022: RuleSource = {
	title:
		"Securex Lex4you, « Durée du travail pour les étudiants de moins de 18 ans : points d'attention 2022 »",
	detail:
		'pauses sur la journée (plus de 4 h 30, plus de 6 heures), 12 heures de repos entre deux prestations, jour de repos accolé au dimanche',
	date: '2022',
	url: 'https://securex.be/fr/lex4you/employeur/actualites/duree-du-travail-pour-les-etudiants-de-moins-de-18-ans-points-d-attention-2022'
};
const HOLIDAYS_DECREE: RuleSource = {
	title: 'Arrêté royal du 18 avril 1974 (jours fériés)',
	detail: 'art. 1er : la liste des dix jours fériés légaux',
	date: '18 avril 1974',
	url: 'https://www.ejustice.just.fgov.be'
};

export const RULE_PAGES: readonly RulePage[] = [
	{
		slug: 'retribution',
		title: 'Rétribution',
		lead: "Le montant minimum payé chaque mois : niveau A, B ou C, et le prorata d'un mois incomplet.",
		calculator: { path: '/retribution', label: 'Calculer la rétribution' },
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
					"Appliquer le pourcentage du niveau de l'apprenant : au moins 17 % au niveau A, 24 % au niveau B, 32 % au niveau C.",
					"Arrondir au cent, le demi-cent vers le haut. Les opérateurs ne présentent pas tous les montants de la même façon (l'OFFA imprime des montants non arrondis comme 313,1876 €) : l'application arrondit au cent et le dit.",
					"Pour un mois que le contrat ne couvre qu'en partie (début ou fin en cours de mois), payer au prorata : montant mensuel × jours calendrier couverts par le contrat ÷ jours du mois, les deux bornes comprises. Un contrat qui commence le 15 janvier donne 17 jours sur 31.",
					"Pour un mois donné, l'application prend le RMMMG en vigueur le premier jour du mois."
				]
			},
			{
				title: 'Exemple du Vade-Mecum (chiffres du 1er juin 2016)',
				text: 'RMMMG de 1 531,93 € : niveau A = 1 531,93 € × 17 % = 260,43 € ; niveau B = 1 531,93 € × 24 % = 367,66 € ; niveau C = 1 531,93 € × 32 % = 490,22 € par mois.'
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
			}
		],
		traps: [
			{
				text: "Les montants imprimés dans le Vade-Mecum de 2017 (260,43 €, 367,66 €, 490,22 €) sont ceux du 1er juin 2016. Le RMMMG a été indexé de nombreuses fois depuis : un montant n'a de sens qu'avec sa date. Certaines indexations intermédiaires (2017, 2018, 2022, 2026) n'ont pas pu être vérifiées ; elles sont marquées « non confirmé » dans la table du RMMMG."
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
				detail: 'RMMMG de 2 111,89 € par mois',
				date: 'au 1er février 2025',
				url: 'https://www.salairesminimums.be'
			},
			{
				title: 'Securex Lex4you, « Quel est le montant de la rétribution »',
				detail: 'les pourcentages de 17, 24 et 32 % sont toujours la règle',
				date: '2025'
			}
		],
		tables: [rmmmgTable, levelRateTable]
	},
	{
		slug: 'vacances',
		title: 'Vacances annuelles',
		lead: 'Les jours de vacances payés (ouvrier ou employé), le pécule, les vacances européennes et les 4 semaines scolaires.',
		calculator: { path: '/vacances', label: 'Calculer les vacances' },
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
					"Les convertir en semaine de 5 jours à temps plein : (A × 5 ÷ R) × Q ÷ S, où R est le nombre de jours par semaine de l'apprenant, Q ses heures par semaine et S les heures d'un temps plein (38). Le résultat à 2 décimales est arrondi à l'unité : 0,50 et plus vers le haut.",
					"Lire le nombre de jours de vacances dans la table de l'article 35 de l'arrêté royal du 30 mars 1967 (231 jours et plus donnent 20 jours de vacances)."
				]
			},
			{
				title: 'Exemple du Vade-Mecum',
				text: 'Pierre a travaillé 6 mois, 4 jours et 28 heures par semaine : 26 semaines × 4 = 104 jours ; 104 × 5 ÷ 4 × 28 ÷ 38 = 95,79, arrondi à 96 ; la table donne 7 jours de vacances.'
			},
			{
				title: "Vacances payées d'un employé",
				text: "2 jours par mois travaillé ou assimilé l'année précédente, comptés en semaine de 6 jours, puis multipliés par le nombre de jours par semaine de l'apprenant ÷ 6, arrondis au jour (0,5 vers le haut). Exemple : 10 mois à 3 jours par semaine donnent 20 × 3 ÷ 6 = 10 jours."
			},
			{
				title: 'Plafond',
				text: 'Les vacances légales payées ne dépassent jamais 4 semaines par an : 20 jours dans une semaine de 5 jours, 24 dans une semaine de 6 jours.'
			},
			{
				title: 'Pécule de vacances',
				items: [
					"Ouvrier : la caisse de vacances verse 15,38 % de 108 % des rétributions brutes de l'année précédente (plus une rétribution fictive pour les jours assimilés) ; l'entreprise ne paie rien directement. Exemple : 3 000 € de rétributions × 108 % × 15,38 % = 498,31 €.",
					"Employé : l'entreprise continue de payer la rétribution pendant les vacances (simple pécule) et verse un double pécule de 92 % de la rétribution brute du mois des vacances principales, au prorata des mois prestés l'année précédente (1 mois = 1/12 de 92 %)."
				]
			},
			{
				title: 'Vacances européennes (supplémentaires)',
				items: [
					"Un droit facultatif, sur demande (à l'entreprise pour un employé, à la caisse de vacances ou à l'ONVA pour un ouvrier), pour qui commence ou reprend une activité.",
					"Il s'ouvre après une période d'amorçage de 3 mois (64 jours) sous contrat dans la même année civile, et se calcule sur l'année en cours : employé, 5 jours après les 3 mois en semaine de 5 jours, puis 2 jours par mois en semaine de 6 jours, au prorata du régime ; ouvrier, jours convertis comme ci-dessus et lus dans la table de la partie B de la fiche 4.",
					"Les jours européens complètent seulement les vacances ordinaires jusqu'à 4 semaines ; ils se prennent après elles. Ils sont payés au simple pécule, déduit du pécule de l'année suivante."
				]
			},
			{
				title: 'Vacances scolaires non rétribuées',
				text: "4 semaines, soit 20 jours, entre le 1er janvier et le 31 décembre, fixées au plus tard le 30 avril en concertation entre l'apprenant, l'entreprise et le référent. Les jours de repos compensatoire rétribués du secteur (12 jours dans la construction, CP 124) viennent en déduction."
			},
			{
				title: "Trois semaines d'été",
				text: "Quel que soit son âge et le type de vacances, l'apprenant prend au moins 3 semaines consécutives entre le 1er mai et le 31 octobre ; l'employeur doit les accorder."
			}
		],
		exceptions: [
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
		tables: [
			blueCollarScaleTable,
			blueCollarConversionTable,
			whiteCollarAccrualTable,
			vacationCeilingTable,
			vacationPayTable,
			europeanVacationTable,
			schoolVacationTable,
			summerVacationTable,
			constructionRttTable,
			publicHolidayRules
		]
	},
	{
		slug: 'stage-insertion',
		title: "Stage d'insertion",
		lead: "Les jours de stage d'insertion professionnelle qui restent après l'alternance, avant et après le 1er mars 2026.",
		calculator: { path: '/stage-insertion', label: "Calculer le stage d'insertion" },
		decides: [
			{
				text: "Après ses études, un jeune inscrit comme demandeur d'emploi fait un stage d'insertion professionnelle (SIP) avant de recevoir des allocations d'insertion de l'ONEM. Une formation en alternance peut ouvrir ce droit et raccourcir le stage : la règle dit si le droit s'ouvre et combien de jours de stage restent."
			}
		],
		concerns: [
			{
				items: [
					"Le jeune qui termine une formation en alternance (enseignement secondaire en alternance, spécialisé en alternance, IFAPME ou SFPME) et s'inscrit comme demandeur d'emploi.",
					'La demande doit être faite avant 25 ans, sauf deux dérogations (avoir travaillé, ou avoir interrompu ses études pour force majeure).',
					"La réussite se prouve par le formulaire C109/36 rempli par l'opérateur de formation."
				]
			}
		],
		steps: [
			{
				ordered: true,
				items: [
					"La date de la demande d'allocations décide des règles : jusqu'au 28 février 2026, celles de la fiche 12 du Vade-Mecum ; à partir du 1er mars 2026, celles de la loi-programme du 18 juillet 2025.",
					"Compter les jours du ou des contrats : chaque jour calendrier couvert par un contrat, les deux bornes comprises, sans les dimanches, jours au centre de formation compris. Plusieurs contrats successifs s'additionnent ; un jour couvert deux fois compte une fois.",
					"Demande jusqu'au 28 février 2026, stage de 310 jours en semaine de 6 jours. Formation réussie : 310 − jours du contrat, sans descendre sous 0. Formation terminée sans succès : 310 − la moitié des jours du contrat (arrondie en faveur du jeune), mais il reste au moins 155 jours. Formation abandonnée : l'alternance n'ouvre pas le droit.",
					"Demande à partir du 1er mars 2026, stage de 156 jours. Seule une alternance réussie ouvre le droit ; une alternance terminée sans succès ne réduit plus le stage. L'allocation d'insertion est limitée à 12 mois (36 avant la réforme).",
					'Le dernier jour du stage se compte en semaine de 6 jours à partir de son début : chaque jour compte sauf le dimanche, jours fériés compris.'
				]
			},
			{
				title: 'Exemple',
				text: 'Contrat du 01/09/2015 au 30/06/2016, réussi, demande avant la réforme : 304 jours calendrier (les deux bornes comprises) − 43 dimanches = 261 jours ; 310 − 261 = 49 jours de stage restent.'
			}
		],
		exceptions: [
			{
				items: [
					"Moins de 21 ans, formation terminée sans succès et sans diplôme de la liste de la fiche 12 (CESS, certificat de 6e année…) : le stage se fait, mais l'allocation n'est accordée qu'à partir de 21 ans, sur une nouvelle demande (document C29 en attendant). Cette règle vaut pour les demandes depuis le 1er septembre 2015.",
					"Formation abandonnée : entre 18 et 21 ans, il faut attendre 21 ans ; entre 21 et 25 ans, seules d'autres études terminées peuvent ouvrir le droit.",
					"Depuis le 1er mars 2026, on ne sait pas encore avec certitude si les jours d'une alternance réussie réduisent toujours le stage de 156 jours : l'application applique la réduction et l'affiche comme non confirmée."
				]
			}
		],
		traps: [
			{
				items: [
					'Exemple 1 de la fiche 12 : il compte 303 jours calendrier du 1er septembre 2015 au 30 juin 2016 et trouve 50 jours restants. La période compte 304 jours (les deux bornes comprises) et 43 dimanches : 261 jours, donc 49 jours restants, pas 50.',
					"Exemple 2 : il annonce 481 jours et 69 dimanches ; en comptant les deux bornes, on trouve 482 jours et 68 dimanches. Le résultat (0 jour restant) ne change pas ; l'application compte toujours les deux bornes et le dit dans chaque résultat.",
					'Les durées de 310 jours et de 36 mois de la fiche 12 ne valent plus pour une demande faite à partir du 1er mars 2026.'
				]
			}
		],
		sources: [
			vadeMecum("fiche 12, Allocations d'insertion : ouverture du droit, durée du stage, exemples"),
			{
				title: 'Loi-programme du 18 juillet 2025 (réforme du chômage, dite « Arizona »)',
				detail: "stage de 156 jours, réussite exigée, allocation d'insertion limitée à 12 mois",
				date: 'pour les demandes à partir du 1er mars 2026'
			}
		],
		tables: [insertionRegimeTable, successReductionTable]
	},
	{
		slug: 'horaires',
		title: 'Horaires',
		lead: 'Travail de nuit, dimanches et jours fériés, heures par jour et par semaine, pauses et heures supplémentaires.',
		calculator: { path: '/horaires', label: 'Vérifier un horaire' },
		decides: [
			{
				text: "Si l'horaire prévu pour l'apprenant est permis : à quelles heures il peut travailler, quels jours, combien d'heures par jour et par semaine, quand il doit faire une pause, et ce que valent les heures supplémentaires."
			}
		],
		concerns: [
			{
				items: [
					"L'entreprise, qui remplit l'horaire en entreprise dans la grille de l'article 5 du contrat à la signature (au centre, seuls les jours ou demi-jours sont cochés).",
					"L'apprenant, avec des règles plus strictes avant 18 ans (loi du 16 mars 1971 sur le travail, protection des jeunes travailleurs)."
				]
			}
		],
		steps: [
			{
				title: 'Nuit',
				items: [
					'Avant 18 ans, pas de travail entre 20:00 et 06:00.',
					"Dès 16 ans, dérogations : Horeca (CP 302) et audiovisuel (CP 227) jusqu'à 23:00 ; travail en équipes ou qui ne peut être interrompu jusqu'à 22:00 (reprise à 06:00) ou 23:00 (reprise à 07:00). D'autres secteurs ont leurs dérogations (marine marchande, batellerie, boulangerie-pâtisserie).",
					'À tout âge, jamais entre 00:00 et 04:00.'
				]
			},
			{
				title: 'Repos avant 18 ans',
				items: [
					'12 heures de repos consécutives entre deux journées de travail (règle « repos entre deux jours »).',
					"Chaque semaine, le dimanche et le samedi qui le précède ou le lundi qui le suit (règle « repos hebdomadaire ») ; un jour au centre de formation n'est pas un jour de repos. Un dimanche travaillé sous dérogation du secteur suit le repos compensatoire de la dérogation."
				]
			},
			{
				title: 'Heures par jour et par semaine',
				items: [
					'8 heures par jour au plus ; 9 heures quand la semaine compte au moins un demi-jour de repos en plus du dimanche.',
					'38 heures par semaine au plus, entreprise et centre de formation ensemble. Un secteur peut prévoir davantage avec du repos compensatoire : la construction (CP 124) travaille 40 heures avec 12 jours de repos par année civile.',
					"En moyenne, au moins 20 heures par semaine en entreprise, sur l'année."
				]
			},
			{
				title: 'Pauses',
				items: [
					"Avant 18 ans, pas plus de 4 h 30 de travail sans interruption, puis une pause d'au moins 30 minutes. Dès 18 ans, la pause vient au plus tard après 6 heures.",
					"Avant 18 ans, sur la journée entière : plus de 4 h 30 de travail demandent 30 minutes de pause ; plus de 6 heures, au moins 1 heure de pause, dont 30 minutes d'un seul tenant. Une journée de 12:00 à 16:00 puis de 16:30 à 20:00 (7 h 30 de travail, 30 minutes de pause) ne va donc pas."
				]
			},
			{
				title: 'Dimanches et jours fériés',
				items: [
					'Interdits, sauf exception prévue par la loi (par exemple 6 dimanches dans le commerce de détail) ou par une CCT du secteur (Horeca, boulangerie…).',
					"Dans ces cas, au plus un dimanche sur deux, avec un repos compensatoire d'au moins 36 heures consécutives, avant ou après le dimanche.",
					"Les 10 jours fériés légaux : 1er janvier, lundi de Pâques, 1er mai, Ascension (Pâques + 39 jours), lundi de Pentecôte (Pâques + 50 jours), 21 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre. Un jour férié qui tombe un dimanche ou un jour habituel d'inactivité est remplacé par un jour de travail ; à défaut de décision du secteur ou de l'entreprise, le premier jour d'activité qui suit."
				]
			},
			{
				title: 'Heures supplémentaires',
				text: "Interdites, sauf accord préalable de l'entreprise, de l'opérateur de formation et de l'apprenant, fondé sur une raison pédagogique. Elles sont payées avec un sursalaire de 50 %, 100 % le dimanche et les jours fériés, calculé sur la rétribution de l'apprenant ; une CCT peut prévoir plus, et le sursalaire peut être remplacé par du repos."
			}
		],
		exceptions: [
			{
				items: [
					"Le secteur de l'entreprise (sa commission paritaire) et le règlement de travail peuvent fixer une durée plus courte (35 heures dans certaines CP de la distribution) ou des dérogations ; vérifiez-les.",
					"Pour le dimanche, la loi distingue les moins de 18 ans et les plus de 18 ans ; le contrat d'alternance ne fait pas cette distinction."
				]
			},
			{
				title: 'Lectures retenues',
				items: [
					"Le Vade-Mecum ne dit pas où finit un demi-jour : l'application sépare la journée à 13:00 (valeur non confirmée).",
					'La rétribution est mensuelle et forfaitaire ; le Vade-Mecum ne donne pas de taux horaire : pour le sursalaire, le taux horaire est à indiquer.'
				]
			}
		],
		traps: [
			{
				text: 'Beaucoup de calendriers comptent le dimanche de Pâques et le dimanche de Pentecôte comme jours fériés : ils ne sont pas sur la liste légale. Seuls les lundis le sont.'
			}
		],
		sources: [
			vadeMecum("§4.5 et fiche 2, Horaires de formation (article 5 du contrat d'alternance)"),
			LABOUR_LAW,
			YOUNG_WORKERS_2022,
			HOLIDAYS_DECREE
		],
		tables: [
			youngWorkerAgeTable,
			nightWindowTable,
			absoluteNightTable,
			minorDailyRestTable,
			minorWeeklyRestTable,
			dailyHoursTable,
			halfDayBoundaryTable,
			weeklyHoursTable,
			continuousWorkTable,
			minorBreakTable,
			minorDayBreaksTable,
			sundayCompensatoryRestTable,
			overtimeSurchargeTable,
			constructionRttTable,
			publicHolidayRules
		]
	},
	{
		slug: 'contrat',
		title: 'Contrat',
		lead: "L'âge pour signer, la durée, la période d'essai, le préavis et sa notification, la rétribution garantie.",
		calculator: { path: '/contrat', label: 'Vérifier le contrat' },
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
				text: "À la signature, au moins 16 ans, ou 15 ans après les deux premières années de l'enseignement secondaire ; et pas encore 25 ans. La formation peut continuer jusqu'au 31 décembre de l'année des 26 ans. L'âge se prend à la date de signature."
			},
			{
				title: 'Durée',
				text: 'La durée suit le plan de formation : pas de minimum (trois mois en certification par unités, par exemple), 6 ans au plus. Elle peut être prolongée de commun accord, par avenant, pour terminer le plan de formation.'
			},
			{
				title: "Période d'essai",
				text: "Un mois de prestations effectives en entreprise. Lecture retenue : un mois calendrier à partir du premier jour en entreprise (du 3 au 2 du mois suivant), prolongé d'un jour par jour de suspension (maladie, vacances…) ; les jours prévus au centre ne la prolongent pas."
			},
			{
				title: 'Préavis',
				items: [
					"7 jours calendrier pendant la période d'essai, 14 jours calendrier après, après concertation avec le référent.",
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
				text: "Quand l'apprenant ne peut pas travailler (maladie, accident), l'entreprise paie la rétribution des 7 premiers jours calendrier d'absence, jours au centre compris. Dès le 8e jour, les règles des travailleurs s'appliquent (mutuelle). Lecture retenue : un jour vaut la rétribution du mois ÷ le nombre de jours du mois."
			}
		],
		exceptions: [
			{
				items: [
					"Rechute : une nouvelle incapacité non professionnelle dans les 14 jours qui suivent la fin d'une incapacité payée ne donne pas de nouvelle rétribution garantie, sauf certificat montrant une autre maladie ou un autre accident. Cette règle ne vaut pas pour un accident du travail ou une maladie professionnelle.",
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
			HOLIDAYS_DECREE
		],
		tables: [
			accessAgeTable,
			maximumDurationTable,
			trialPeriodTable,
			noticeLengthTable,
			notificationDelayTable,
			guaranteedPayTable,
			publicHolidayRules
		]
	},
	{
		slug: 'allocations-familiales',
		title: 'Allocations familiales',
		lead: "L'effet de la rétribution sur les allocations familiales, selon la région et la date.",
		calculator: {
			path: '/allocations-familiales',
			label: "Voir l'effet sur les allocations familiales"
		},
		decides: [
			{
				text: "Si les allocations familiales versées pour l'apprenant sont maintenues, mois par mois, alors qu'il reçoit une rétribution ou travaille à côté de son contrat."
			}
		],
		concerns: [
			{
				items: [
					"Les parents (ou le jeune qui les reçoit lui-même) d'un apprenant de 18 ans et plus.",
					"Jusqu'au 31 août de l'année des 18 ans, le droit est inconditionnel : la rétribution ne compte pas.",
					'Les allocations sont payées au plus tard pour le mois des 25 ans.'
				]
			}
		],
		steps: [
			{
				ordered: true,
				items: [
					"Jusqu'au 31 août de l'année des 18 ans (fin de l'obligation scolaire) : allocations maintenues, quelle que soit la rétribution.",
					'Ensuite, la règle dépend de la région et du mois, depuis la régionalisation des allocations familiales (2019-2020).',
					'Après le mois des 25 ans : plus de droit.'
				]
			},
			{
				title: 'Règle du Vade-Mecum (avant la régionalisation)',
				text: "Allocations maintenues si l'apprenant suit la formation et si sa rétribution mensuelle brute ne dépasse pas un plafond : 530,49 € au 1er juin 2016, 541,09 € en 2017, 551,89 € dès le 1er septembre 2018. Le pécule de vacances, les chèques-repas, les frais de déplacement et les indemnités de vêtements ne comptent pas. Un mois au-dessus du plafond suspend les allocations de ce mois seulement."
			},
			{
				title: 'Région wallonne',
				text: 'Le plafond de revenus a été supprimé pour la formation en alternance, avec effet au 1er août 2022 (décret de juillet 2022). Pour les jeunes nés à partir de 2001, de 18 à 21 ans, le droit est semi-automatique : seules des activités « obstacles » le font perdre (plus de 240 heures de travail hors contrat par trimestre, allocations de chômage). De 21 à 25 ans, une preuve de formation est demandée.'
			},
			{
				title: 'Région de Bruxelles-Capitale',
				text: "La rétribution de l'alternance n'est pas plafonnée ; les allocations sont maintenues tant que le travail hors contrat d'alternance ne dépasse pas 240 heures par trimestre civil. Au-delà, tout le trimestre est perdu."
			},
			{
				title: 'Communauté germanophone',
				text: "Depuis le 1er janvier 2019, la rétribution de l'apprenti (système IAWM, pas le contrat OFFA) n'a pas d'effet sur les allocations."
			}
		],
		exceptions: [
			{
				items: [
					"Après le contrat, pendant le stage d'insertion, les allocations pouvaient continuer au plus 12 mois selon la fiche 3 (revenus sous le plafond) ; elles prennent fin avec le stage.",
					"Les allocations peuvent être versées au jeune lui-même s'il est marié, émancipé, reçoit lui-même des allocations pour un enfant, ou a 16 ans et ne vit plus chez le parent qui l'élève.",
					"Wallonie entre le 1er janvier 2019 et le 31 juillet 2022, et date de fin du plafond à Bruxelles : non confirmées ; l'application le signale dans ses résultats."
				]
			}
		],
		traps: [
			{
				text: "Le plafond de 530,49 € imprimé dans la fiche 3 date du 1er juin 2016 et d'un régime fédéral qui n'existe plus : chaque région a depuis sa propre règle. Vérifiez toujours la région et la date."
			}
		],
		sources: [
			vadeMecum('fiche 3, Allocations familiales'),
			{
				title: 'FAMIWAL (Wallonie)',
				detail:
					"suppression du plafond de revenus pour l'alternance (décret de juillet 2022) ; droit semi-automatique des jeunes nés à partir de 2001",
				date: 'avec effet au 1er août 2022',
				url: 'https://famiwal.be/accedez-aux-themes/jeunes/vous-suivez-une-formation'
			},
			{
				title: 'Famiris (Bruxelles)',
				detail: "maintien jusqu'à 240 heures de travail hors contrat par trimestre",
				date: 'système en vigueur depuis le 1er janvier 2020',
				url: 'https://famiris.brussels'
			},
			{
				title: 'Allocations familiales de la Communauté germanophone',
				detail: "la rétribution de l'apprenti n'a pas d'effet",
				date: 'depuis le 1er janvier 2019'
			}
		],
		tables: [
			allowanceAgeTable,
			walloniaAllowanceRuleTable,
			brusselsAllowanceRuleTable,
			germanSpeakingAllowanceRuleTable,
			rmmmgTable
		]
	}
];

export function rulePage(slug: string): RulePage | undefined {
	return RULE_PAGES.find((rule) => rule.slug === slug);
}
