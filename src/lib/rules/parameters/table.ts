/**
 * Dated parameters, after OpenFisca: each figure is a row that applies from its date until the
 * next row's date. A rule asks for the row in force on a date; it never holds a figure itself.
 */
import { writeDate } from '../calendar-basics';
import { RuleInputError } from '../errors';
import type { Explainer, ISODate, SourceRef } from '../explain';

export interface DatedRow<T> {
	/** First day the value applies; it lasts until the day before the next row. */
	from: ISODate;
	value: T;
	source: SourceRef;
	/** False where the figure could not be checked against an official text. */
	confirmed: boolean;
	/** A short French remark shown with the figure (rounding, provenance…). */
	note?: string;
}

export interface ParameterTable<T> {
	id: string;
	/** French title shown in the rules page. */
	label: string;
	/** Unit in French, e.g. '€ par mois', '%', 'jours'. */
	unit: string;
	rows: readonly DatedRow<T>[];
	/**
	 * The date up to which the last row was checked against a source (OpenFisca's
	 * `last_value_still_valid_on`): a result for a later date warns that a change may exist.
	 */
	checkedUntil: ISODate;
	/** Where a later change would be published, when not the last row's own source. */
	watch?: SourceRef;
}

/** The row in force on `on`; a date before the first row is refused. */
export function rowOn<T>(table: ParameterTable<T>, on: ISODate, field: string): DatedRow<T> {
	let found: DatedRow<T> | undefined;
	for (const row of table.rows) {
		if (row.from <= on) found = row;
		else break;
	}
	if (!found) {
		const from = table.rows[0]?.from;
		const first = from === undefined ? '—' : writeDate(from);
		throw new RuleInputError(
			field,
			`Aucune valeur de « ${table.label} » n'est connue avant le ${first} : choisissez une date à partir de cette date.`
		);
	}
	return found;
}

/**
 * `rowOn` for a walk through dates in increasing order, as month-by-month schedules do: it resumes
 * where the previous date stopped instead of scanning the table again.
 */
export function rowWalker<T>(
	table: ParameterTable<T>
): (on: ISODate, field: string) => DatedRow<T> {
	let at = -1;
	return (on, field) => {
		if (at < 0 || table.rows[at]!.from > on) {
			const row = rowOn(table, on, field);
			at = table.rows.indexOf(row);
			return row;
		}
		while (at + 1 < table.rows.length && table.rows[at + 1]!.from <= on) at++;
		return table.rows[at]!;
	};
}

/**
 * Cites a row a result used on `on`: its source, and a warning when its figure is unconfirmed or when
 * `on` lies after the date the table was last checked.
 */
export function citeRow<T>(
	why: Explainer,
	table: ParameterTable<T>,
	row: DatedRow<T>,
	on: ISODate
): void {
	why.source(row.source);
	if (!row.confirmed) why.warn(unconfirmedWarning(table, row));
	if (on > table.checkedUntil) why.warn(freshnessWarning(table));
}

const freshnessWarnings = new WeakMap<ParameterTable<unknown>, string>();

/** The warning of a result dated after the table's last check, with where to look (written once per table). */
export function freshnessWarning<T>(table: ParameterTable<T>): string {
	let text = freshnessWarnings.get(table);
	if (text === undefined) {
		const watch = table.watch ?? table.rows.at(-1)!.source;
		text = `Chiffres « ${table.label} » vérifiés jusqu'au ${writeDate(table.checkedUntil)} : un changement postérieur peut exister, à vérifier auprès de : ${watch.title}${watch.url ? ` (${watch.url})` : ''}.`;
		freshnessWarnings.set(table, text);
	}
	return text;
}

const unconfirmedWarnings = new WeakMap<DatedRow<unknown>, string>();

/** The warning a result carries when it leans on an unconfirmed figure (written once per row: schedules ask it every month). */
export function unconfirmedWarning<T>(table: ParameterTable<T>, row: DatedRow<T>): string {
	let text = unconfirmedWarnings.get(row);
	if (text === undefined) {
		text = writeUnconfirmedWarning(table, row);
		unconfirmedWarnings.set(row, text);
	}
	return text;
}

function writeUnconfirmedWarning<T>(table: ParameterTable<T>, row: DatedRow<T>): string {
	return `Valeur non confirmée : « ${table.label} » en vigueur depuis le ${writeDate(row.from)} n'a pas pu être vérifiée dans un texte officiel (${row.source.title}).`;
}
