import type { CalendarTextFormat } from '$lib/ui/date-text';

/** Months typed by people: 09/2026 (also 9/2026, 09-2026, 09.2026) or 2026-09; stored as 'YYYY-MM'. */
const BELGIAN = /^(\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})$/;

/** The 'YYYY-MM' month of a typed text, or null when it is not a month. */
export function parseMonthText(text: string): string | null {
	const trimmed = text.trim();
	const belgian = BELGIAN.exec(trimmed);
	const iso = ISO.exec(trimmed);
	const [year, month] = belgian
		? [Number(belgian[2]), Number(belgian[1])]
		: iso
			? [Number(iso[1]), Number(iso[2])]
			: [NaN, NaN];
	if (!(year >= 1900 && month >= 1 && month <= 12)) return null;
	return `${year}-${String(month).padStart(2, '0')}`;
}

/** '2026-09' shown as '09/2026'. */
export function monthText(month: string): string {
	return ISO.test(month) ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : month;
}

export const MONTH_FORMAT: CalendarTextFormat = {
	parse: (text) => parseMonthText(text) ?? undefined,
	show: monthText,
	pattern: 'MM/AAAA',
	invalid: 'écrivez un mois au format MM/AAAA (par exemple 09/2026).'
};
