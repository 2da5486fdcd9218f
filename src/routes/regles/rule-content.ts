/**
 * What a rule page (/regles/<slug>) is made of, and the helpers its text uses to cite a source and to
 * quote a figure from its parameter table, so the prose follows the table.
 */
import { dayAndMonth, formatEuros, type ISODate, type SourceRef } from '$lib/rules';
import type { ParameterTable } from '$lib/rules/parameters/table';
import { HOLIDAYS_DECREE, VADE_MECUM } from '$lib/rules/parameters/sources';
import type { CalculatorPath } from '$lib/pages';

/** A piece of text: an optional sub-title, a paragraph, and a list (numbered when it is a sequence of steps). */
export interface Block {
	title?: string;
	text?: string;
	items?: string[];
	ordered?: boolean;
}

export interface RuleSource {
	title: string;
	/** The place in the text and what it says. */
	detail: string;
	/** When the text was published or applies, in words. */
	date: string;
	url?: string;
}

/** A rule page as its module writes it, in the folder of its calculator. */
export interface RuleText {
	title: string;
	/** One sentence for the list of rules. */
	lead: string;
	/** The words of the link to the calculator. */
	action: string;
	decides: Block[];
	concerns: Block[];
	steps: Block[];
	exceptions: Block[];
	/** Where the 2017 text misleads; empty when it does not. */
	traps: Block[];
	sources: RuleSource[];
	tables: readonly ParameterTable<unknown>[];
}

/** A rule page with the calculator it explains: its slug is the calculator's path without the slash. */
export interface RulePage extends RuleText {
	slug: string;
	calculator: { path: CalculatorPath; label: string };
}

/** A document of the rules cited on a rule page: its title and address, with the place and date in words. */
export function cite(ref: SourceRef, detail: string, date: string, title = ref.title): RuleSource {
	return ref.url === undefined ? { title, detail, date } : { title, detail, date, url: ref.url };
}

// The Vade-Mecum's title ends with its version (« …, version du 27 avril 2017 »): a rule page cites the two apart.
const versionAt = VADE_MECUM.title.lastIndexOf(', ');

/** A place in the Vade-Mecum, e.g. vadeMecum('fiche 3, Allocations familiales'). */
export const vadeMecum = (detail: string): RuleSource =>
	cite(
		VADE_MECUM,
		detail,
		VADE_MECUM.title.slice(versionAt + 2),
		VADE_MECUM.title.slice(0, versionAt)
	);

/** The list of the legal public holidays, cited by the schedule and the contract pages. */
export const HOLIDAYS: RuleSource = cite(
	HOLIDAYS_DECREE,
	'art. 1er : la liste des dix jours fériés légaux',
	'18 avril 1974',
	'Arrêté royal du 18 avril 1974 (jours fériés)'
);

/** The value of a table's last row: the figure in force, until a later row is added. */
export const latest = <T>(table: ParameterTable<T>): T => table.rows.at(-1)!.value;

/** The value of the row that starts on `from`, for a text about that dated figure. */
export function since<T>(table: ParameterTable<T>, from: ISODate): T {
	const row = table.rows.find((r) => r.from === from);
	if (!row) throw new Error(`La table ${table.id} n'a pas de ligne au ${from}.`);
	return row.value;
}

/** Euros to the cent as the prose writes them, with plain spaces ('1 531,93 €'). */
export const euros = (value: number): string => formatEuros(value).replace(/[\u202f\u00a0]/g, ' ');

/** A day of the year 'MM-DD' in words (« 1er mai »). */
export const dayInWords = (monthDay: string): string =>
	dayAndMonth(Number(monthDay.slice(0, 2)), Number(monthDay.slice(3)));

/** A date in words (« 1er mars 2026 »). */
export const dateInWords = (date: ISODate): string =>
	`${dayInWords(date.slice(5))} ${date.slice(0, 4)}`;

/** A length of work in words: « 6 heures », « 1 heure », « 4 h 30 ». */
export function duration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest ? `${hours} h ${rest}` : `${hours} heure${hours > 1 ? 's' : ''}`;
}
