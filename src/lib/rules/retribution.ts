/**
 * Monthly rétribution of an apprentice: level A, B or C as a minimum share of the RMMMG, flat per
 * month, paid prorata temporis for a month the contract only partly covers (Vade-Mecum §4.6).
 */
import {
	compareIso,
	daysInMonth,
	daysInclusive,
	writeDate,
	isoDate,
	toDayNumber
} from './calendar';
import { RuleInputError } from './errors';
import { Explainer, type Explained, type ISODate } from './explain';
import { applyRate, toEuros, toCents, writeCents } from './money';
import { LEVELS, contractLevels, requireContractPeriod } from './levels';
import { levelRateTable, rmmmgTable, type Level } from './parameters/retribution';
import { vadeMecum } from './parameters/sources';
import { rowInForce, rowWalker, type DateField, type DatedRow } from './parameters/table';
import {
	requireDate,
	requireList,
	requireMonth,
	requireNumber,
	requireObject,
	requireOneOf
} from './validate';

export type { Level };
export { LEVELS, contractLevels };

const PAID_AMOUNT_HINT =
	"Si l'employeur paie déjà un montant indexé plus élevé, saisissez-le : le calcul le retient.";
const PRORATA_SOURCE = vadeMecum(
	'§4.6, « prorata temporis » en cas de début ou de fin en cours de mois'
);

export interface RetributionOptions {
	/** A higher reference amount than the RMMMG (sector CCT, company agreement), in euros. */
	referenceAmount?: number;
}

/** The figures a monthly amount is computed from, in force on one date. */
interface Figures {
	rate: DatedRow<Record<Level, number>>;
	rmmmg: DatedRow<number>;
}

const ON_DATE: DateField = { field: 'on', label: 'Date' };
const CONTRACT_START: DateField = { field: 'contractStart', label: 'Début du contrat' };

/** The figures in force on `on`, cited on `why`. */
function figuresOn(on: ISODate, why: Explainer): Figures {
	return {
		rate: rowInForce(why, levelRateTable, on, ON_DATE),
		rmmmg: rowInForce(why, rmmmgTable, on, ON_DATE)
	};
}

/** The amount of a level in a month, from the figures in force on `on` (already cited on `why`). */
function monthlyCents(
	level: Level,
	on: ISODate,
	figures: Figures,
	options: RetributionOptions,
	why: Explainer
): number {
	const rate = figures.rate.value[level];
	const override = options.referenceAmount;
	let referenceCents: number;
	if (override !== undefined) {
		referenceCents = toCents(
			requireNumber(override, 'referenceAmount', 'Montant de référence', { min: 0, max: 100_000 })
		);
		why.step(
			'Montant de référence choisi (au lieu du RMMMG)',
			undefined,
			writeCents(referenceCents)
		);
		if (referenceCents < toCents(figures.rmmmg.value)) {
			why.warn(
				`Le montant de référence saisi est inférieur au RMMMG en vigueur (${writeCents(toCents(figures.rmmmg.value))}) : la rétribution calculée peut être sous le minimum légal.`
			);
		}
	} else {
		const row = figures.rmmmg;
		referenceCents = toCents(row.value);
		if (why.keepsSteps)
			why.step(
				`RMMMG en vigueur le ${writeDate(on)} (depuis le ${writeDate(row.from)})`,
				undefined,
				writeCents(referenceCents)
			);
		if (on > rmmmgTable.checkedUntil) why.warn(PAID_AMOUNT_HINT);
	}
	const cents = applyRate(referenceCents, rate, 100);
	if (why.keepsSteps)
		why.step(
			`Niveau ${level} : au moins ${rate} % du montant de référence, arrondi au cent (demi vers le haut)`,
			`${writeCents(referenceCents)} × ${rate} %`,
			writeCents(cents)
		);
	return cents;
}

/**
 * Minimum monthly rétribution for a level on a date: RMMMG in force on that date × 17, 24 or 32 %,
 * rounded to the cent, half up (contract art. 6, Vade-Mecum §4.6). The amounts are minima.
 */
export function monthlyRetribution(
	level: Level,
	on: ISODate,
	options: RetributionOptions = {}
): Explained<number> {
	const checkedLevel = requireOneOf(level, LEVELS, 'level', 'Niveau de rétribution');
	const date = requireDate(on, 'on', 'Date');
	const checkedOptions = requireObject(options, 'options', 'Options');
	const why = new Explainer();
	return why.done(
		toEuros(monthlyCents(checkedLevel, date, figuresOn(date, why), checkedOptions, why))
	);
}

type Period = ReturnType<typeof requireContractPeriod>;

/** The first and last day of a month, and its length. */
function monthBounds(
	year: number,
	month: number
): { first: ISODate; last: ISODate; length: number } {
	const length = daysInMonth(year, month);
	return { first: isoDate(year, month, 1), last: isoDate(year, month, length), length };
}

/** Days of the month [first, last] inside [start, end], both ends included. */
function overlapDays(first: ISODate, last: ISODate, start: ISODate, end: ISODate): number {
	return daysInclusive(start > first ? start : first, end < last ? end : last);
}

function prorate(fullCents: number, covered: number, length: number, why: Explainer): number {
	if (covered === length) {
		why.step(
			'Mois entièrement couvert par le contrat : montant mensuel complet',
			undefined,
			writeCents(fullCents)
		);
		return fullCents;
	}
	const cents = applyRate(fullCents, covered, length);
	why.step(
		`Prorata temporis : ${covered} jour${covered > 1 ? 's' : ''} calendrier couverts sur ${length} (les deux bornes comprises)`,
		`${writeCents(fullCents)} × ${covered} / ${length}`,
		writeCents(cents)
	);
	why.source(PRORATA_SOURCE);
	return cents;
}

/**
 * Rétribution due for one calendar month: the full monthly amount in force on the first day of the
 * month × calendar days covered by the contract (both ends included) / days in the month; 0 outside
 * the contract (Vade-Mecum §4.6, prorata temporis).
 */
export function retributionForMonth(
	input: { level: Level; month: string; contractStart: ISODate; contractEnd: ISODate },
	options: RetributionOptions = {}
): Explained<number> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const level = requireOneOf(data.level, LEVELS, 'level', 'Niveau de rétribution');
	const { year, month } = requireMonth(data.month, 'month', 'Mois');
	const contract = requireContractPeriod(data.contractStart, data.contractEnd);
	const { first, last, length } = monthBounds(year, month);
	const why = new Explainer();
	const covered = overlapDays(first, last, contract.start, contract.end);
	why.step(
		`Contrat du ${writeDate(contract.start)} au ${writeDate(contract.end)} : jours couverts en ${String(month).padStart(2, '0')}/${year}`,
		undefined,
		`${covered} / ${length}`
	);
	if (covered === 0) {
		why.step('Le mois est hors du contrat : aucune rétribution', undefined, writeCents(0));
		return why.done(0);
	}
	const checkedOptions = requireObject(options, 'options', 'Options');
	const full = monthlyCents(level, first, figuresOn(first, why), checkedOptions, why);
	return why.done(toEuros(prorate(full, covered, length, why)));
}

export interface LevelChange {
	/** First day the level applies (date of the avenant). */
	from: ISODate;
	level: Level;
}

export interface PayScheduleInput {
	contractStart: ISODate;
	contractEnd: ISODate;
	/** Level A from the start unless stated; each change applies from its date. */
	levels: LevelChange[];
	/** Monthly amount the employer pays when it is above the minimum, in euros. */
	employerMonthlyAmount?: number;
	referenceAmount?: number;
}

export interface PayMonth {
	month: string;
	/** Levels that applied in the month, in order. */
	levels: Level[];
	coveredDays: number;
	daysInMonth: number;
	minimum: number;
	paid: number;
	/** What the employer pays over the minimum, in euros (0 when it pays the minimum). */
	aboveMinimum: number;
}

export interface PaySchedule {
	months: PayMonth[];
	yearTotals: { year: number; total: number }[];
	total: number;
}

const MAX_CONTRACT_MONTHS = 12 * 12;

const MAX_LEVEL_CHANGES = 20;

function readLevelChange(item: unknown, i: number): LevelChange {
	const change = requireObject(item, `levels[${i}]`, `Niveau n° ${i + 1}`);
	return {
		from: requireDate(change.from, `levels[${i}].from`, `Date du niveau n° ${i + 1}`),
		level: requireOneOf(change.level, LEVELS, `levels[${i}].level`, `Niveau n° ${i + 1}`)
	};
}

/** The level in force on a date: the last change on or before it, level A before any change. */
export function levelOn(levels: readonly LevelChange[], date: ISODate): Level {
	const changes = requireList(levels, 'levels', 'Niveaux', { min: 0, max: MAX_LEVEL_CHANGES }).map(
		(item, i) => readLevelChange(item, i)
	);
	requireDate(date, 'date', 'Date');
	let level: Level = 'A';
	let since = '';
	for (const change of changes) {
		if (change.from <= date && change.from >= since) {
			level = change.level;
			since = change.from;
		}
	}
	return level;
}

/** Checks the level changes within the contract, sorted, level A on the first day unless another is given. */
export function requireLevels(value: unknown, contract: Period): LevelChange[] {
	const list = requireList(value, 'levels', 'Niveaux', { min: 0, max: MAX_LEVEL_CHANGES });
	const changes = list.map((item, i) => readLevelChange(item, i));
	const seen = new Map<string, number>();
	changes.forEach((change, i) => {
		const label = `Niveau n° ${i + 1} (${change.level} dès le ${writeDate(change.from)})`;
		if (change.from < contract.start) {
			throw new RuleInputError(
				`levels[${i}]`,
				`${label} : il commence avant le début du contrat (${writeDate(contract.start)}).`
			);
		}
		if (change.from > contract.end) {
			throw new RuleInputError(
				`levels[${i}]`,
				`${label} : il commence après la fin du contrat (${writeDate(contract.end)}).`
			);
		}
		const other = seen.get(change.from);
		if (other !== undefined)
			throw new RuleInputError(
				`levels[${i}]`,
				`${label} : le niveau n° ${other + 1} commence le même jour.`
			);
		seen.set(change.from, i);
	});
	changes.sort((a, b) => compareIso(a.from, b.from));
	// Every apprentice starts at level A unless a level is given from the first day.
	if (changes.length === 0 || changes[0]!.from > contract.start)
		changes.unshift({ from: contract.start, level: 'A' });
	return changes;
}

/**
 * Month-by-month rétribution over a whole contract, with level changes: each month is the sum, for
 * each level that applied in it, of that level's monthly amount in force on the first day of the
 * month × the days it applied / the days of the month (Vade-Mecum §4.6). Reading chosen for a level
 * change during a month: the month is split by calendar days, like a partial month.
 */
export function paySchedule(input: PayScheduleInput): Explained<PaySchedule> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const contract = requireContractPeriod(data.contractStart, data.contractEnd);
	const changes = requireLevels(data.levels, contract);
	const employer =
		data.employerMonthlyAmount === undefined
			? undefined
			: toCents(
					requireNumber(
						data.employerMonthlyAmount,
						'employerMonthlyAmount',
						"Montant payé par l'employeur",
						{ min: 0, max: 100_000 }
					)
				);
	const options: RetributionOptions = {};
	if (data.referenceAmount !== undefined) options.referenceAmount = data.referenceAmount as number;

	const startYear = Number(contract.start.slice(0, 4));
	const startMonth = Number(contract.start.slice(5, 7));
	const monthCount =
		(Number(contract.end.slice(0, 4)) - startYear) * 12 +
		Number(contract.end.slice(5, 7)) -
		startMonth +
		1;
	if (monthCount > MAX_CONTRACT_MONTHS) {
		throw new RuleInputError(
			'contractEnd',
			`Fin du contrat : un contrat de plus de ${MAX_CONTRACT_MONTHS / 12} ans n'est pas réaliste ; vérifiez les dates.`
		);
	}

	const why = new Explainer();
	why.step(
		`Contrat du ${writeDate(contract.start)} au ${writeDate(contract.end)}`,
		undefined,
		`${monthCount} mois`
	);
	const months: PayMonth[] = [];
	const monthTrace = new Explainer({ steps: false });
	// Each level applies from its date to the day before the next one, as day numbers.
	const segments = changes.map((change, k) => ({
		level: change.level,
		start: toDayNumber(change.from),
		end: k + 1 < changes.length ? toDayNumber(changes[k + 1]!.from) - 1 : toDayNumber(contract.end)
	}));
	const rateOn = rowWalker(monthTrace, levelRateTable);
	const rmmmgOn = rowWalker(monthTrace, rmmmgTable);
	// The amount only changes with the figures in force: each level's is computed (and explained) once per figures.
	let amounts: Partial<Figures> & { stale?: boolean; full: Map<Level, number> } = {
		full: new Map()
	};
	let employerBelowMinimum = false;
	let firstDay = toDayNumber(isoDate(startYear, startMonth, 1));
	for (let i = 0; i < monthCount; i++) {
		const year = startYear + Math.floor((startMonth - 1 + i) / 12);
		const month = ((startMonth - 1 + i) % 12) + 1;
		const length = daysInMonth(year, month);
		const lastDay = firstDay + length - 1;
		const first = isoDate(year, month, 1);
		const rate = rateOn(first, CONTRACT_START);
		const rmmmg = rmmmgOn(first, CONTRACT_START);
		const stale = first > rmmmgTable.checkedUntil;
		if (rmmmg !== amounts.rmmmg || rate !== amounts.rate || stale !== amounts.stale)
			amounts = { rate, rmmmg, stale, full: new Map() };
		let minimumCents = 0;
		let covered = 0;
		const levels: Level[] = [];
		for (const segment of segments) {
			const days = Math.min(lastDay, segment.end) - Math.max(firstDay, segment.start) + 1;
			if (days <= 0) continue;
			let full = amounts.full.get(segment.level);
			if (full === undefined) {
				full = monthlyCents(segment.level, first, { rate, rmmmg }, options, monthTrace);
				amounts.full.set(segment.level, full);
			}
			minimumCents += applyRate(full, days, length);
			covered += days;
			levels.push(segment.level);
		}
		firstDay = lastDay + 1;
		let paidCents = minimumCents;
		if (employer !== undefined) {
			const employerCents = applyRate(employer, covered, length);
			employerBelowMinimum ||= employerCents < minimumCents;
			paidCents = Math.max(minimumCents, employerCents);
		}
		months.push({
			month: `${year}-${String(month).padStart(2, '0')}`,
			levels,
			coveredDays: covered,
			daysInMonth: length,
			minimum: toEuros(minimumCents),
			paid: toEuros(paidCents),
			aboveMinimum: toEuros(paidCents - minimumCents)
		});
	}
	// The per-month steps stay out of the trace (the table shows them); their sources and warnings count.
	why.source(...monthTrace.sources);
	for (const w of monthTrace.warnings) why.warn(w);
	why.step(
		'Chaque mois : montant du niveau en vigueur le 1er du mois × jours couverts / jours du mois, arrondi au cent'
	);
	if (months.some((m) => m.coveredDays < m.daysInMonth)) why.source(PRORATA_SOURCE);
	if (changes.length > 1) {
		why.step(
			`Changements de niveau : ${changes.map((c) => `${c.level} dès le ${writeDate(c.from)}`).join(', ')}`
		);
	}
	if (changes.some((c) => c.level !== 'A')) {
		why.step(
			"Le passage au niveau B ou C dépend de la décision du référent de l'opérateur, actée par un avenant au contrat : vérifiez les dates des avenants"
		);
	}
	if (employer !== undefined) {
		why.step(
			"Montant de l'employeur retenu chaque mois où il dépasse le minimum (au prorata des jours couverts)",
			undefined,
			writeCents(employer)
		);
		if (employerBelowMinimum) {
			why.warn(
				"Le montant indiqué par l'employeur est inférieur au minimum légal certains mois : le minimum est retenu pour ces mois."
			);
		}
	}
	const byYear = new Map<number, number>();
	for (const m of months) {
		const year = Number(m.month.slice(0, 4));
		byYear.set(year, (byYear.get(year) ?? 0) + Math.round(m.paid * 100));
	}
	const yearTotals = [...byYear].map(([year, cents]) => ({ year, total: toEuros(cents) }));
	const totalCents = [...byYear.values()].reduce((a, b) => a + b, 0);
	for (const { year, total } of yearTotals)
		why.step(`Total ${year}`, undefined, writeCents(toCents(total)));
	why.step('Total du contrat', undefined, writeCents(totalCents));
	return why.done({ months, yearTotals, total: toEuros(totalCents) });
}
