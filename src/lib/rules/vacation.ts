/**
 * Annual vacations of an apprentice (contract art. 7, Vade-Mecum §4.7 and fiche 4): paid legal days
 * in the ouvrier and employé regimes, vacation pay, European vacations, unpaid school vacations, the
 * three summer weeks, and the compensatory rest days of the construction sector (fiche 2).
 */
import {
	compareIso,
	offsetDate,
	daysInclusive,
	writeDate,
	isoDate,
	isoWeekday,
	publicHolidayName
} from './calendar';
import { RuleInputError } from './errors';
import { requireContractPeriod } from './levels';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toEuros, toCents, writeCents, writeNumber, roundHalfUp } from './money';
import { vadeMecum } from './parameters/sources';
import { rowInForce, type DateField } from './parameters/table';
import * as tables from './parameters/vacation';
import type {
	BlueCollarConversion,
	VacationScaleRow,
	WhiteCollarAccrual
} from './parameters/vacation';
import {
	MAX_YEAR,
	MIN_YEAR,
	requireBoolean,
	requireDate,
	requireDateSpan,
	requireList,
	requireNumber,
	requireObject
} from './validate';

export type { VacationScaleRow };

/** A Belgian working week has at most six days: Sunday is the rest day. */
const MAX_DAYS_PER_WEEK = 6;
const DAYS_PER_WEEK = 7;
const DAYS_PER_LEAP_YEAR = 366;
const MONTHS_PER_YEAR = 12;
const SATURDAY = 6;
/** Bounds beyond which an input is a typing error rather than a situation. */
const MAX_HOURS_PER_WEEK = 60;
const MAX_YEARLY_PAY = 1_000_000;
const MAX_MONTHLY_PAY = 100_000;
const MAX_PERIODS = 100;

const plural = (n: number, word: string) =>
	`${writeNumber(n)} ${word}${Math.abs(n) >= 2 ? 's' : ''}`;
const days = (n: number) => plural(n, 'jour');

const VACATION_YEAR: DateField = { field: 'vacationYear', label: 'Année de vacances' };
const YEAR: DateField = { field: 'year', label: 'Année' };

/** The first day on which the latest known row of every vacation table is in force. */
const LATEST_RULES_DATE = tables.vacationTables
	.map((table) => table.rows.at(-1)!.from)
	.reduce((latest, from) => (from > latest ? from : latest));

/** The 1 January of the year whose rules apply; without a year, the date of the latest known rules, said in the trace. */
function rulesDate(year: unknown, at: DateField, why: Explainer): ISODate {
	if (year === undefined) {
		why.step(
			`Année non précisée : les règles les plus récentes connues sont appliquées (celles en vigueur le ${writeDate(LATEST_RULES_DATE)})`
		);
		return LATEST_RULES_DATE;
	}
	return isoDate(requireYear(year, at), 1, 1);
}

/** A computation's checked input, its explainer, and the date whose rules apply, read from the year field `at`. */
function openYear(input: unknown, at: DateField) {
	const data = requireObject(input, 'input', 'Données du calcul');
	const why = new Explainer();
	return { data, why, on: rulesDate(data[at.field], at, why) };
}

function requireYear(value: unknown, at: DateField): number {
	return requireNumber(value, at.field, at.label, { min: MIN_YEAR, max: MAX_YEAR, integer: true });
}

function requireDaysPerWeek(value: unknown): number {
	return requireNumber(value, 'daysPerWeek', 'Jours de travail par semaine', {
		min: 1,
		max: MAX_DAYS_PER_WEEK,
		integer: true
	});
}

function requireMonths(value: unknown, field: string, label: string): number {
	return requireNumber(value, field, label, { min: 0, max: MONTHS_PER_YEAR, integer: true });
}

function requireEuros(value: unknown, field: string, label: string, max: number): number {
	return toCents(requireNumber(value, field, label, { min: 0, max }));
}

interface BlueCollarWork {
	daysWorked: number;
	daysPerWeek: number;
	hoursPerWeek: number;
	fullTimeHoursPerWeek: number;
}

/** Reads the days and hours of an ouvrier; a year holds at most 366 × R / 7 days of an R-day week. */
function readBlueCollarWork(
	data: Record<string, unknown>,
	conversion: BlueCollarConversion,
	why: Explainer
): BlueCollarWork {
	const daysPerWeek = requireDaysPerWeek(data.daysPerWeek);
	const daysWorked = requireNumber(data.daysWorked, 'daysWorked', 'Jours prestés et assimilés', {
		min: 0,
		max: DAYS_PER_LEAP_YEAR,
		integer: true
	});
	const maxDays = Math.ceil((DAYS_PER_LEAP_YEAR * daysPerWeek) / DAYS_PER_WEEK);
	if (daysWorked > maxDays) {
		throw new RuleInputError(
			'daysWorked',
			`Jours prestés et assimilés : une année compte au plus ${maxDays} jours dans un régime de ${daysPerWeek} jours par semaine (reçu ${daysWorked}).`
		);
	}
	const hoursPerWeek = requireNumber(
		data.hoursPerWeek,
		'hoursPerWeek',
		'Heures par semaine en entreprise',
		{ min: 0, max: MAX_HOURS_PER_WEEK }
	);
	let fullTimeHoursPerWeek = conversion.fullTimeHoursPerWeek;
	if (data.fullTimeHoursPerWeek !== undefined) {
		fullTimeHoursPerWeek = requireNumber(
			data.fullTimeHoursPerWeek,
			'fullTimeHoursPerWeek',
			"Heures d'un temps plein dans l'entreprise",
			{
				min: 1,
				max: MAX_HOURS_PER_WEEK
			}
		);
	}
	if (hoursPerWeek > fullTimeHoursPerWeek) {
		why.warn(
			`Les heures de l'apprenant (${writeNumber(hoursPerWeek)} h) dépassent l'horaire d'un temps plein (${writeNumber(fullTimeHoursPerWeek)} h) : vérifiez les données.`
		);
	}
	return { daysWorked, daysPerWeek, hoursPerWeek, fullTimeHoursPerWeek };
}

/** (A × 5 / R) × Q / S at 2 decimals, then to a whole number of days, .50 and above up. */
function equivalentDays(
	work: BlueCollarWork,
	conversion: BlueCollarConversion,
	why: Explainer
): { equivalent: number; whole: number } {
	const { daysWorked: a, daysPerWeek: r, hoursPerWeek: q, fullTimeHoursPerWeek: s } = work;
	const reference = conversion.referenceDaysPerWeek;
	const equivalent = roundHalfUp((a * reference * q) / (r * s), conversion.decimals);
	why.step(
		`Jours de travail convertis en semaine de ${reference} jours à temps plein : (A × ${reference} / R) × Q / S, à ${conversion.decimals} décimales`,
		`(${writeNumber(a)} × ${reference} / ${r}) × ${writeNumber(q)} / ${writeNumber(s)}`,
		writeNumber(equivalent)
	);
	const whole = roundHalfUp(equivalent, 0);
	why.step(
		"Arrondi à l'unité : les décimales de 0,50 et plus vont à l'unité supérieure",
		`${writeNumber(equivalent)} → ${whole}`,
		days(whole)
	);
	return { equivalent, whole };
}

function describeRow(row: VacationScaleRow): string {
	const span = row.to === null ? `${row.from} jours et plus` : `de ${row.from} à ${row.to} jours`;
	return `${span} → ${days(row.days)}`;
}

/** The row of the art. 35 table for a whole number of days, told in the trace. */
function applyScale(whole: number, on: ISODate, at: DateField, why: Explainer): VacationScaleRow {
	const scale = rowInForce(why, tables.blueCollarScaleTable, on, at).value;
	const row = scale.find((r) => whole >= r.from && (r.to === null || whole <= r.to));
	if (!row) throw new RangeError(`The vacation scale has no row for ${whole} days.`);
	why.step(
		`Table de l'art. 35 de l'AR du 30 mars 1967 : ${describeRow(row)}`,
		undefined,
		`${days(row.days)} (semaine de 5 jours à temps plein)`
	);
	if (row.note !== undefined) why.step(`Remarque : ${row.note}`);
	return { from: row.from, to: row.to, days: row.days };
}

/** 2 days per month in a 6-day week, × R / 6, rounded to a whole day (.5 up). */
function whiteCollarDays(
	months: number,
	daysPerWeek: number,
	accrual: WhiteCollarAccrual,
	why: Explainer
): number {
	const { daysPerMonth, referenceDaysPerWeek } = accrual;
	const sixDayWeek = daysPerMonth * months;
	why.step(
		`${days(daysPerMonth)} par mois presté dans une semaine de ${referenceDaysPerWeek} jours`,
		`${daysPerMonth} × ${months} mois`,
		days(sixDayWeek)
	);
	const exact = (sixDayWeek * daysPerWeek) / referenceDaysPerWeek;
	const result = roundHalfUp(exact, 0);
	why.step(
		`Régime de ${days(daysPerWeek)} par semaine, arrondi à l'unité (0,5 et plus vers le haut)`,
		`${sixDayWeek} × ${daysPerWeek} / ${referenceDaysPerWeek} = ${writeNumber(roundHalfUp(exact, 2))}`,
		days(result)
	);
	return result;
}

export interface BlueCollarVacationInput {
	/** Days of effective work and assimilated days in the company in the reference year (A). */
	daysWorked: number;
	/** Days a week in the company under the contract (R), 1 to 6. */
	daysPerWeek: number;
	/** Hours a week in the company under the contract (Q), 0 to 60. */
	hoursPerWeek: number;
	/** Hours a week of a full-time worker in the company (S); 38 unless stated. */
	fullTimeHoursPerWeek?: number;
	/** The year the vacation is taken (the days are those of the year before); latest rules if absent. */
	vacationYear?: number;
}

export interface BlueCollarVacation {
	/** Days converted to a 5-day full-time week, to 2 decimals. */
	equivalentDays: number;
	/** Legal vacation days, counted in a 5-day full-time week. */
	vacationDays: number;
	tableRow: VacationScaleRow;
}

/**
 * Paid legal vacation days of an apprentice in the ouvrier regime: the days of the reference year
 * are converted to a 5-day full-time week by (A × 5 / R) × Q / S, to 2 decimals, rounded to a whole
 * number (.50 and above up), then read in the table of art. 35 of the AR of 30 March 1967
 * (Vade-Mecum fiche 4, partie A, with the current thresholds 64–76 → 5 and 48–63 → 4).
 */
export function paidVacationBlueCollar(
	input: BlueCollarVacationInput
): Explained<BlueCollarVacation> {
	const { data, why, on } = openYear(input, VACATION_YEAR);
	const conversion = rowInForce(why, tables.blueCollarConversionTable, on, VACATION_YEAR).value;
	const work = readBlueCollarWork(data, conversion, why);
	if (on !== undefined)
		why.step(
			`Vacances ${on.slice(0, 4)} : jours prestés et assimilés de l'exercice de vacances ${Number(on.slice(0, 4)) - 1}`
		);
	const { equivalent, whole } = equivalentDays(work, conversion, why);
	const tableRow = applyScale(whole, on, VACATION_YEAR, why);
	return why.done({ equivalentDays: equivalent, vacationDays: tableRow.days, tableRow });
}

export interface WhiteCollarVacationInput {
	/** Months worked or assimilated in the reference year, 0 to 12. */
	monthsWorked: number;
	/** Days a week in the company under the contract, 1 to 6. */
	daysPerWeek: number;
	/** The year the vacation is taken (the months are those of the year before); latest rules if absent. */
	vacationYear?: number;
}

/**
 * Paid legal vacation days of an apprentice in the employé regime: 2 days per month worked or
 * assimilated in the reference year, counted in a 6-day week, × days per week / 6, rounded to a
 * whole day, .5 up (Vade-Mecum fiche 4, partie A). A calendar year has 12 months: more is refused.
 */
export function paidVacationWhiteCollar(input: WhiteCollarVacationInput): Explained<number> {
	const { data, why, on } = openYear(input, VACATION_YEAR);
	const accrual = rowInForce(why, tables.whiteCollarAccrualTable, on, VACATION_YEAR).value;
	const months = requireMonths(data.monthsWorked, 'monthsWorked', 'Mois prestés et assimilés');
	const daysPerWeek = requireDaysPerWeek(data.daysPerWeek);
	return why.done(whiteCollarDays(months, daysPerWeek, accrual, why));
}

export interface BlueCollarPayInput {
	/** Gross rétributions of the reference year, in euros. */
	grossPay: number;
	/** Fictitious pay for the assimilated days of inactivity, in euros; 0 if absent. */
	fictitiousPay?: number;
	vacationYear?: number;
}

/**
 * Gross vacation pay of an apprentice in the ouvrier regime, simple and double pay together:
 * 15,38 % of 108 % of the gross rétributions of the reference year, plus the fictitious pay of the
 * assimilated days, rounded once to the cent; the vacation fund pays it (Vade-Mecum fiche 4,
 * « Paiement du pécule de vacances »).
 */
export function vacationPayBlueCollar(input: BlueCollarPayInput): Explained<number> {
	const { data, why, on } = openYear(input, VACATION_YEAR);
	const rates = rowInForce(why, tables.vacationPayTable, on, VACATION_YEAR).value;
	const gross = requireEuros(
		data.grossPay,
		'grossPay',
		"Rétributions brutes de l'année précédente",
		MAX_YEARLY_PAY
	);
	const fictitious =
		data.fictitiousPay === undefined
			? 0
			: requireEuros(
					data.fictitiousPay,
					'fictitiousPay',
					'Rétribution fictive des jours assimilés',
					MAX_YEARLY_PAY
				);
	let base = gross;
	if (fictitious > 0) {
		base = gross + fictitious;
		why.step(
			'Rétributions brutes augmentées de la rétribution fictive des jours assimilés',
			`${writeCents(gross)} + ${writeCents(fictitious)}`,
			writeCents(base)
		);
	}
	const pay = applyRate(base, rates.blueCollarBase * rates.blueCollarRate, 100 * 100);
	why.step(
		`Pécule brut (simple et double ensemble) : ${writeNumber(rates.blueCollarRate)} % de ${rates.blueCollarBase} % des rétributions brutes de l'année précédente, arrondi au cent`,
		`${writeCents(base)} × ${rates.blueCollarBase} % × ${writeNumber(rates.blueCollarRate)} %`,
		writeCents(pay)
	);
	why.step("Ce pécule est versé par la caisse de vacances, pas par l'entreprise.");
	return why.done(toEuros(pay));
}

export interface WhiteCollarPayInput {
	/** Gross monthly rétribution of the month of the main vacation, in euros. */
	monthlyPay: number;
	/** Months worked or assimilated in the reference year, 0 to 12. */
	monthsWorked: number;
	vacationYear?: number;
}

export interface WhiteCollarPay {
	/** Simple pay: the ordinary monthly rétribution, kept during the vacation days. */
	ordinaryPay: number;
	/** Double pay, paid once with the main vacation. */
	doublePay: number;
	/** What the month of the main vacation brings: ordinary rétribution + double pay. */
	vacationMonthTotal: number;
}

/**
 * Vacation pay of an apprentice in the employé regime, paid by the company: the ordinary rétribution
 * goes on during the vacation (simple pay), and the double pay is 92 % of the gross rétribution of
 * the month of the main vacation × months worked in the reference year / 12 (Vade-Mecum fiche 4,
 * « Paiement du pécule de vacances »: 1 month of contract = 1/12 of 92 %).
 */
export function vacationPayWhiteCollar(input: WhiteCollarPayInput): Explained<WhiteCollarPay> {
	const { data, why, on } = openYear(input, VACATION_YEAR);
	const rate = rowInForce(why, tables.vacationPayTable, on, VACATION_YEAR).value
		.whiteCollarDoubleRate;
	const monthly = requireEuros(
		data.monthlyPay,
		'monthlyPay',
		'Rétribution brute du mois des vacances principales',
		MAX_MONTHLY_PAY
	);
	const months = requireMonths(data.monthsWorked, 'monthsWorked', 'Mois prestés et assimilés');
	why.step(
		"Simple pécule : la rétribution ordinaire continue d'être payée pendant les jours de vacances",
		undefined,
		writeCents(monthly)
	);
	const double = applyRate(monthly, rate * months, 100 * MONTHS_PER_YEAR);
	why.step(
		`Double pécule : ${rate} % de la rétribution brute du mois des vacances principales, au prorata des mois prestés l'année précédente, arrondi au cent`,
		`${writeCents(monthly)} × ${rate} % × ${months} / ${MONTHS_PER_YEAR}`,
		writeCents(double)
	);
	why.step(
		'Total du mois des vacances principales (le double pécule est payé en une fois)',
		`${writeCents(monthly)} + ${writeCents(double)}`,
		writeCents(monthly + double)
	);
	return why.done({
		ordinaryPay: toEuros(monthly),
		doublePay: toEuros(double),
		vacationMonthTotal: toEuros(monthly + double)
	});
}

export interface EuropeanVacation {
	/** Whether the conditions (start-up period, start or resumption of activity) are met. */
	entitled: boolean;
	/** Days earned by the work of the current year, before the 4-week ceiling. */
	accruedDays: number;
	/** Days that complete the ordinary vacation up to 4 weeks. */
	vacationDays: number;
}

interface EuropeanCommon {
	/** Ordinary paid days already due for the year (from the year before). */
	ordinaryDays: number;
	/** The apprentice starts or resumes an activity with one or more employers. */
	startsOrResumesActivity: boolean;
	/** The calendar year the days are worked and taken; latest rules if absent. */
	year?: number;
}

export interface EuropeanBlueCollarInput extends EuropeanCommon {
	/** Months under contract in the year, even interrupted (start-up period). */
	monthsUnderContract: number;
	daysWorked: number;
	daysPerWeek: number;
	hoursPerWeek: number;
	fullTimeHoursPerWeek?: number;
}

export interface EuropeanWhiteCollarInput extends EuropeanCommon {
	/** Months worked in the year: they open the right and count the days. */
	monthsWorked: number;
	daysPerWeek: number;
}

const NOT_ENTITLED: EuropeanVacation = { entitled: false, accruedDays: 0, vacationDays: 0 };

/** Checks the start-or-resume condition and the 3-month start-up period of the current year. */
function europeanConditionsMet(
	starts: boolean,
	months: number,
	on: ISODate,
	why: Explainer
): boolean {
	const { startupMonths } = rowInForce(why, tables.europeanVacationTable, on, YEAR).value;
	if (!starts) {
		why.step(
			'Vacances européennes réservées à qui débute ou reprend une activité : condition non remplie',
			undefined,
			days(0)
		);
		return false;
	}
	if (months < startupMonths) {
		why.step(
			`Période d'amorçage non atteinte : ${months} mois sous contrat dans l'année, il en faut au moins ${startupMonths}`,
			undefined,
			days(0)
		);
		return false;
	}
	why.step(
		`Période d'amorçage atteinte : ${months} mois sous contrat dans l'année (au moins ${startupMonths})`
	);
	return true;
}

/** European days complete the ordinary days up to 4 weeks of the given week length, never below 0. */
function completeToCeiling(
	accrued: number,
	ordinary: number,
	ceiling: number,
	why: Explainer
): EuropeanVacation {
	const room = Math.max(0, ceiling - ordinary);
	const vacationDays = Math.min(accrued, room);
	why.step(
		"Complément des vacances ordinaires jusqu'au maximum de 4 semaines",
		`${ceiling} − ${ordinary}`,
		days(room)
	);
	why.step(
		'Jours de vacances européennes : le plus petit des deux',
		`min(${accrued} ; ${room})`,
		days(vacationDays)
	);
	why.step(
		"À prendre après les jours de vacances ordinaires ; seul un simple pécule est payé, déduit du pécule de l'année suivante."
	);
	return { entitled: true, accruedDays: accrued, vacationDays };
}

function readEuropeanCommon(
	data: Record<string, unknown>,
	ceiling: number
): { ordinary: number; starts: boolean } {
	return {
		ordinary: requireNumber(
			data.ordinaryDays,
			'ordinaryDays',
			"Jours de vacances ordinaires de l'année",
			{ min: 0, max: ceiling, integer: true }
		),
		starts: requireBoolean(
			data.startsOrResumesActivity,
			'startsOrResumesActivity',
			"Début ou reprise d'activité"
		)
	};
}

/**
 * European (supplementary) vacation days of an apprentice in the ouvrier regime, worked and taken in
 * the same calendar year: once 3 months under contract in the year are reached and for someone who
 * starts or resumes an activity, the days of the year are converted like ordinary days and read in
 * the table of fiche 4, partie B (64–76 → 5, 48–63 → 4), then limited to what completes the ordinary
 * days up to 4 weeks, 20 days in a 5-day full-time week (loi coordonnée de 1971, art. 17bis).
 */
export function europeanVacationBlueCollar(
	input: EuropeanBlueCollarInput
): Explained<EuropeanVacation> {
	const { data, why, on } = openYear(input, YEAR);
	const conversion = rowInForce(why, tables.blueCollarConversionTable, on, YEAR).value;
	const ceiling =
		rowInForce(why, tables.vacationCeilingTable, on, YEAR).value.weeks *
		conversion.referenceDaysPerWeek;
	const { ordinary, starts } = readEuropeanCommon(data, ceiling);
	const months = requireMonths(
		data.monthsUnderContract,
		'monthsUnderContract',
		"Mois sous contrat dans l'année"
	);
	const work = readBlueCollarWork(data, conversion, why);
	if (!europeanConditionsMet(starts, months, on, why)) return why.done({ ...NOT_ENTITLED });
	why.step("Les jours comptés sont ceux de l'année civile en cours, pas de l'année précédente.");
	why.source(vadeMecum('fiche 4, partie B (vacances européennes, régime ouvrier)'));
	const { whole } = equivalentDays(work, conversion, why);
	const row = applyScale(whole, on, YEAR, why);
	return why.done(completeToCeiling(row.days, ordinary, ceiling, why));
}

/**
 * European (supplementary) vacation days of an apprentice in the employé regime, worked and taken in
 * the same calendar year: once 3 months are reached and for someone who starts or resumes an
 * activity, 2 days per month worked in a 6-day week (so 5 days after 3 months in a 5-day week),
 * × days per week / 6, limited to what completes the ordinary days up to 4 weeks of that regime
 * (Vade-Mecum fiche 4, « Vacances supplémentaires ou européennes »).
 */
export function europeanVacationWhiteCollar(
	input: EuropeanWhiteCollarInput
): Explained<EuropeanVacation> {
	const { data, why, on } = openYear(input, YEAR);
	const accrual = rowInForce(why, tables.whiteCollarAccrualTable, on, YEAR).value;
	const daysPerWeek = requireDaysPerWeek(data.daysPerWeek);
	const ceiling = rowInForce(why, tables.vacationCeilingTable, on, YEAR).value.weeks * daysPerWeek;
	const { ordinary, starts } = readEuropeanCommon(data, ceiling);
	const months = requireMonths(data.monthsWorked, 'monthsWorked', "Mois prestés dans l'année");
	if (!europeanConditionsMet(starts, months, on, why)) return why.done({ ...NOT_ENTITLED });
	why.step("Les mois comptés sont ceux de l'année civile en cours, pas de l'année précédente.");
	const accrued = whiteCollarDays(months, daysPerWeek, accrual, why);
	return why.done(completeToCeiling(accrued, ordinary, ceiling, why));
}

export interface SchoolVacationInput {
	/** Sector compensatory rest days of the year paid by the company or a sector fund. */
	rttDays: number;
	year?: number;
}

/**
 * Unpaid school vacation days of a calendar year: 4 weeks, 20 days, less the sector compensatory
 * rest days (RTT) the company or a sector fund pays, never below 0 (contract art. 7, Vade-Mecum
 * §4.7 and fiche 4; fiche 2 « Jours de repos compensatoire et vacances annuelles »).
 */
export function unpaidSchoolVacationDays(input: SchoolVacationInput): Explained<number> {
	const { data, why, on } = openYear(input, YEAR);
	const { unpaidDays } = rowInForce(why, tables.schoolVacationTable, on, YEAR).value;
	const rtt = requireNumber(data.rttDays, 'rttDays', 'Jours de repos compensatoire rétribués', {
		min: 0,
		max: DAYS_PER_LEAP_YEAR,
		integer: true
	});
	why.step(
		'Vacances scolaires non rétribuées : 4 semaines par année civile',
		undefined,
		days(unpaidDays)
	);
	const result = Math.max(0, unpaidDays - rtt);
	why.step(
		'Moins les jours de repos compensatoire sectoriels rétribués (sans descendre sous 0)',
		`${unpaidDays} − ${rtt}`,
		days(result)
	);
	if (rtt > 0)
		why.source(vadeMecum('fiche 2, « Jours de repos compensatoire et vacances annuelles »'));
	return why.done(result);
}

export interface VacationPeriod {
	start: ISODate;
	end: ISODate;
}

export interface SummerVacationInput {
	year: number;
	/** Every planned vacation period of the year, of any type (paid, European, school). */
	periods: VacationPeriod[];
}

export interface SummerVacationCheck {
	met: boolean;
	/** Consecutive days required: 3 weeks. */
	requiredDays: number;
	/** The longest run of vacation inside the window, days off around it included; null if none. */
	longestRun: (VacationPeriod & { days: number }) | null;
}

function requirePeriods(value: unknown): VacationPeriod[] {
	return requireList(value, 'periods', 'Périodes de vacances', { min: 0, max: MAX_PERIODS }).map(
		(item, i) => {
			const period = requireObject(item, `periods[${i}]`, `Période n° ${i + 1}`);
			return requireDateSpan(
				period.start,
				period.end,
				{ field: `periods[${i}].start`, label: `Début de la période n° ${i + 1}` },
				{ field: `periods[${i}].end`, label: `Fin de la période n° ${i + 1}` }
			);
		}
	);
}

/** A Saturday, a Sunday or a legal public holiday: not a working day in a usual week. */
function isDayOff(date: ISODate): boolean {
	return isoWeekday(date) >= SATURDAY || publicHolidayName(date) !== undefined;
}

function overlaps(period: VacationPeriod, window: VacationPeriod): boolean {
	return period.end >= window.start && period.start <= window.end;
}

/**
 * Merges the periods clipped to the window into runs of consecutive days; with `bridge`, the days
 * off touching a run (weekends, holidays) join it, so that they can link two periods.
 */
function vacationRuns(
	periods: VacationPeriod[],
	window: VacationPeriod,
	bridge: boolean
): VacationPeriod[] {
	const forward = (date: ISODate) => {
		while (bridge && date < window.end && isDayOff(offsetDate(date, 1))) date = offsetDate(date, 1);
		return date;
	};
	const backward = (date: ISODate) => {
		while (bridge && date > window.start && isDayOff(offsetDate(date, -1)))
			date = offsetDate(date, -1);
		return date;
	};
	const clipped = periods
		.filter((p) => overlaps(p, window))
		.map((p) => ({
			start: p.start > window.start ? p.start : window.start,
			end: p.end < window.end ? p.end : window.end
		}))
		.sort((a, b) => compareIso(a.start, b.start));
	const runs: VacationPeriod[] = [];
	for (const period of clipped) {
		const last = runs[runs.length - 1];
		if (last && period.start <= offsetDate(last.end, 1)) {
			last.end = forward(period.end > last.end ? period.end : last.end);
		} else {
			runs.push({ start: backward(period.start), end: forward(period.end) });
		}
	}
	return runs;
}

function longest(runs: VacationPeriod[]): (VacationPeriod & { days: number }) | null {
	let best: (VacationPeriod & { days: number }) | null = null;
	for (const run of runs) {
		const length = daysInclusive(run.start, run.end);
		if (!best || length > best.days) best = { ...run, days: length };
	}
	return best;
}

/**
 * Checks that the planned vacations of a year hold at least 3 consecutive weeks (21 days) between
 * 1 May and 31 October, whatever the type of vacation (contract art. 7, Vade-Mecum §4.7 and
 * fiche 4). Reading chosen: periods that touch or overlap form one run, and the Saturdays, Sundays
 * and legal public holidays next to a run belong to it, so Monday to Friday three weeks later counts.
 */
export function checkSummerVacation(input: SummerVacationInput): Explained<SummerVacationCheck> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const year = requireYear(data.year, YEAR);
	const why = new Explainer();
	const summer = rowInForce(why, tables.summerVacationTable, isoDate(year, 1, 1), YEAR).value;
	const periods = requirePeriods(data.periods);
	const window = { start: `${year}-${summer.windowStart}`, end: `${year}-${summer.windowEnd}` };
	const requiredDays = summer.consecutiveWeeks * DAYS_PER_WEEK;
	why.step(
		`Au moins ${summer.consecutiveWeeks} semaines consécutives de vacances, quel que soit leur type, du ${writeDate(window.start)} au ${writeDate(window.end)}`,
		`${summer.consecutiveWeeks} × ${DAYS_PER_WEEK}`,
		days(requiredDays)
	);
	why.step(
		'Lecture retenue : les périodes qui se touchent forment une seule suite, et les samedis, dimanches et jours fériés légaux qui la bordent en font partie.'
	);
	const outside = periods.filter((p) => !overlaps(p, window)).length;
	if (outside > 0)
		why.step(
			`${plural(outside, 'période')} hors de la fenêtre : non prise${outside > 1 ? 's' : ''} en compte`
		);
	const run = longest(vacationRuns(periods, window, true));
	if (!run) {
		why.step(
			'Aucune période de vacances dans la fenêtre : règle non respectée',
			undefined,
			days(0)
		);
		return why.done({ met: false, requiredDays, longestRun: null });
	}
	const met = run.days >= requiredDays;
	why.step(
		`Plus longue suite de vacances dans la fenêtre : du ${writeDate(run.start)} au ${writeDate(run.end)} (les deux bornes comprises)`,
		undefined,
		days(run.days)
	);
	why.step(
		met
			? 'Règle respectée'
			: `Règle non respectée : il manque ${days(requiredDays - run.days)} pour atteindre ${days(requiredDays)} consécutifs`,
		`${run.days} ≥ ${requiredDays}`,
		met ? 'oui' : 'non'
	);
	if (met && (longest(vacationRuns(periods, window, false))?.days ?? 0) < requiredDays) {
		why.warn(
			"La règle n'est respectée qu'en comptant les samedis, dimanches ou jours fériés qui bordent les vacances : si l'apprenant travaille ces jours-là, ajoutez-les aux périodes de vacances."
		);
	}
	return why.done({ met, requiredDays, longestRun: run });
}

export interface ConstructionRttInput {
	year: number;
	contractStart: ISODate;
	contractEnd: ISODate;
	/** The rest days the sector fixed for the year, when known. */
	fixedDates?: ISODate[];
}

export interface ConstructionRtt {
	days: number;
	/** 'fixed-dates': the fixed days inside the contract were counted; 'prorata': an estimate. */
	method: 'fixed-dates' | 'prorata';
}

function requireFixedDates(value: unknown, year: number, max: number): ISODate[] {
	const dates = requireList(value, 'fixedDates', 'Jours de repos fixés', { min: 1, max }).map(
		(item, i) => {
			const date = requireDate(item, `fixedDates[${i}]`, `Jour de repos n° ${i + 1}`);
			if (Number(date.slice(0, 4)) !== year) {
				throw new RuleInputError(
					`fixedDates[${i}]`,
					`Jour de repos n° ${i + 1} : le ${writeDate(date)} n'est pas en ${year}.`
				);
			}
			return date;
		}
	);
	const duplicate = dates.findIndex((date, i) => dates.indexOf(date) !== i);
	if (duplicate >= 0) {
		throw new RuleInputError(
			`fixedDates[${duplicate}]`,
			`Jour de repos n° ${duplicate + 1} : le ${writeDate(dates[duplicate]!)} est déjà dans la liste.`
		);
	}
	return dates;
}

/**
 * Compensatory rest days (RTT) of the construction sector (CP 124, 12 a calendar year) due to an
 * apprentice for a year: the days the sector fixed that fall within the contract (Vade-Mecum
 * fiche 2, « Nombre de jours pris en compte »). When the fixed dates are not given, an estimate:
 * 12 × calendar days of the year covered by the contract (both ends) / days of the year, .5 up.
 */
export function constructionRttDays(input: ConstructionRttInput): Explained<ConstructionRtt> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const year = requireYear(data.year, YEAR);
	const why = new Explainer();
	const { daysPerYear } = rowInForce(
		why,
		tables.constructionRttTable,
		isoDate(year, 1, 1),
		YEAR
	).value;
	const { start, end } = requireContractPeriod(data.contractStart, data.contractEnd);
	why.step(
		`Construction (CP 124) : jours de repos compensatoire fixés par le secteur pour ${year}`,
		undefined,
		days(daysPerYear)
	);

	if (data.fixedDates !== undefined) {
		const fixed = requireFixedDates(data.fixedDates, year, daysPerYear);
		const inside = fixed.filter((date) => date >= start && date <= end).sort();
		why.step(
			`Jours fixés pendant le contrat (du ${writeDate(start)} au ${writeDate(end)})${inside.length > 0 ? ' : ' + inside.map(writeDate).join(', ') : ''}`,
			undefined,
			days(inside.length)
		);
		if (fixed.length < daysPerYear) {
			why.warn(
				`Seules ${fixed.length} dates sur les ${daysPerYear} jours de repos de l'année ont été indiquées : le résultat ne compte que celles-ci.`
			);
		}
		return why.done({ days: inside.length, method: 'fixed-dates' });
	}

	const first = isoDate(year, 1, 1);
	const last = isoDate(year, 12, 31);
	const covered = daysInclusive(start > first ? start : first, end < last ? end : last);
	const yearDays = daysInclusive(first, last);
	const estimate = roundHalfUp((daysPerYear * covered) / yearDays, 0);
	why.step(
		`Dates fixées non indiquées : estimation au prorata des jours calendrier de ${year} couverts par le contrat (les deux bornes comprises), arrondie à l'unité (0,5 et plus vers le haut)`,
		`${daysPerYear} × ${covered} / ${yearDays}`,
		days(estimate)
	);
	why.warn(
		"Estimation : l'apprenant a droit aux jours de repos fixés par le secteur pendant la durée de son contrat ; indiquez les dates fixées pour l'année pour un résultat exact."
	);
	return why.done({ days: estimate, method: 'prorata' });
}
