/**
 * Whether an apprentice's family allowance is kept for a month: unconditional until 31 August of the
 * year of the 18th birthday (Vade-Mecum fiche 3), then under the rule of the region in force that
 * month (federal income ceiling, then the Walloon, Brussels or German-speaking rule), until the month
 * of the 25th birthday.
 */
import { REGIONS } from './choices';
import { completedYears, anniversary, daysInMonth, writeDate } from './calendar';
import { RuleInputError } from './errors';
import { Explainer, type Explained, type ISODate } from './explain';
import { toCents, writeCents } from './money';
import {
	allowanceAgeTable,
	allowanceRuleTables,
	type AllowanceAges,
	type AllowanceRule,
	type Region
} from './parameters/family-allowance';
import { vadeMecum } from './parameters/sources';
import { rowWalker, type DateField, type DatedRow } from './parameters/table';
import { requireDate, requireMonth, requireNumber, requireObject, requireOneOf } from './validate';

export type { Region };
export { REGIONS };

/** The rule that decided a month: the age periods, or the kind of the regional rule. */
export type AppliedAllowanceRule = 'unconditional' | 'over-age' | AllowanceRule['kind'];

export interface FamilyAllowanceMonth {
	/** 'YYYY-MM'. */
	month: string;
	/** True when the apprentice's pay or other work makes the allowance lost for the month. */
	affected: boolean | 'unknown';
	/** Whether the allowance is paid for the month (false after the month of the 25th birthday). */
	kept: boolean | 'unknown';
	rule: AppliedAllowanceRule;
	/** The monthly income ceiling that applied, in euros, or null. */
	incomeCeiling: number | null;
	/** The limit of hours of other work per calendar quarter that applied, or null. */
	quarterHoursLimit: number | null;
}

/** A month's decision in one word: after the right ends, unknown, kept, or lost for the month (income) or the quarter (hours). */
export type AllowanceDecision = 'ended' | 'unknown' | 'kept' | 'suspended' | 'lost';

export function allowanceDecision(m: FamilyAllowanceMonth): AllowanceDecision {
	if (m.rule === 'over-age') return 'ended';
	if (m.kept === 'unknown') return 'unknown';
	if (m.kept) return 'kept';
	return m.rule === 'income-ceiling' ? 'suspended' : 'lost';
}

export interface FamilyAllowanceInput {
	region: Region;
	birthDate: ISODate;
	/** 'YYYY-MM', or any date of the month. */
	month: string;
	/** Gross rétribution of the month, in euros (vacation pay, meal vouchers and travel costs left out). */
	monthlyIncome?: number;
	/** Hours worked outside the alternance contract in the calendar quarter of the month. */
	hoursOutsideContract?: number;
}

export interface FamilyAllowanceRangeInput {
	region: Region;
	birthDate: ISODate;
	fromMonth: string;
	toMonth: string;
	/** One amount for every month, or amounts by 'YYYY-MM'; a month left out is unknown. */
	monthlyIncome?: number | Record<string, number>;
	/** One number of hours for every quarter, or hours by 'YYYY-Qn'; a quarter left out is unknown. */
	quarterHours?: number | Record<string, number>;
}

interface Person {
	region: Region;
	birthDate: ISODate;
}

interface MonthFacts {
	incomeCents: number | undefined;
	hours: number | undefined;
}

const MAX_INCOME_EUROS = 100_000;
// The longest calendar quarter has 92 days: more hours than that is a typing error.
const MAX_QUARTER_HOURS = 92 * 24;
const MAX_MONTHS = 12 * 12;
const MONTHS_PER_QUARTER = 3;
const FICHE_3 = vadeMecum('fiche 3, Allocations familiales');

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (year: number, month: number) => `${year}-${pad(month)}`;
const showMonth = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`;
const quarterOf = (month: number) => Math.ceil(month / MONTHS_PER_QUARTER);

/** A 'YYYY-MM' month, or the month of a 'YYYY-MM-DD' date. */
function requireMonthOrDate(
	value: unknown,
	field: string,
	label: string
): { year: number; month: number } {
	if (typeof value === 'string' && value.length === 10) {
		const date = requireDate(value, field, label);
		return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
	}
	return requireMonth(value, field, label);
}

function requirePerson(data: Record<string, unknown>): Person {
	return {
		region: requireOneOf(data.region, REGIONS, 'region', 'Région'),
		birthDate: requireDate(data.birthDate, 'birthDate', 'Date de naissance')
	};
}

const requireIncome = (value: unknown, field: string, label: string) =>
	toCents(requireNumber(value, field, label, { min: 0, max: MAX_INCOME_EUROS }));
const requireHours = (value: unknown, field: string, label: string) =>
	requireNumber(value, field, label, { min: 0, max: MAX_QUARTER_HOURS });

/** '1er trimestre 2026', '3e trimestre 2026'. */
function quarterName(year: number, month: number): string {
	const quarter = quarterOf(month);
	return `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year}`;
}

/** Whether work outside the contract stays within the quarter's limit; over it, the whole quarter is lost. */
function withinQuarterHours(
	limit: number,
	hours: number | undefined,
	year: number,
	month: number,
	why: Explainer
): boolean | 'unknown' {
	if (hours === undefined) {
		if (why.keepsSteps)
			why.step(
				`Heures de travail hors contrat d'alternance au ${quarterName(year, month)} non indiquées : impossible de vérifier la limite de ${limit} h`,
				undefined,
				'à vérifier'
			);
		return 'unknown';
	}
	const over = hours > limit;
	if (!why.keepsSteps) return !over;
	const firstMonth = (quarterOf(month) - 1) * MONTHS_PER_QUARTER + 1;
	const months = Array.from({ length: MONTHS_PER_QUARTER }, (_, i) =>
		showMonth(monthKey(year, firstMonth + i))
	).join(', ');
	why.step(
		`Travail hors contrat d'alternance au ${quarterName(year, month)} (${months})`,
		`${hours} h ${over ? '>' : '≤'} ${limit} h`,
		over ? 'allocations perdues pour tout le trimestre' : 'allocations maintenues'
	);
	return !over;
}

/** The decision for one month under a regional (or federal-era) rule; true means kept. */
function underRule(
	rule: AllowanceRule,
	person: Person,
	first: ISODate,
	facts: MonthFacts,
	why: Explainer
): boolean | 'unknown' {
	const year = Number(first.slice(0, 4));
	const month = Number(first.slice(5, 7));
	switch (rule.kind) {
		case 'income-ceiling': {
			const ceilingCents = toCents(rule.monthlyCeiling);
			if (why.keepsSteps) {
				why.step(
					"Après la fin de l'obligation scolaire : allocations maintenues si l'apprenant suit la formation et si sa rétribution mensuelle brute ne dépasse pas le plafond (pécule de vacances, chèques-repas, frais de déplacement et indemnités d'habillement non compris) ; examen mois par mois",
					undefined,
					`plafond ${writeCents(ceilingCents)}`
				);
			}
			why.source(FICHE_3);
			if (facts.incomeCents === undefined) {
				if (why.keepsSteps)
					why.step(
						`Rétribution de ${showMonth(monthKey(year, month))} non indiquée : impossible de la comparer au plafond`,
						undefined,
						'à vérifier'
					);
				return 'unknown';
			}
			const over = facts.incomeCents > ceilingCents;
			if (why.keepsSteps) {
				why.step(
					`Rétribution de ${showMonth(monthKey(year, month))}`,
					`${writeCents(facts.incomeCents)} ${over ? '>' : '≤'} ${writeCents(ceilingCents)}`,
					over ? 'allocations suspendues pour ce mois' : 'allocations maintenues'
				);
			}
			return !over;
		}
		case 'quarter-hours':
			if (why.keepsSteps)
				why.step(
					`La rétribution de l'alternance n'est pas plafonnée ; les allocations sont maintenues tant que le travail hors contrat d'alternance ne dépasse pas ${rule.hoursPerQuarter} h par trimestre civil`
				);
			return withinQuarterHours(rule.hoursPerQuarter, facts.hours, year, month, why);
		case 'wallonia-semi-automatic': {
			why.step(
				"Plafond de revenus supprimé pour la formation en alternance : la rétribution n'a plus d'effet"
			);
			const birthYear = Number(person.birthDate.slice(0, 4));
			const age = completedYears(person.birthDate, first);
			if (birthYear >= rule.fromBirthYear && age < rule.untilAge) {
				if (why.keepsSteps) {
					why.step(
						`Né(e) en ${birthYear}, ${age} ans au 1er du mois : droit semi-automatique jusqu'à ${rule.untilAge} ans, perdu seulement par une activité « obstacle » (plus de ${rule.hoursPerQuarter} h de travail hors contrat par trimestre, ou des allocations de chômage)`
					);
				}
				return withinQuarterHours(rule.hoursPerQuarter, facts.hours, year, month, why);
			}
			if (why.keepsSteps) {
				why.step(
					`${age} ans au 1er du mois${birthYear < rule.fromBirthYear ? `, né(e) avant ${rule.fromBirthYear}` : ''} : allocations maintenues sur preuve de la formation (attestation de l'opérateur)`,
					undefined,
					'allocations maintenues'
				);
			}
			if (facts.hours !== undefined && facts.hours > rule.hoursPerQuarter) {
				why.warn(
					`Plus de ${rule.hoursPerQuarter} h de travail hors contrat sur le trimestre : l'effet de ce travail au-delà de ${rule.untilAge} ans n'est pas précisé par les sources consultées ; à vérifier auprès de la caisse d'allocations familiales.`
				);
				return 'unknown';
			}
			return true;
		}
		case 'no-effect':
			why.step(
				"La rétribution de l'apprenti n'a pas d'effet sur les allocations familiales",
				undefined,
				'allocations maintenues'
			);
			return true;
	}
}

/** The ceiling a rule without one replaced, when the date it stopped applying is unconfirmed. */
function warnOfEndedCeiling(
	person: Person,
	row: DatedRow<AllowanceRule>,
	facts: MonthFacts,
	why: Explainer
): void {
	const ended = endedCeilingOf(person.region, row);
	if (ended === null) return;
	const over = facts.incomeCents !== undefined && facts.incomeCents > ended.cents;
	why.warn(ended.warnings[over ? 1 : 0]);
}

// Found and written once per row: a range of months asks the same warning every month.
const endedCeilings = new WeakMap<
	DatedRow<AllowanceRule>,
	{ cents: number; warnings: [string, string] } | null
>();

function endedCeilingOf(
	region: Region,
	row: DatedRow<AllowanceRule>
): { cents: number; warnings: [string, string] } | null {
	let ended = endedCeilings.get(row);
	if (ended === undefined) {
		const previous = allowanceRuleTables[region].rows
			.filter((r) => r.from < row.from && r.value.kind === 'income-ceiling')
			.at(-1)?.value;
		const cents =
			previous?.kind === 'income-ceiling' ? toCents(previous.monthlyCeiling) : undefined;
		ended =
			cents === undefined
				? null
				: {
						cents,
						warnings: [
							endedCeilingWarning(cents, row, false),
							endedCeilingWarning(cents, row, true)
						]
					};
		endedCeilings.set(row, ended);
	}
	return ended;
}

function endedCeilingWarning(cents: number, row: DatedRow<AllowanceRule>, over: boolean): string {
	return (
		`La date à laquelle le plafond de revenus de ${writeCents(cents)} par mois a cessé de s'appliquer n'est pas confirmée (règle retenue dès le ${writeDate(row.from)}).` +
		(row.note ? ` ${row.note}` : '') +
		(over
			? " La rétribution indiquée dépasse ce plafond : si celui-ci s'appliquait encore, les allocations de ce mois seraient suspendues."
			: '')
	);
}

/** The tables' rows in force on a month's first day, walked month by month and cited as they serve. */
interface Lookups {
	ages: (on: ISODate) => DatedRow<AllowanceAges>;
	rules: (on: ISODate) => DatedRow<AllowanceRule>;
	/** For the person, under an age row: the last day of the unconditional right and the last month paid ('YYYY-MM'). */
	limits: (row: DatedRow<AllowanceAges>) => { unconditionalEnd: ISODate; lastMonth: string };
}

function lookups(person: Person, at: DateField, why: Explainer): Lookups {
	const ages = rowWalker(why, allowanceAgeTable);
	const rules = rowWalker(why, allowanceRuleTables[person.region]);
	const limits = new Map<
		DatedRow<AllowanceAges>,
		{ unconditionalEnd: ISODate; lastMonth: string }
	>();
	return {
		ages: (on) => ages(on, at),
		rules: (on) => rules(on, at),
		limits: (row) => {
			let found = limits.get(row);
			if (found === undefined) {
				const ages = row.value;
				found = {
					unconditionalEnd: `${Number(person.birthDate.slice(0, 4)) + ages.unconditionalUntilYearOfAge}-${ages.unconditionalUntilMonthDay}`,
					lastMonth: anniversary(person.birthDate, ages.lastMonthAge).slice(0, 7)
				};
				limits.set(row, found);
			}
			return found;
		}
	};
}

/** `at` names the month input a refusal points at. */
function assessMonth(
	person: Person,
	year: number,
	month: number,
	facts: MonthFacts,
	at: DateField,
	rows: Lookups,
	why: Explainer
): FamilyAllowanceMonth {
	const key = monthKey(year, month);
	const first = `${key}-01`;
	const last = `${key}-${daysInMonth(year, month)}`;
	if (person.birthDate > last) {
		throw new RuleInputError(
			at.field,
			`${at.label} : ${showMonth(key)} précède la naissance (${writeDate(person.birthDate)}).`
		);
	}
	const agesRow = rows.ages(first);
	const ages = agesRow.value;
	const result = (
		rule: AppliedAllowanceRule,
		kept: boolean | 'unknown',
		limits: Partial<Pick<FamilyAllowanceMonth, 'incomeCeiling' | 'quarterHoursLimit'>> = {}
	): FamilyAllowanceMonth => ({
		month: key,
		affected: rule === 'over-age' ? false : kept === 'unknown' ? 'unknown' : !kept,
		kept,
		rule,
		incomeCeiling: limits.incomeCeiling ?? null,
		quarterHoursLimit: limits.quarterHoursLimit ?? null
	});
	const { unconditionalEnd, lastMonth } = rows.limits(agesRow);
	if (last <= unconditionalEnd) {
		if (why.keepsSteps) {
			why.step(
				`Jusqu'au ${writeDate(unconditionalEnd)}, fin de l'obligation scolaire de l'année des ${ages.unconditionalUntilYearOfAge} ans, le droit est inconditionnel : la rétribution n'est pas plafonnée`,
				undefined,
				'allocations maintenues'
			);
		}
		why.source(FICHE_3);
		return result('unconditional', true);
	}
	if (key > lastMonth) {
		if (why.keepsSteps)
			why.step(
				`Allocations payées au plus tard pour le mois des ${ages.lastMonthAge} ans (${showMonth(lastMonth)}) : plus de droit ensuite, quelle que soit la rétribution`,
				undefined,
				'fin du droit'
			);
		why.source(FICHE_3);
		return result('over-age', false);
	}
	const row = rows.rules(first);
	if (!row.confirmed && row.value.kind !== 'income-ceiling')
		warnOfEndedCeiling(person, row, facts, why);
	const rule = row.value;
	const kept = underRule(rule, person, first, facts, why);
	return result(rule.kind, kept, {
		incomeCeiling: rule.kind === 'income-ceiling' ? rule.monthlyCeiling : null,
		quarterHoursLimit:
			rule.kind === 'quarter-hours' || rule.kind === 'wallonia-semi-automatic'
				? rule.hoursPerQuarter
				: null
	});
}

/**
 * Whether the family allowance of an apprentice is kept for one month, given the region, the birth
 * date, the month's rétribution and the hours of other work in its calendar quarter (Vade-Mecum
 * fiche 3 for the age periods and the federal ceiling; FAMIWAL and the Walloon decree of July 2022,
 * the Brussels rule from 2020 and the German-speaking rule from 2019 after regionalisation).
 */
export function familyAllowanceImpact(
	input: FamilyAllowanceInput
): Explained<FamilyAllowanceMonth> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const person = requirePerson(data);
	const { year, month } = requireMonthOrDate(data.month, 'month', 'Mois');
	const facts: MonthFacts = {
		incomeCents:
			data.monthlyIncome === undefined
				? undefined
				: requireIncome(data.monthlyIncome, 'monthlyIncome', 'Rétribution du mois'),
		hours:
			data.hoursOutsideContract === undefined
				? undefined
				: requireHours(
						data.hoursOutsideContract,
						'hoursOutsideContract',
						'Heures de travail hors contrat sur le trimestre'
					)
	};
	const why = new Explainer();
	const at: DateField = { field: 'month', label: 'Mois' };
	return why.done(assessMonth(person, year, month, facts, at, lookups(person, at, why), why));
}

/** One number for every key, or numbers by key (each key checked by `requireKey`). */
function requirePerKey(
	value: unknown,
	field: string,
	label: string,
	requireKey: (key: string, field: string) => void,
	requireValue: (value: unknown, field: string, label: string) => number,
	showKey: (key: string) => string
): (key: string) => number | undefined {
	if (value === undefined) return () => undefined;
	if (typeof value === 'number') {
		const same = requireValue(value, field, label);
		return () => same;
	}
	const entries = Object.entries(requireObject(value, field, label));
	if (entries.length > MAX_MONTHS) {
		throw new RuleInputError(
			field,
			`${label} : au plus ${MAX_MONTHS} valeurs sont acceptées (reçu ${entries.length}).`
		);
	}
	const byKey = new Map<string, number>();
	for (const [key, item] of entries) {
		requireKey(key, `${field}[${key}]`);
		byKey.set(key, requireValue(item, `${field}[${key}]`, `${label} (${showKey(key)})`));
	}
	return (key) => byKey.get(key);
}

function requireQuarterKey(key: string, field: string): void {
	if (!/^\d{4}-Q[1-4]$/.test(key)) {
		throw new RuleInputError(
			field,
			`Heures par trimestre : le trimestre « ${key.slice(0, 20)} » doit s'écrire AAAA-Tn en code, par exemple 2025-Q3.`
		);
	}
}

const RULE_LABELS: Record<AppliedAllowanceRule, string> = {
	unconditional: 'droit inconditionnel (obligation scolaire)',
	'over-age': 'âge limite dépassé',
	'income-ceiling': 'plafond de revenus mensuel',
	'quarter-hours': 'rétribution sans plafond, travail hors contrat limité par trimestre',
	'wallonia-semi-automatic': 'Wallonie : rétribution sans plafond',
	'no-effect': 'rétribution sans effet'
};

function groupLabel(m: FamilyAllowanceMonth): string {
	return m.incomeCeiling === null
		? RULE_LABELS[m.rule]
		: `${RULE_LABELS[m.rule]} (${writeCents(toCents(m.incomeCeiling))})`;
}

const DECISION_LABELS: Record<AllowanceDecision, string> = {
	ended: 'fin du droit',
	unknown: 'à vérifier',
	kept: 'allocations maintenues',
	suspended: 'allocations suspendues (rétribution au-dessus du plafond)',
	lost: 'allocations perdues (travail hors contrat au-delà de la limite)'
};

/**
 * The family allowance decision of `familyAllowanceImpact` for every month from `fromMonth` to
 * `toMonth` (at most 144 months), with the rétribution by month and the other work by quarter
 * (Vade-Mecum fiche 3 and the regional rules after regionalisation); the trace groups the months.
 */
export function familyAllowanceByMonth(
	input: FamilyAllowanceRangeInput
): Explained<FamilyAllowanceMonth[]> {
	const data = requireObject(input, 'input', 'Données du calcul');
	const person = requirePerson(data);
	const from = requireMonthOrDate(data.fromMonth, 'fromMonth', 'Premier mois');
	const to = requireMonthOrDate(data.toMonth, 'toMonth', 'Dernier mois');
	const count = (to.year - from.year) * 12 + to.month - from.month + 1;
	if (count < 1)
		throw new RuleInputError(
			'toMonth',
			'Dernier mois : il doit être égal ou postérieur au premier mois.'
		);
	if (count > MAX_MONTHS)
		throw new RuleInputError(
			'toMonth',
			`Dernier mois : au plus ${MAX_MONTHS} mois peuvent être calculés à la fois (reçu ${count}).`
		);
	const incomeOf = requirePerKey(
		data.monthlyIncome,
		'monthlyIncome',
		'Rétribution par mois',
		(key, field) => void requireMonth(key, field, 'Rétribution par mois'),
		requireIncome,
		(key) => `${key.slice(5, 7)}/${key.slice(0, 4)}`
	);
	const hoursOf = requirePerKey(
		data.quarterHours,
		'quarterHours',
		'Heures hors contrat par trimestre',
		requireQuarterKey,
		requireHours,
		(key) => `T${key.slice(6)} ${key.slice(0, 4)}`
	);

	const why = new Explainer();
	// Each month's own steps stay out of the trace (the table shows the months); sources and warnings count.
	const details = new Explainer({ steps: false });
	const months: FamilyAllowanceMonth[] = [];
	const at: DateField = { field: 'fromMonth', label: 'Premier mois' };
	const rows = lookups(person, at, details);
	for (let i = 0; i < count; i++) {
		const year = from.year + Math.floor((from.month - 1 + i) / 12);
		const month = ((from.month - 1 + i) % 12) + 1;
		const facts = {
			incomeCents: incomeOf(monthKey(year, month)),
			hours: hoursOf(`${year}-Q${quarterOf(month)}`)
		};
		months.push(assessMonth(person, year, month, facts, at, rows, details));
	}
	let start = 0;
	const labels = months.map(groupLabel);
	months.forEach((m, i) => {
		const next = months[i + 1];
		if (next && labels[i + 1] === labels[i] && next.kept === m.kept) return;
		const first = months[start]!.month;
		why.step(
			`${showMonth(first)}${first === m.month ? '' : ` – ${showMonth(m.month)}`} : ${labels[i]}`,
			undefined,
			DECISION_LABELS[allowanceDecision(m)]
		);
		start = i + 1;
	});
	const lost = months.filter((m) => m.affected === true).length;
	const unknown = months.filter((m) => m.kept === 'unknown').length;
	why.step(
		'Mois où la rétribution ou un autre travail fait perdre les allocations',
		undefined,
		`${lost} sur ${count}`
	);
	if (unknown > 0)
		why.step(
			'Mois à vérifier (rétribution ou heures non indiquées, ou règle incertaine)',
			undefined,
			`${unknown} sur ${count}`
		);
	why.source(...details.sources);
	for (const w of details.warnings) why.warn(w);
	return why.done(months);
}
