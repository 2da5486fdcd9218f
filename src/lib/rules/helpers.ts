/**
 * The formatting helpers of the public API, with their inputs checked like every rule; the rules
 * themselves use the unchecked versions (`writeDate`, `writeCents`, `writeNumber`, `toCents`, `toEuros`) in their inner loops.
 */
import { writeDate } from './calendar-basics';
import type { ISODate } from './explain';
import * as money from './money';
import { requireDate, requireNumber } from './validate';

const MAX_EUROS = 1e9;

/** Formats an ISO date the Belgian way, 31/12/2026. */
export function formatDate(date: ISODate): string {
	return writeDate(requireDate(date, 'date', 'Date'));
}

/** '1 234,56 €' for 123456 cents. */
export function formatCents(cents: number): string {
	return money.writeCents(
		requireNumber(cents, 'cents', 'Montant', { min: -MAX_EUROS * 100, max: MAX_EUROS * 100 })
	);
}

export function eurosToCents(euros: number): number {
	return money.toCents(
		requireNumber(euros, 'euros', 'Montant', { min: -MAX_EUROS, max: MAX_EUROS })
	);
}

/** '1 234,56 €' for 1234.56 euros, rounded to the cent half up. */
export function formatEuros(euros: number): string {
	return formatCents(eurosToCents(euros));
}

export function centsToEuros(cents: number): number {
	return money.toEuros(
		requireNumber(cents, 'cents', 'Montant', { min: -MAX_EUROS * 100, max: MAX_EUROS * 100 })
	);
}

/** A plain number in Belgian French notation ('17,5'). */
export function formatNumber(value: number): string {
	return money.writeNumber(requireNumber(value, 'value', 'Nombre', { min: -1e15, max: 1e15 }));
}
