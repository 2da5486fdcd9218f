/**
 * Runtime checks of rule inputs, whatever the TypeScript types say. Each failure throws a
 * RuleInputError that names the field and says, in French, what is expected.
 */
import { RuleInputError } from './errors';
import { daysInMonth, digitsAt } from './calendar-basics';
import type { ISODate } from './explain';
import type { DateField } from './parameters/table';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** Years the engine accepts; beyond, a date is a typing error rather than a plan. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** The value as the user typed it, between quotes, or « saisie » when it is not text or a number (never NaN or undefined). */
function describe(value: unknown): string {
	if (typeof value === 'string')
		return `« ${value.length > 40 ? value.slice(0, 40) + '…' : value} »`;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value).replace('.', ',');
	return 'saisie';
}

/** Checks a 'YYYY-MM-DD' date that exists in the calendar and returns it unchanged. */
export function requireDate(value: unknown, field: string, label: string): ISODate {
	if (typeof value !== 'string' || value.length !== 10 || !ISO_DATE.test(value)) {
		throw new RuleInputError(
			field,
			`${label} : la date ${describe(value)} n'est pas une date valide (JJ/MM/AAAA).`
		);
	}
	const year = digitsAt(value, 0, 4);
	const month = digitsAt(value, 5, 2);
	const day = digitsAt(value, 8, 2);
	if (year < MIN_YEAR || year > MAX_YEAR) {
		throw new RuleInputError(
			field,
			`${label} : l'année ${year} doit être comprise entre ${MIN_YEAR} et ${MAX_YEAR}.`
		);
	}
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		throw new RuleInputError(
			field,
			`${label} : la date ${describe(value)} n'existe pas dans le calendrier.`
		);
	}
	return value as ISODate;
}

/** Checks the first and last dates of a span, the last on or after the first. */
export function requireDateSpan(
	start: unknown,
	end: unknown,
	startAt: DateField,
	endAt: DateField
): { start: ISODate; end: ISODate } {
	const span = {
		start: requireDate(start, startAt.field, startAt.label),
		end: requireDate(end, endAt.field, endAt.label)
	};
	if (span.end < span.start) {
		throw new RuleInputError(
			endAt.field,
			`${endAt.label} : la date de fin doit être égale ou postérieure à la date de début.`
		);
	}
	return span;
}

/** Checks a 'YYYY-MM' month and returns its year and month number (1–12). */
export function requireMonth(
	value: unknown,
	field: string,
	label: string
): { year: number; month: number } {
	const match = typeof value === 'string' ? YEAR_MONTH.exec(value) : null;
	const year = match ? Number(match[1]) : NaN;
	const month = match ? Number(match[2]) : NaN;
	if (!match || month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
		throw new RuleInputError(
			field,
			`${label} : le mois ${describe(value)} n'est pas un mois valide (MM/AAAA).`
		);
	}
	return { year, month };
}

/** Checks an 'HH:MM' time from 00:00 to 23:59 and returns it in minutes after midnight. */
export function requireTime(value: unknown, field: string, label: string): number {
	// Read digit by digit: a year of shifts is checked on every keystroke.
	if (typeof value === 'string' && value.length === 5 && value[2] === ':') {
		const hours = digitPair(value, 0);
		const minutes = digitPair(value, 3);
		if (hours <= 23 && minutes <= 59) return hours * 60 + minutes;
	}
	throw new RuleInputError(
		field,
		`${label} : l'heure ${describe(value)} doit s'écrire HH:MM, de 00:00 à 23:59 (par exemple 08:30).`
	);
}

/** The two-digit number at `at`, or 99 when either character is not a digit. */
function digitPair(text: string, at: number): number {
	const tens = text.charCodeAt(at) - 48;
	const units = text.charCodeAt(at + 1) - 48;
	return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : 99;
}

/** Checks a finite number within [min, max]; `integer` also refuses fractions. */
export function requireNumber(
	value: unknown,
	field: string,
	label: string,
	{ min, max, integer = false }: { min: number; max: number; integer?: boolean }
): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new RuleInputError(field, `${label} : la valeur ${describe(value)} n'est pas un nombre.`);
	}
	if (integer && !Number.isInteger(value)) {
		throw new RuleInputError(
			field,
			`${label} : indiquez un nombre entier (reçu ${describe(value)}).`
		);
	}
	if (value < min || value > max) {
		throw new RuleInputError(
			field,
			`${label} : la valeur ${describe(value)} doit être comprise entre ${describe(min)} et ${describe(max)}.`
		);
	}
	return value;
}

/** `requireNumber` for a number that may be left out (null). */
export function optionalNumber(
	value: unknown,
	field: string,
	label: string,
	range: { min: number; max: number; integer?: boolean }
): number | null {
	return value === null ? null : requireNumber(value, field, label, range);
}

export function requireBoolean(value: unknown, field: string, label: string): boolean {
	if (typeof value !== 'boolean') {
		throw new RuleInputError(
			field,
			`${label} : répondez par oui ou non (reçu ${describe(value)}).`
		);
	}
	return value;
}

/** Checks that a value is one of the allowed strings. */
export function requireOneOf<T extends string>(
	value: unknown,
	allowed: readonly T[],
	field: string,
	label: string
): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		throw new RuleInputError(
			field,
			`${label} : la valeur ${describe(value)} n'est pas permise (choix : ${allowed.join(', ')}).`
		);
	}
	return value as T;
}

/** Checks a plain object (not null, not a list) and returns it for field access. */
export function requireObject(
	value: unknown,
	field: string,
	label: string
): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new RuleInputError(field, `${label} : les données sont manquantes ou mal formées.`);
	}
	return value as Record<string, unknown>;
}

/** Checks a list whose length stays within [min, max]. */
export function requireList(
	value: unknown,
	field: string,
	label: string,
	{ min, max }: { min: number; max: number }
): unknown[] {
	if (!Array.isArray(value)) {
		throw new RuleInputError(field, `${label} : une liste est attendue.`);
	}
	if (value.length < min) {
		throw new RuleInputError(
			field,
			`${label} : indiquez au moins ${min} élément${min > 1 ? 's' : ''}.`
		);
	}
	if (value.length > max) {
		throw new RuleInputError(
			field,
			`${label} : au plus ${max} éléments sont acceptés (reçu ${value.length}).`
		);
	}
	return value;
}
