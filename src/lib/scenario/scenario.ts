/**
 * A scenario is one apprentice's contract: every calculator reads its fields from it, so a user
 * enters a birth date or a contract date once. Stored and shared scenarios carry a schema version.
 */
import type { ISODate, Level, LevelChange, VacationPeriod, WeeklyHoursRegime } from '$lib/rules';
import {
	PRICE_PERIODS,
	OPERATORS,
	REGIMES,
	REGIONS,
	TRANSPORT_KINDS,
	contractLevels,
	type Operator,
	type Regime,
	type Region,
	type WorkDerogation
} from '$lib/rules';

export const SCENARIO_VERSION = 5;

export { OPERATORS, REGIMES, REGIONS, type Operator, type Regime, type Region };
/** The sector derogations of the schedule, as the rules name them. */
export const OUTCOMES = ['success', 'failure', 'abandoned'] as const;
export const NOTICE_TRIAL_CHOICES = ['auto', 'yes', 'no'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One block of company hours on a weekday, 'HH:MM'. */
export interface Slot {
	start: string;
	end: string;
}

export interface Scenario {
	/** Optional first name; it never leaves the device. */
	name: string;
	birthDate: ISODate;
	region: Region;
	operator: Operator;
	regime: Regime;
	completedTwoSecondaryYears: boolean;
	signingDate: ISODate;
	contractStart: ISODate;
	contractEnd: ISODate;
	/** Earlier alternance contracts, counted by the stage d'insertion with this one. */
	earlierContracts: { start: ISODate; end: ISODate }[];
	/** Level changes by avenant, as the user entered them; null while they follow the contract (see scenarioLevels). */
	levels: { from: ISODate; level: Level }[] | null;
	/** The date of « Montant mensuel à une date »; null for the contract start. */
	retributionOn: ISODate | null;
	/** Monthly amount the employer pays above the minimum, in euros; null for the minimum. */
	employerMonthlyAmount: number | null;
	/** Company hours, Monday (index 0) to Sunday (index 6). */
	week: Slot[][];
	/** Hours a week at the training centre (CEFA, IFAPME, SFPME). */
	centreHoursPerWeek: number;
	/** The weekdays at the training centre, 0 = Monday as in `week`: never a day of rest. */
	centreDays: number[];
	derogation: WorkDerogation;
	/** Hours worked outside the alternance contract, by calendar quarter ('2026-Q3'); a missing quarter is unknown. */
	quarterHours: Record<string, number>;
	/** Days and months worked in a calendar year ('2026') typed over those derived from the contract and the grid; null keeps the derived one. */
	worked: Record<string, WorkedOverride>;
	vacation: VacationChoices;
	outcome: Outcome;
	hasQualifyingDiploma: boolean;
	/** Date of the request for insertion allowances; null: the day after the contract ends. */
	requestDate: ISODate | null;
	/** The trial period: a start at the centre only, the first day in the company (null: the contract start), suspensions. */
	trial: {
		startsAtCentre: boolean;
		firstDayInCompany: ISODate | null;
		suspensions: { start: ISODate; end: ISODate }[];
	};
	/** A notice to compute: the day it is handed over or sent (null: an example date, two months after the start), and whether it falls in the trial ('auto' compares with the trial's end). */
	notice: { date: ISODate | null; duringTrial: (typeof NOTICE_TRIAL_CHOICES)[number] };
	/** Periods of incapacity for the guaranteed pay; null shows the example built from the contract start. */
	incapacities: Incapacity[] | null;
	/** After the contract: a month of work under an employment contract the same year (null: not known yet), and the gross of the first month of youth vacation, if known. */
	youth: { workedMonthAfter: boolean | null; firstMonthGross: number | null };
	/** The employer's side: where the company is established, the premiums' answers, the commuting subscription. */
	employer: EmployerChoices;
	/** What the user picks on a page to look at; null follows the contract. */
	picks: Picks;
}

export const TRAVEL_CHOICES = ['none', ...TRANSPORT_KINDS] as const;

export interface EmployerChoices {
	/** The region of the company's establishment unit, which decides the employer's premiums. */
	establishment: Region;
	/** The tutor is certified (« tuteur agréé »); null: not known. */
	tutorCertified: boolean | null;
	/** A self-employed person without staff, first apprenticeship-type contract in 5 years; null: not known. */
	selfEmployedFirstContract: boolean | null;
	/** The apprentice's public-transport subscription between home and the company. */
	travel: {
		kind: (typeof TRAVEL_CHOICES)[number];
		/** Its price in euros, for a month or a year; null until typed. */
		price: number | null;
		per: (typeof PRICE_PERIODS)[number];
		distanceKm: number | null;
	};
}

export interface WorkedOverride {
	days: number | null;
	months: number | null;
}

/** Vacation choices; periods and amounts are by vacation year ('2027'). */
export interface VacationChoices {
	/** The vacation year the page details; null: the first year of the contract with paid days. */
	year: number | null;
	/** Hours a week of a full-time worker in the company (ouvrier conversion). */
	fullTimeHoursPerWeek: number;
	/** The apprentice starts or resumes an activity (European vacation). */
	startsOrResumesActivity: boolean;
	/** A construction company (CP 124): its 12 rest days replace `rttDays`. */
	construction: boolean;
	/** Sector compensatory rest days paid in a year, outside construction. */
	rttDays: number;
	/** Planned vacation periods; a missing year plans 1 to 21 July. */
	periods: Record<string, VacationPeriod[]>;
	/** Amounts typed over the derived ones; null keeps the derived one. */
	pay: Record<string, VacationPayOverride>;
}

export interface VacationPayOverride {
	/** Ouvrier: gross rétributions of the year before. */
	grossPay: number | null;
	/** Ouvrier: fictitious pay of assimilated days, from the vacation fund. */
	fictitiousPay: number | null;
	/** Employé: gross rétribution of the month of the main vacation. */
	monthlyPay: number | null;
}

export interface Incapacity {
	start: ISODate;
	end: ISODate;
	otherCause: boolean;
	occupational: boolean;
}

export interface Picks {
	/** The month checked on the family allowance page ('YYYY-MM'), and the income typed for it. */
	allowanceMonth: string | null;
	allowanceIncome: number | null;
	/** The period of the schedule check; the end defaults to four weeks after the start. */
	scheduleFrom: ISODate | null;
	scheduleTo: ISODate | null;
	scheduleRegime: WeeklyHoursRegime;
	overtime: { date: ISODate | null; hours: number; hourlyRate: number };
	/** The first day of the stage d'insertion; null: the day after the request. */
	internshipStart: ISODate | null;
	/** The two dates of the amount comparison. */
	compareDates: [ISODate, ISODate] | null;
}

export const WEEKDAYS = [
	'Lundi',
	'Mardi',
	'Mercredi',
	'Jeudi',
	'Vendredi',
	'Samedi',
	'Dimanche'
] as const;

// An hour's lunch: under 18, a day of more than 6 hours of work needs an hour of breaks.
const workday = (): Slot[] => [
	{ start: '08:00', end: '12:00' },
	{ start: '13:00', end: '17:00' }
];

/** The default scenario is the first example: a first visit says so. */
export const DEFAULT_EXAMPLE = {
	id: 'apprenti-trois-ans',
	title: 'Apprenti IFAPME, trois ans, niveaux A, B puis C'
} as const;

/** A typical first-year apprentice: three days in the company, two at the centre. */
export function defaultScenario(): Scenario {
	return {
		name: '',
		birthDate: '2009-03-15',
		region: 'wallonia',
		operator: 'IFAPME',
		regime: 'blue-collar',
		completedTwoSecondaryYears: true,
		signingDate: '2025-08-25',
		contractStart: '2025-09-01',
		contractEnd: '2028-06-30',
		earlierContracts: [],
		levels: null,
		retributionOn: null,
		employerMonthlyAmount: null,
		week: [workday(), workday(), workday(), [], [], [], []],
		centreHoursPerWeek: 14,
		centreDays: [3, 4],
		derogation: 'none',
		quarterHours: {},
		worked: {},
		vacation: defaultVacationChoices(),
		outcome: 'success',
		hasQualifyingDiploma: false,
		requestDate: null,
		trial: { startsAtCentre: false, firstDayInCompany: null, suspensions: [] },
		notice: { date: null, duringTrial: 'auto' },
		incapacities: null,
		youth: { workedMonthAfter: null, firstMonthGross: null },
		employer: defaultEmployerChoices('wallonia'),
		picks: defaultPicks()
	};
}

/** Premiums' answers unknown and no subscription, for a company in `establishment`. */
export function defaultEmployerChoices(establishment: Region): EmployerChoices {
	return {
		establishment,
		tutorCertified: null,
		selfEmployedFirstContract: null,
		travel: { kind: 'none', price: null, per: 'month', distanceKm: null }
	};
}

export function defaultVacationChoices(): VacationChoices {
	return {
		year: null,
		fullTimeHoursPerWeek: 38,
		startsOrResumesActivity: true,
		construction: false,
		rttDays: 0,
		periods: {},
		pay: {}
	};
}

export function defaultPicks(): Picks {
	return {
		allowanceMonth: null,
		allowanceIncome: null,
		scheduleFrom: null,
		scheduleTo: null,
		scheduleRegime: 'standard',
		overtime: { date: null, hours: 2, hourlyRate: 5 },
		internshipStart: null,
		compareDates: null
	};
}

/** The levels in force: those the user entered, else A, B and C on the contract's anniversaries (A alone while the dates are wrong). */
export function scenarioLevels(s: Scenario): LevelChange[] {
	if (s.levels) return s.levels;
	return s.contractEnd >= s.contractStart
		? contractLevels(s.contractStart, s.contractEnd)
		: [{ from: s.contractStart, level: 'A' }];
}

/** The calendar quarter key ('2026-Q3') of a date or a 'YYYY-MM' month, as `quarterHours` is keyed. */
export const quarterKey = (date: string) =>
	`${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** The calendar quarters ('2026-Q3') the contract touches, in order; none while its dates are wrong. */
export function contractQuarters(s: Scenario): string[] {
	const quarters: string[] = [];
	if (s.contractEnd < s.contractStart) return quarters;
	let year = Number(s.contractStart.slice(0, 4));
	let quarter = Math.ceil(Number(s.contractStart.slice(5, 7)) / 3);
	const last = quarterKey(s.contractEnd);
	for (let key = `${year}-Q${quarter}`; quarters.length < 200; key = `${year}-Q${quarter}`) {
		quarters.push(key);
		if (key === last) break;
		[year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
	}
	return quarters;
}
