/**
 * Reads a scenario from untrusted data (a stored record, a shared link, an imported file): each
 * field is checked on its own; a bad field falls back to its default and is reported, so a damaged
 * scenario still opens and the user is told what was replaced.
 */
import { RuleInputError } from '$lib/rules/errors';
import type { ISODate } from '$lib/rules/explain';
import { LEVELS, contractLevels } from '$lib/rules/levels';
import {
	requireBoolean,
	requireDate,
	requireList,
	requireNumber,
	requireObject,
	requireOneOf,
	requireTime
} from '$lib/rules/validate';
import {
	DEROGATIONS,
	NOTICE_TRIAL_CHOICES,
	OPERATORS,
	OUTCOMES,
	REGIMES,
	REGIONS,
	defaultScenario,
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
		throw new RuleInputError('name', `Prénom : les caractères < > et de contrôle sont retirés, ${NAME_MAX} caractères au plus.`);
	}
	return cleaned;
}

function readSlots(value: unknown, day: number): Slot[] {
	const field = `week[${day}]`;
	return requireList(value, field, `Horaire du jour n° ${day + 1}`, { min: 0, max: 4 }).map((item, i) => {
		const slot = requireObject(item, `${field}[${i}]`, `Plage horaire n° ${i + 1}`);
		const start = requireTime(slot.start, `${field}[${i}].start`, 'Début de la plage');
		const end = requireTime(slot.end, `${field}[${i}].end`, 'Fin de la plage');
		if (start === end) throw new RuleInputError(`${field}[${i}].end`, 'Fin de la plage : elle doit différer du début.');
		return { start: slot.start as string, end: slot.end as string };
	});
}

function readWeek(value: unknown): Slot[][] {
	return requireList(value, 'week', 'Horaire de la semaine', { min: 7, max: 7 }).map(readSlots);
}

function readLevels(value: unknown): Scenario['levels'] {
	return requireList(value, 'levels', 'Niveaux de rétribution', { min: 0, max: 20 }).map((item, i) => {
		const change = requireObject(item, `levels[${i}]`, `Niveau n° ${i + 1}`);
		return {
			from: requireDate(change.from, `levels[${i}].from`, `Date du niveau n° ${i + 1}`),
			level: requireOneOf(change.level, LEVELS, `levels[${i}].level`, `Niveau n° ${i + 1}`)
		};
	});
}

function readPreviousYear(value: unknown): Scenario['previousYear'] {
	const data = requireObject(value, 'previousYear', 'Année précédente');
	return {
		daysWorked: requireNumber(data.daysWorked, 'previousYear.daysWorked', 'Jours prestés', { min: 0, max: 366 }),
		monthsWorked: requireNumber(data.monthsWorked, 'previousYear.monthsWorked', 'Mois prestés', { min: 0, max: 12 }),
		daysPerWeek: requireNumber(data.daysPerWeek, 'previousYear.daysPerWeek', 'Jours par semaine', { min: 1, max: 6, integer: true }),
		hoursPerWeek: requireNumber(data.hoursPerWeek, 'previousYear.hoursPerWeek', 'Heures par semaine', { min: 0, max: 60 })
	};
}

function readQuarterHours(value: unknown): Scenario['quarterHours'] {
	const entries = Object.entries(requireObject(value, 'quarterHours', 'Heures hors contrat par trimestre'));
	if (entries.length > 200) throw new RuleInputError('quarterHours', 'Heures hors contrat par trimestre : au plus 200 trimestres.');
	const hours: Scenario['quarterHours'] = {};
	for (const [quarter, item] of entries) {
		if (!/^\d{4}-Q[1-4]$/.test(quarter)) throw new RuleInputError('quarterHours', 'Heures hors contrat par trimestre : un trimestre est mal écrit.');
		hours[quarter] = requireNumber(item, `quarterHours[${quarter}]`, `Heures hors contrat (${quarter.replace(/^(\d{4})-Q(\d)$/, 'T$2 $1')})`, { min: 0, max: 92 * 24 }); // at most every hour of a 92-day quarter, as the rule accepts
	}
	return hours;
}

/** A list of periods, each ending on or after its start; `item` names one in messages (« du contrat précédent »). */
function readPeriods(value: unknown, field: string, label: string, item: string): { start: ISODate; end: ISODate }[] {
	return requireList(value, field, label, { min: 0, max: 20 }).map((entry, i) => {
		const period = requireObject(entry, `${field}[${i}]`, `${label} : n° ${i + 1}`);
		const start = requireDate(period.start, `${field}[${i}].start`, `Début ${item} n° ${i + 1}`);
		const end = requireDate(period.end, `${field}[${i}].end`, `Fin ${item} n° ${i + 1}`);
		if (end < start) throw new RuleInputError(`${field}[${i}].end`, `Fin ${item} n° ${i + 1} : elle doit suivre le début.`);
		return { start, end };
	});
}

function readTrial(value: unknown): Scenario['trial'] {
	const trial = requireObject(value, 'trial', 'Période d\'essai');
	return {
		startsAtCentre: requireBoolean(trial.startsAtCentre, 'trial.startsAtCentre', 'Début en centre de formation'),
		firstDayInCompany: trial.firstDayInCompany === null ? null : requireDate(trial.firstDayInCompany, 'trial.firstDayInCompany', 'Premier jour en entreprise'),
		suspensions: readPeriods(trial.suspensions, 'trial.suspensions', 'Suspensions', 'de la suspension')
	};
}

function readNotice(value: unknown): Scenario['notice'] {
	const notice = requireObject(value, 'notice', 'Préavis');
	return {
		date: notice.date === null ? null : requireDate(notice.date, 'notice.date', 'Date du préavis'),
		duringTrial: requireOneOf(notice.duringTrial, NOTICE_TRIAL_CHOICES, 'notice.duringTrial', 'Préavis pendant l\'essai')
	};
}

const readers: { [K in keyof Scenario]: (value: unknown) => Scenario[K] } = {
	name: cleanName,
	birthDate: (v) => requireDate(v, 'birthDate', 'Date de naissance'),
	region: (v) => requireOneOf(v, REGIONS, 'region', 'Région'),
	operator: (v) => requireOneOf(v, OPERATORS, 'operator', 'Opérateur de formation'),
	regime: (v) => requireOneOf(v, REGIMES, 'regime', 'Régime'),
	completedTwoSecondaryYears: (v) => requireBoolean(v, 'completedTwoSecondaryYears', 'Deux premières années du secondaire'),
	signingDate: (v) => requireDate(v, 'signingDate', 'Date de signature'),
	contractStart: (v) => requireDate(v, 'contractStart', 'Début du contrat'),
	contractEnd: (v) => requireDate(v, 'contractEnd', 'Fin du contrat'),
	earlierContracts: (v) => readPeriods(v, 'earlierContracts', 'Contrats précédents', 'du contrat précédent'),
	levels: (v) => (v === null ? null : readLevels(v)),
	retributionOn: (v) => (v === null ? null : requireDate(v, 'retributionOn', 'Date du montant mensuel')),
	employerMonthlyAmount: (v) =>
		v === null ? null : requireNumber(v, 'employerMonthlyAmount', 'Montant payé par l\'employeur', { min: 0, max: 100_000 }),
	week: readWeek,
	centreHoursPerWeek: (v) => requireNumber(v, 'centreHoursPerWeek', 'Heures au centre par semaine', { min: 0, max: 40 }),
	centreDays: (v) =>
		[...new Set(requireList(v, 'centreDays', 'Jours au centre de formation', { min: 0, max: 7 }).map((day, i) =>
			requireNumber(day, `centreDays[${i}]`, `Jour au centre n° ${i + 1}`, { min: 0, max: 6, integer: true })
		))].sort(),
	derogation: (v) => requireOneOf(v, DEROGATIONS, 'derogation', 'Dérogation sectorielle'),
	quarterHours: readQuarterHours,
	previousYear: readPreviousYear,
	outcome: (v) => requireOneOf(v, OUTCOMES, 'outcome', 'Issue de la formation'),
	hasQualifyingDiploma: (v) => requireBoolean(v, 'hasQualifyingDiploma', 'Diplôme qualifiant'),
	requestDate: (v) => requireDate(v, 'requestDate', 'Date de la demande'),
	trial: readTrial,
	notice: readNotice
};

/**
 * Upgrades a scenario of an earlier schema version to the current one. Version 1 stored the levels
 * always; version 2 stores null while they follow the contract, the date of the monthly amount and
 * the hours worked outside the contract by quarter, the training-centre days, the trial
 * period and the notice of the contract page.
 */
export function migrateScenario(raw: Record<string, unknown>, version: number): Record<string, unknown> {
	let data = raw;
	if (version < 2) {
		let follows = false;
		try {
			const defaults = contractLevels(data.contractStart as string, data.contractEnd as string);
			follows = JSON.stringify(data.levels) === JSON.stringify(defaults);
		} catch {
			// Dates that cannot be read: the levels stay as stored and are checked with the rest.
		}
		data = { ...data, levels: follows ? null : data.levels, retributionOn: null, quarterHours: {}, centreDays: [], trial: defaultScenario().trial, notice: defaultScenario().notice };
	}
	return data;
}

/** Reads every known field; unknown fields (and `__proto__` keys) are ignored, never copied. */
export function readScenario(raw: unknown): ReadScenario {
	const fallback = defaultScenario();
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { scenario: fallback, problems: [{ field: 'scenario', message: 'Le scénario est illisible : les valeurs par défaut sont affichées.' }] };
	}
	const problems: Problem[] = [];
	const scenario = { ...fallback };
	for (const key of Object.keys(readers) as (keyof Scenario)[]) {
		if (!Object.hasOwn(raw, key)) {
			problems.push({ field: key, message: `Champ manquant « ${key} » : la valeur par défaut est reprise.` });
			continue;
		}
		try {
			(scenario as Record<string, unknown>)[key] = readers[key]((raw as Record<string, unknown>)[key]);
		} catch (error) {
			if (!(error instanceof RuleInputError)) throw error;
			problems.push({ field: error.field, message: `${error.message} La valeur par défaut est reprise.` });
		}
	}
	return { scenario, problems };
}
