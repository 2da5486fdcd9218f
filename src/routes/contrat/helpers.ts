/** Pure helpers of the Contrat page's forms. */
import type { DatePeriod, ISODate } from '$lib/rules';
import { offsetDate } from '$lib/rules';

/** A period of `days` days that starts `gap` days after the last one, or after `fallback` when the list is empty. */
export function nextPeriod(
	periods: readonly DatePeriod[],
	fallback: ISODate,
	gap: number,
	days: number
): DatePeriod {
	const start = offsetDate(periods.at(-1)?.end ?? fallback, gap);
	return { start, end: offsetDate(start, days - 1) };
}
