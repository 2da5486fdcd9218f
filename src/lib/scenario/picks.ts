/**
 * What each page looks at when the user has not picked it: dates and amounts that follow the
 * contract. Light on purpose (no rules): pages read it before their calculations load.
 */
import { addMonths as addCalendarMonths } from 'date-fns';
import type { ISODate, VacationPeriod } from '$lib/rules';
import { addDays, isoDate } from '$lib/rules/calendar-basics';
import type { Incapacity, Scenario } from './scenario';

/** The same day `months` later, or the last day of that month when the day does not exist (date-fns, on a local calendar day). */
export function addMonths(date: ISODate, months: number): ISODate {
	const later = addCalendarMonths(new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))), months);
	return isoDate(later.getFullYear(), later.getMonth() + 1, later.getDate());
}

/** The date of « Montant mensuel à une date »: the one picked, else the contract start. */
export const retributionDate = (s: Scenario): ISODate => s.retributionOn ?? s.contractStart;

/** The month checked for the family allowance: the one picked, else the contract's first. */
export const allowanceMonth = (s: Scenario): string => s.picks.allowanceMonth ?? s.contractStart.slice(0, 7);

/** The period of the schedule check: the one picked, else the contract's first four weeks. */
export function scheduleWindow(s: Scenario): { from: ISODate; to: ISODate } {
	const from = s.picks.scheduleFrom ?? s.contractStart;
	return { from, to: s.picks.scheduleTo ?? addDays(from, 27) };
}

/** The day of the overtime example: the one picked, else the first day the schedule check covers. */
export const overtimeDate = (s: Scenario): ISODate => s.picks.overtime.date ?? scheduleWindow(s).from;

/** The first day of the stage d'insertion: the one picked, else the day after the request. */
export const internshipStart = (s: Scenario): ISODate => s.picks.internshipStart ?? addDays(s.requestDate, 1);

/** The two dates of the amount comparison: those picked, else the contract start and one year later. */
export const compareDates = (s: Scenario): [ISODate, ISODate] => s.picks.compareDates ?? [s.contractStart, addMonths(s.contractStart, 12)];

/** The first day in the company: the one entered after a start at the centre, the contract start otherwise. */
export const firstDayInCompany = (s: Scenario): ISODate => s.trial.firstDayInCompany ?? s.contractStart;

/** The day the notice is handed over or sent: the one entered, else an example two months after the start. */
export const noticeDate = (s: Scenario): ISODate => s.notice.date ?? addMonths(s.contractStart, 2);

/** The incapacities entered, else an example: a 5-day illness, then a relapse 8 days later that uses the 2 guaranteed days left. */
export function incapacities(s: Scenario): Incapacity[] {
	if (s.incapacities) return s.incapacities;
	const first = { start: addDays(s.contractStart, 44), end: addDays(s.contractStart, 48), otherCause: false, occupational: false };
	return [first, { start: addDays(first.end, 8), end: addDays(first.end, 12), otherCause: false, occupational: false }];
}

/** The vacation periods planned in a year: those entered, else 1 to 21 July. */
export const vacationPeriods = (s: Scenario, year: number): VacationPeriod[] =>
	s.vacation.periods[String(year)] ?? [{ start: `${year}-07-01`, end: `${year}-07-21` }];
