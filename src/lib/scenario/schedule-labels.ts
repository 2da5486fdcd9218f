/** The French name of each schedule rule, short enough for the grid; the answer and the report use it too. */
import type { ScheduleRule } from '$lib/rules';

export const RULE_LABELS: Record<ScheduleRule, string> = {
	night: 'Travail de nuit',
	'night-absolute': 'Nuit interdite à tout âge',
	sunday: 'Dimanche',
	'public-holiday': 'Jour férié',
	'daily-hours': 'Durée du jour',
	'weekly-hours': 'Durée de la semaine',
	break: 'Pause',
	'daily-rest': 'Repos entre deux jours',
	'weekly-rest': 'Repos hebdomadaire'
};
