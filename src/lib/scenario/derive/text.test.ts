import { describe, expect, it } from 'vitest';
import { dayCount, plural } from './text';

describe('words of the answers', () => {
	it('counts in French: singular below 2, plural from 2, words ending in s or x unchanged', () => {
		expect(dayCount(0)).toBe('0 jour');
		expect(dayCount(1)).toBe('1 jour');
		expect(dayCount(1.5)).toBe('1,5 jour');
		expect(dayCount(2)).toBe('2 jours');
		expect(dayCount(7)).toBe('7 jours');
		expect(plural(34, 'mois')).toBe('34 mois');
		expect(plural(3, 'prix')).toBe('3 prix');
		expect(plural(1, 'contrat')).toBe('1 contrat');
	});
});
