/**
 * The vacations of every calendar year of the contract: paid days earned by the year before,
 * European days of the year itself, unpaid school days, the three summer weeks and the vacation
 * pay, each computed from the scenario's contract, grid and choices.
 */
import {
	formatEuros,
	checkSummerVacation,
	constructionRttDays,
	europeanVacationBlueCollar,
	europeanVacationWhiteCollar,
	centsToEuros,
	eurosToCents,
	formatDate,
	levelOn,
	monthlyRetribution,
	paidVacationBlueCollar,
	paidVacationWhiteCollar,
	unpaidSchoolVacationDays,
	vacationPayBlueCollar,
	vacationPayWhiteCollar,
	youthVacation,
	type BlueCollarVacation,
	type ConstructionRtt,
	type EuropeanVacation,
	type Explained,
	type PaySchedule,
	type SummerVacationCheck,
	type WhiteCollarPay,
	Explainer,
	joinExplained
} from '$lib/rules';
import { attempt, type Attempt } from '$lib/ui/attempt.svelte';
import { vacationPeriods } from '../picks';
import { scenarioLevels, type Scenario } from '../scenario';
import { contractPay } from './pay';

import { plural } from './text';
import { contractWork, contractYears, workInYear, type WorkOf, type YearWork } from './work';

/** The page derives the pay schedule and the work apart, so a field of the vacations recomputes neither. */
export { contractPay, contractWork };

export interface VacationYear {
	year: number;
	/** The work of the year before, which earns the paid days and the ouvrier pay. */
	previous: Explained<YearWork>;
	/** The work of the year itself, which earns the European days. */
	current: Explained<YearWork>;
	/** Paid days in the regime of the scenario: the other regime's entry is null. */
	paidBlue: Attempt<Explained<BlueCollarVacation>> | null;
	paidWhite: Attempt<Explained<number>> | null;
	/** Paid days, whatever the regime; null when they cannot be computed. */
	paidDays: number | null;
	/** Null when the paid days, which the European days complete, are missing. */
	european: Attempt<Explained<EuropeanVacation>> | null;
	rtt: Attempt<Explained<ConstructionRtt>> | null;
	school: Attempt<Explained<number>>;
	summer: Attempt<Explained<SummerVacationCheck>>;
	payBlue: Attempt<Explained<number>> | null;
	payWhite: Attempt<Explained<WhiteCollarPay>> | null;
	/** What the vacation pay brings in euros: ouvrier simple and double pay, employé double pay; null when not computed. */
	payAmount: number | null;
}

export interface VacationTotals {
	paidDays: number;
	europeanDays: number;
	schoolDays: number;
	payAmount: number;
	/** Some year could not be computed: the totals leave it out. */
	incomplete: boolean;
}

/** Ouvrier pay: 15,38 % of 108 % of the gross rétributions of the year before, from the pay schedule unless typed. */
function blueCollarPay(
	s: Scenario,
	year: number,
	schedule: Attempt<Explained<PaySchedule>>
): Attempt<Explained<number>> {
	const typed = s.vacation.pay[String(year)];
	const fictitiousPay = typed?.fictitiousPay ?? undefined;
	if (typed?.grossPay != null)
		return attempt(() =>
			vacationPayBlueCollar({ grossPay: typed.grossPay!, fictitiousPay, vacationYear: year })
		);
	if (!schedule.ok) return schedule;
	const grossPay = schedule.value.value.yearTotals.find((y) => y.year === year - 1)?.total ?? 0;
	const origin = {
		trace: [
			{
				label: `Rétributions brutes de ${year - 1} reprises de la paie du contrat`,
				value: formatEuros(grossPay)
			}
		],
		sources: schedule.value.sources,
		warnings: schedule.value.warnings
	};
	return attempt(() =>
		joinExplained(origin, vacationPayBlueCollar({ grossPay, fictitiousPay, vacationYear: year }))
	);
}

/** Employé pay: the double pay on the rétribution of the month the main vacation starts, from the contract unless typed. */
function whiteCollarPay(
	s: Scenario,
	year: number,
	monthsWorked: number
): Attempt<Explained<WhiteCollarPay>> {
	const typed = s.vacation.pay[String(year)]?.monthlyPay;
	if (typed != null)
		return attempt(() =>
			vacationPayWhiteCollar({ monthlyPay: typed, monthsWorked, vacationYear: year })
		);
	const on = vacationPeriods(s, year)[0]?.start ?? `${year}-07-01`;
	return attempt(() => {
		const level = levelOn(scenarioLevels(s), on);
		const minimum = monthlyRetribution(level, on);
		const monthlyPay = Math.max(minimum.value, s.employerMonthlyAmount ?? 0);
		const trace = [...minimum.trace];
		if (monthlyPay !== minimum.value)
			trace.push({
				label: "Montant payé par l'employeur, au-dessus du minimum",
				value: formatEuros(monthlyPay)
			});
		trace.push({
			label: `Rétribution du mois des vacances principales, au ${formatDate(on)} (niveau ${level})`,
			value: formatEuros(monthlyPay)
		});
		return joinExplained(
			{ trace, sources: minimum.sources, warnings: minimum.warnings },
			vacationPayWhiteCollar({ monthlyPay, monthsWorked, vacationYear: year })
		);
	});
}

/** Every vacation result of one calendar year, for the scenario's regime. */
export function vacationYear(
	s: Scenario,
	year: number,
	schedule = contractPay(s),
	work: WorkOf = (y) => workInYear(s, y)
): VacationYear {
	const blue = s.regime === 'blue-collar';
	const previous = work(year - 1);
	const current = work(year);
	const fullTimeHoursPerWeek = s.vacation.fullTimeHoursPerWeek;
	const worked = previous.value;
	const paidBlue = blue
		? attempt(() =>
				joinExplained(
					previous,
					paidVacationBlueCollar({
						daysWorked: worked.days,
						daysPerWeek: worked.daysPerWeek,
						hoursPerWeek: worked.hoursPerWeek,
						fullTimeHoursPerWeek,
						vacationYear: year
					})
				)
			)
		: null;
	const paidWhite = blue
		? null
		: attempt(() =>
				joinExplained(
					previous,
					paidVacationWhiteCollar({
						monthsWorked: worked.months,
						daysPerWeek: worked.daysPerWeek,
						vacationYear: year
					})
				)
			);
	const paidDays = paidBlue?.ok
		? paidBlue.value.value.vacationDays
		: paidWhite?.ok
			? paidWhite.value.value
			: null;

	const now = current.value;
	const common = {
		ordinaryDays: paidDays ?? 0,
		startsOrResumesActivity: s.vacation.startsOrResumesActivity,
		daysPerWeek: now.daysPerWeek,
		year
	};
	const european =
		paidDays === null
			? null
			: attempt(() =>
					joinExplained(
						current,
						blue
							? europeanVacationBlueCollar({
									...common,
									monthsUnderContract: now.months,
									daysWorked: now.days,
									hoursPerWeek: now.hoursPerWeek,
									fullTimeHoursPerWeek
								})
							: europeanVacationWhiteCollar({ ...common, monthsWorked: now.months })
					)
				);

	const rtt = s.vacation.construction
		? attempt(() =>
				constructionRttDays({ year, contractStart: s.contractStart, contractEnd: s.contractEnd })
			)
		: null;
	const school: Attempt<Explained<number>> =
		rtt && !rtt.ok
			? rtt
			: attempt(() => {
					const result = unpaidSchoolVacationDays({
						rttDays: rtt ? rtt.value.value.days : s.vacation.rttDays,
						year
					});
					return rtt ? joinExplained(rtt.value, result) : result;
				});
	const summer = attempt(() => checkSummerVacation({ year, periods: vacationPeriods(s, year) }));

	const payBlue = blue ? blueCollarPay(s, year, schedule) : null;
	const payWhite = blue ? null : whiteCollarPay(s, year, worked.months);
	const payAmount = payBlue?.ok
		? payBlue.value.value
		: payWhite?.ok
			? payWhite.value.value.doublePay
			: null;
	return {
		year,
		previous,
		current,
		paidBlue,
		paidWhite,
		paidDays,
		european,
		rtt,
		school,
		summer,
		payBlue,
		payWhite,
		payAmount
	};
}

/** The vacations of every calendar year of the contract, and their totals. */
export function vacationsByYear(
	s: Scenario,
	schedule = contractPay(s),
	work = contractWork(s)
): { years: VacationYear[]; totals: VacationTotals } {
	const years = contractYears(s).map((year) => vacationYear(s, year, schedule, work));
	const totals: VacationTotals = {
		paidDays: 0,
		europeanDays: 0,
		schoolDays: 0,
		payAmount: 0,
		incomplete: false
	};
	let payCents = 0;
	for (const y of years) {
		if (y.paidDays === null || y.payAmount === null || !y.school.ok) totals.incomplete = true;
		totals.paidDays += y.paidDays ?? 0;
		totals.europeanDays += y.european?.ok ? y.european.value.value.vacationDays : 0;
		totals.schoolDays += y.school.ok ? y.school.value.value : 0;
		payCents += eurosToCents(y.payAmount ?? 0);
	}
	totals.payAmount = centsToEuros(payCents);
	return { years, totals };
}

/** The year the page details: the one picked, else the first that follows a year of work (its paid days), else the first of the contract. */
export function detailedYear(s: Scenario, years: readonly VacationYear[]): number {
	const picked = s.vacation.year;
	if (picked !== null && years.some((y) => y.year === picked)) return picked;
	const earned = years.find((y) => y.previous.value.days > 0 || y.previous.value.months > 0);
	return (earned ?? years[0])?.year ?? Number(s.contractStart.slice(0, 4));
}

/** The years and totals as one explanation: a step per year, the sources and warnings of every result. */
export function vacationsExplained(all: {
	years: VacationYear[];
	totals: VacationTotals;
}): Explained<{ years: VacationYear[]; totals: VacationTotals }> {
	const why = new Explainer();
	for (const y of all.years) {
		const results: Explained<unknown>[] = [y.previous, y.current];
		for (const result of [
			y.paidBlue,
			y.paidWhite,
			y.european,
			y.school,
			y.summer,
			y.payBlue,
			y.payWhite
		])
			if (result?.ok) results.push(result.value);
		for (const result of results) {
			why.source(...result.sources);
			for (const warning of result.warnings) why.warn(warning);
		}
		const european = y.european?.ok ? y.european.value.value.vacationDays : null;
		why.step(
			`${y.year} : payées d'après le travail de ${y.year - 1}, européennes d'après celui de ${y.year}, scolaires non rétribuées`,
			undefined,
			[y.paidDays, european, y.school.ok ? y.school.value.value : null]
				.map((d) => (d === null ? '—' : `${d} j`))
				.join(' ; ') + (y.payAmount === null ? '' : ` ; pécule ${formatEuros(y.payAmount)}`)
		);
	}
	return why.done(all);
}

/** The page's answer: the first paid vacation and the whole contract. */
export function vacationsAnswer(s: Scenario, all = vacationsByYear(s)): string {
	if (all.years.length === 0) return 'Le calcul attend une correction des dates du contrat.';
	const first = all.years.find((y) => (y.paidDays ?? 0) > 0);
	const regime = s.regime === 'blue-collar' ? 'ouvrier' : 'employé';
	const lead = first
		? `Premières vacances payées en ${first.year} : ${plural(first.paidDays!, 'jour')} (régime ${regime}), d'après le travail de ${first.year - 1}.`
		: "Aucun jour de vacances payées sur ce contrat : ils se gagnent par le travail de l'année précédente.";
	const { totals } = all;
	return `${lead} Sur tout le contrat (${all.years[0]!.year}–${all.years.at(-1)!.year}) : ${plural(totals.paidDays, 'jour')} payés, ${plural(totals.europeanDays, 'jour')} européens, pécule ${formatEuros(totals.payAmount)}${totals.incomplete ? ' (une année reste à corriger)' : ''}.`;
}

/** Youth vacation in the year after the contract: 24 days less the paid days that year earns from the last year of the contract. */
export function youthVacationOf(s: Scenario, schedule = contractPay(s), work = contractWork(s)) {
	const next = vacationYear(s, Number(s.contractEnd.slice(0, 4)) + 1, schedule, work);
	// One of the two is set, by the scenario's regime.
	const paid = (next.paidBlue ?? next.paidWhite)!;
	return attempt(() => {
		// Without that year's paid days, the youth days cannot be told.
		if (!paid.ok) throw paid.error;
		return joinExplained(
			paid.value,
			youthVacation({
				birthDate: s.birthDate,
				contractEnd: s.contractEnd,
				workedMonthAfter: s.youth.workedMonthAfter,
				ordinaryDays: next.paidDays!,
				firstMonthGross: s.youth.firstMonthGross
			})
		);
	});
}
