/** Pure helpers of the form and the grid of the « Horaires » page: labels, time parsing, slot lengths. */
import type { ScheduleRule } from '$lib/rules';
import type { Derogation } from '$lib/scenario/scenario';
import type { DatedShift } from '$lib/scenario/week';

export const RULE_LABELS: Record<ScheduleRule, string> = {
	night: 'Travail de nuit',
	'night-absolute': 'Nuit interdite à tout âge',
	sunday: 'Dimanche',
	'public-holiday': 'Jour férié',
	'daily-hours': 'Durée du jour',
	'weekly-hours': 'Durée de la semaine',
	break: 'Pause'
};

/** How to bring a schedule back within each rule, in a line. */
export const RULE_FIXES: Record<ScheduleRule, string> = {
	night: 'terminez les plages plus tôt ou commencez-les plus tard, ou vérifiez si une dérogation du secteur s\'applique (Horeca, audiovisuel, travail en équipes).',
	'night-absolute': 'aucune plage entre minuit et 4 h, quel que soit l\'âge ou le secteur.',
	sunday: 'retirez les plages du dimanche, sauf si la loi ou une CCT du secteur le permet (au plus un dimanche sur deux, avec repos compensatoire).',
	'public-holiday': 'ne prévoyez pas de travail ce jour férié, ou remplacez-le par un autre jour de repos si le secteur le permet.',
	'daily-hours': 'raccourcissez la journée, ou libérez un demi-jour du lundi au samedi (un jour au centre n\'en est pas un) pour aller jusqu\'à 9 h.',
	'weekly-hours': 'réduisez les heures en entreprise : avec les heures au centre, la semaine ne dépasse pas le maximum.',
	break: 'coupez la plage par une pause (30 minutes au moins après 4 h 30 de travail continu pour un mineur).'
};

export const DEROGATION_OPTIONS: readonly { value: Derogation; label: string }[] = [
	{ value: 'none', label: 'Aucune' },
	{ value: 'horeca', label: 'Horeca (CP 302)' },
	{ value: 'audiovisual', label: 'Audiovisuel (CP 227)' },
	{ value: 'shift-work', label: 'Travail en équipes' },
	{ value: 'sunday-one-in-two', label: 'Dimanche un sur deux (commerce, boulangerie…)' }
];

/** 450 → '7 h 30', 480 → '8 h'. */
export function formatHours(minutes: number): string {
	const rest = minutes % 60;
	const hours = (minutes - rest) / 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

const WITH_SEPARATOR = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})$/;

/** A typed time as 'HH:MM' (also 8:30, 8h30, 08.30 or 0830), or null when it is not a time of day. */
export function parseTimeText(text: string): string | null {
	const trimmed = text.trim();
	const match = WITH_SEPARATOR.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed);
	if (!match) return null;
	const [hours, minutes] = [Number(match[1]), Number(match[2])];
	if (hours > 23 || minutes > 59) return null;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The slot and part ('start', 'end' or 'date') a checker error names, e.g. 'shifts[12].end'. */
export function slotOfError(field: string, shifts: readonly DatedShift[]): { weekday: number; slot: number; part: string } | undefined {
	const match = /^shifts\[(\d+)\]\.(\w+)$/.exec(field);
	const shift = match ? shifts[Number(match[1])] : undefined;
	return shift && match ? { weekday: shift.weekday, slot: shift.slot, part: match[2]! } : undefined;
}
