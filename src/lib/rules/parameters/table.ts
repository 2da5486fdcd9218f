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

/** The input a looked-up date comes from: its field, blamed when the date is before a table, and its French name. */
export interface DateField {
	field: string;
	label: string;
}

/** The row in force on `on`, uncited (for what has no trace: the holiday list, page texts); a date before the first row is refused. */
export function rowOn<T>(table: ParameterTable<T>, on: ISODate, at: DateField): DatedRow<T> {
	let found: DatedRow<T> | undefined;
	for (const row of table.rows) {
		if (row.from <= on) found = row;
		else break;
	}
	if (!found) {
		const from = table.rows[0]?.from;
		const first = from === undefined ? '—' : writeDate(from);
		throw new RuleInputError(
			at.field,
			`Aucune valeur de « ${table.label} » n'est connue avant le ${first} : choisissez une date à partir de cette date (champ « ${at.label} »).`
		);
	}
	return found;
}

/**
 * The lookup every rule uses: the row of `table` in force on `on`, its source cited on `why`, with a
 * warning when its figure is unconfirmed or `on` is after the table's last check; a date before the
 * first row is refused on `at`.
 */
export function rowInForce<T>(
	why: Explainer,
	table: ParameterTable<T>,
	on: ISODate,
	at: DateField
): DatedRow<T> {
	const row = rowOn(table, on, at);
	citeRow(why, table, row, on);
	return row;
}

/**
 * `rowInForce` for the hot loops, which mostly walk dates in increasing order: it resumes where the
 * previous date stopped instead of scanning the table again, and cites a row only when it changes or
 * first serves a date after the table's last check.
 */
export function rowWalker<T>(
	why: Explainer,
	table: ParameterTable<T>
): (on: ISODate, at: DateField) => DatedRow<T> {
	const { rows, checkedUntil } = table;
	let index = -1;
	let stale = false;
	return (on, at) => {
		if (index < 0 || rows[index]!.from > on) {
			const row = rowInForce(why, table, on, at);
			index = rows.indexOf(row);
			stale = on > checkedUntil;
			return row;
		}
		const from = index;
		while (index + 1 < rows.length && rows[index + 1]!.from <= on) index++;
		const row = rows[index]!;
		if (index !== from || (!stale && on > checkedUntil)) {
			citeRow(why, table, row, on);
			stale = on > checkedUntil;
		}
		return row;
	};
}

/** The one place a used row is cited: its source, and its unconfirmed and freshness warnings. */
function citeRow<T>(why: Explainer, table: ParameterTable<T>, row: DatedRow<T>, on: ISODate): void {
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
function unconfirmedWarning<T>(table: ParameterTable<T>, row: DatedRow<T>): string {
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
