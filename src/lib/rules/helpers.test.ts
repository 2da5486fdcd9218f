import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holds } from './test-support';
import { RuleInputError, eurosToCents, formatCents, formatEuros } from './index';

describe('formatEuros', () => {
	it('writes an amount in euros the Belgian French way', () => {
		expect(formatEuros(1234.56)).toBe('1\u202f234,56\u00a0€');
		expect(formatEuros(0)).toBe('0,00\u00a0€');
		expect(formatEuros(-12.5)).toBe('-12,50\u00a0€');
	});

	it('rounds to the cent, half up', () => {
		expect(formatEuros(1.005)).toBe('1,01\u00a0€');
		expect(formatEuros(359.024)).toBe('359,02\u00a0€');
	});

	it('is formatCents of the amount in cents', () => {
		holds([fc.double({ min: -1e6, max: 1e6, noNaN: true })], (euros) => {
			expect(formatEuros(euros)).toBe(formatCents(eurosToCents(euros)));
		});
	});

	it.each([Number.NaN, Number.POSITIVE_INFINITY, '12' as unknown as number])(
		'refuses %s with a French message',
		(euros) => {
			expect(() => formatEuros(euros)).toThrow(RuleInputError);
			expect(() => formatEuros(euros)).toThrow(/Montant/);
		}
	);
});
