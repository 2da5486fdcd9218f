/**
 * Working time of an apprentice: the schedule checker (night work, Sundays and public holidays,
 * daily and weekly hours, breaks) and the overtime surcharge (contract art. 5, Vade-Mecum §4.5 and
 * fiche 2, loi du 16 mars 1971 sur le travail).
 */
import { MAX_SHIFTS, WORK_DEROGATIONS, type WorkDerogation } from './choices';
import {
	completedYears,
	writeDate,
	fromDayNumber,
	isSunday,
	publicHolidayName,
	toDayNumber,
	weekdayOfDay
} from './calendar';
import { RuleInputError } from './errors';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toEuros, toCents, writeCents, writeNumber } from './money';
import { HOLIDAYS_DECREE, vadeMecum } from './parameters/sources';
import { rowInForce, rowWalker, type DateField } from './parameters/table';
import * as tables from './parameters/working-time';
import {
	NIGHT_DEROGATIONS,
	WEEKLY_HOURS_REGIMES,
	type NightDerogation,
	type TimeWindow,
	type WeeklyHoursRegime
} from './parameters/working-time';
import * as check from './validate';

export type { WeeklyHoursRegime };
export { WEEKLY_HOURS_REGIMES };

export { WORK_DEROGATIONS, type WorkDerogation };

export type ScheduleRule =
	| 'night'
	| 'night-absolute'
	| 'sunday'
	| 'public-holiday'
	| 'daily-hours'
	| 'weekly-hours'
	| 'break'
	| 'daily-rest'
	| 'weekly-rest';
/** Order of the rules among the violations of one day. */
export const SCHEDULE_RULES: readonly ScheduleRule[] = [
	'night',
	'night-absolute',
	'sunday',
	'public-holiday',
	'daily-hours',
	'weekly-hours',
	'break',
	'daily-rest',
	'weekly-rest'
];

export interface ShiftInput {
	date: ISODate;
	/** 'HH:MM'; an end at or before the start means the shift ends the next day. */
	start: string;
	end: string;
}

export interface WorkScheduleInput {
	birthDate: ISODate;
	shifts: ShiftInput[];
	derogation?: WorkDerogation;
	trainingCenterHoursPerWeek?: number;
	/** The weekdays at the training centre (1 = Monday … 7 = Sunday): never a day of rest. */
	trainingCenterDays?: number[];
	/** A sector week longer than 38 h with compensatory days (construction, CP 124). */
	weeklyHoursRegime?: WeeklyHoursRegime;
}

export interface ScheduleViolation {
	rule: ScheduleRule;
	date: ISODate;
	message: string;
}

const MINUTES_PER_DAY = 24 * 60;
const SUNDAY = 7;
const MAX_TRAINING_HOURS = 60;

const DEROGATION_LABELS: Record<WorkDerogation, string> = {
	none: 'aucune',
	horeca: 'Horeca (CP 302)',
	audiovisual: 'secteur audiovisuel (CP 227)',
	'shift-work': 'travail en équipes ou ininterrompu',
	'sunday-one-in-two':
		'travail du dimanche permis par la loi ou une CCT (un dimanche sur deux au plus)'
};

const SUNDAY_SOURCE = vadeMecum(
	"fiche 2, Travail du dimanche et jours fériés légaux (article 5 du contrat d'alternance)"
);

/** The checks' lookups: one walker a table, citing each row it serves on the result's explainer. */
function scheduleFigures(why: Explainer) {
	return {
		youngWorkerAge: rowWalker(why, tables.youngWorkerAgeTable),
		nightWindow: rowWalker(why, tables.nightWindowTable),
		absoluteNight: rowWalker(why, tables.absoluteNightTable),
		dailyHours: rowWalker(why, tables.dailyHoursTable),
		halfDayBoundary: rowWalker(why, tables.halfDayBoundaryTable),
		continuousWork: rowWalker(why, tables.continuousWorkTable),
		minorBreak: rowWalker(why, tables.minorBreakTable),
		minorDayBreaks: rowWalker(why, tables.minorDayBreaksTable),
		minorDailyRest: rowWalker(why, tables.minorDailyRestTable),
		minorWeeklyRest: rowWalker(why, tables.minorWeeklyRestTable),
		weeklyHours: rowWalker(why, tables.weeklyHoursTable),
		sundayCompensatoryRest: rowWalker(why, tables.sundayCompensatoryRestTable)
	};
}

type Figures = ReturnType<typeof scheduleFigures>;

interface Shift {
	field: string;
	/** The field a refusal about its date points at. */
	dateAt: DateField;
	label: string;
	date: ISODate;
	day: number;
	/** ISO day of the week, 1 = Monday … 7 = Sunday. */
	weekday: number;
	/** Day number of the Monday of its ISO week. */
	monday: number;
	/** Minutes after midnight of `date`; `end` goes past 1440 when the shift ends the next day. */
	start: number;
	end: number;
	/** The same bounds in minutes since 1970-01-01, to compare shifts of different days. */
	from: number;
	to: number;
	startText: string;
	endText: string;
	age: number;
}

type Report = (rule: ScheduleRule, date: ISODate, message: string) => void;

/** Parameter times, parsed once: the tables hold a handful of them. */
const parameterMinutes = new Map<string, number>();

function minutesOf(time: string): number {
	let minutes = parameterMinutes.get(time);
	if (minutes === undefined) {
		minutes = check.requireTime(time, 'parameters', 'Paramètre horaire');
		parameterMinutes.set(time, minutes);
	}
	return minutes;
}

function formatDuration(minutes: number): string {
	const rest = minutes % 60;
	const hours = (minutes - rest) / 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** '22:00–02:00 le lendemain' for the time from the start of `first` to the end of `last`. */
function spanText(first: Shift, last: Shift): string {
	const nextDay = last.to > (first.day + 1) * MINUTES_PER_DAY;
	return `${first.startText}–${last.endText}${nextDay ? ' le lendemain' : ''}`;
}

interface DayInfo {
	day: number;
	weekday: number;
	age: number;
}

function readShift(
	item: unknown,
	i: number,
	birthDate: ISODate,
	days: Map<string, DayInfo>
): Shift {
	const field = `shifts[${i}]`;
	const label = `Prestation n° ${i + 1}`;
	const dateAt: DateField = { field: `${field}.date`, label: `${label}, date` };
	const data = check.requireObject(item, field, label);
	// Several shifts share a date: it is checked and measured once.
	let info = typeof data.date === 'string' ? days.get(data.date) : undefined;
	if (info === undefined) {
		const valid = check.requireDate(data.date, dateAt.field, dateAt.label);
		if (valid < birthDate) {
			throw new RuleInputError(
				'birthDate',
				`Date de naissance : elle doit précéder la prestation n° ${i + 1} du ${writeDate(valid)}.`
			);
		}
		const day = toDayNumber(valid);
		info = { day, weekday: weekdayOfDay(day), age: completedYears(birthDate, valid) };
		days.set(valid, info);
	}
	const date = data.date as ISODate;
	const start = check.requireTime(data.start, `${field}.start`, `${label}, début`);
	const end = check.requireTime(data.end, `${field}.end`, `${label}, fin`);
	if (start === end) {
		throw new RuleInputError(
			`${field}.end`,
			`${label}, fin : l'heure de fin est égale à l'heure de début ; une prestation de durée nulle ou de 24 heures est une erreur de saisie.`
		);
	}
	const length = end > start ? end - start : end + MINUTES_PER_DAY - start;
	const from = info.day * MINUTES_PER_DAY + start;
	return {
		field,
		dateAt,
		label,
		date,
		day: info.day,
		weekday: info.weekday,
		monday: info.day - info.weekday + 1,
		start,
		end: start + length,
		from,
		to: from + length,
		startText: data.start as string,
		endText: data.end as string,
		age: info.age
	};
}

/** Validated shifts in time order; overlapping shifts are a typing error. */
function readShifts(value: unknown, birthDate: ISODate): Shift[] {
	const list = check.requireList(value, 'shifts', 'Prestations', { min: 1, max: MAX_SHIFTS });
	const days = new Map<string, DayInfo>();
	const shifts = list
		.map((item, i) => readShift(item, i, birthDate, days))
		.sort((a, b) => a.from - b.from);
	for (let k = 1; k < shifts.length; k++) {
		const [previous, next] = [shifts[k - 1]!, shifts[k]!];
		if (next.from < previous.to) {
			throw new RuleInputError(
				`${next.field}.start`,
				`${next.label}, début : elle chevauche la ${previous.label.toLowerCase()} (${writeDate(previous.date)}, ${spanText(previous, previous)}).`
			);
		}
	}
	return shifts;
}

const DAY_OFFSETS = [-MINUTES_PER_DAY, 0, MINUTES_PER_DAY];

/** Whether the shift holds a minute of the window, repeated every day. */
function overlaps(shift: Shift, window: TimeWindow): boolean {
	const from = minutesOf(window.from);
	const to = minutesOf(window.to) + (minutesOf(window.to) <= from ? MINUTES_PER_DAY : 0);
	// A shift lies within two days: the window of the day before, of the day and of the day after suffice.
	for (const offset of DAY_OFFSETS)
		if (Math.max(shift.start, from + offset) < Math.min(shift.end, to + offset)) return true;
	return false;
}

function isNightDerogation(derogation: WorkDerogation): derogation is NightDerogation {
	return (NIGHT_DEROGATIONS as readonly string[]).includes(derogation);
}

/** The night window of a minor's shift, and the derogation that set it if any. */
function minorNightWindow(
	shift: Shift,
	derogation: WorkDerogation,
	figures: Figures
): { window: TimeWindow; applied?: NightDerogation } {
	const nights = figures.nightWindow(shift.date, shift.dateAt).value;
	const ages = figures.youngWorkerAge(shift.date, shift.dateAt).value;
	if (!isNightDerogation(derogation) || shift.age < ages.nightDerogation)
		return { window: nights.minor };
	const byEnd = [...nights.derogations[derogation]].sort(
		(a, b) => minutesOf(a.to) - minutesOf(b.to)
	);
	// A later end of the night needs a later start: the latest night end at or before the shift's start applies.
	const window = byEnd.filter((w) => minutesOf(w.to) <= shift.start).at(-1) ?? byEnd[0]!;
	return { window, applied: derogation };
}

function checkNight(
	shift: Shift,
	derogation: WorkDerogation,
	figures: Figures,
	report: Report
): void {
	const ages = figures.youngWorkerAge(shift.date, shift.dateAt).value;
	const when = () => `le ${writeDate(shift.date)} (${spanText(shift, shift)})`;
	if (shift.age < ages.adult) {
		const { window, applied } = minorNightWindow(shift, derogation, figures);
		if (overlaps(shift, window)) {
			const regime = applied ? ` avec la dérogation ${DEROGATION_LABELS[applied]}` : '';
			const tooYoung =
				isNightDerogation(derogation) && !applied
					? ` (la dérogation ne vaut qu'à partir de ${ages.nightDerogation} ans)`
					: '';
			report(
				'night',
				shift.date,
				`Travail de nuit ${when()} : à ${shift.age} ans${regime}, aucun travail entre ${window.from} et ${window.to}${tooYoung}.`
			);
		}
	}
	const absolute = figures.absoluteNight(shift.date, shift.dateAt).value;
	if (overlaps(shift, absolute)) {
		report(
			'night-absolute',
			shift.date,
			`Travail interdit ${when()} : quel que soit l'âge, aucun travail entre ${absolute.from} et ${absolute.to}.`
		);
	}
}

/** Sundays and public holidays are calendar days: a shift past midnight also works the next day. */
function checkRestDays(
	shifts: Shift[],
	derogation: WorkDerogation,
	figures: Figures,
	report: Report,
	why: Explainer
): void {
	const worked = new Map<number, { date: ISODate; sunday: boolean; shift: Shift }>();
	for (const shift of shifts) {
		if (!worked.has(shift.day))
			worked.set(shift.day, { date: shift.date, sunday: shift.weekday === SUNDAY, shift });
		if (shift.end > MINUTES_PER_DAY && !worked.has(shift.day + 1)) {
			worked.set(shift.day + 1, {
				date: fromDayNumber(shift.day + 1),
				sunday: shift.weekday === SUNDAY - 1,
				shift
			});
		}
	}
	const allowed: { date: ISODate; shift: Shift }[] = [];
	for (const [day, { date, sunday, shift }] of [...worked].sort((a, b) => a[0] - b[0])) {
		if (sunday) {
			if (derogation !== 'sunday-one-in-two') {
				report(
					'sunday',
					date,
					`Travail le dimanche ${writeDate(date)} : interdit, sauf exception prévue par la loi ou une CCT du secteur.`
				);
			} else if (worked.has(day - 7)) {
				report(
					'sunday',
					date,
					`Travail le dimanche ${writeDate(date)} après le dimanche ${writeDate(fromDayNumber(day - 7))} : au plus un dimanche sur deux.`
				);
			} else {
				allowed.push({ date, shift });
			}
		}
		const holiday = publicHolidayName(date);
		if (holiday !== undefined) {
			report(
				'public-holiday',
				date,
				`Travail le ${writeDate(date)}, jour férié légal (${holiday}) : interdit, sauf exception prévue par la loi ou une CCT du secteur.`
			);
		}
	}
	const first = allowed[0];
	if (first !== undefined) {
		const rest = figures.sundayCompensatoryRest(first.date, first.shift.dateAt).value;
		why.warn(
			`${allowed.length} dimanche${allowed.length > 1 ? 's' : ''} travaillé${allowed.length > 1 ? 's' : ''} sous dérogation (dès le ${writeDate(first.date)}) : chacun demande un repos compensatoire d'au moins ${rest} heures consécutives, avant ou après ; ce repos n'est pas vérifié ici.`
		);
	}
}

/** Whether a day Monday–Saturday of the week, other than a training-centre day, has no work before the boundary, or none from it. */
function weekHasHalfDayOff(
	monday: number,
	byDay: Map<number, Shift[]>,
	boundary: number,
	centreDays: ReadonlySet<number>
): boolean {
	for (let day = monday; day < monday + 6; day++) {
		if (centreDays.has(day - monday + 1)) continue;
		const own = byDay.get(day) ?? [];
		const fromEve = (byDay.get(day - 1) ?? []).filter((s) => s.end > MINUTES_PER_DAY);
		const morning = fromEve.length > 0 || own.some((s) => s.start < boundary);
		const afternoon =
			fromEve.some((s) => s.end - MINUTES_PER_DAY > boundary) ||
			own.some((s) => Math.min(s.end, MINUTES_PER_DAY) > boundary);
		if (!morning || !afternoon) return true;
	}
	return false;
}

/** Days start-dated; the longer day leans on a reading of "half-day", stated when it was decisive. */
function checkDailyHours(
	byDay: Map<number, Shift[]>,
	training: number,
	centreDays: ReadonlySet<number>,
	figures: Figures,
	report: Report,
	why: Explainer
): void {
	const halfDayOff = new Map<number, boolean>();
	let relied: { boundary: string; base: number; longer: number } | undefined;
	for (const shifts of byDay.values()) {
		const first = shifts[0]!;
		const worked = shifts.reduce((sum, s) => sum + s.end - s.start, 0);
		const limits = figures.dailyHours(first.date, first.dateAt).value;
		if (worked <= limits.base * 60) continue;
		const total = `${formatDuration(worked)} de travail le ${writeDate(first.date)}`;
		if (worked > limits.withHalfDayOfRest * 60) {
			report(
				'daily-hours',
				first.date,
				`${total} : au plus ${limits.withHalfDayOfRest} h par jour.`
			);
			continue;
		}
		const boundaryText = figures.halfDayBoundary(first.date, first.dateAt).value;
		if (!halfDayOff.has(first.monday))
			halfDayOff.set(
				first.monday,
				weekHasHalfDayOff(first.monday, byDay, minutesOf(boundaryText), centreDays)
			);
		if (halfDayOff.get(first.monday)) {
			relied = { boundary: boundaryText, base: limits.base, longer: limits.withHalfDayOfRest };
		} else {
			report(
				'daily-hours',
				first.date,
				`${total} : au plus ${limits.base} h par jour, car la semaine n'a aucun demi-jour de repos en plus du dimanche (${limits.withHalfDayOfRest} h sinon).`
			);
		}
	}
	if (relied === undefined) return;
	const { boundary, base, longer } = relied;
	why.step(
		`Lecture retenue pour la journée de ${longer} h : un demi-jour de repos est un jour du lundi au samedi sans travail avant ${boundary} ou sans travail à partir de ${boundary} ; un jour sans prestation saisie compte comme repos, sauf un jour au centre de formation`
	);
	if (training > 0 && centreDays.size === 0) {
		why.warn(
			`Une journée de plus de ${base} h est admise grâce à un jour sans prestation : vérifiez que ce jour n'est pas un jour de cours au centre de formation, qui n'est pas un repos.`
		);
	}
}

interface WeekLoad {
	minutes: number;
	first: Shift;
}

function weekLoads(shifts: Shift[]): Map<number, WeekLoad> {
	const weeks = new Map<number, WeekLoad>();
	for (const shift of shifts) {
		const week = weeks.get(shift.monday);
		if (week) week.minutes += shift.end - shift.start;
		else weeks.set(shift.monday, { minutes: shift.end - shift.start, first: shift });
	}
	return weeks;
}

function checkWeeklyHours(
	weeks: Map<number, WeekLoad>,
	training: number,
	regime: WeeklyHoursRegime,
	figures: Figures,
	report: Report
): void {
	for (const [monday, { minutes, first }] of weeks) {
		const limit = figures.weeklyHours(first.date, first.dateAt).value[regime].hours;
		if (minutes + training <= limit * 60) continue;
		const date = fromDayNumber(monday);
		// Dated on the week's first worked day, so a week that starts before the period checked is reported within it.
		report(
			'weekly-hours',
			first.date,
			`Semaine du lundi ${writeDate(date)}${first.date === date ? '' : ` (première prestation le ${writeDate(first.date)})`} : ${formatDuration(minutes)} en entreprise + ${formatDuration(training)} au centre = ${formatDuration(minutes + training)}, au-delà du maximum de ${limit} h par semaine.`
		);
	}
}

/** Shifts with no real break between them are one stretch of continuous work. */
function stretches(shifts: Shift[], figures: Figures): Shift[][] {
	const result: Shift[][] = [];
	for (const shift of shifts) {
		const current = result.at(-1);
		const previous = current?.at(-1);
		if (current && previous) {
			const first = current[0]!;
			const minor = first.age < figures.youngWorkerAge(first.date, first.dateAt).value.adult;
			// The sources give no adult break length: only touching shifts join; a minor's gap under the break joins too.
			const minimumBreak = minor ? figures.minorBreak(first.date, first.dateAt).value : 0;
			const gap = shift.from - previous.to;
			if (gap === 0 || gap < minimumBreak) {
				current.push(shift);
				continue;
			}
		}
		result.push([shift]);
	}
	return result;
}

/** Continuous work at any age; then, under 18, the breaks of the day as a whole. */
function checkBreaks(
	shifts: Shift[],
	byDay: Map<number, Shift[]>,
	figures: Figures,
	report: Report
): void {
	checkMinorDayBreaks(byDay, figures, checkContinuousWork(shifts, figures, report), report);
}

/** Reports each stretch of work too long without a break, and returns the days reported. */
function checkContinuousWork(shifts: Shift[], figures: Figures, report: Report): Set<ISODate> {
	const reported = new Set<ISODate>();
	for (const stretch of stretches(shifts, figures)) {
		const [first, last] = [stretch[0]!, stretch.at(-1)!];
		const adult = figures.youngWorkerAge(first.date, first.dateAt).value.adult;
		const limits = figures.continuousWork(first.date, first.dateAt).value;
		const minor = first.age < adult;
		const limit = (minor ? limits.minor : limits.adult) * 60;
		const length = last.to - first.from;
		if (length <= limit) continue;
		const joined =
			stretch.length > 1 ? `, ${stretch.length} prestations sans pause suffisante entre elles` : '';
		const head = `${formatDuration(length)} de travail continu le ${writeDate(first.date)} (${spanText(first, last)}${joined})`;
		const rule = minor
			? `avant ${adult} ans, une pause d'au moins ${figures.minorBreak(first.date, first.dateAt).value} minutes est due après ${formatDuration(limit)} de travail sans interruption`
			: `à partir de ${adult} ans, une pause est due après ${formatDuration(limit)} de travail sans interruption`;
		report('break', first.date, `${head} : ${rule}.`);
		reported.add(first.date);
	}
	return reported;
}

/**
 * A minor's working day as a whole (shifts started that day): past 4 h 30 of work, 30 minutes of breaks;
 * past 6 h, an hour of breaks with 30 minutes in one go. A day already reported for continuous work is not
 * reported twice.
 */
function checkMinorDayBreaks(
	byDay: Map<number, Shift[]>,
	figures: Figures,
	reported: ReadonlySet<ISODate>,
	report: Report
): void {
	for (const shifts of byDay.values()) {
		const first = shifts[0]!;
		const adult = figures.youngWorkerAge(first.date, first.dateAt).value.adult;
		if (first.age >= adult || reported.has(first.date)) continue;
		const rules = figures.minorDayBreaks(first.date, first.dateAt).value;
		const worked = shifts.reduce((sum, s) => sum + s.end - s.start, 0);
		if (worked <= rules.breakAfterMinutes) continue;
		const gaps = shifts.slice(1).map((shift, i) => shift.from - shifts[i]!.to);
		const breaks = gaps.reduce((sum, gap) => sum + gap, 0);
		const longest = Math.max(0, ...gaps);
		const longDay = worked > rules.longDayAfterMinutes;
		const due = longDay ? rules.longDayBreakMinutes : rules.breakMinutes;
		if (breaks >= due && (!longDay || longest >= rules.inOneGoMinutes)) continue;
		const rule = longDay
			? `avant ${adult} ans, plus de ${formatDuration(rules.longDayAfterMinutes)} de travail sur la journée demandent au moins ${due} minutes de pause, dont ${rules.inOneGoMinutes} minutes d'un seul tenant`
			: `avant ${adult} ans, plus de ${formatDuration(rules.breakAfterMinutes)} de travail sur la journée demandent au moins ${due} minutes de pause`;
		report(
			'break',
			first.date,
			`${formatDuration(worked)} de travail le ${writeDate(first.date)} (${spanText(first, shifts.at(-1)!)}) avec ${breaks} minutes de pause en tout : ${rule}.`
		);
	}
}

/** The 12 consecutive hours of rest a minor has between two working days, dated on the day that starts too early. */
function checkMinorDailyRest(shifts: Shift[], figures: Figures, report: Report): void {
	for (let k = 1; k < shifts.length; k++) {
		const [previous, next] = [shifts[k - 1]!, shifts[k]!];
		if (next.day === previous.day) continue;
		const adult = figures.youngWorkerAge(next.date, next.dateAt).value.adult;
		if (next.age >= adult) continue;
		const rest = figures.minorDailyRest(next.date, next.dateAt).value;
		const gap = next.from - previous.to;
		if (gap >= rest * 60) continue;
		report(
			'daily-rest',
			next.date,
			`Repos insuffisant avant la prestation du ${writeDate(next.date)} : ${formatDuration(gap)} seulement depuis la fin de celle du ${writeDate(previous.date)} (${spanText(previous, previous)}) ; avant ${adult} ans, au moins ${rest} heures consécutives de repos entre deux journées de travail.`
		);
	}
}

/**
 * Under 18, each Sunday comes with the Saturday before or the Monday after it as a rest day; a day with
 * work (a shift past midnight works the next day too) or at the training centre is not one. Read for every
 * Sunday from the first shift's week to the last one's, when the apprentice is under 18 that Sunday; a
 * worked Sunday falls under the Sunday rule instead (and, with a sector derogation, its compensatory rest).
 */
function checkMinorWeeklyRest(
	shifts: Shift[],
	birthDate: ISODate,
	centreDays: ReadonlySet<number>,
	figures: Figures,
	report: Report
): void {
	const worked = new Set<number>();
	for (const shift of shifts) {
		worked.add(shift.day);
		if (shift.end > MINUTES_PER_DAY) worked.add(shift.day + 1);
	}
	const adult = figures.youngWorkerAge(shifts[0]!.date, shifts[0]!.dateAt).value.adult;
	const rests = (day: number) => !worked.has(day) && !centreDays.has(weekdayOfDay(day));
	for (let sunday = shifts[0]!.monday + 6; sunday <= shifts.at(-1)!.monday + 6; sunday += 7) {
		const date = fromDayNumber(sunday);
		if (worked.has(sunday) || completedYears(birthDate, date) >= adult) continue;
		if (rests(sunday - 1) || rests(sunday + 1)) continue;
		const days = figures.minorWeeklyRest(date, shifts[0]!.dateAt).value;
		const busy = (day: number) =>
			`${writeDate(fromDayNumber(day))} (${worked.has(day) ? 'travail' : 'centre de formation'})`;
		report(
			'weekly-rest',
			fromDayNumber(worked.has(sunday - 1) ? sunday - 1 : sunday + 1),
			`Aucun jour de repos accolé au dimanche ${writeDate(date)} : samedi ${busy(sunday - 1)} et lundi ${busy(sunday + 1)} ; avant ${adult} ans, ${days} jours de repos consécutifs, le dimanche et le samedi qui le précède ou le lundi qui le suit.`
		);
	}
}

function describeAges(shifts: Shift[]): string {
	const runs: { age: number; first: ISODate; last: ISODate }[] = [];
	for (const shift of shifts) {
		const run = runs.at(-1);
		if (run && run.age === shift.age) run.last = shift.date;
		else runs.push({ age: shift.age, first: shift.date, last: shift.date });
	}
	return runs
		.map((r) => `${r.age} ans du ${writeDate(r.first)} au ${writeDate(r.last)}`)
		.join(' ; ');
}

function describeNight(on: Shift, derogation: WorkDerogation, figures: Figures): string {
	const ages = figures.youngWorkerAge(on.date, on.dateAt).value;
	const nights = figures.nightWindow(on.date, on.dateAt).value;
	const base = `avant ${ages.adult} ans, aucun travail de ${nights.minor.from} à ${nights.minor.to}`;
	if (!isNightDerogation(derogation)) return base;
	const windows = nights.derogations[derogation];
	const limits = windows
		.map(
			(w) =>
				`de ${w.from} à ${w.to}${windows.length > 1 ? ` pour une prestation commencée à ${w.to} ou plus tard` : ''}`
		)
		.join(', ');
	return `${base} ; dès ${ages.nightDerogation} ans avec la dérogation ${DEROGATION_LABELS[derogation]} : ${limits}`;
}

function describeRules(
	shifts: Shift[],
	derogation: WorkDerogation,
	regime: WeeklyHoursRegime,
	training: number,
	figures: Figures,
	why: Explainer
): void {
	const first = shifts[0]!;
	const adult = figures.youngWorkerAge(first.date, first.dateAt).value.adult;
	const anyMinor = first.age < adult;
	const anyAdult = shifts.at(-1)!.age >= adult;
	why.step(
		'Lecture retenue : une prestation dont la fin précède ou égale le début se termine le lendemain ; ses infractions de nuit, de durée et de pause sont datées du jour où elle commence, le dimanche et le jour férié du jour calendrier touché.'
	);
	if (anyMinor)
		why.step(
			'Travail de nuit (âge le jour où la prestation commence)',
			undefined,
			describeNight(first, derogation, figures)
		);
	const absolute = figures.absoluteNight(first.date, first.dateAt).value;
	why.step('Travail interdit à tout âge', undefined, `de ${absolute.from} à ${absolute.to}`);
	why.step(
		'Dimanches et jours fériés légaux (le contrat ne distingue pas les âges ; les jours de remplacement ne sont pas connus ici)',
		undefined,
		derogation === 'sunday-one-in-two'
			? 'un dimanche sur deux au plus (un dimanche antérieur aux prestations saisies est tenu pour libre) ; jours fériés interdits'
			: 'interdits'
	);
	const daily = figures.dailyHours(first.date, first.dateAt).value;
	why.step(
		'Durée journalière (prestations commencées le même jour)',
		undefined,
		`au plus ${daily.base} h ; ${daily.withHalfDayOfRest} h si la semaine compte un demi-jour de repos en plus du dimanche`
	);
	const weekly = figures.weeklyHours(first.date, first.dateAt).value[regime];
	const sector =
		weekly.compensatoryDays > 0
			? ` (construction, CP 124, avec ${weekly.compensatoryDays} jours de repos compensatoire par an)`
			: '';
	why.step(
		'Durée hebdomadaire, entreprise et centre, par semaine ISO du lundi au dimanche (le contrat dit « en moyenne » : chaque semaine est vérifiée seule)',
		`heures des prestations + ${formatDuration(training)} de centre`,
		`au plus ${weekly.hours} h${sector}`
	);
	const continuous = figures.continuousWork(first.date, first.dateAt).value;
	if (anyMinor) {
		const pause = figures.minorBreak(first.date, first.dateAt).value;
		why.step(
			`Travail continu avant ${adult} ans (deux prestations séparées de moins de ${pause} minutes forment un seul bloc)`,
			undefined,
			`au plus ${formatDuration(continuous.minor * 60)}, puis une pause de ${pause} minutes`
		);
		const day = figures.minorDayBreaks(first.date, first.dateAt).value;
		why.step(
			`Pauses sur la journée avant ${adult} ans (prestations commencées le même jour)`,
			undefined,
			`plus de ${formatDuration(day.breakAfterMinutes)} : ${day.breakMinutes} minutes de pause ; plus de ${formatDuration(day.longDayAfterMinutes)} : ${day.longDayBreakMinutes} minutes, dont ${day.inOneGoMinutes} d'un seul tenant`
		);
		why.step(
			`Repos entre deux journées de travail avant ${adult} ans`,
			undefined,
			`au moins ${figures.minorDailyRest(first.date, first.dateAt).value} h consécutives`
		);
		why.step(
			`Repos hebdomadaire avant ${adult} ans : le dimanche et le samedi ou le lundi (un jour au centre de formation n'est pas un repos ; un jour sans prestation saisie en est un)`,
			undefined,
			`${figures.minorWeeklyRest(first.date, first.dateAt).value} jours consécutifs`
		);
	}
	if (anyAdult)
		why.step(
			`Travail continu dès ${adult} ans (seules des prestations qui se touchent forment un bloc)`,
			undefined,
			`au plus ${formatDuration(continuous.adult * 60)}`
		);
}

/**
 * Checks an apprentice's schedule against the working-time rules of the contract (art. 5) and of the
 * loi du 16 mars 1971 sur le travail as the Vade-Mecum OFFA presents them (§4.5 and fiche 2): night
 * work under 18 (20:00–06:00, derogations from 16) and 00:00–04:00 at any age, Sundays and legal
 * public holidays, 8 or 9 h a day, 38 h a week with the training centre, continuous work of 4 h 30
 * under 18 or 6 h from 18. Returns the violations sorted by date then rule; the 12-hour rest of a
 * minor between two working days comes as warnings.
 */
export function checkWorkSchedule(input: WorkScheduleInput): Explained<ScheduleViolation[]> {
	const data = check.requireObject(input, 'input', "Données de l'horaire");
	const birthDate = check.requireDate(data.birthDate, 'birthDate', 'Date de naissance');
	const shifts = readShifts(data.shifts, birthDate);
	const derogation =
		data.derogation === undefined
			? 'none'
			: check.requireOneOf(data.derogation, WORK_DEROGATIONS, 'derogation', 'Dérogation');
	const trainingHours =
		data.trainingCenterHoursPerWeek === undefined
			? 0
			: check.requireNumber(
					data.trainingCenterHoursPerWeek,
					'trainingCenterHoursPerWeek',
					'Heures au centre de formation par semaine',
					{ min: 0, max: MAX_TRAINING_HOURS }
				);
	const regime =
		data.weeklyHoursRegime === undefined
			? 'standard'
			: check.requireOneOf(
					data.weeklyHoursRegime,
					WEEKLY_HOURS_REGIMES,
					'weeklyHoursRegime',
					'Régime hebdomadaire'
				);
	const training = Math.round(trainingHours * 60);
	const centreDays = new Set(
		data.trainingCenterDays === undefined
			? []
			: check
					.requireList(
						data.trainingCenterDays,
						'trainingCenterDays',
						'Jours au centre de formation',
						{
							min: 0,
							max: 7
						}
					)
					.map((day, i) =>
						check.requireNumber(day, `trainingCenterDays[${i}]`, `Jour au centre n° ${i + 1}`, {
							min: 1,
							max: 7,
							integer: true
						})
					)
	);

	const why = new Explainer();
	const figures = scheduleFigures(why);
	const violations: ScheduleViolation[] = [];
	const report: Report = (rule, date, message) => violations.push({ rule, date, message });
	const byDay = new Map<number, Shift[]>();
	for (const shift of shifts) {
		const list = byDay.get(shift.day);
		if (list) list.push(shift);
		else byDay.set(shift.day, [shift]);
	}
	const weeks = weekLoads(shifts);

	why.step(
		"Âge de l'apprenant le jour de chaque prestation (un anniversaire compte dès ce jour)",
		undefined,
		describeAges(shifts)
	);
	why.step('Dérogation appliquée', undefined, DEROGATION_LABELS[derogation]);
	why.step(
		'Prestations vérifiées',
		undefined,
		`${shifts.length} prestation${shifts.length > 1 ? 's' : ''} du ${writeDate(shifts[0]!.date)} au ${writeDate(shifts.at(-1)!.date)}, sur ${weeks.size} semaine${weeks.size > 1 ? 's' : ''}`
	);
	describeRules(shifts, derogation, regime, training, figures, why);

	for (const shift of shifts) checkNight(shift, derogation, figures, report);
	checkRestDays(shifts, derogation, figures, report, why);
	checkDailyHours(byDay, training, centreDays, figures, report, why);
	checkWeeklyHours(weeks, training, regime, figures, report);
	checkBreaks(shifts, byDay, figures, report);
	checkMinorDailyRest(shifts, figures, report);
	checkMinorWeeklyRest(shifts, birthDate, centreDays, figures, report);

	const heaviest = [...weeks.entries()].reduce((a, b) => (b[1].minutes > a[1].minutes ? b : a));
	why.step(
		`Semaine la plus chargée : semaine du lundi ${writeDate(fromDayNumber(heaviest[0]))}`,
		`${formatDuration(heaviest[1].minutes)} + ${formatDuration(training)}`,
		formatDuration(heaviest[1].minutes + training)
	);

	violations.sort((a, b) =>
		a.date < b.date
			? -1
			: a.date > b.date
				? 1
				: SCHEDULE_RULES.indexOf(a.rule) - SCHEDULE_RULES.indexOf(b.rule)
	);
	why.step('Infractions relevées (par date, puis par règle)', undefined, String(violations.length));
	why.source(SUNDAY_SOURCE, HOLIDAYS_DECREE);
	return why.done(violations);
}

export interface OvertimeInput {
	date: ISODate;
	/** Overtime hours worked on that date, e.g. 1.5 for 1 h 30. */
	hours: number;
	/** The apprentice's own hourly pay, in euros. */
	hourlyRate: number;
}

/**
 * Overtime surcharge ("sursalaire") for overtime hours on one date: +50 % of the apprentice's own
 * pay, +100 % on a Sunday or a legal public holiday, rounded to the cent, half up (contract art. 5,
 * Vade-Mecum fiche 2, Heures supplémentaires). The Vade-Mecum gives no conversion of the flat
 * monthly rétribution into an hourly rate, so the hourly rate is an input. Returns the surcharge alone.
 */
export function overtimeSurcharge(input: OvertimeInput): Explained<number> {
	const data = check.requireObject(input, 'input', 'Données du calcul');
	const date = check.requireDate(data.date, 'date', 'Date des heures supplémentaires');
	const hours = check.requireNumber(data.hours, 'hours', 'Heures supplémentaires', {
		min: 0,
		max: 24
	});
	const rateCents = toCents(
		check.requireNumber(data.hourlyRate, 'hourlyRate', 'Rétribution horaire', { min: 0, max: 1000 })
	);
	const why = new Explainer();
	const rates = rowInForce(why, tables.overtimeSurchargeTable, date, {
		field: 'date',
		label: 'Date des heures supplémentaires'
	}).value;
	const holiday = publicHolidayName(date);
	const kind =
		holiday !== undefined
			? `jour férié légal : ${holiday}`
			: isSunday(date)
				? 'dimanche'
				: 'jour ordinaire';
	const percent = holiday !== undefined || isSunday(date) ? rates.sundayOrHoliday : rates.weekday;
	const ordinary = applyRate(rateCents, hours);
	const surcharge = applyRate(rateCents, hours * percent, 100);
	const product = `${writeCents(rateCents)} × ${writeNumber(hours)} h`;
	why.step(
		`Heures supplémentaires le ${writeDate(date)} (${kind})`,
		undefined,
		`${writeNumber(hours)} h`
	);
	why.step(
		"Rétribution horaire de l'apprenant (saisie : le Vade-Mecum ne convertit pas la rétribution mensuelle en taux horaire)",
		undefined,
		writeCents(rateCents)
	);
	why.step('Rétribution ordinaire de ces heures', product, writeCents(ordinary));
	why.step(
		`Sursalaire de ${percent} % sur la rétribution de l'apprenant, arrondi au cent (demi vers le haut)`,
		`${product} × ${percent} %`,
		writeCents(surcharge)
	);
	why.step(
		'Total dû pour ces heures (rétribution ordinaire + sursalaire)',
		`${writeCents(ordinary)} + ${writeCents(surcharge)}`,
		writeCents(ordinary + surcharge)
	);
	why.step(
		"Conditions : accord préalable de l'entreprise, de l'opérateur de formation et de l'apprenant sur un justificatif pédagogique ; une CCT peut prévoir une majoration plus forte ; le sursalaire peut être remplacé par un repos compensatoire."
	);
	return why.done(toEuros(surcharge));
}
