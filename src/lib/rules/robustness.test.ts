/**
 * Every exported function of the rules API, fed hostile input field by field: it either returns a
 * well-formed result or throws RuleInputError naming a field — never another error, never NaN,
 * Infinity or an impossible date, and never slowly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as rules from './index';
import { RuleInputError } from './errors';

type Call = (input: never) => unknown;
/** The fields of a call to a function that takes several arguments; any of them may be hostile. */
type Args = Record<string, unknown> | undefined;
const arg = (i: Args, key: string) => i?.[key] as never;

const PREMIUMS_INPUT: rules.PremiumsInput = {
	birthDate: '2009-03-15',
	signingDate: '2025-08-25',
	contractStart: '2025-09-01',
	contractEnd: '2026-06-30',
	levels: [{ from: '2025-09-01', level: 'A' }],
	establishment: 'wallonia',
	domicile: 'brussels',
	tutorCertified: true,
	selfEmployedFirstContract: null,
	outcome: 'success'
};

/** A valid input for each function; each leaf is then replaced by hostile values. */
const VALID: Record<string, [Call, unknown]> = {
	monthlyRetribution: [
		(i: Args) => rules.monthlyRetribution(arg(i, 'level'), arg(i, 'on')),
		{ level: 'A', on: '2025-03-01' }
	],
	retributionForMonth: [
		rules.retributionForMonth as Call,
		{ level: 'B', month: '2025-09', contractStart: '2025-09-15', contractEnd: '2026-06-30' }
	],
	paySchedule: [
		rules.paySchedule as Call,
		{
			contractStart: '2025-09-01',
			contractEnd: '2026-08-31',
			levels: [{ from: '2026-01-01', level: 'B' }],
			employerMonthlyAmount: 400
		}
	],
	contractLevels: [
		(i: Args) => rules.contractLevels(arg(i, 'contractStart'), arg(i, 'contractEnd')),
		{ contractStart: '2026-09-01', contractEnd: '2029-06-30' }
	],
	levelOn: [
		(i: Args) => rules.levelOn(arg(i, 'levels'), arg(i, 'date')),
		{ levels: [{ from: '2025-09-01', level: 'B' }], date: '2026-01-01' }
	],
	paidVacationBlueCollar: [
		rules.paidVacationBlueCollar as Call,
		{
			daysWorked: 104,
			daysPerWeek: 4,
			hoursPerWeek: 28,
			fullTimeHoursPerWeek: 38,
			vacationYear: 2026
		}
	],
	paidVacationWhiteCollar: [
		rules.paidVacationWhiteCollar as Call,
		{ monthsWorked: 3, daysPerWeek: 3, vacationYear: 2026 }
	],
	vacationPayBlueCollar: [
		rules.vacationPayBlueCollar as Call,
		{ grossPay: 2000, vacationYear: 2026 }
	],
	vacationPayWhiteCollar: [
		rules.vacationPayWhiteCollar as Call,
		{ monthlyPay: 400, monthsWorked: 3, vacationYear: 2026 }
	],
	europeanVacationBlueCollar: [
		rules.europeanVacationBlueCollar as Call,
		{
			monthsUnderContract: 6,
			daysWorked: 78,
			daysPerWeek: 3,
			hoursPerWeek: 24,
			ordinaryDays: 4,
			startsOrResumesActivity: true,
			year: 2026
		}
	],
	europeanVacationWhiteCollar: [
		rules.europeanVacationWhiteCollar as Call,
		{ monthsWorked: 6, daysPerWeek: 3, ordinaryDays: 4, startsOrResumesActivity: true, year: 2026 }
	],
	unpaidSchoolVacationDays: [rules.unpaidSchoolVacationDays as Call, { rttDays: 12, year: 2026 }],
	checkSummerVacation: [
		rules.checkSummerVacation as Call,
		{ year: 2026, periods: [{ start: '2026-07-01', end: '2026-07-21' }] }
	],
	constructionRttDays: [
		rules.constructionRttDays as Call,
		{ year: 2026, contractStart: '2025-09-01', contractEnd: '2026-06-30' }
	],
	insertionInternshipRemainingDays: [
		rules.insertionInternshipRemainingDays as Call,
		{
			contracts: [{ start: '2015-09-01', end: '2016-06-30' }],
			outcome: 'success',
			ageAtRequest: 19,
			hasQualifyingDiploma: false,
			requestDate: '2016-07-15'
		}
	],
	insertionRegimesCompared: [
		rules.insertionRegimesCompared as Call,
		{
			contracts: [{ start: '2015-09-01', end: '2016-06-30' }],
			outcome: 'failure',
			ageAtRequest: 19,
			hasQualifyingDiploma: false
		}
	],
	insertionInternshipEndDate: [
		rules.insertionInternshipEndDate as Call,
		{ startDate: '2016-07-16', remainingDays: 49 }
	],
	familyAllowanceImpact: [
		rules.familyAllowanceImpact as Call,
		{
			region: 'brussels',
			birthDate: '2005-03-15',
			month: '2023-11',
			monthlyIncome: 500,
			hoursOutsideContract: 100
		}
	],
	familyAllowanceByMonth: [
		rules.familyAllowanceByMonth as Call,
		{
			region: 'wallonia',
			birthDate: '2005-03-15',
			fromMonth: '2023-09',
			toMonth: '2024-08',
			monthlyIncome: 500,
			quarterHours: 0
		}
	],
	checkWorkSchedule: [
		rules.checkWorkSchedule as Call,
		{
			birthDate: '2009-03-15',
			shifts: [{ date: '2025-09-01', start: '08:00', end: '16:30' }],
			derogation: 'horeca',
			trainingCenterHoursPerWeek: 14,
			trainingCenterDays: [4, 5]
		}
	],
	overtimeSurcharge: [
		rules.overtimeSurcharge as Call,
		{ date: '2025-11-11', hours: 2, hourlyRate: 5 }
	],
	noticeTakesEffect: [
		rules.noticeTakesEffect as Call,
		{ notifiedOn: '2025-11-07', method: 'registered-letter' }
	],
	contractEligibility: [
		rules.contractEligibility as Call,
		{ birthDate: '2009-03-15', signingDate: '2025-08-25', completedTwoSecondaryYears: true }
	],
	checkContractDuration: [
		rules.checkContractDuration as Call,
		{ contractStart: '2025-09-01', contractEnd: '2028-06-30', birthDate: '2009-03-15' }
	],
	trialPeriodEnd: [
		rules.trialPeriodEnd as Call,
		{ contractStart: '2025-09-01', suspensions: [{ start: '2025-09-10', end: '2025-09-12' }] }
	],
	noticePeriod: [rules.noticePeriod as Call, { takesEffectOn: '2025-11-12', duringTrial: false }],
	guaranteedPay: [
		rules.guaranteedPay as Call,
		{ periods: [{ start: '2025-10-06', end: '2025-10-10' }], monthlyRetribution: 359.02 }
	],
	belgianPublicHolidays: [(i: Args) => rules.belgianPublicHolidays(arg(i, 'year')), { year: 2026 }],
	ageOn: [
		(i: Args) => rules.ageOn(arg(i, 'birthDate'), arg(i, 'on')),
		{ birthDate: '2009-03-15', on: '2026-03-15' }
	],
	addDays: [
		(i: Args) => rules.addDays(arg(i, 'date'), arg(i, 'days')),
		{ date: '2026-02-28', days: 1 }
	],
	formatEuros: [(i: Args) => rules.formatEuros(arg(i, 'euros')), { euros: 359.02 }],
	netRetribution: [
		rules.netRetribution as Call,
		{ gross: 540, month: '2027-01', birthDate: '2008-06-20' }
	],
	netPaySchedule: [
		rules.netPaySchedule as Call,
		{
			months: [
				{ month: '2026-12', paid: 500 },
				{ month: '2027-01', paid: 500 }
			],
			birthDate: '2008-06-20'
		}
	],
	lastPartialYear: [
		(i: Args) => rules.lastPartialYear(arg(i, 'birthDate')),
		{ birthDate: '2008-06-20' }
	],
	dependentChild: [rules.dependentChild as Call, { year: 2025, gross: 6000, socialSecurity: 100 }],
	youthVacation: [
		rules.youthVacation as Call,
		{
			birthDate: '2008-06-20',
			contractEnd: '2028-06-30',
			workedMonthAfter: true,
			ordinaryDays: 10,
			firstMonthGross: 1800
		}
	],
	contractPremiums: [rules.contractPremiums as Call, PREMIUMS_INPUT],
	travelContribution: [
		rules.travelContribution as Call,
		{ on: '2019-09-01', kind: 'fixed-price', price: 49, per: 'year', distanceKm: 6 }
	],
	employerCostByYear: [
		rules.employerCostByYear as Call,
		{
			birthDate: '2009-03-15',
			regime: 'white-collar',
			months: [{ month: '2026-01', paid: 500, coveredDays: 31, daysInMonth: 31 }],
			doublePay: [{ year: 2026, amount: 300 }],
			travel: { kind: 'train', price: 40, per: 'month', distanceKm: null },
			premiums: rules.contractPremiums(PREMIUMS_INPUT).value.slice(0, 1)
		}
	],
	contractTimeline: [
		rules.contractTimeline as Call,
		{
			...PREMIUMS_INPUT,
			region: 'brussels',
			operator: 'SFPME',
			premiums: rules.contractPremiums(PREMIUMS_INPUT).value.slice(0, 1),
			insertion: {
				outcome: 'failure',
				earlierContracts: [{ start: '2024-09-01', end: '2025-06-30' }],
				hasQualifyingDiploma: false
			}
		}
	]
};

const hostileToString = {
	toString: () => {
		throw new Error('toString');
	},
	valueOf: () => {
		throw new Error('valueOf');
	}
};
const HOSTILE: [string, unknown][] = [
	['undefined', undefined],
	['null', null],
	['NaN', Number.NaN],
	['Infinity', Number.POSITIVE_INFINITY],
	['-1', -1],
	['1e308', 1e308],
	['a fraction', 2.5],
	['an empty text', ''],
	['a text', 'abc'],
	['an impossible date', '2025-02-30'],
	['a month 13', '2025-13-01'],
	['a Belgian date', '31/12/2026'],
	['24:00', '24:00'],
	['7:00', '7:00'],
	['an object whose toString throws', hostileToString],
	['a __proto__ object', JSON.parse('{"__proto__": {"level": "A"}, "constructor": 1}')],
	['an empty list', []],
	[
		'a huge list',
		Array.from({ length: 100_000 }, () => ({ start: '2025-01-01', end: '2025-01-02' }))
	],
	['true', true]
];

/** Every path to a leaf of a value, arrays included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [prefix];
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value);
	return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function replaced(value: unknown, path: (string | number)[], leaf: unknown): unknown {
	if (path.length === 0) return leaf;
	const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
		string | number,
		unknown
	>;
	const [head, ...rest] = path as [string | number, ...(string | number)[]];
	copy[head] = replaced(copy[head], rest, leaf);
	return copy;
}

/** No NaN, no Infinity and no impossible date anywhere in a result. */
function assertWellFormed(value: unknown, where = 'value'): void {
	if (typeof value === 'number') expect(Number.isFinite(value), `${where} is ${value}`).toBe(true);
	else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
		const date = new Date(`${value}T00:00:00Z`);
		expect(date.toISOString().slice(0, 10), `${where} is an impossible date`).toBe(value);
	} else if (typeof value === 'string')
		expect(value, where).not.toMatch(/NaN|Infinity|undefined|Invalid Date/);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) assertWellFormed(v, `${where}.${k}`);
}

/** A message may quote what the user typed, never a raw NaN, undefined, null or object. */
function callSafely(call: Call, input: unknown): void {
	try {
		assertWellFormed(call(input as never));
	} catch (error) {
		if (!(error instanceof RuleInputError)) throw error;
		expect(error.field.length).toBeGreaterThan(0);
		expect(error.message).toMatch(/[a-zé]/i);
		// Text between « » is what the user typed; the rest of the message never shows a raw value.
		expect(error.message.replace(/«[^»]*»/g, ''), 'a message shows a raw value').not.toMatch(
			/NaN|Infinity|undefined|null|\[object/
		);
	}
}

describe.each(Object.entries(VALID))('%s', (_name, [call, valid]) => {
	it('gives a well-formed result for its valid example, its texts with dates as JJ/MM/AAAA', () => {
		const result = call(valid as never);
		assertWellFormed(result);
		if (result && typeof result === 'object' && 'trace' in result) {
			const { trace, warnings } = result as {
				trace: { label: string; value?: string }[];
				warnings: string[];
			};
			const texts = [...warnings, ...trace.flatMap((t) => [t.label, t.value ?? ''])];
			expect(texts.filter((text) => /\d{4}-\d{2}-\d{2}/.test(text))).toEqual([]);
		}
	});

	it.each(HOSTILE)('answers %s in any field with a result or a RuleInputError', (_label, leaf) => {
		for (const path of paths(valid)) callSafely(call, replaced(valid, path, leaf));
	});

	it('answers any random value in any field with a result or a RuleInputError', () => {
		const allPaths = paths(valid);
		fc.assert(
			fc.property(
				fc.constantFrom(...allPaths),
				fc.anything({ withNullPrototype: true, withObjectString: true }),
				(path, leaf) => {
					callSafely(call, replaced(valid, path, leaf));
				}
			),
			{ numRuns: 200 }
		);
	});
});
