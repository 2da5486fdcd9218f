import { describe, expect, it } from 'vitest';
import { RuleInputError } from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { describeRow, errorOf, nextPeriod } from './vacation-page';

describe('labels', () => {
	it('writes a row of the ouvrier table as the Vade-Mecum prints it', () => {
		expect(describeRow({ from: 87, to: 96, days: 7 })).toBe('de 87 à 96 jours → 7 jours');
		expect(describeRow({ from: 231, to: null, days: 20 })).toBe('231 jours et plus → 20 jours');
	});
});

describe('summer periods', () => {
	it('adds the week after the last period, across a month end', () => {
		expect(nextPeriod([{ start: '2026-07-01', end: '2026-07-21' }], 2026)).toEqual({
			start: '2026-07-22',
			end: '2026-07-28'
		});
		expect(nextPeriod([{ start: '2026-07-25', end: '2026-07-31' }], 2026)).toEqual({
			start: '2026-08-01',
			end: '2026-08-07'
		});
	});

	it('adds the first week of July to an empty list or after an unfinished date', () => {
		expect(nextPeriod([], 2027)).toEqual({ start: '2027-07-01', end: '2027-07-07' });
		expect(nextPeriod([{ start: '2027-07-01', end: '' }], 2027)).toEqual({
			start: '2027-07-01',
			end: '2027-07-07'
		});
	});
});

describe('errorOf', () => {
	const failed = attempt((): number => {
		throw new RuleInputError('periods[0].end', 'Fin invalide.');
	});

	it('gives the message of the field at fault only', () => {
		expect(errorOf(failed, 'periods')).toBe('Fin invalide.');
		expect(errorOf(failed, 'year')).toBeUndefined();
		expect(
			errorOf(
				attempt(() => 1),
				'periods'
			)
		).toBeUndefined();
	});

	it('has no message while the rules load or when the result was not computed', () => {
		expect(errorOf(undefined, 'periods')).toBeUndefined();
		expect(errorOf(null, 'periods')).toBeUndefined();
	});
});
