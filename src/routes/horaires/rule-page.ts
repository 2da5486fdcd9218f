/** The rule page /regles/horaires: night, rest, hours, breaks, Sundays and overtime of an apprentice. */
import { tablesByRule } from '$lib/rules/parameters';
import { constructionRttTable } from '$lib/rules/parameters/vacation';
import {
	LABOUR_LAW_1971,
	YOUNG_WORKERS_2022,
	absoluteNightTable,
	continuousWorkTable,
	dailyHoursTable,
	halfDayBoundaryTable,
	minorBreakTable,
	minorDailyRestTable,
	minorDayBreaksTable,
	nightWindowTable,
	overtimeSurchargeTable,
	sundayCompensatoryRestTable,
	weeklyHoursTable,
	youngWorkerAgeTable
} from '$lib/rules/parameters/working-time';
import { HOLIDAYS, cite, duration, latest, vadeMecum, type RuleText } from '../regles/rule-content';

const ages = latest(youngWorkerAgeTable);
const night = latest(nightWindowTable);
const [shiftEarly, shiftLate] = night.derogations['shift-work'];
const absolute = latest(absoluteNightTable);
const daily = latest(dailyHoursTable);
const weekly = latest(weeklyHoursTable);
const continuous = latest(continuousWorkTable);
const breaks = latest(minorDayBreaksTable);
const overtime = latest(overtimeSurchargeTable);

export const rule: RuleText = {
	title: 'Horaires',
	lead: 'Travail de nuit, dimanches et jours fériés, heures par jour et par semaine, pauses et heures supplémentaires.',
	action: 'Vérifier un horaire',
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
				`Avant ${ages.adult} ans, pas de travail entre ${night.minor.from} et ${night.minor.to}.`,
				`Dès ${ages.nightDerogation} ans, dérogations : Horeca (CP 302) et audiovisuel (CP 227) jusqu'à ${night.derogations.horeca[0]!.from} ; travail en équipes ou qui ne peut être interrompu jusqu'à ${shiftEarly!.from} (reprise à ${shiftEarly!.to}) ou ${shiftLate!.from} (reprise à ${shiftLate!.to}). D'autres secteurs ont leurs dérogations (marine marchande, batellerie, boulangerie-pâtisserie).`,
				`À tout âge, jamais entre ${absolute.from} et ${absolute.to}.`
			]
		},
		{
			title: 'Repos avant 18 ans',
			items: [
				`${latest(minorDailyRestTable)} heures de repos consécutives entre deux journées de travail (règle « repos entre deux jours »).`,
				"Chaque semaine, le dimanche et le samedi qui le précède ou le lundi qui le suit (règle « repos hebdomadaire ») ; un jour au centre de formation n'est pas un jour de repos. Un dimanche travaillé sous dérogation du secteur suit le repos compensatoire de la dérogation."
			]
		},
		{
			title: 'Heures par jour et par semaine',
			items: [
				`${daily.base} heures par jour au plus ; ${daily.withHalfDayOfRest} heures quand la semaine compte au moins un demi-jour de repos en plus du dimanche.`,
				`${weekly.standard.hours} heures par semaine au plus, entreprise et centre de formation ensemble. Un secteur peut prévoir davantage avec du repos compensatoire : la construction (CP 124) travaille ${weekly.construction.hours} heures avec ${latest(constructionRttTable).daysPerYear} jours de repos par année civile.`,
				"En moyenne, au moins 20 heures par semaine en entreprise, sur l'année."
			]
		},
		{
			title: 'Pauses',
			items: [
				`Avant ${ages.adult} ans, pas plus de ${duration(continuous.minor * 60)} de travail sans interruption, puis une pause d'au moins ${latest(minorBreakTable)} minutes. Dès ${ages.adult} ans, la pause vient au plus tard après ${duration(continuous.adult * 60)}.`,
				`Avant ${ages.adult} ans, sur la journée entière : plus de ${duration(breaks.breakAfterMinutes)} de travail demandent ${breaks.breakMinutes} minutes de pause ; plus de ${duration(breaks.longDayAfterMinutes)}, au moins ${duration(breaks.longDayBreakMinutes)} de pause, dont ${breaks.inOneGoMinutes} minutes d'un seul tenant. Une journée de 12:00 à 16:00 puis de 16:30 à 20:00 (7 h 30 de travail, 30 minutes de pause) ne va donc pas.`
			]
		},
		{
			title: 'Dimanches et jours fériés',
			items: [
				'Interdits, sauf exception prévue par la loi (par exemple 6 dimanches dans le commerce de détail) ou par une CCT du secteur (Horeca, boulangerie…).',
				`Dans ces cas, au plus un dimanche sur deux, avec un repos compensatoire d'au moins ${latest(sundayCompensatoryRestTable)} heures consécutives, avant ou après le dimanche.`,
				"Les 10 jours fériés légaux : 1er janvier, lundi de Pâques, 1er mai, Ascension (Pâques + 39 jours), lundi de Pentecôte (Pâques + 50 jours), 21 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre. Un jour férié qui tombe un dimanche ou un jour habituel d'inactivité est remplacé par un jour de travail ; à défaut de décision du secteur ou de l'entreprise, le premier jour d'activité qui suit."
			]
		},
		{
			title: 'Heures supplémentaires',
			text: `Interdites, sauf accord préalable de l'entreprise, de l'opérateur de formation et de l'apprenant, fondé sur une raison pédagogique. Elles sont payées avec un sursalaire de ${overtime.weekday} %, ${overtime.sundayOrHoliday} % le dimanche et les jours fériés, calculé sur la rétribution de l'apprenant ; une CCT peut prévoir plus, et le sursalaire peut être remplacé par du repos.`
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
				`Le Vade-Mecum ne dit pas où finit un demi-jour : l'application sépare la journée à ${latest(halfDayBoundaryTable)} (valeur non confirmée).`,
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
		cite(
			LABOUR_LAW_1971,
			'protection des jeunes travailleurs : travail de nuit, durée journalière (art. 20, § 1er), pauses, repos',
			'loi du 16 mars 1971, telle que modifiée'
		),
		cite(
			YOUNG_WORKERS_2022,
			`pauses sur la journée (plus de ${duration(breaks.breakAfterMinutes)}, plus de ${duration(breaks.longDayAfterMinutes)}), ${latest(minorDailyRestTable)} heures de repos entre deux prestations, jour de repos accolé au dimanche`,
			'2022'
		),
		HOLIDAYS
	],
	tables: [...tablesByRule.workingTime, constructionRttTable]
};
