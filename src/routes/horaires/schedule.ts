/** Pure helpers of the grid of the « Horaires » page: hours written and typed. */
/** 450 → '7 h 30', 480 → '8 h'. */
export function formatHours(minutes: number): string {
	const rest = minutes % 60;
	const hours = (minutes - rest) / 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

const WITH_SEPARATOR = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})$/;

/** A typed time as 'HH:MM' (also 8:30, 8h30, 08.30 or 0830), or null when it is not a time of day. */
export function parseTimeText(text: string): string | null {
	const trimmed = text.trim();
	const match = WITH_SEPARATOR.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed);
	if (!match) return null;
	const [hours, minutes] = [Number(match[1]), Number(match[2])];
	if (hours > 23 || minutes > 59) return null;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
