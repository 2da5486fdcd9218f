/**
 * Reads a scenario from untrusted data (a stored record, a shared link, an imported file): each
 * field is checked on its own; a bad field falls back to its default and is reported, so a damaged
 * scenario still opens and the user is told what was replaced.
 */
import {
	WORK_DEROGATIONS,
	RuleInputError,
	type ISODate,
	LEVELS,
	contractLevels,
	requireBoolean,
	requireDate,
	requireList,
	requireNumber,
	requireObject,
	requireOneOf,
	requireTime,
	optionalNumber,
	PRICE_PERIODS
} from '$lib/rules';
import { WEEKLY_HOURS_REGIMES } from '$lib/rules/parameters/weekly-hours-regimes';
import {
	NOTICE_TRIAL_CHOICES,
	OPERATORS,
	OUTCOMES,
	REGIMES,
	REGIONS,
	TRAVEL_CHOICES,
	defaultEmployerChoices,
	defaultPicks,
	defaultScenario,
	defaultVacationChoices,
	type Region,
	type Scenario,
	type Slot
} from './scenario';

export interface Problem {
	field: string;
	message: string;
}

export interface ReadScenario {
	scenario: Scenario;
	problems: Problem[];
}

const NAME_MAX = 60;
/** The longest scenario title kept, in a record or a link. */
export const TITLE_MAX = 80;

/** Removes markup and control characters from a typed text, and cuts it to `max` characters. */
export function stripMarkup(text: string, max = NAME_MAX): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[<>\u0000-\u001f\u007f]/g, '').slice(0, max);
}

/** A name as stored: without markup or control characters, at most NAME_MAX characters. */
export function cleanName(value: unknown): string {
	if (typeof value !== 'string') throw new RuleInputError('name', 'Prénom : un texte est attendu.');
	const cleaned = stripMarkup(value).trim();
	if (cleaned !== value.trim()) {
		throw new RuleInputError(
			'name',
			`Prénom : les caractères < > et de contrôle sont retirés, ${NAME_MAX} caractères au plus.`
		);
	}
	return cleaned;
}

function readSlots(value: unknown, day: number): Slot[] {
	const field = `week[${day}]`;
	return requireList(value, field, `Horaire du jour n° ${day + 1}`, { min: 0, max: 4 }).map(
		(item, i) => {
			const slot = requireObject(item, `${field}[${i}]`, `Plage horaire n° ${i + 1}`);
			const start = requireTime(slot.start, `${field}[${i}].start`, 'Début de la plage');
			const end = requireTime(slot.end, `${field}[${i}].end`, 'Fin de la plage');
			if (start === end)
				throw new RuleInputError(
					`${field}[${i}].end`,
					'Fin de la plage : elle doit différer du début.'
				);
			return { start: slot.start as string, end: slot.end as string };
		}
	);
}

function readWeek(value: unknown): Slot[][] {
	return requireList(value, 'week', 'Horaire de la semaine', { min: 7, max: 7 }).map(readSlots);
}

function readLevels(value: unknown): Scenario['levels'] {
	return requireList(value, 'levels', 'Niveaux de rétribution', { min: 0, max: 20 }).map(
		(item, i) => {
			const change = requireObject(item, `levels[${i}]`, `Niveau n° ${i + 1}`);
			return {
				from: requireDate(change.from, `levels[${i}].from`, `Date du niveau n° ${i + 1}`),
				level: requireOneOf(change.level, LEVELS, `levels[${i}].level`, `Niveau n° ${i + 1}`)
			};
		}
	);
}

/** An object keyed by calendar year ('2026'), each value read by `read`; at most 100 years. */
function readByYear<T>(
	value: unknown,
	field: string,
	label: string,
	read: (item: unknown, field: string, year: string) => T
): Record<string, T> {
	const entries = Object.entries(requireObject(value, field, label));
	if (entries.length > 100) throw new RuleInputError(field, `${label} : au plus 100 années.`);
	const byYear: Record<string, T> = {};
	for (const [year, item] of entries) {
		if (!/^\d{4}$/.test(year))
			throw new RuleInputError(field, `${label} : une année est mal écrite.`);
		byYear[year] = read(item, `${field}[${year}]`, year);
	}
	return byYear;
}

function readWorked(value: unknown): Scenario['worked'] {
	return readByYear(value, 'worked', 'Travail par année', (item, field, year) => {
		const data = requireObject(item, field, `Travail de ${year}`);
		return {
			days: optionalNumber(data.days, `${field}.days`, `Jours prestés en ${year}`, {
				min: 0,
				max: 366,
				integer: true
			}),
			months: optionalNumber(data.months, `${field}.months`, `Mois prestés en ${year}`, {
				min: 0,
				max: 12,
				integer: true
			})
		};
	});
}

function readVacation(value: unknown): Scenario['vacation'] {
	const data = requireObject(value, 'vacation', 'Vacances');
	return {
		year:
			data.year === null
				? null
				: requireNumber(data.year, 'vacation.year', 'Année des vacances', {
						min: 1900,
						max: 2200,
						integer: true
					}),
		fullTimeHoursPerWeek: requireNumber(
			data.fullTimeHoursPerWeek,
			'vacation.fullTimeHoursPerWeek',
			"Heures d'un temps plein",
			{ min: 1, max: 60 }
		),
		startsOrResumesActivity: requireBoolean(
			data.startsOrResumesActivity,
			'vacation.startsOrResumesActivity',
			"Début ou reprise d'activité"
		),
		construction: requireBoolean(
			data.construction,
			'vacation.construction',
			'Entreprise de la construction'
		),
		rttDays: requireNumber(data.rttDays, 'vacation.rttDays', 'Jours de repos compensatoire', {
			min: 0,
			max: 60,
			integer: true
		}),
		periods: readByYear(
			data.periods,
			'vacation.periods',
			'Périodes de vacances',
			(item, field, year) =>
				readPeriods(item, field, `Périodes de vacances ${year}`, 'de la période')
		),
		pay: readByYear(data.pay, 'vacation.pay', 'Montants des vacances', (item, field, year) => {
			const pay = requireObject(item, field, `Montants des vacances ${year}`);
			const euros = { min: 0, max: 1_000_000 };
			return {
				grossPay: optionalNumber(
					pay.grossPay,
					`${field}.grossPay`,
					`Rétributions brutes de ${Number(year) - 1}`,
					euros
				),
				fictitiousPay: optionalNumber(
					pay.fictitiousPay,
					`${field}.fictitiousPay`,
					'Rétribution fictive',
					euros
				),
				monthlyPay: optionalNumber(
					pay.monthlyPay,
					`${field}.monthlyPay`,
					'Rétribution du mois des vacances',
					euros
				)
			};
		})
	};
}

function readIncapacities(value: unknown): Scenario['incapacities'] {
	if (value === null) return null;
	const periods = readPeriods(value, 'incapacities', 'Incapacités', "de l'incapacité");
	return (value as Record<string, unknown>[]).map((item, i) => ({
		...periods[i]!,
		otherCause: requireBoolean(
			item.otherCause,
			`incapacities[${i}].otherCause`,
			`Autre maladie (incapacité n° ${i + 1})`
		),
		occupational: requireBoolean(
			item.occupational,
			`incapacities[${i}].occupational`,
			`Accident du travail (incapacité n° ${i + 1})`
		)
	}));
}

function readPicks(value: unknown): Scenario['picks'] {
	const data = requireObject(value, 'picks', 'Choix des pages');
	const date = (v: unknown, field: string, label: string) =>
		v === null ? null : requireDate(v, `picks.${field}`, label);
	const overtime = requireObject(data.overtime, 'picks.overtime', 'Heures supplémentaires');
	let compareDates: Scenario['picks']['compareDates'] = null;
	if (data.compareDates !== null) {
		const [first, second] = requireList(
			data.compareDates,
			'picks.compareDates',
			'Dates comparées',
			{ min: 2, max: 2 }
		);
		compareDates = [
			requireDate(first, 'picks.compareDates[0]', 'Première date'),
			requireDate(second, 'picks.compareDates[1]', 'Seconde date')
		];
	}
	if (
		data.allowanceMonth !== null &&
		(typeof data.allowanceMonth !== 'string' ||
			!/^\d{4}-(0[1-9]|1[0-2])$/.test(data.allowanceMonth))
	) {
		throw new RuleInputError('picks.allowanceMonth', 'Mois vérifié : un mois MM/AAAA est attendu.');
	}
	return {
		allowanceMonth: data.allowanceMonth as string | null,
		allowanceIncome: optionalNumber(
			data.allowanceIncome,
			'picks.allowanceIncome',
			'Revenu du mois',
			{ min: 0, max: 100_000 }
		),
		scheduleFrom: date(data.scheduleFrom, 'scheduleFrom', 'Début de la période contrôlée'),
		scheduleTo: date(data.scheduleTo, 'scheduleTo', 'Fin de la période contrôlée'),
		scheduleRegime: requireOneOf(
			data.scheduleRegime,
			WEEKLY_HOURS_REGIMES,
			'picks.scheduleRegime',
			'Régime de la durée hebdomadaire'
		),
		overtime: {
			date: date(overtime.date, 'overtime.date', 'Date des heures supplémentaires'),
			hours: requireNumber(overtime.hours, 'picks.overtime.hours', 'Heures supplémentaires', {
				min: 0,
				max: 24
			}),
			hourlyRate: requireNumber(
				overtime.hourlyRate,
				'picks.overtime.hourlyRate',
				'Rétribution horaire',
				{ min: 0, max: 1000 }
			)
		},
		internshipStart: date(data.internshipStart, 'internshipStart', 'Début du stage'),
		compareDates
	};
}

function readQuarterHours(value: unknown): Scenario['quarterHours'] {
	const entries = Object.entries(
		requireObject(value, 'quarterHours', 'Heures hors contrat par trimestre')
	);
	if (entries.length > 200)
		throw new RuleInputError(
			'quarterHours',
			'Heures hors contrat par trimestre : au plus 200 trimestres.'
		);
	const hours: Scenario['quarterHours'] = {};
	for (const [quarter, item] of entries) {
		if (!/^\d{4}-Q[1-4]$/.test(quarter))
			throw new RuleInputError(
				'quarterHours',
				'Heures hors contrat par trimestre : un trimestre est mal écrit.'
			);
		hours[quarter] = requireNumber(
			item,
			`quarterHours[${quarter}]`,
			`Heures hors contrat (${quarter.replace(/^(\d{4})-Q(\d)$/, 'T$2 $1')})`,
			{ min: 0, max: 92 * 24 }
		); // at most every hour of a 92-day quarter, as the rule accepts
	}
	return hours;
}

/** A list of periods, each ending on or after its start; `item` names one in messages (« du contrat précédent »). */
function readPeriods(
	value: unknown,
	field: string,
	label: string,
	item: string
): { start: ISODate; end: ISODate }[] {
	return requireList(value, field, label, { min: 0, max: 20 }).map((entry, i) => {
		const period = requireObject(entry, `${field}[${i}]`, `${label} : n° ${i + 1}`);
		const start = requireDate(period.start, `${field}[${i}].start`, `Début ${item} n° ${i + 1}`);
		const end = requireDate(period.end, `${field}[${i}].end`, `Fin ${item} n° ${i + 1}`);
		if (end < start)
			throw new RuleInputError(
				`${field}[${i}].end`,
				`Fin ${item} n° ${i + 1} : elle doit suivre le début.`
			);
		return { start, end };
	});
}

function readYouth(value: unknown): Scenario['youth'] {
	const youth = requireObject(value, 'youth', 'Après le contrat');
	const worked = youth.workedMonthAfter;
	return {
		workedMonthAfter:
			worked === null
				? null
				: requireBoolean(worked, 'youth.workedMonthAfter', 'Un mois de travail après le contrat'),
		firstMonthGross: optionalNumber(
			youth.firstMonthGross,
			'youth.firstMonthGross',
			'Salaire du premier mois',
			{ min: 0, max: 100_000 }
		)
	};
}

const optionalAnswer = (value: unknown, field: string, label: string) =>
	value === null ? null : requireBoolean(value, field, label);

function readEmployer(value: unknown): Scenario['employer'] {
	const employer = requireObject(value, 'employer', 'Employeur');
	const travel = requireObject(employer.travel, 'employer.travel', 'Abonnement de transport');
	return {
		establishment: requireOneOf(
			employer.establishment,
			REGIONS,
			'employer.establishment',
			"Région du siège d'exploitation"
		),
		tutorCertified: optionalAnswer(
			employer.tutorCertified,
			'employer.tutorCertified',
			'Tuteur agréé'
		),
		selfEmployedFirstContract: optionalAnswer(
			employer.selfEmployedFirstContract,
			'employer.selfEmployedFirstContract',
			'Indépendant sans personnel, premier contrat'
		),
		travel: {
			kind: requireOneOf(
				travel.kind,
				TRAVEL_CHOICES,
				'employer.travel.kind',
				'Abonnement de transport'
			),
			price: optionalNumber(travel.price, 'employer.travel.price', "Prix de l'abonnement", {
				min: 0,
				max: 20_000
			}),
			per: requireOneOf(
				travel.per,
				PRICE_PERIODS,
				'employer.travel.per',
				"Période de l'abonnement"
			),
			distanceKm: optionalNumber(
				travel.distanceKm,
				'employer.travel.distanceKm',
				'Distance domicile-entreprise',
				{ min: 0, max: 500 }
			)
		}
	};
}

function readTrial(value: unknown): Scenario['trial'] {
	const trial = requireObject(value, 'trial', "Période d'essai");
	return {
		startsAtCentre: requireBoolean(
			trial.startsAtCentre,
			'trial.startsAtCentre',
			'Début en centre de formation'
		),
		firstDayInCompany:
			trial.firstDayInCompany === null
				? null
				: requireDate(
						trial.firstDayInCompany,
						'trial.firstDayInCompany',
						'Premier jour en entreprise'
					),
		suspensions: readPeriods(
			trial.suspensions,
			'trial.suspensions',
			'Suspensions',
			'de la suspension'
		)
	};
}

function readNotice(value: unknown): Scenario['notice'] {
	const notice = requireObject(value, 'notice', 'Préavis');
	return {
		date: notice.date === null ? null : requireDate(notice.date, 'notice.date', 'Date du préavis'),
		duringTrial: requireOneOf(
			notice.duringTrial,
			NOTICE_TRIAL_CHOICES,
			'notice.duringTrial',
			"Préavis pendant l'essai"
		)
	};
}

const readers: { [K in keyof Scenario]: (value: unknown) => Scenario[K] } = {
	name: cleanName,
	birthDate: (v) => requireDate(v, 'birthDate', 'Date de naissance'),
	region: (v) => requireOneOf(v, REGIONS, 'region', 'Région'),
	operator: (v) => requireOneOf(v, OPERATORS, 'operator', 'Opérateur de formation'),
	regime: (v) => requireOneOf(v, REGIMES, 'regime', 'Régime'),
	completedTwoSecondaryYears: (v) =>
		requireBoolean(v, 'completedTwoSecondaryYears', 'Deux premières années du secondaire'),
	signingDate: (v) => requireDate(v, 'signingDate', 'Date de signature'),
	contractStart: (v) => requireDate(v, 'contractStart', 'Début du contrat'),
	contractEnd: (v) => requireDate(v, 'contractEnd', 'Fin du contrat'),
	earlierContracts: (v) =>
		readPeriods(v, 'earlierContracts', 'Contrats précédents', 'du contrat précédent'),
	levels: (v) => (v === null ? null : readLevels(v)),
	retributionOn: (v) =>
		v === null ? null : requireDate(v, 'retributionOn', 'Date du montant mensuel'),
	employerMonthlyAmount: (v) =>
		v === null
			? null
			: requireNumber(v, 'employerMonthlyAmount', "Montant payé par l'employeur", {
					min: 0,
					max: 100_000
				}),
	week: readWeek,
	centreHoursPerWeek: (v) =>
		requireNumber(v, 'centreHoursPerWeek', 'Heures au centre par semaine', { min: 0, max: 40 }),
	centreDays: (v) =>
		[
			...new Set(
				requireList(v, 'centreDays', 'Jours au centre de formation', { min: 0, max: 7 }).map(
					(day, i) =>
						requireNumber(day, `centreDays[${i}]`, `Jour au centre n° ${i + 1}`, {
							min: 0,
							max: 6,
							integer: true
						})
				)
			)
		].sort(),
	derogation: (v) => requireOneOf(v, WORK_DEROGATIONS, 'derogation', 'Dérogation sectorielle'),
	quarterHours: readQuarterHours,
	worked: readWorked,
	vacation: readVacation,
	outcome: (v) => requireOneOf(v, OUTCOMES, 'outcome', 'Issue de la formation'),
	hasQualifyingDiploma: (v) => requireBoolean(v, 'hasQualifyingDiploma', 'Diplôme qualifiant'),
	requestDate: (v) => (v === null ? null : requireDate(v, 'requestDate', 'Date de la demande')),
	trial: readTrial,
	notice: readNotice,
	incapacities: readIncapacities,
	youth: readYouth,
	employer: readEmployer,
	picks: readPicks
};

/**
 * Upgrades a scenario of an earlier schema version to the current one. Version 1 stored the levels
 * always; version 2 stores null while they follow the contract, the date of the monthly amount and
 * the hours worked outside the contract by quarter, the training-centre days, the trial
 * period and the notice of the contract page. Version 3 derives each year's work from the contract
 * and the weekly grid (a year typed in version 2 stays as that year's override; its days and hours a
 * week were a second copy of the grid's) and keeps what every page lets the user pick. Version 4
 * adds what follows the contract; version 5 the employer's side.
 */
export function migrateScenario(
	raw: Record<string, unknown>,
	version: number
): Record<string, unknown> {
	let data = raw;
	if (version < 2) {
		let follows = false;
		try {
			const defaults = contractLevels(data.contractStart as string, data.contractEnd as string);
			follows = JSON.stringify(data.levels) === JSON.stringify(defaults);
		} catch {
			// Dates that cannot be read: the levels stay as stored and are checked with the rest.
		}
		data = {
			...data,
			levels: follows ? null : data.levels,
			retributionOn: null,
			quarterHours: {},
			centreDays: [],
			trial: defaultScenario().trial,
			notice: defaultScenario().notice
		};
	}
	if (version < 3) {
		// Version 2 kept one year of work typed on the vacation page: kept as that year's override when it differs from the old page default.
		const { previousYear, ...rest } = data;
		const typed =
			typeof previousYear === 'object' && previousYear !== null
				? (previousYear as Record<string, unknown>)
				: {};
		const year = typeof data.contractStart === 'string' ? data.contractStart.slice(0, 4) : '';
		const days =
			typed.daysWorked !== undefined && typed.daysWorked !== 51 ? typed.daysWorked : null;
		const months =
			typed.monthsWorked !== undefined && typed.monthsWorked !== 4 ? typed.monthsWorked : null;
		data = {
			...rest,
			worked:
				/^\d{4}$/.test(year) && (days !== null || months !== null)
					? { [year]: { days, months } }
					: {},
			vacation: defaultVacationChoices(),
			incapacities: null,
			picks: defaultPicks()
		};
	}
	if (version < 4) {
		// Version 4 adds what follows the contract (youth vacation), unknown until the person says.
		data = { ...data, youth: defaultScenario().youth };
	}
	if (version < 5) {
		// The company is most often in the region where the apprentice lives; every answer stays to check.
		const region = (REGIONS as readonly unknown[]).includes(data.region)
			? (data.region as Region)
			: 'wallonia';
		data = { ...data, employer: defaultEmployerChoices(region) };
	}
	return data;
}

/** Reads every known field; unknown fields (and `__proto__` keys) are ignored, never copied. */
export function readScenario(raw: unknown): ReadScenario {
	const fallback = defaultScenario();
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {
			scenario: fallback,
			problems: [
				{
					field: 'scenario',
					message: 'Le scénario est illisible : les valeurs par défaut sont affichées.'
				}
			]
		};
	}
	const problems: Problem[] = [];
	const scenario = { ...fallback };
	for (const key of Object.keys(readers) as (keyof Scenario)[]) {
		if (!Object.hasOwn(raw, key)) {
			problems.push({
				field: key,
				message: `Champ manquant « ${key} » : la valeur par défaut est reprise.`
			});
			continue;
		}
		try {
			(scenario as Record<string, unknown>)[key] = readers[key](
				(raw as Record<string, unknown>)[key]
			);
		} catch (error) {
			if (!(error instanceof RuleInputError)) throw error;
			problems.push({
				field: error.field,
				message: `${error.message} La valeur par défaut est reprise.`
			});
		}
	}
	return { scenario, problems };
}
