import { describe, expect, it } from 'vitest';
import { ageText, dateText, parseDateText } from './date-text';

describe('parseDateText', () => {
	it.each([
		['31/12/2026', '2026-12-31'],
		['1/9/2025', '2025-09-01'],
		['01.09.2025', '2025-09-01'],
		['29-02-2028', '2028-02-29'],
		['2026-12-31', '2026-12-31'],
		[' 15/03/2009 ', '2009-03-15']
	])('reads %s as %s', (text, iso) => {
		expect(parseDateText(text)).toBe(iso);
	});

	it.each([
		'30/02/2025',
		'31/04/2026',
		'29/02/2027',
		'2025-13-01',
		'12/2026',
		'demain',
		'',
		'01/01/1850'
	])('refuses %s, which is no calendar date', (text) => {
		expect(parseDateText(text)).toBeNull();
	});
});

describe('dateText', () => {
	it('shows an ISO date the Belgian way and leaves other text as typed', () => {
		expect(dateText('2026-12-31')).toBe('31/12/2026');
		expect(dateText('31/1')).toBe('31/1');
	});
});

describe('ageText', () => {
	it.each([
		[0, "moins d'un an"],
		[1, '1 an'],
		[17, '17 ans']
	])('says %i as « %s »', (years, text) => {
		expect(ageText(years)).toBe(text);
	});
});
