import { describe, expect, it } from 'vitest';
import { expandWeek } from '$lib/scenario/week';
import { slotMinutes } from '$lib/scenario/slot';
import { slotOfError } from '$lib/scenario/derive/schedule';
import { formatHours, parseTimeText } from './schedule';

describe('parseTimeText', () => {
	it.each([
		['08:30', '08:30'],
		['8:30', '08:30'],
		['8h30', '08:30'],
		['8 h 30', '08:30'],
		['08.30', '08:30'],
		['0830', '08:30'],
		['23:59', '23:59'],
		['00:00', '00:00']
	])('reads %s as %s', (text, time) => expect(parseTimeText(text)).toBe(time));

	it.each(['', '8', '8h', '24:00', '12:60', '25:00', 'midi', '830'])('refuses %s', (text) =>
		expect(parseTimeText(text)).toBeNull()
	);
});

describe('slot lengths', () => {
	it.each([
		['08:00', '12:00', 240],
		['12:30', '16:30', 240],
		['22:00', '02:00', 240],
		['08:00', '08:00', 0]
	])('counts %s–%s as %i minutes', (start, end, minutes) =>
		expect(slotMinutes(start, end)).toBe(minutes)
	);

	it('writes durations in hours and minutes', () => {
		expect(formatHours(480)).toBe('8 h');
		expect(formatHours(450)).toBe('7 h 30');
		expect(formatHours(65)).toBe('1 h 05');
	});
});

describe('slotOfError', () => {
	it('finds the grid slot of a shift the checker names', () => {
		const shifts = expandWeek(
			[
				[{ start: '08:00', end: '12:00' }],
				[
					{ start: '08:00', end: '12:00' },
					{ start: '09:00', end: '10:00' }
				],
				[],
				[],
				[],
				[],
				[]
			],
			'2025-11-10',
			'2025-11-16'
		);
		expect(slotOfError('shifts[2].start', shifts)).toEqual({ weekday: 1, slot: 1, part: 'start' });
		expect(slotOfError('shifts[9].start', shifts)).toBeUndefined();
		expect(slotOfError('birthDate', shifts)).toBeUndefined();
	});
});
