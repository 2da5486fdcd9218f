/** Pure helpers of the Contrat page: default dates, the trial period of the inputs, joined explanations. */
import { addMonths as addCalendarMonths } from 'date-fns';
import { trialPeriodEnd, type DatePeriod, type Explained, type ISODate, type NoticeMethod } from '$lib/rules';
import { addDays, isoDate } from '$lib/rules/calendar';
import { attempt, type Attempt } from '$lib/ui/attempt';
import type { Scenario } from '$lib/scenario/scenario';

/** The same day `months` later, or the last day of that month when the day does not exist (date-fns, on a local calendar day). */
export function addMonths(date: ISODate, months: number): ISODate {
	const later = addCalendarMonths(new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))), months);
	return isoDate(later.getFullYear(), later.getMonth() + 1, later.getDate());
}

/** The first day in the company: the one entered after a start at the centre, the contract start otherwise. */
export const firstDayInCompany = (s: Scenario): ISODate => s.trial.firstDayInCompany ?? s.contractStart;

/** The day the notice is handed over or sent: the one entered, else an example two months after the start. */
export const noticeDate = (s: Scenario): ISODate => s.notice.date ?? addMonths(s.contractStart, 2);

/** The last day of the scenario's trial period, read by the trial section and by the notice section. */
export function trialOf(s: Scenario): Attempt<Explained<ISODate>> {
	const { startsAtCentre, suspensions } = s.trial;
	return attempt(() => trialPeriodEnd({ contractStart: s.contractStart, ...(startsAtCentre ? { firstDayInCompany: firstDayInCompany(s) } : {}), suspensions }));
}

/** Two computations shown as one explanation: the first one's steps lead to the second's value. */
export function joinExplained<T>(first: Explained<unknown>, second: Explained<T>): Explained<T> {
	const sources = [...first.sources, ...second.sources.filter((s) => !first.sources.some((f) => f.title === s.title && f.reference === s.reference))];
	return {
		value: second.value,
		trace: [...first.trace, ...second.trace],
		sources,
		warnings: [...new Set([...first.warnings, ...second.warnings])]
	};
}

/** A period of `days` days that starts `gap` days after the last one, or after `fallback` when the list is empty. */
export function nextPeriod(periods: readonly DatePeriod[], fallback: ISODate, gap: number, days: number): DatePeriod {
	const start = addDays(periods.at(-1)?.end ?? fallback, gap);
	return { start, end: addDays(start, days - 1) };
}

/** An incapacity row as the form edits it: both flags always present. */
export interface IncapacityRow extends DatePeriod {
	otherCause: boolean;
	occupational: boolean;
}

/** The example shown by default: a 5-day illness, then a relapse 8 days later that uses the 2 guaranteed days left. */
export function sampleIncapacities(contractStart: ISODate): IncapacityRow[] {
	const first = { start: addDays(contractStart, 44), end: addDays(contractStart, 48), otherCause: false, occupational: false };
	return [first, { ...nextPeriod([first], first.end, 8, 5), otherCause: false, occupational: false }];
}

/** The methods of notification in the order the page lists them, with their French names. */
export const NOTICE_METHOD_LABELS: readonly { method: NoticeMethod; label: string }[] = [
	{ method: 'hand-delivery', label: 'Remise contre accusé de réception' },
	{ method: 'bailiff', label: 'Exploit d\'huissier' },
	{ method: 'registered-letter', label: 'Lettre recommandée' }
];
