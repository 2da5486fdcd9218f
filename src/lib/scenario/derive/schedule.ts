/**
 * The schedule check of the scenario and the groupings its report shows. The checker and its tables
 * are most of the « Horaires » page's code: the page loads this module right after the form and the grid.
 */
import {
	RuleInputError,
	SCHEDULE_RULES,
	belgianPublicHolidays,
	checkWorkSchedule,
	type Explained,
	type ISODate,
	type ScheduleRule,
	type ScheduleViolation,
	type WeeklyHoursRegime,
	type WorkDerogation,
	type WorkScheduleInput,
	offsetDate,
	writeDate,
	isoWeekday,
	mondayOf
} from '$lib/rules';
import { scheduleWindow } from '../picks';
import { WEEKDAYS, type Scenario, type Slot } from '../scenario';
import { RULE_LABELS } from '../schedule-labels';

// The grid names the rules only once checked: the names come with this module.
export { RULE_LABELS };
import { slotMinutes } from '../slot';
import { expandWeek, type DatedShift } from '../week';
import { attempt, type Attempt } from '$lib/ui/attempt.svelte';

export interface WeekTotal {
	monday: ISODate;
	/** Company minutes of the shifts dated in that week. */
	minutes: number;
	/** The period to check does not cover the whole week. */
	partial: boolean;
}

/** Company time per ISO week, by the date each shift starts (as the checker counts it). */
export function weeklyTotals(
	shifts: readonly DatedShift[],
	from: ISODate,
	to: ISODate
): WeekTotal[] {
	const weeks = new Map<ISODate, WeekTotal>();
	for (const shift of shifts) {
		const monday = mondayOf(shift.date);
		const week = weeks.get(monday) ?? {
			monday,
			minutes: 0,
			partial: monday < from || offsetDate(monday, 6) > to
		};
		week.minutes += slotMinutes(shift.start, shift.end);
		weeks.set(monday, week);
	}
	return [...weeks.values()];
}

/** Violations of each date, dates in order (the checker already sorts them). */
export function violationsByDate(
	violations: readonly ScheduleViolation[]
): { date: ISODate; items: ScheduleViolation[] }[] {
	const groups: { date: ISODate; items: ScheduleViolation[] }[] = [];
	for (const violation of violations) {
		const last = groups.at(-1);
		if (last?.date === violation.date) last.items.push(violation);
		else groups.push({ date: violation.date, items: [violation] });
	}
	return groups;
}

/** The rules broken, in the checker's order, each with how many times and its first occurrence. */
export function rulesBroken(
	violations: readonly ScheduleViolation[]
): { rule: ScheduleRule; count: number; first: ScheduleViolation }[] {
	const counts = countByRule(violations);
	return SCHEDULE_RULES.filter((rule) => counts[rule] > 0).map((rule) => ({
		rule,
		count: counts[rule],
		first: violations.find((v) => v.rule === rule)!
	}));
}

export function countByRule(
	violations: readonly ScheduleViolation[]
): Record<ScheduleRule, number> {
	const counts = Object.fromEntries(SCHEDULE_RULES.map((rule) => [rule, 0])) as Record<
		ScheduleRule,
		number
	>;
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
	for (const day of days)
		day.rules.sort((a, b) => SCHEDULE_RULES.indexOf(a) - SCHEDULE_RULES.indexOf(b));
	return days;
}

/**
 * The rules each slot of the grid breaks on its own, keyed 'weekday-slot': the slot's shifts are
 * checked alone, so a rule that needs several slots (a long day, a short break between two) is
 * left to the day. A slot the checker refuses has no flags: its error is shown instead.
 */
export function rulesBySlot(
	shifts: readonly DatedShift[],
	input: Omit<WorkScheduleInput, 'shifts' | 'trainingCenterHoursPerWeek'>
): Map<string, ScheduleRule[]> {
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
			const rules = new Set(
				checkWorkSchedule({
					...input,
					shifts: group.map(({ date, start, end }) => ({ date, start, end }))
				}).value.map((v) => v.rule)
			);
			result.set(
				key,
				SCHEDULE_RULES.filter((rule) => rules.has(rule))
			);
		} catch (error) {
			if (!(error instanceof RuleInputError)) throw error;
		}
	}
	return result;
}

/** The legal public holidays from `from` to `to`, both included. */
export function holidaysBetween(from: ISODate, to: ISODate): { date: ISODate; name: string }[] {
	const years = Array.from(
		{ length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
		(_, i) => Number(from.slice(0, 4)) + i
	);
	return years
		.flatMap((year) => belgianPublicHolidays(year))
		.filter(({ date }) => date >= from && date <= to);
}

export interface WeekCheckInput {
	week: readonly (readonly Slot[])[];
	/** The period to check, both ends included. */
	from: ISODate;
	to: ISODate;
	birthDate: ISODate;
	derogation: WorkDerogation;
	weeklyHoursRegime: WeeklyHoursRegime;
	trainingCenterHoursPerWeek: number;
	/** The weekdays at the centre, 1 = Monday. */
	trainingCenterDays: number[];
}

/** The slot and part ('start', 'end' or 'date') a checker error names, e.g. 'shifts[12].end'. */
export function slotOfError(
	field: string,
	shifts: readonly DatedShift[]
): { weekday: number; slot: number; part: string } | undefined {
	const match = /^shifts\[(\d+)\]\.(\w+)$/.exec(field);
	const shift = match ? shifts[Number(match[1])] : undefined;
	return shift && match ? { weekday: shift.weekday, slot: shift.slot, part: match[2]! } : undefined;
}

/** A checker error placed on the grid: the slot and part it names, with its message in the grid's words. */
export interface SlotError {
	weekday: number;
	slot: number;
	part: string;
	message: string;
}

export interface WeekCheck {
	/** The grid's slots on every day of the period, or why the period is refused. */
	expanded: Attempt<DatedShift[]>;
	shifts: DatedShift[];
	/** The checker's answer; undefined when the period holds no slot. */
	check: Attempt<Explained<ScheduleViolation[]>> | undefined;
	/** The answer when the checker accepted the schedule. */
	report: Explained<ScheduleViolation[]> | undefined;
	/** What each slot breaks on its own, empty unless the check ran. */
	slotRules: Map<string, ScheduleRule[]>;
	days: DayFlags[];
	/** The checker's refusal on a slot of the grid, or on the period (a date); the message speaks of the grid's slots. */
	slotError: SlotError | undefined;
	dateError: string | undefined;
	/** The checker's refusal in the grid's words, whatever it names. */
	checkMessage: string | undefined;
}

/** Checks the grid's week repeated over the period, and places the answer on the grid. */
export function checkWeek({
	week,
	from,
	to,
	trainingCenterHoursPerWeek,
	...person
}: WeekCheckInput): WeekCheck {
	const expanded = attempt(() => expandWeek(week, from, to));
	const shifts = expanded.ok ? expanded.value : [];
	const check =
		shifts.length > 0
			? attempt(() => checkWorkSchedule({ ...person, shifts, trainingCenterHoursPerWeek }))
			: undefined;
	const report = check?.ok ? check.value : undefined;
	const error = check && !check.ok ? check.error : undefined;
	const named = error && slotOfError(error.field, shifts);
	// The checker counts dated shifts; the person sees the grid's weekdays and slots.
	const message =
		error && named && named.part !== 'date'
			? error.message
					.replace(/^Prestation n° \d+/, `${WEEKDAYS[named.weekday]}, plage ${named.slot + 1}`)
					.replace(/la prestation n° \d+/, 'la plage précédente')
			: error?.message;
	return {
		expanded,
		shifts,
		check,
		report,
		slotRules: report ? rulesBySlot(shifts, person) : new Map(),
		days: violationsByWeekday(report?.value ?? []),
		slotError: named && named.part !== 'date' && message ? { ...named, message } : undefined,
		dateError: named?.part === 'date' ? message : undefined,
		checkMessage: message
	};
}

/** What the checker reads from the scenario: its grid over the period picked (else the contract's first four weeks), the person and the sector. */
function scheduleInput(s: Scenario): WeekCheckInput {
	return {
		week: s.week,
		...scheduleWindow(s),
		birthDate: s.birthDate,
		derogation: s.derogation,
		weeklyHoursRegime: s.picks.scheduleRegime,
		trainingCenterHoursPerWeek: s.centreHoursPerWeek,
		trainingCenterDays: s.centreDays.map((d) => d + 1)
	};
}

/** The scenario's schedule, checked and placed on the grid. */
export const scheduleOf = (s: Scenario): WeekCheck => checkWeek(scheduleInput(s));

/** The page's answer: whether the week respects the rules over the period, and which it breaks. */
export function scheduleAnswer(s: Scenario, result = scheduleOf(s)): string {
	if (!result.report) return 'Le contrôle attend une correction ci-dessous.';
	const { from, to } = scheduleWindow(s);
	const broken = rulesBroken(result.report.value);
	const period = `Du ${writeDate(from)} au ${writeDate(to)}`;
	if (broken.length === 0) return `${period}, cet horaire respecte toutes les règles vérifiées.`;
	const names = broken.map((b) => RULE_LABELS[b.rule].toLowerCase()).join(', ');
	return `${period}, cet horaire enfreint ${broken.length} règle${broken.length > 1 ? 's' : ''} : ${names}. Le détail et la façon de corriger suivent.`;
}
