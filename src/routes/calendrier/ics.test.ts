import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { contractLevels, contractTimeline } from '$lib/rules';
import { calendarFile } from './ics';

const events = contractTimeline({
	birthDate: '2009-03-15',
	signingDate: '2025-08-25',
	contractStart: '2025-09-01',
	contractEnd: '2028-06-30',
	levels: contractLevels('2025-09-01', '2028-06-30'),
	region: 'brussels',
	operator: 'SFPME'
}).value;
const stamp = new Date('2026-11-28T09:30:00Z');
const file = calendarFile({
	name: 'Contrat de Léa',
	contractKey: '2025-09-01',
	events,
	stamp
});

describe('calendarFile', () => {
	it('parses back, with an independent RFC 5545 parser, into one all-day event per date', () => {
		const calendar = new ICAL.Component(ICAL.parse(file));
		const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(parsed).toHaveLength(events.length);
		parsed.forEach((event, i) => {
			expect(event.summary).toBe(events[i]!.label);
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(events[i]!.date);
			expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(24 * 3600);
		});
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Contrat de Léa');
	});

	it('gives each event a unique UID and the stamp in UTC', () => {
		const calendar = new ICAL.Component(ICAL.parse(file));
		const vevents = calendar.getAllSubcomponents('vevent');
		const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
		expect(new Set(uids).size).toBe(uids.length);
		expect(String(vevents[0]!.getFirstPropertyValue('dtstamp'))).toBe('2026-11-28T09:30:00Z');
	});

	it('ends every line with CRLF and folds lines at 75 octets, never inside a character', () => {
		expect(file.endsWith('\r\n')).toBe(true);
		const lines = file.slice(0, -2).split('\r\n');
		expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		// A long French label with accents is folded, then unfolded back whole.
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(file).not.toContain('\uFFFD');
	});

	it('escapes commas, semicolons and backslashes in text', () => {
		const odd = calendarFile({
			name: 'a;b,c\\d',
			contractKey: 'k',
			events: [{ date: '2026-02-28', kind: 'end', label: 'Fin ; dernier jour, enfin \\ voilà' }],
			stamp
		});
		expect(odd).toContain('SUMMARY:Fin \\; dernier jour\\, enfin \\\\ voilà');
		const event = new ICAL.Event(
			new ICAL.Component(ICAL.parse(odd)).getFirstSubcomponent('vevent')!
		);
		expect(event.summary).toBe('Fin ; dernier jour, enfin \\ voilà');
		expect(event.endDate.toString()).toBe('2026-03-01');
	});
});
