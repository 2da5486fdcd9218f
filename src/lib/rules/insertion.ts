/**
 * Stage d'insertion professionnelle (SIP) after an alternance contract: the days that remain to be
 * done, by the outcome of the training and the rules in force on the date of the request
 * (Vade-Mecum fiche 12 until 28 February 2026, loi-programme of 18 July 2025 from 1 March 2026).
 */
import {
	compareIso,
	offsetDate,
	countSundays,
	daysInclusive,
	writeDate,
	isoWeekday,
	isSunday
} from './calendar';
import { RuleInputError } from './errors';
import { Explainer, type Explained, type ISODate } from './explain';
import {
	FICHE_12_PRINTED_EXAMPLES,
	insertionRegimeTable,
	successReductionTable,
	type InsertionRegime
} from './parameters/insertion';
import { vadeMecum } from './parameters/sources';
import { rowInForce, type DateField } from './parameters/table';
import {
	requireBoolean,
	requireDate,
	requireList,
	requireNumber,
	requireObject,
	requireOneOf
} from './validate';

export type InsertionOutcome = 'success' | 'failure' | 'abandoned';
export const INSERTION_OUTCOMES: readonly InsertionOutcome[] = ['success', 'failure', 'abandoned'];

export interface ContractPeriod {
	start: ISODate;
	end: ISODate;
}

export interface InsertionInput {
	/** The alternance contracts, in any order; overlapping days count once. */
	contracts: ContractPeriod[];
	outcome: InsertionOutcome;
	ageAtRequest: number;
	/** A diploma of the list of fiche 12 (CESS, 6th year certificate…) obtained outside the alternance. */
	hasQualifyingDiploma: boolean;
	/** Date of the request for insertion allowances: it decides which rules apply. */
	requestDate: ISODate;
}

export interface InsertionRegimesComparison {
	/** Days left under the rules in force the day before the reform; null when the right does not open. */
	before: number | null;
	/** Days left under the rules in force from the reform; null when the right does not open. */
	after: number | null;
	reformDate: ISODate;
}

type Profile = Omit<InsertionInput, 'contracts' | 'requestDate'>;

/** One request for insertion allowances: the contract days, the apprentice, its date and its trace. */
interface Request {
	days: number;
	profile: Profile;
	on: ISODate;
	why: Explainer;
}

const MAX_CONTRACTS = 50;
// The SIP counts in a 6-day week: every day of the week but Sunday.
const DAYS_BUT_SUNDAY = 6;

const REQUEST_DATE: DateField = { field: 'requestDate', label: 'Date de la demande' };
const FICHE_12_AGE = vadeMecum("fiche 12, conditions d'admission : demande avant 25 ans");

const plural = (n: number, word: string) => `${n} ${word}${Math.abs(n) > 1 ? 's' : ''}`;

function requireContracts(value: unknown): ContractPeriod[] {
	const list = requireList(value, 'contracts', "Contrats d'alternance", {
		min: 1,
		max: MAX_CONTRACTS
	});
	return list.map((item, i) => {
		const contract = requireObject(item, `contracts[${i}]`, `Contrat n° ${i + 1}`);
		const start = requireDate(
			contract.start,
			`contracts[${i}].start`,
			`Début du contrat n° ${i + 1}`
		);
		const end = requireDate(contract.end, `contracts[${i}].end`, `Fin du contrat n° ${i + 1}`);
		if (end < start) {
			throw new RuleInputError(
				`contracts[${i}].end`,
				`Fin du contrat n° ${i + 1} : la date de fin doit être égale ou postérieure au début (${writeDate(start)}).`
			);
		}
		return { start, end };
	});
}

function requireProfile(data: Record<string, unknown>): Profile {
	return {
		outcome: requireOneOf(data.outcome, INSERTION_OUTCOMES, 'outcome', 'Issue de la formation'),
		ageAtRequest: requireNumber(data.ageAtRequest, 'ageAtRequest', 'Âge à la demande', {
			min: 15,
			max: 99,
			integer: true
		}),
		hasQualifyingDiploma: requireBoolean(
			data.hasQualifyingDiploma,
			'hasQualifyingDiploma',
			'Diplôme requis obtenu'
		)
	};
}

/** Contracts sorted by start, overlapping ones joined, so that no day counts twice. */
function mergeOverlaps(contracts: ContractPeriod[]): ContractPeriod[] {
	const merged: ContractPeriod[] = [];
	for (const contract of [...contracts].sort((a, b) => compareIso(a.start, b.start))) {
		const last = merged.at(-1);
		if (last && contract.start <= last.end) {
			if (contract.end > last.end) last.end = contract.end;
		} else {
			merged.push({ ...contract });
		}
	}
	return merged;
}

function samePeriods(a: readonly ContractPeriod[], b: readonly ContractPeriod[]): boolean {
	return a.length === b.length && a.every((p, i) => p.start === b[i]?.start && p.end === b[i]?.end);
}

/** Days covered by the contracts, both ends included, Sundays excluded, overlaps once (fiche 12). */
function countContractDays(contracts: ContractPeriod[], why: Explainer): number {
	const periods = mergeOverlaps(contracts);
	let calendarDays = 0;
	let sundays = 0;
	why.step(
		"Jours du contrat : jours calendrier du début à la fin, les deux bornes comprises, jours de formation chez l'opérateur compris, moins les dimanches"
	);
	for (const { start, end } of periods) {
		const days = daysInclusive(start, end);
		const periodSundays = countSundays(start, end);
		calendarDays += days;
		sundays += periodSundays;
		why.step(
			`Du ${writeDate(start)} au ${writeDate(end)}`,
			`${days} jours calendrier − ${plural(periodSundays, 'dimanche')}`,
			plural(days - periodSundays, 'jour')
		);
	}
	const separately = contracts.reduce((sum, c) => sum + daysInclusive(c.start, c.end), 0);
	if (separately > calendarDays) {
		why.step(
			"Les contrats qui se chevauchent ne sont comptés qu'une fois",
			`${separately} jours calendrier contrat par contrat`,
			`${calendarDays} jours calendrier sans doublon`
		);
	}
	const days = calendarDays - sundays;
	if (periods.length > 1)
		why.step('Total des jours du contrat', `${calendarDays} − ${sundays}`, plural(days, 'jour'));
	const printed = FICHE_12_PRINTED_EXAMPLES.find((example) =>
		samePeriods(example.periods, periods)
	);
	if (printed) {
		why.step(
			`Le Vade-Mecum 2017 (fiche 12, ${printed.name}) imprime ${printed.printedCalendarDays} jours calendrier et ${printed.printedSundays} dimanches pour ces dates, et ${plural(printed.printedRemainingDays, 'jour')} de stage restant : il oublie de compter les deux bornes`,
			`${calendarDays} jours calendrier et ${sundays} dimanches en comptant les deux bornes`
		);
	}
	why.source(
		vadeMecum('fiche 12, jours de la période couverte par le contrat (excepté les dimanches)')
	);
	return days;
}

function reductionApplies(internshipDays: number, on: ISODate, why: Explainer): boolean {
	const row = rowInForce(why, successReductionTable, on, REQUEST_DATE);
	if (!row.confirmed) {
		why.warn(
			`Il n'est pas confirmé que les jours d'une alternance réussie réduisent encore le stage de ${internshipDays} jours : le calcul les déduit, à vérifier auprès de l'ONEM.`
		);
	}
	return row.value;
}

/** Days left after a successful alternance: the whole SIP minus the contract days, floor 0. */
function afterSuccess(regime: InsertionRegime, { days, on, why }: Request): number {
	if (!reductionApplies(regime.internshipDays, on, why)) {
		why.step(
			"Formation réussie : le stage n'est pas réduit par les jours du contrat",
			undefined,
			plural(regime.internshipDays, 'jour')
		);
		return regime.internshipDays;
	}
	const left = Math.max(0, regime.internshipDays - days);
	why.step(
		`Formation terminée avec succès : stage de ${regime.internshipDays} jours moins les jours du contrat, sans descendre sous 0`,
		`max(0 ; ${regime.internshipDays} − ${days})`,
		plural(left, 'jour')
	);
	return left;
}

function underFiche12(
	regime: Extract<InsertionRegime, { kind: 'fiche-12' }>,
	request: Request
): number | null {
	const { days, profile, why } = request;
	const young =
		regime.allowanceMinimumAge !== null && profile.ageAtRequest < regime.allowanceMinimumAge;
	if (profile.outcome === 'abandoned') {
		why.step(
			"Formation abandonnée avant la fin du contrat : l'alternance n'ouvre pas le droit aux allocations d'insertion",
			undefined,
			young
				? `attendre ${regime.allowanceMinimumAge} ans, ou d'autres études terminées`
				: `seules d'autres études terminées peuvent ouvrir le droit (stage de ${regime.internshipDays} jours)`
		);
		why.source(vadeMecum('fiche 12, Formation en alternance non terminée'));
		return null;
	}
	let left: number;
	if (profile.outcome === 'success') {
		left = afterSuccess(regime, request);
	} else {
		const reduction = Math.ceil(days / regime.failureDivisor);
		left = Math.max(regime.failureFloorDays, regime.internshipDays - reduction);
		why.step(
			`Formation terminée sans succès : stage de ${regime.internshipDays} jours moins la moitié des jours du contrat (arrondie à l'unité supérieure, en faveur du jeune), au moins ${regime.failureFloorDays} jours`,
			`max(${regime.failureFloorDays} ; ${regime.internshipDays} − ⌈${days} / ${regime.failureDivisor}⌉) = max(${regime.failureFloorDays} ; ${regime.internshipDays} − ${reduction})`,
			plural(left, 'jour')
		);
		why.source(vadeMecum('fiche 12, Formation en alternance terminée sans succès'));
		if (young && !profile.hasQualifyingDiploma) {
			why.source(
				vadeMecum('fiche 12, Formation en alternance terminée sans succès, moins de 21 ans')
			);
			why.warn(
				`Moins de ${regime.allowanceMinimumAge} ans sans le diplôme requis : le stage se fait, mais l'allocation d'insertion ne sera accordée qu'à partir de ${regime.allowanceMinimumAge} ans, sur une nouvelle demande (document C29 en attendant).`
			);
		}
	}
	why.step(`Allocations d'insertion limitées à ${regime.allowanceMonths} mois`);
	return left;
}

function underLoiProgramme(
	regime: Extract<InsertionRegime, { kind: 'loi-programme-2025' }>,
	request: Request
): number | null {
	const { profile, why } = request;
	if (profile.outcome !== 'success') {
		why.step(
			`Formation ${profile.outcome === 'failure' ? 'terminée sans succès' : 'abandonnée'} : depuis la réforme, seule une alternance réussie ouvre le droit, et l'alternance non réussie ne réduit plus le stage`,
			undefined,
			"pas de droit sur la base de l'alternance"
		);
		return null;
	}
	const left = afterSuccess(regime, request);
	why.step(`Allocation d'insertion limitée à ${regime.allowanceMonths} mois`);
	return left;
}

/** The request must come before 25 in both regimes (reading kept after the reform, see the regime's note). */
function tooOld(regime: InsertionRegime, profile: Profile, why: Explainer): boolean {
	if (profile.ageAtRequest < regime.maximumRequestAge) return false;
	why.step(
		`Demande à ${profile.ageAtRequest} ans : les allocations d'insertion se demandent avant ${regime.maximumRequestAge} ans`,
		`${profile.ageAtRequest} ≥ ${regime.maximumRequestAge}`,
		'pas de droit'
	);
	why.source(FICHE_12_AGE);
	why.warn(
		`Le Vade-Mecum (fiche 12) admet une demande après ${regime.maximumRequestAge} ans par dérogation (avoir travaillé, ou interrompu ses études pour force majeure) ; à vérifier auprès de l'ONEM, qui n'a pas confirmé ces dérogations après la réforme.`
	);
	return true;
}

function remainingUnder(regime: InsertionRegime, request: Request): number | null {
	if (tooOld(regime, request.profile, request.why)) return null;
	return regime.kind === 'fiche-12'
		? underFiche12(regime, request)
		: underLoiProgramme(regime, request);
}

/**
 * Days of stage d'insertion professionnelle left after one or more alternance contracts, or null when
 * the alternance does not open the right. Contract days are counted both ends included, Sundays
 * excluded, overlaps once. Request before 1 March 2026 (Vade-Mecum fiche 12): success 310 − days
 * (floor 0), failure 310 − ⌈days / 2⌉ (at least 155), abandon null. From 1 March 2026 (loi-programme
 * of 18 July 2025): success only, 156 − days (floor 0, reduction unconfirmed).
 */
export function insertionInternshipRemainingDays(input: InsertionInput): Explained<number | null> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const contracts = requireContracts(data.contracts);
	const profile = requireProfile(data);
	const requestDate = requireDate(data.requestDate, 'requestDate', 'Date de la demande');
	const why = new Explainer();
	const row = rowInForce(why, insertionRegimeTable, requestDate, REQUEST_DATE);
	why.step(
		`Règles en vigueur à la date de la demande (${writeDate(requestDate)}), depuis le ${writeDate(row.from)}`,
		undefined,
		`stage de base de ${row.value.internshipDays} jours en régime de ${DAYS_BUT_SUNDAY} jours par semaine`
	);
	const lastEnd = contracts.reduce((last, c) => (c.end > last ? c.end : last), contracts[0]!.end);
	if (requestDate <= lastEnd) {
		why.warn(
			`La demande (${writeDate(requestDate)}) n'est pas postérieure à la fin du dernier contrat (${writeDate(lastEnd)}) : les allocations d'insertion se demandent à la fin de la formation.`
		);
	}
	const days = countContractDays(contracts, why);
	return why.done(remainingUnder(row.value, { days, profile, on: requestDate, why }));
}

/** The first day from which the rules of the loi-programme of 18 July 2025 apply. */
function reformDate(): ISODate {
	const row = insertionRegimeTable.rows.find((r) => r.value.kind === 'loi-programme-2025');
	return row!.from;
}

/**
 * The days of SIP left for the same contracts under the rules in force the day before the reform
 * (Vade-Mecum fiche 12) and from the reform (loi-programme of 18 July 2025, 1 March 2026), so that
 * both can be shown side by side; null where the alternance does not open the right.
 */
export function insertionRegimesCompared(
	input: Omit<InsertionInput, 'requestDate'>
): Explained<InsertionRegimesComparison> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const contracts = requireContracts(data.contracts);
	const profile = requireProfile(data);
	const reform = reformDate();
	const why = new Explainer();
	const days = countContractDays(contracts, why);
	const compare = (on: ISODate, title: string): number | null => {
		const row = rowInForce(why, insertionRegimeTable, on, REQUEST_DATE);
		why.step(
			`${title} (règles en vigueur depuis le ${writeDate(row.from)})`,
			undefined,
			`stage de base de ${row.value.internshipDays} jours`
		);
		return remainingUnder(row.value, { days, profile, on, why });
	};
	const before = compare(
		offsetDate(reform, -1),
		`Demande jusqu'au ${writeDate(offsetDate(reform, -1))}`
	);
	const after = compare(reform, `Demande à partir du ${writeDate(reform)}`);
	return why.done({ before, after, reformDate: reform });
}

/**
 * The last day of a SIP begun on `startDate` with `remainingDays` left, counted in a 6-day week as
 * fiche 12 of the Vade-Mecum states: every day but Sunday counts, public holidays included; the start
 * day is day 1, and a start on a Sunday counts from the Monday.
 */
export function insertionInternshipEndDate(input: {
	startDate: ISODate;
	remainingDays: number;
}): Explained<ISODate> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const startDate = requireDate(data.startDate, 'startDate', "Début du stage d'insertion");
	const longest = Math.max(...insertionRegimeTable.rows.map((r) => r.value.internshipDays));
	const remaining = requireNumber(data.remainingDays, 'remainingDays', 'Jours de stage restants', {
		min: 1,
		max: longest,
		integer: true
	});
	const why = new Explainer();
	why.source(vadeMecum("fiche 12, stage d'insertion en régime de 6 jours/semaine"));
	why.step(
		`Régime de ${DAYS_BUT_SUNDAY} jours par semaine : chaque jour compte sauf le dimanche (les jours fériés comptent) ; le premier jour du stage est le jour 1`
	);
	let first = startDate;
	if (isSunday(first)) {
		first = offsetDate(first, 1);
		why.step(
			`Le ${writeDate(startDate)} est un dimanche : le stage compte à partir du lundi`,
			undefined,
			writeDate(first)
		);
	}
	// Whole weeks keep the weekday; the leftover days step over a Sunday when they pass the end of the week.
	const weeks = Math.floor((remaining - 1) / DAYS_BUT_SUNDAY);
	const extra = (remaining - 1) % DAYS_BUT_SUNDAY;
	const end = offsetDate(first, weeks * 7 + extra + (isoWeekday(first) + extra >= 7 ? 1 : 0));
	const sundays = countSundays(first, end);
	why.step(
		`${plural(remaining, 'jour')} de stage à partir du ${writeDate(first)}`,
		`${remaining} jours + ${plural(sundays, 'dimanche')} = ${daysInclusive(first, end)} jours calendrier, les deux bornes comprises`,
		`dernier jour : ${writeDate(end)}`
	);
	return why.done(end);
}
