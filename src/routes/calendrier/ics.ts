/**
 * The contract's calendar as an iCalendar file (RFC 5545): one all-day event a date, lines ended by
 * CRLF and folded at 75 octets, text escaped, so common calendar apps import it.
 */
import { offsetDate, type TimelineEvent } from '$lib/rules';

const encoder = new TextEncoder();

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character (§3.1). */
function fold(line: string): string {
	const pieces: string[] = [];
	let piece = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines start with a space, which counts in their 75 octets.
		const limit = pieces.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			pieces.push(piece);
			piece = '';
			octets = 0;
		}
		piece += char;
		octets += size;
	}
	pieces.push(piece);
	return pieces.join('\r\n ');
}

const basic = (date: string) => date.replaceAll('-', '');

export interface CalendarFile {
	/** The calendar's name in the app that imports it. */
	name: string;
	/** Makes the events' UIDs unique to this contract, so a second import updates instead of doubling. */
	contractKey: string;
	events: readonly TimelineEvent[];
	/** When the file is made (DTSTAMP). */
	stamp: Date;
}

export function calendarFile({ name, contractKey, events, stamp }: CalendarFile): string {
	const dtstamp = stamp
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const key = contractKey.replace(/[^0-9A-Za-z-]/g, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Calculs Alternance//Calendrier du contrat//FR',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
		...events.flatMap((event, i) => [
			'BEGIN:VEVENT',
			`UID:${basic(event.date)}-${event.kind}-${i}-${key}@calculs-alternance`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART;VALUE=DATE:${basic(event.date)}`,
			// An all-day event ends, exclusively, the next day.
			`DTEND;VALUE=DATE:${basic(offsetDate(event.date, 1))}`,
			`SUMMARY:${escapeText(event.label)}`,
			`CATEGORIES:${escapeText(event.kind)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		]),
		'END:VCALENDAR'
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}
