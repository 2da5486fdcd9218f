/** Dates typed by people: Belgian 31/12/2026 (also 31-12-2026, 31.12.2026) or ISO 2026-12-31. */
import type { ISODate } from '$lib/rules';
import { writeDate } from '$lib/rules';

const BELGIAN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO date of a typed text, or null when it is not a real calendar date. */
export function parseDateText(text: string): ISODate | null {
	const trimmed = text.trim();
	const belgian = BELGIAN.exec(trimmed);
	const iso = ISO.exec(trimmed);
	const parts = belgian
		? [belgian[3], belgian[2], belgian[1]]
		: iso
			? [iso[1], iso[2], iso[3]]
			: null;
	if (!parts) return null;
	const [year, month, day] = parts.map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The text shown for a stored ISO date. */
export function dateText(date: ISODate): string {
	return ISO.test(date) ? writeDate(date) : date;
}

/** How a typed value is read and shown; `parse` gives undefined when the text cannot be read. */
export interface TextFormat<T> {
	parse: (text: string) => T | undefined;
	show: (value: T) => string;
	/** The French message part after the label when the text cannot be read. */
	invalid: string;
}

/** A calendar value: a day (the default of DateInput) or a month, with the pattern shown as placeholder. */
export interface CalendarTextFormat extends TextFormat<string> {
	/** e.g. 'JJ/MM/AAAA'. */
	pattern: string;
}

export const DAY_FORMAT: CalendarTextFormat = {
	parse: (text) => parseDateText(text) ?? undefined,
	show: dateText,
	pattern: 'JJ/MM/AAAA',
	invalid: 'écrivez une date qui existe, au format JJ/MM/AAAA (par exemple 31/12/2026).'
};

/** « 17 ans », « 1 an », « moins d'un an »: never « 0 ans ». */
export function ageText(years: number): string {
	return years < 1 ? "moins d'un an" : years === 1 ? '1 an' : `${years} ans`;
}
