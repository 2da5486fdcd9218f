/**
 * The date and money helpers of the public API, with their inputs checked like every rule; the
 * rules themselves use the unchecked versions in their inner loops.
 */
import * as calendar from './calendar';
import { formatDate as formatIsoDate } from './calendar-basics';
import type { ISODate } from './explain';
import * as money from './money';
import { requireDate, requireNumber } from './validate';

const MAX_EUROS = 1e9;

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: ISODate, days: number): ISODate {
	const start = requireDate(date, 'date', 'Date');
	const shift = requireNumber(days, 'days', 'Nombre de jours', { min: -100_000, max: 100_000, integer: true });
	return requireDate(calendar.addDays(start, shift), 'days', 'Date obtenue');
}

/** Age in whole years on `on`: a birthday counts from that day. */
export function ageOn(birthDate: ISODate, on: ISODate): number {
	const birth = requireDate(birthDate, 'birthDate', 'Date de naissance');
	const day = requireDate(on, 'on', 'Date');
	return Math.max(0, calendar.ageOn(birth, day));
}

/** Formats an ISO date the Belgian way, 31/12/2026. */
export function formatDate(date: ISODate): string {
	return formatIsoDate(requireDate(date, 'date', 'Date'));
}

/** '1 234,56 €' for 123456 cents. */
export function formatCents(cents: number): string {
	return money.formatCents(requireNumber(cents, 'cents', 'Montant', { min: -MAX_EUROS * 100, max: MAX_EUROS * 100 }));
}

export function eurosToCents(euros: number): number {
	return money.eurosToCents(requireNumber(euros, 'euros', 'Montant', { min: -MAX_EUROS, max: MAX_EUROS }));
}

export function centsToEuros(cents: number): number {
	return money.centsToEuros(requireNumber(cents, 'cents', 'Montant', { min: -MAX_EUROS * 100, max: MAX_EUROS * 100 }));
}

/** A plain number in Belgian French notation ('17,5'). */
export function formatNumber(value: number): string {
	return money.formatNumber(requireNumber(value, 'value', 'Nombre', { min: -1e15, max: 1e15 }));
}
