/** Turns the weekly grid of company hours into the dated shifts that the schedule checker reads. */
import {
	MAX_SHIFTS,
	RuleInputError,
	formatDate,
	type ISODate,
	offsetDate,
	isoWeekday,
	toDayNumber
} from '$lib/rules';
import type { Slot } from '$lib/scenario/scenario';

export interface DatedShift {
	date: ISODate;
	start: string;
	end: string;
	/** Where the shift comes from in the grid: 0 = Monday … 6 = Sunday, and the slot of that day. */
	weekday: number;
	slot: number;
}

/** How many times the weekday (0 = Monday) occurs from `from` to `to`, both included. */
export function occurrences(weekday: number, from: ISODate, to: ISODate): number {
	const offset = (weekday + 1 - isoWeekday(from) + 7) % 7;
	const first = toDayNumber(from) + offset;
	const last = toDayNumber(to);
	return first > last ? 0 : Math.floor((last - first) / 7) + 1;
}

/**
 * The shifts of the weekly grid on every day from `from` to `to` (both included), in date order.
 * Refuses an end before the start, and a period that would give more shifts than the checker
 * accepts; the count comes first, so a long period costs nothing before it is refused.
 */
export function expandWeek(
	week: readonly (readonly Slot[])[],
	from: ISODate,
	to: ISODate
): DatedShift[] {
	if (to < from) {
		throw new RuleInputError(
			'to',
			`Fin de la période : elle doit suivre le début (${formatDate(from)}).`
		);
	}
	const perWeek = week.reduce((sum, slots) => sum + slots.length, 0);
	const count = week.reduce(
		(sum, slots, weekday) => sum + slots.length * occurrences(weekday, from, to),
		0
	);
	if (count > MAX_SHIFTS) {
		throw new RuleInputError(
			'to',
			`Fin de la période : ${count} plages horaires du ${formatDate(from)} au ${formatDate(to)}, le contrôle en accepte ${MAX_SHIFTS} au plus. Raccourcissez la période : avec cet horaire, ${Math.floor(MAX_SHIFTS / perWeek)} semaines au plus.`
		);
	}
	const shifts: DatedShift[] = [];
	if (count === 0) return shifts;
	const days = toDayNumber(to) - toDayNumber(from);
	for (let offset = 0; offset <= days; offset++) {
		const date = offsetDate(from, offset);
		const weekday = isoWeekday(date) - 1;
		week[weekday]?.forEach(({ start, end }, slot) =>
			shifts.push({ date, start, end, weekday, slot })
		);
	}
	return shifts;
}
