/** Lengths of the weekly grid's slots, with no other dependency: the grid and the derivations read them. */
import type { Slot } from './scenario';

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(time: string): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Length of a slot in minutes; an end at or before the start is on the next day, as the checker reads it. */
export function slotMinutes(start: string, end: string): number {
	return (minutesOf(end) - minutesOf(start) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** The company weekdays of the grid (0 = Monday) and its company hours in a week. */
export function gridWeek(week: readonly (readonly Slot[])[]): {
	weekdays: number[];
	hoursPerWeek: number;
} {
	const weekdays = week.flatMap((slots, day) => (slots.length > 0 ? [day] : []));
	const minutes = week.flat().reduce((sum, { start, end }) => sum + slotMinutes(start, end), 0);
	return { weekdays, hoursPerWeek: minutes / 60 };
}
