import { describe, expect, it } from 'vitest';
import { RuleInputError, type Explained } from '$lib/rules';
import { attempt } from '$lib/ui/attempt';
import { contractWithinYear, dayCount, describeRow, errorOf, julyPeriods, nextPeriod, withOrigin } from './vacation-page';

describe('labels', () => {
	it('writes day counts with their plural', () => {
		expect(dayCount(0)).toBe('0 jour');
		expect(dayCount(1)).toBe('1 jour');
		expect(dayCount(7)).toBe('7 jours');
	});

	it('writes a row of the ouvrier table as the Vade-Mecum prints it', () => {
		expect(describeRow({ from: 87, to: 96, days: 7 })).toBe('de 87 à 96 jours → 7 jours');
		expect(describeRow({ from: 231, to: null, days: 20 })).toBe('231 jours et plus → 20 jours');
	});
});

describe('summer periods', () => {
	it('starts with three weeks of July', () => {
		expect(julyPeriods(2026)).toEqual([{ start: '2026-07-01', end: '2026-07-21' }]);
	});

	it('adds the week after the last period, across a month end', () => {
		expect(nextPeriod(julyPeriods(2026), 2026)).toEqual({ start: '2026-07-22', end: '2026-07-28' });
		expect(nextPeriod([{ start: '2026-07-25', end: '2026-07-31' }], 2026)).toEqual({ start: '2026-08-01', end: '2026-08-07' });
	});

	it('adds the first week of July to an empty list or after an unfinished date', () => {
		expect(nextPeriod([], 2027)).toEqual({ start: '2027-07-01', end: '2027-07-07' });
		expect(nextPeriod([{ start: '2027-07-01', end: '' }], 2027)).toEqual({ start: '2027-07-01', end: '2027-07-07' });
	});
});

describe('contractWithinYear', () => {
	it('keeps the part of the contract inside the year', () => {
		expect(contractWithinYear(2025, '2025-09-01', '2028-08-31')).toEqual({ contractStart: '2025-09-01', contractEnd: '2025-12-31' });
		expect(contractWithinYear(2026, '2025-09-01', '2028-08-31')).toEqual({ contractStart: '2026-01-01', contractEnd: '2026-12-31' });
		expect(contractWithinYear(2028, '2025-09-01', '2028-08-31')).toEqual({ contractStart: '2028-01-01', contractEnd: '2028-08-31' });
	});

	it('is null for a year the contract does not touch', () => {
		expect(contractWithinYear(2024, '2025-09-01', '2028-08-31')).toBeNull();
		expect(contractWithinYear(2029, '2025-09-01', '2028-08-31')).toBeNull();
	});
});

describe('withOrigin', () => {
	const source = { title: 'Vade-Mecum', reference: 'fiche 4' };
	const result: Explained<number> = { value: 3, trace: [{ label: 'Calcul' }], sources: [source], warnings: ['À vérifier'] };

	it('puts the origin of the default input first, each source and warning once', () => {
		const origin = { trace: [{ label: 'Défaut', value: '10' }], sources: [source, { title: 'Paie', reference: 'contrat' }], warnings: ['À vérifier'] };
		expect(withOrigin(result, origin)).toEqual({
			value: 3,
			trace: [{ label: 'Défaut', value: '10' }, { label: 'Calcul' }],
			sources: [source, { title: 'Paie', reference: 'contrat' }],
			warnings: ['À vérifier']
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
		expect(errorOf(attempt(() => 1), 'periods')).toBeUndefined();
	});

	it('has no message while the rules load or when the result was not computed', () => {
		expect(errorOf(undefined, 'periods')).toBeUndefined();
		expect(errorOf(null, 'periods')).toBeUndefined();
	});
});
