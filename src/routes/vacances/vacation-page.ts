/** Pure helpers of the Vacances page: labels, the next planned period, field errors. */
import { type VacationPeriod, type VacationScaleRow, offsetDate } from '$lib/rules';
import { dayCount } from '$lib/scenario/derive/text';
import { errorFor, type Attempt } from '$lib/ui/attempt.svelte';
import type { VacationYear } from '$lib/scenario/derive/vacations';

/** What each section of a vacation year takes: the year detailed and the date of its figures. */
export interface SectionProps {
	detail: VacationYear;
	asOf: string | undefined;
	/** Ouvrier (days worked) rather than employé (months). */
	blue?: boolean;
}

/** A row of the ouvrier table as the Vade-Mecum prints it: « de 64 à 76 jours → 5 jours ». */
export function describeRow(row: VacationScaleRow): string {
	const span = row.to === null ? `${row.from} jours et plus` : `de ${row.from} à ${row.to} jours`;
	return `${span} → ${dayCount(row.days)}`;
}

/** A new row: the week after the last planned period, or the first week of July. */
export function nextPeriod(periods: VacationPeriod[], year: number): VacationPeriod {
	const last = periods.at(-1);
	const start =
		last && /^\d{4}-\d{2}-\d{2}$/.test(last.end) ? offsetDate(last.end, 1) : `${year}-07-01`;
	return { start, end: offsetDate(start, 6) };
}

/** The message of the rules about one field; none while the rules load or when the result was not computed. */
export function errorOf(
	result: Attempt<unknown> | null | undefined,
	field: string
): string | undefined {
	return result ? errorFor(result, field) : undefined;
}
