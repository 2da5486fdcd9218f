/** The fix of each broken rule, for the check's report: loaded with it, not with the form. */
import type { ScheduleRule } from '$lib/rules';

/** How to bring a schedule back within each rule, in a line. */
export const RULE_FIXES: Record<ScheduleRule, string> = {
	night:
		"terminez les plages plus tôt ou commencez-les plus tard, ou vérifiez si une dérogation du secteur s'applique (Horeca, audiovisuel, travail en équipes).",
	'night-absolute': "aucune plage entre minuit et 4 h, quel que soit l'âge ou le secteur.",
	sunday:
		'retirez les plages du dimanche, sauf si la loi ou une CCT du secteur le permet (au plus un dimanche sur deux, avec repos compensatoire).',
	'public-holiday':
		'ne prévoyez pas de travail ce jour férié, ou remplacez-le par un autre jour de repos si le secteur le permet.',
	'daily-hours':
		"raccourcissez la journée, ou libérez un demi-jour du lundi au samedi (un jour au centre n'en est pas un) pour aller jusqu'à 9 h.",
	'weekly-hours':
		'réduisez les heures en entreprise : avec les heures au centre, la semaine ne dépasse pas le maximum.',
	break:
		"coupez la plage par une pause (30 minutes au moins après 4 h 30 de travail continu pour un mineur ; sur la journée, 1 h de pause dont 30 minutes d'un seul tenant au-delà de 6 h).",
	'daily-rest':
		"avant 18 ans, laissez 12 heures entre la fin d'une journée et le début de la suivante : finissez plus tôt ou commencez plus tard.",
	'weekly-rest':
		'avant 18 ans, libérez le samedi ou le lundi qui entoure le dimanche (un jour au centre de formation ne compte pas comme repos).'
};
