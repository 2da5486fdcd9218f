/**
 * The work of each calendar year of the contract, as the vacation rules read it: days in the company
 * and months under contract, derived from the contract dates and the weekly grid, unless the user
 * typed the real figures for that year.
 */
import {
	formatDate,
	type Explained,
	type ISODate,
	Explainer,
	daysInMonth,
	isoDate
} from '$lib/rules';
import { vadeMecum } from '$lib/rules/parameters/sources';
import { WEEKDAYS, type Scenario } from '../scenario';
import { gridWeek } from '../slot';
import { occurrences } from '../week';
import { plural } from './text';

export interface YearWork {
	year: number;
	/** Days in the company, public holidays on those days included (assimilated). */
	days: number;
	/** Calendar months covered by the contract from their first to their last day. */
	months: number;
	/** What the contract and the grid give, before any typed figure. */
	derivedDays: number;
	derivedMonths: number;
	/** The user typed the days or the months over the derived ones. */
	daysTyped: boolean;
	monthsTyped: boolean;
	/** Company days and hours of the weekly grid. */
	daysPerWeek: number;
	hoursPerWeek: number;
}

/** The calendar years the contract touches, in order; none while its dates are wrong. */
export function contractYears(s: Scenario): number[] {
	if (s.contractEnd < s.contractStart) return [];
	const first = Number(s.contractStart.slice(0, 4));
	return Array.from({ length: Number(s.contractEnd.slice(0, 4)) - first + 1 }, (_, i) => first + i);
}

/** The part of the contract inside a calendar year, or null when the contract does not touch it. */
function contractWithinYear(
	s: Pick<Scenario, 'contractStart' | 'contractEnd'>,
	year: number
): { from: ISODate; to: ISODate } | null {
	const first = `${year}-01-01`;
	const last = `${year}-12-31`;
	if (s.contractEnd < first || s.contractStart > last || s.contractEnd < s.contractStart)
		return null;
	return {
		from: s.contractStart > first ? s.contractStart : first,
		to: s.contractEnd < last ? s.contractEnd : last
	};
}

function fullMonths(from: ISODate, to: ISODate, year: number): number {
	let count = 0;
	for (let month = 1; month <= 12; month++) {
		if (isoDate(year, month, 1) >= from && isoDate(year, month, daysInMonth(year, month)) <= to)
			count++;
	}
	return count;
}

/**
 * The days and months of `year` worked under the contract. Reading: the weekly grid repeats over the
 * whole contract; a public holiday on a company day counts (it is assimilated), centre days do not
 * (only days in the company count); absences that are not assimilated are not removed, so the user
 * types the real figures when they differ. A month counts when the contract covers all of it.
 */
export function workInYear(s: Scenario, year: number): Explained<YearWork> {
	const why = new Explainer();
	const { weekdays, hoursPerWeek } = gridWeek(s.week);
	const span = contractWithinYear(s, year);
	const typed = s.worked[String(year)];
	let days = 0;
	let months = 0;
	if (span) {
		why.step(`Contrat en ${year} : du ${formatDate(span.from)} au ${formatDate(span.to)}`);
		days = weekdays.reduce((sum, day) => sum + occurrences(day, span.from, span.to), 0);
		const names = weekdays.map((day) => WEEKDAYS[day]!.toLowerCase()).join(', ');
		why.step(
			`Jours en entreprise selon l'horaire (${names || 'aucun jour'}), jours fériés compris ; les jours au centre ne comptent pas`,
			undefined,
			plural(days, 'jour')
		);
		months = fullMonths(span.from, span.to, year);
		why.step(
			`Mois entièrement couverts par le contrat en ${year}`,
			undefined,
			plural(months, 'mois')
		);
	} else {
		why.step(`Le contrat ne couvre aucun jour de ${year}`, undefined, plural(0, 'jour'));
	}
	const daysTyped = typed?.days != null;
	const monthsTyped = typed?.months != null;
	if (daysTyped)
		why.step(
			`Jours saisis pour ${year} à la place du calcul (${plural(days, 'jour')})`,
			undefined,
			plural(typed!.days!, 'jour')
		);
	if (monthsTyped)
		why.step(
			`Mois saisis pour ${year} à la place du calcul (${plural(months, 'mois')})`,
			undefined,
			plural(typed!.months!, 'mois')
		);
	if (span && !(daysTyped && monthsTyped)) {
		why.warn(
			`Travail de ${year} calculé avec l'horaire type répété sur tout le contrat : les absences non assimilées (absence injustifiée, congé sans solde…) n'en sont pas retirées. Saisissez les chiffres réels s'ils diffèrent.`
		);
	}
	why.source(
		vadeMecum(
			'fiche 4, « Calcul du nombre de jours de vacances payés » (jours prestés en entreprise et jours assimilés)'
		)
	);
	return why.done({
		year,
		days: daysTyped ? typed!.days! : days,
		months: monthsTyped ? typed!.months! : months,
		derivedDays: days,
		derivedMonths: months,
		daysTyped,
		monthsTyped,
		daysPerWeek: weekdays.length,
		hoursPerWeek
	});
}

/** The work of a calendar year, as the vacation results read it. */
export type WorkOf = (year: number) => Explained<YearWork>;

/**
 * The work of every year the vacation results read, computed once: the contract's years, the one before
 * (which earns the first paid days) and the one after (the youth vacation). A page derives it apart, so a
 * field that does not change the work (the hours of a full time, say) does not recompute it.
 */
export function contractWork(s: Scenario): WorkOf {
	const years = contractYears(s);
	const byYear = new Map<number, Explained<YearWork>>();
	if (years.length > 0)
		for (let year = years[0]! - 1; year <= years.at(-1)! + 1; year++)
			byYear.set(year, workInYear(s, year));
	return (year) => byYear.get(year) ?? workInYear(s, year);
}
