/**
 * What each page looks at when the user has not picked it: dates and amounts that follow the
 * contract. Light on purpose (no rules): pages read it before their calculations load. Those that
 * count in months are in month-picks.ts, with date-fns.
 */
import type { ISODate, VacationPeriod } from '$lib/rules';
import { offsetDate } from '$lib/rules';
import type { Incapacity, Scenario } from './scenario';

/** The date of « Montant mensuel à une date »: the one picked, else the contract start. */
export const retributionDate = (s: Scenario): ISODate => s.retributionOn ?? s.contractStart;

/** The month checked for the family allowance: the one picked, else the contract's first. */
export const allowanceMonth = (s: Scenario): string =>
	s.picks.allowanceMonth ?? s.contractStart.slice(0, 7);

/** The period of the schedule check: the one picked, else the contract's first four weeks. */
export function scheduleWindow(s: Scenario): { from: ISODate; to: ISODate } {
	const from = s.picks.scheduleFrom ?? s.contractStart;
	return { from, to: s.picks.scheduleTo ?? offsetDate(from, 27) };
}

/** The day of the overtime example: the one picked, else the first day the schedule check covers. */
export const overtimeDate = (s: Scenario): ISODate =>
	s.picks.overtime.date ?? scheduleWindow(s).from;

/** The request for insertion allowances: the date entered, else the day after the contract ends. */
export const requestDate = (s: Scenario): ISODate => s.requestDate ?? offsetDate(s.contractEnd, 1);

/** The first day of the stage d'insertion: the one picked, else the day after the request. */
export const internshipStart = (s: Scenario): ISODate =>
	s.picks.internshipStart ?? offsetDate(requestDate(s), 1);

/** The first day in the company: the one entered after a start at the centre, the contract start otherwise. */
export const firstDayInCompany = (s: Scenario): ISODate =>
	s.trial.firstDayInCompany ?? s.contractStart;

/** The incapacities entered, else an example: a 5-day illness, then a relapse 8 days later that uses the 2 guaranteed days left. */
export function incapacities(s: Scenario): Incapacity[] {
	if (s.incapacities) return s.incapacities;
	const first = {
		start: offsetDate(s.contractStart, 44),
		end: offsetDate(s.contractStart, 48),
		otherCause: false,
		occupational: false
	};
	return [
		first,
		{
			start: offsetDate(first.end, 8),
			end: offsetDate(first.end, 12),
			otherCause: false,
			occupational: false
		}
	];
}

/** The vacation periods planned in a year: those entered, else 1 to 21 July. */
export const vacationPeriods = (s: Scenario, year: number): VacationPeriod[] =>
	s.vacation.periods[String(year)] ?? [{ start: `${year}-07-01`, end: `${year}-07-21` }];
