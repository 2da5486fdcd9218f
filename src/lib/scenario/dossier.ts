/**
 * Every result of one scenario, computed from the scenario alone, for the printable dossier. Each
 * entry keeps its own error, so one bad field does not hide the other results.
 */
import {
	addDays,
	ageOn,
	checkWorkSchedule,
	contractEligibility,
	familyAllowanceByMonth,
	insertionInternshipRemainingDays,
	levelOn,
	monthlyRetribution,
	paidVacationBlueCollar,
	paidVacationWhiteCollar,
	paySchedule,
	trialPeriodEnd,
	type BlueCollarVacation,
	type Explained
} from '$lib/rules';
import type { CALCULATORS } from '$lib/pages';
import { attempt, type Attempt } from '$lib/ui/attempt';
import { payScheduleInput, scenarioLevels, type Scenario } from './scenario';
import { expandWeek } from './week';

/** A table printed under an entry's headline: every month of the pay, every violation of the schedule. */
export interface DossierTable {
	caption: string;
	head: string[];
	rows: string[][];
	/** Columns aligned right (amounts, counts). */
	numeric: number[];
}

export interface DossierEntry {
	id: string;
	title: string;
	/** Where the full calculator is. */
	path: (typeof CALCULATORS)[number]['path'];
	/** The date the figures were taken at. */
	asOf: string;
	outcome: Attempt<{ headline: string; result: Explained<unknown>; table?: DossierTable }>;
}

/** Weeks of the planned schedule that the dossier checks, from the contract start. */
const CHECKED_WEEKS = 4;

function entry<T>(
	id: string,
	title: string,
	path: DossierEntry['path'],
	asOf: string,
	compute: () => Explained<T>,
	headline: (value: T) => string,
	table?: (value: T) => DossierTable
): DossierEntry {
	return {
		id,
		title,
		path,
		asOf,
		outcome: attempt(() => {
			const result = compute();
			return { headline: headline(result.value), result, ...(table ? { table: table(result.value) } : {}) };
		})
	};
}

/** The value of a successful attempt; its error again otherwise, so the entry reports it. */
function unwrap<T>(result: Attempt<T>): T {
	if (!result.ok) throw result.error;
	return result.value;
}

/** « 1 jour », « 2 jours », « 34 mois »: words ending in s or x keep their form. */
const plural = (n: number, word: string) => `${n} ${word}${n > 1 && !/[sx]$/.test(word) ? 's' : ''}`;

export function dossier(s: Scenario, format: { euros: (value: number) => string; date: (date: string) => string }): DossierEntry[] {
	const vacationYear = Number(s.contractStart.slice(0, 4)) + 1;
	const contracts = [...s.earlierContracts, { start: s.contractStart, end: s.contractEnd }];
	const scheduleEnd = addDays(s.contractStart, CHECKED_WEEKS * 7 - 1);
	// The pay schedule feeds two entries: computed once.
	const plan = attempt(() => paySchedule(payScheduleInput(s)));
	return [
		entry('eligibility', 'Conditions d\'accès', '/contrat', s.signingDate,
			() => contractEligibility({ birthDate: s.birthDate, signingDate: s.signingDate, completedTwoSecondaryYears: s.completedTwoSecondaryYears }),
			(v) => (v.eligible ? `Peut signer ; formation possible jusqu'au ${format.date(v.latestEndDate)}` : 'Ne peut pas signer à cette date')),
		entry('trial', 'Période d\'essai', '/contrat', s.contractStart,
			() => trialPeriodEnd({ contractStart: s.contractStart }),
			(end) => `Jusqu'au ${format.date(end)} inclus`),
		entry('retribution', 'Rétribution du premier mois complet', '/retribution', s.contractStart,
			() => monthlyRetribution(levelOn(scenarioLevels(s), s.contractStart), s.contractStart),
			(amount) => `${format.euros(amount)} par mois (niveau ${levelOn(scenarioLevels(s), s.contractStart)})`),
		entry('schedule', 'Rétribution sur tout le contrat', '/retribution', s.contractStart,
			() => unwrap(plan),
			(plan) => `${format.euros(plan.total)} en ${plural(plan.months.length, 'mois')}`,
			(plan) => ({
				caption: 'Rétribution de chaque mois du contrat',
				head: ['Mois', 'Niveau', 'Jours couverts', 'Minimum', 'Payé'],
				rows: plan.months.map((m) => [`${m.month.slice(5)}/${m.month.slice(0, 4)}`, m.levels.join(' puis '), `${m.coveredDays}/${m.daysInMonth}`, format.euros(m.minimum), format.euros(m.paid)]),
				numeric: [2, 3, 4]
			})),
		entry<number | BlueCollarVacation>('vacation', `Vacances payées en ${vacationYear}`, '/vacances', `${vacationYear}-01-01`,
			() => (s.regime === 'blue-collar'
				? paidVacationBlueCollar({ daysWorked: s.previousYear.daysWorked, daysPerWeek: s.previousYear.daysPerWeek, hoursPerWeek: s.previousYear.hoursPerWeek, vacationYear })
				: paidVacationWhiteCollar({ monthsWorked: s.previousYear.monthsWorked, daysPerWeek: s.previousYear.daysPerWeek, vacationYear })),
			(v) => plural(typeof v === 'number' ? v : v.vacationDays, 'jour')),
		entry('insertion', 'Stage d\'insertion professionnelle', '/stage-insertion', s.requestDate,
			() => insertionInternshipRemainingDays({ contracts, outcome: s.outcome, ageAtRequest: ageOn(s.birthDate, s.requestDate), hasQualifyingDiploma: s.hasQualifyingDiploma, requestDate: s.requestDate }),
			(days) => (days === null ? 'L\'alternance n\'ouvre pas le droit' : `${plural(days, 'jour')} de stage restant${days > 1 ? 's' : ''}`)),
		entry('work-schedule', `Horaire des ${CHECKED_WEEKS} premières semaines`, '/horaires', s.contractStart,
			() => checkWorkSchedule({ birthDate: s.birthDate, shifts: expandWeek(s.week, s.contractStart, scheduleEnd), derogation: s.derogation, trainingCenterHoursPerWeek: s.centreHoursPerWeek, trainingCenterDays: s.centreDays.map((d) => d + 1) }),
			(violations) => (violations.length === 0 ? 'Aucune infraction' : plural(violations.length, 'infraction')),
			(violations) => ({
				caption: 'Infractions à l\'horaire, par date',
				head: ['Date', 'Infraction'],
				rows: violations.map((v) => [format.date(v.date), v.message]),
				numeric: []
			})),
		entry('family-allowance', 'Allocations familiales pendant le contrat', '/allocations-familiales', s.contractStart,
			() => {
				const months = unwrap(plan).value.months;
				return familyAllowanceByMonth({
					region: s.region,
					birthDate: s.birthDate,
					fromMonth: s.contractStart.slice(0, 7),
					toMonth: s.contractEnd.slice(0, 7),
					monthlyIncome: Object.fromEntries(months.map((m) => [m.month, m.paid])),
					quarterHours: s.quarterHours
				});
			},
			(months) => {
				const affected = months.filter((m) => m.affected === true).length;
				return affected === 0 ? 'Aucun mois touché par la rétribution' : `${plural(affected, 'mois')} sur ${months.length} touché${affected > 1 ? 's' : ''}`;
			})
	];
}
