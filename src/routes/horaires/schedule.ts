/** Pure helpers of the « Horaires » page: labels, time parsing, grouping the check's results for display. */
import { RuleInputError, SCHEDULE_RULES, belgianPublicHolidays, checkWorkSchedule, type ISODate, type ScheduleRule, type ScheduleViolation, type WorkScheduleInput } from '$lib/rules';
import { addDays, isoWeekday, mondayOf } from '$lib/rules/calendar';
import type { Derogation } from '$lib/scenario/scenario';
import type { DatedShift } from '$lib/scenario/week';

const MINUTES_PER_DAY = 24 * 60;

export const RULE_LABELS: Record<ScheduleRule, string> = {
	night: 'Travail de nuit',
	'night-absolute': 'Nuit interdite à tout âge',
	sunday: 'Dimanche',
	'public-holiday': 'Jour férié',
	'daily-hours': 'Durée du jour',
	'weekly-hours': 'Durée de la semaine',
	break: 'Pause'
};

export const DEROGATION_OPTIONS: readonly { value: Derogation; label: string }[] = [
	{ value: 'none', label: 'Aucune' },
	{ value: 'horeca', label: 'Horeca (CP 302)' },
	{ value: 'audiovisual', label: 'Audiovisuel (CP 227)' },
	{ value: 'shift-work', label: 'Travail en équipes' },
	{ value: 'sunday-one-in-two', label: 'Dimanche un sur deux (commerce, boulangerie…)' }
];

function minutesOf(time: string): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Length of a slot in minutes; an end at or before the start is on the next day, as the checker reads it. */
export function slotMinutes(start: string, end: string): number {
	return (minutesOf(end) - minutesOf(start) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

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

export interface WeekTotal {
	monday: ISODate;
	/** Company minutes of the shifts dated in that week. */
	minutes: number;
	/** The period to check does not cover the whole week. */
	partial: boolean;
}

/** Company time per ISO week, by the date each shift starts (as the checker counts it). */
export function weeklyTotals(shifts: readonly DatedShift[], from: ISODate, to: ISODate): WeekTotal[] {
	const weeks = new Map<ISODate, WeekTotal>();
	for (const shift of shifts) {
		const monday = mondayOf(shift.date);
		const week = weeks.get(monday) ?? { monday, minutes: 0, partial: monday < from || addDays(monday, 6) > to };
		week.minutes += slotMinutes(shift.start, shift.end);
		weeks.set(monday, week);
	}
	return [...weeks.values()];
}

/** Violations of each date, dates in order (the checker already sorts them). */
export function violationsByDate(violations: readonly ScheduleViolation[]): { date: ISODate; items: ScheduleViolation[] }[] {
	const groups: { date: ISODate; items: ScheduleViolation[] }[] = [];
	for (const violation of violations) {
		const last = groups.at(-1);
		if (last?.date === violation.date) last.items.push(violation);
		else groups.push({ date: violation.date, items: [violation] });
	}
	return groups;
}

export function countByRule(violations: readonly ScheduleViolation[]): Record<ScheduleRule, number> {
	const counts = Object.fromEntries(SCHEDULE_RULES.map((rule) => [rule, 0])) as Record<ScheduleRule, number>;
	for (const { rule } of violations) counts[rule] += 1;
	return counts;
}

export interface DayFlags {
	count: number;
	rules: ScheduleRule[];
}

/** Violations per weekday of the grid (0 = Monday); a weekly total is dated Monday but belongs to no day. */
export function violationsByWeekday(violations: readonly ScheduleViolation[]): DayFlags[] {
	const days: DayFlags[] = Array.from({ length: 7 }, () => ({ count: 0, rules: [] }));
	for (const { rule, date } of violations) {
		if (rule === 'weekly-hours') continue;
		const day = days[isoWeekday(date) - 1]!;
		day.count += 1;
		if (!day.rules.includes(rule)) day.rules.push(rule);
	}
	for (const day of days) day.rules.sort((a, b) => SCHEDULE_RULES.indexOf(a) - SCHEDULE_RULES.indexOf(b));
	return days;
}

/**
 * The rules each slot of the grid breaks on its own, keyed 'weekday-slot': the slot's shifts are
 * checked alone, so a rule that needs several slots (a long day, a short break between two) is
 * left to the day. A slot the checker refuses has no flags: its error is shown instead.
 */
export function rulesBySlot(shifts: readonly DatedShift[], input: Omit<WorkScheduleInput, 'shifts' | 'trainingCenterHoursPerWeek'>): Map<string, ScheduleRule[]> {
	const groups = new Map<string, DatedShift[]>();
	for (const shift of shifts) {
		const key = `${shift.weekday}-${shift.slot}`;
		const group = groups.get(key);
		if (group) group.push(shift);
		else groups.set(key, [shift]);
	}
	const result = new Map<string, ScheduleRule[]>();
	for (const [key, group] of groups) {
		try {
			const rules = new Set(checkWorkSchedule({ ...input, shifts: group.map(({ date, start, end }) => ({ date, start, end })) }).value.map((v) => v.rule));
			result.set(key, SCHEDULE_RULES.filter((rule) => rules.has(rule)));
		} catch (error) {
			if (!(error instanceof RuleInputError)) throw error;
		}
	}
	return result;
}

/** The slot and part ('start', 'end' or 'date') a checker error names, e.g. 'shifts[12].end'. */
export function slotOfError(field: string, shifts: readonly DatedShift[]): { weekday: number; slot: number; part: string } | undefined {
	const match = /^shifts\[(\d+)\]\.(\w+)$/.exec(field);
	const shift = match ? shifts[Number(match[1])] : undefined;
	return shift && match ? { weekday: shift.weekday, slot: shift.slot, part: match[2]! } : undefined;
}

/** The legal public holidays from `from` to `to`, both included. */
export function holidaysBetween(from: ISODate, to: ISODate): { date: ISODate; name: string }[] {
	const years = Array.from({ length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 }, (_, i) => Number(from.slice(0, 4)) + i);
	return years.flatMap((year) => belgianPublicHolidays(year)).filter(({ date }) => date >= from && date <= to);
}
