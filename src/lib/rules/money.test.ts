import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyRate, eurosToCents, formatCents, roundHalfUp } from './money';

describe('roundHalfUp', () => {
	it.each([
		[260.4281, 2, 260.43],
		[1.005, 2, 1.01],
		[2.675, 2, 2.68],
		[0.5, 0, 1],
		[1.49, 0, 1],
		[-1.5, 0, -2],
		[14.6, 0, 15]
	])('rounds %f at %i decimals to %f', (value, decimals, expected) => {
		expect(roundHalfUp(value, decimals)).toBe(expected);
	});

	it('never moves a value by more than half a unit', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
				expect(Math.abs(roundHalfUp(value, 2) - value)).toBeLessThanOrEqual(0.005 + 1e-9);
			})
		);
	});
});

describe('cents', () => {
	it('turns euros into whole cents', () => {
		expect(eurosToCents(1531.93)).toBe(153193);
		expect(eurosToCents(313.1876)).toBe(31319);
	});

	it('applies a rate and rounds to the cent', () => {
		expect(applyRate(153193, 17, 100)).toBe(26043);
		expect(applyRate(35902, 16, 30)).toBe(19148);
	});

	it('formats amounts the Belgian French way', () => {
		expect(formatCents(123456).replace(/\s/g, ' ')).toBe('1 234,56 €');
	});
});
