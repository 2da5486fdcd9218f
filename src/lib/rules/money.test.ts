import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holds } from './test-support';
import { applyRate, toCents, writeCents, writeNumber, roundHalfUp } from './money';

describe('roundHalfUp', () => {
	// To the cent, including halves that binary floating point stores just below the half.
	it.each([
		[260.4281, 2, 260.43],
		[1.005, 2, 1.01],
		[2.675, 2, 2.68]
	])('rounds %f at %i decimals to %f', (value, decimals, expected) => {
		expect(roundHalfUp(value, decimals)).toBe(expected);
	});

	// To whole numbers, a negative half away from zero.
	it.each([
		[0.5, 0, 1],
		[1.49, 0, 1],
		[-1.5, 0, -2],
		[14.6, 0, 15]
	])('rounds %f at %i decimals to %f', (value, decimals, expected) => {
		expect(roundHalfUp(value, decimals)).toBe(expected);
	});

	it('never moves a value by more than half a unit', () => {
		holds([fc.double({ min: -1e6, max: 1e6, noNaN: true })], (value) => {
			expect(Math.abs(roundHalfUp(value, 2) - value)).toBeLessThanOrEqual(0.005 + 1e-9);
		});
	});

	it('rounds every amount typed with up to four decimals as its written value says', () => {
		// 123.4550 written by a person is a half: it goes up, whatever its binary approximation.
		holds(
			[
				fc.integer({ min: -1e9, max: 1e9 }),
				fc.integer({ min: 0, max: 4 }),
				fc.integer({ min: 0, max: 3 })
			],
			(units, places, decimals) => {
				const value = units / 10 ** places;
				const exact = Number((Math.abs(value) * 10 ** decimals).toPrecision(15));
				expect(roundHalfUp(value, decimals)).toBe(
					(Math.sign(value) * Math.round(exact)) / 10 ** decimals
				);
			}
		);
	});
});

describe('cents', () => {
	it('turns euros into whole cents', () => {
		expect(toCents(1531.93)).toBe(153193);
		expect(toCents(313.1876)).toBe(31319);
	});

	it('applies a rate and rounds to the cent', () => {
		expect(applyRate(153193, 17, 100)).toBe(26043);
		expect(applyRate(35902, 16, 30)).toBe(19148);
	});

	it('formats amounts the Belgian French way', () => {
		expect(writeCents(123456).replace(/\s/g, ' ')).toBe('1 234,56 €');
	});
});

describe('formatCents and applyRate against the platform', () => {
	const intl = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' });

	it('writes every amount exactly as Intl fr-BE does', () => {
		holds(
			[fc.integer({ min: -1e11, max: 1e11 })],
			(cents) => {
				expect(writeCents(cents)).toBe(intl.format(cents / 100));
			},
			{ numRuns: 2000 }
		);
	});

	it('rounds whole-number shares half up, as the decimal definition does', () => {
		holds(
			[
				fc.integer({ min: 0, max: 1e9 }),
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 1, max: 400 })
			],
			(cents, n, d) => {
				expect(applyRate(cents, n, d)).toBe(roundHalfUp((cents * n) / d, 0));
			},
			{ numRuns: 2000 }
		);
	});
});

describe('formatNumber', () => {
	it('writes every number as the Belgian French notation does', () => {
		// Up to a million: beyond, a value a hair below a half of a ten-thousandth rounds up here (as typed) and down in Intl (as stored).
		const intl = new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 4 });
		holds(
			[
				fc.oneof(
					fc.integer({ min: -5000, max: 5000 }),
					fc.double({ min: -1e6, max: 1e6, noNaN: true })
				)
			],
			(value) => {
				expect(writeNumber(value)).toBe(intl.format(value));
			},
			{ numRuns: 5000 }
		);
	});
});
