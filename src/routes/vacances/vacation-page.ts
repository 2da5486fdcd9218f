/** Pure helpers of the Vacances page: labels, default inputs, field errors, and where a default came from. */
import { formatNumber, type Explained, type ISODate, type VacationPeriod, type VacationScaleRow } from '$lib/rules';
import { errorFor, type Attempt } from '$lib/ui/attempt';

/** '1 jour', '7 jours'. */
export function dayCount(n: number): string {
	return `${formatNumber(n)} jour${Math.abs(n) >= 2 ? 's' : ''}`;
}

/** A row of the ouvrier table as the Vade-Mecum prints it: « de 64 à 76 jours → 5 jours ». */
export function describeRow(row: VacationScaleRow): string {
	const span = row.to === null ? `${row.from} jours et plus` : `de ${row.from} à ${row.to} jours`;
	return `${span} → ${dayCount(row.days)}`;
}

/** The date `days` after an ISO date, computed in UTC so the time zone never shifts it. */
export function addDays(date: ISODate, days: number): ISODate {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The default summer plan: 1 to 21 July, three weeks that meet the rule on their own. */
export function julyPeriods(year: number): VacationPeriod[] {
	return [{ start: `${year}-07-01`, end: `${year}-07-21` }];
}

/** A new row: the week after the last planned period, or the first week of July. */
export function nextPeriod(periods: VacationPeriod[], year: number): VacationPeriod {
	const last = periods.at(-1);
	const start = last && /^\d{4}-\d{2}-\d{2}$/.test(last.end) ? addDays(last.end, 1) : `${year}-07-01`;
	return { start, end: addDays(start, 6) };
}

/** The part of a contract inside a calendar year, or null when the contract does not touch it. */
export function contractWithinYear(year: number, start: ISODate, end: ISODate): { contractStart: ISODate; contractEnd: ISODate } | null {
	const first = `${year}-01-01`;
	const last = `${year}-12-31`;
	if (end < first || start > last) return null;
	return { contractStart: start > first ? start : first, contractEnd: end < last ? end : last };
}

/** A result whose explanation starts with how its default input was obtained. */
export function withOrigin<T>(result: Explained<T>, origin: Pick<Explained<unknown>, 'trace' | 'sources' | 'warnings'>): Explained<T> {
	const sources = [...origin.sources, ...result.sources].filter(
		(source, i, all) => all.findIndex((s) => s.title === source.title && s.reference === source.reference) === i
	);
	return {
		value: result.value,
		trace: [...origin.trace, ...result.trace],
		sources,
		warnings: [...new Set([...origin.warnings, ...result.warnings])]
	};
}

/** The message of the rules about one field; none while the rules load or when the result was not computed. */
export function errorOf(result: Attempt<unknown> | null | undefined, field: string): string | undefined {
	return result ? errorFor(result, field) : undefined;
}
