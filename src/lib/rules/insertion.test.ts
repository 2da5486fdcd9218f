import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	insertionInternshipEndDate,
	insertionInternshipRemainingDays,
	insertionRegimesCompared,
	type ContractPeriod,
	type InsertionInput,
	type InsertionOutcome
} from './insertion';
import { offsetDate, isSunday, toDayNumber } from './calendar';
import { expectRefusal, holds, ruleWarnings } from './test-support';

const EXAMPLE_1: ContractPeriod[] = [{ start: '2015-09-01', end: '2016-06-30' }];
const EXAMPLE_2: ContractPeriod[] = [
	{ start: '2016-01-04', end: '2016-06-30' },
	{ start: '2016-09-01', end: '2017-06-30' }
];

const base: InsertionInput = {
	contracts: EXAMPLE_1,
	outcome: 'success',
	ageAtRequest: 19,
	hasQualifyingDiploma: false,
	requestDate: '2016-08-01'
};
const remaining = (overrides: Partial<InsertionInput>) =>
	insertionInternshipRemainingDays({ ...base, ...overrides });
/** The days left, asked on `requestDate`, after a single contract from `start` to `end`. */
const daysLeftAfter = (start: string, end: string, requestDate: string) =>
	remaining({ contracts: [{ start, end }], requestDate }).value;
const text = (result: { trace: { label: string; formula?: string; value?: string }[] }) =>
	result.trace.map((s) => [s.label, s.formula, s.value].filter(Boolean).join(' | ')).join('\n');

/** Days of the contracts with no Sunday, counted one calendar day at a time. */
function bruteForceDays(contracts: ContractPeriod[]): number {
	const days = new Set<number>();
	for (const { start, end } of contracts) {
		for (let d = toDayNumber(start); d <= toDayNumber(end); d++)
			if (!isSunday(offsetDate('1970-01-01', d))) days.add(d);
	}
	return days.size;
}

const dateArb = fc
	.integer({ min: toDayNumber('2012-01-01'), max: toDayNumber('2025-12-31') })
	.map((d) => offsetDate('1970-01-01', d));
const contractArb = fc
	.tuple(dateArb, fc.integer({ min: 0, max: 800 }))
	.map(([start, length]) => ({ start, end: offsetDate(start, length) }));
const contractsArb = fc.array(contractArb, { minLength: 1, maxLength: 6 });

describe('insertionInternshipRemainingDays, Vade-Mecum fiche 12 (request before 1 March 2026)', () => {
	it.each<[string, ContractPeriod[], InsertionOutcome, number]>([
		// Example 1 recounted: 304 calendar days (the text prints 303), 43 Sundays, 261 days; 310 − 261 = 49 (the text prints 50).
		['example 1, success', EXAMPLE_1, 'success', 49],
		// Example 2 as corrected: 179 + 303 = 482 calendar days (the text prints 481), 25 + 43 = 68 Sundays (the text prints 69), 414 days; 310 − 414 < 0, so 0.
		['example 2, success', EXAMPLE_2, 'success', 0],
		// Example 1 without success: 310 − ⌈261 / 2⌉ = 310 − 131 = 179.
		['example 1, failure', EXAMPLE_1, 'failure', 179],
		// Example 2 without success: 310 − 414 / 2 = 103, raised to the floor of 155.
		['example 2, failure', EXAMPLE_2, 'failure', 155]
	])('gives the worked %s as corrected', (_name, contracts, outcome, days) => {
		const result = remaining({ contracts, outcome, ageAtRequest: 22, requestDate: '2017-08-01' });
		expect(result.value).toBe(days);
		expect(result.sources.map((s) => s.reference).join()).toMatch(/fiche 12/);
	});

	it('counts both ends of the contract and says where the 2017 text got 303', () => {
		const trace = text(remaining({}));
		expect(trace).toMatch(/les deux bornes comprises/);
		expect(trace).toMatch(/304 jours calendrier − 43 dimanches \| 261 jours/);
		expect(trace).toMatch(/imprime 303 jours calendrier et 43 dimanches/);
		expect(trace).toMatch(/max\(0 ; 310 − 261\) \| 49 jours/);
	});

	it('points out the 481 days and 69 Sundays printed for example 2', () => {
		const trace = text(remaining({ contracts: EXAMPLE_2, requestDate: '2017-08-01' }));
		expect(trace).toMatch(/imprime 481 jours calendrier et 69 dimanches/);
		expect(trace).toMatch(/482 jours calendrier et 68 dimanches/);
		expect(trace).toMatch(/Total des jours du contrat \| 482 − 68 \| 414 jours/);
	});

	it('says nothing about the printed examples for other contracts', () => {
		expect(
			text(remaining({ contracts: [{ start: '2015-09-01', end: '2016-06-29' }] }))
		).not.toMatch(/imprime/);
	});

	it('counts overlapping contracts once', () => {
		// Union 01/09/2024–31/03/2025: 212 calendar days, 31 Sundays, 181 days; separately 122 + 121 = 243 calendar days.
		// Success: 310 − 181 = 129. Failure: 310 − ⌈181 / 2⌉ = 310 − 91 = 219.
		const contracts = [
			{ start: '2024-12-01', end: '2025-03-31' },
			{ start: '2024-09-01', end: '2024-12-31' }
		];
		const success = remaining({ contracts, requestDate: '2025-06-01' });
		expect(success.value).toBe(129);
		expect(text(success)).toMatch(
			/chevauchent.*243 jours calendrier contrat par contrat \| 212 jours calendrier sans doublon/
		);
		expect(
			remaining({ contracts, outcome: 'failure', ageAtRequest: 21, requestDate: '2025-06-01' })
				.value
		).toBe(219);
	});

	it('counts a contract that holds only a Sunday as no day', () => {
		expect(daysLeftAfter('2025-09-07', '2025-09-07', '2025-10-01')).toBe(310);
	});

	it('counts 29 February in a leap year', () => {
		// 01/02/2024–29/02/2024: 29 days, 4 Sundays (4, 11, 18, 25), 25 days; 310 − 25 = 285.
		expect(daysLeftAfter('2024-02-01', '2024-02-29', '2024-08-01')).toBe(285);
	});

	it('warns that the allowance waits until 21 after a failure without a qualifying diploma', () => {
		const young = remaining({ outcome: 'failure', ageAtRequest: 20, hasQualifyingDiploma: false });
		expect(young.value).toBe(179);
		expect(young.warnings.join()).toMatch(/qu'à partir de 21 ans/);
		expect(
			ruleWarnings(remaining({ outcome: 'failure', ageAtRequest: 20, hasQualifyingDiploma: true }))
		).toEqual([]);
		expect(
			ruleWarnings(remaining({ outcome: 'failure', ageAtRequest: 21, hasQualifyingDiploma: false }))
		).toEqual([]);
		expect(
			ruleWarnings(remaining({ outcome: 'success', ageAtRequest: 18, hasQualifyingDiploma: false }))
		).toEqual([]);
	});

	it('applies the age-21 condition only to requests from 1 September 2015', () => {
		const contracts = [{ start: '2014-09-01', end: '2015-06-30' }];
		const august = remaining({
			contracts,
			outcome: 'failure',
			ageAtRequest: 19,
			requestDate: '2015-08-31'
		});
		const september = remaining({
			contracts,
			outcome: 'failure',
			ageAtRequest: 19,
			requestDate: '2015-09-01'
		});
		expect(ruleWarnings(august)).toEqual([]);
		expect(september.warnings.join()).toMatch(/21 ans/);
		expect(august.value).toBe(september.value);
	});

	it('does not open the right after an abandoned training, and says why', () => {
		const young = remaining({ outcome: 'abandoned', ageAtRequest: 19 });
		expect(young.value).toBeNull();
		expect(text(young)).toMatch(/n'ouvre pas le droit.*attendre 21 ans/);
		expect(text(remaining({ outcome: 'abandoned', ageAtRequest: 23 }))).toMatch(
			/autres études terminées/
		);
	});

	it('gives no right from 25 at the request, under both regimes, and names the derogations', () => {
		expect(ruleWarnings(remaining({ ageAtRequest: 24 }))).toEqual([]);
		// Fiche 12, example 1 counted with both ends: 304 calendar days − 43 Sundays = 261; 310 − 261 = 49.
		expect(remaining({ ageAtRequest: 24 }).value).toBe(49);
		for (const requestDate of ['2016-07-01', '2026-03-01', '2026-09-15']) {
			const old = remaining({ ageAtRequest: 25, requestDate });
			expect(old.value).toBeNull();
			expect(text(old)).toMatch(
				/Demande à 25 ans : les allocations d'insertion se demandent avant 25 ans \| 25 ≥ 25 \| pas de droit/
			);
			expect(old.warnings.join()).toMatch(/dérogation/);
		}
		// From 1 March 2026 a request at 26 after a successful alternance gets no days either.
		expect(remaining({ ageAtRequest: 26, requestDate: '2026-06-01' }).value).toBeNull();
	});

	it('warns when the request does not come after the end of the last contract', () => {
		expect(remaining({ requestDate: '2016-06-30' }).warnings.join()).toMatch(
			/n'est pas postérieure à la fin du dernier contrat/
		);
		expect(ruleWarnings(remaining({ requestDate: '2016-07-01' }))).toEqual([]);
	});

	it('mentions the 36-month limit of the allowance', () => {
		expect(text(remaining({}))).toMatch(/limitées à 36 mois/);
	});
});

describe('insertionInternshipRemainingDays, loi-programme of 18 July 2025 (request from 1 March 2026)', () => {
	// 01/09/2025–31/10/2025: 61 calendar days, 8 Sundays, 53 days.
	const autumn = [{ start: '2025-09-01', end: '2025-10-31' }];

	it('switches from 310 to 156 days on 1 March 2026', () => {
		// 310 − 53 = 257 on 28 February; 156 − 53 = 103 on 1 March.
		expect(remaining({ contracts: autumn, requestDate: '2026-02-28' }).value).toBe(257);
		const after = remaining({ contracts: autumn, requestDate: '2026-03-01' });
		expect(after.value).toBe(103);
		expect(text(after)).toMatch(/max\(0 ; 156 − 53\) \| 103 jours/);
		expect(text(after)).toMatch(/limitée à 12 mois/);
		expect(after.sources.map((s) => s.title).join()).toMatch(/Loi-programme du 18 juillet 2025/);
	});

	it('warns that the contract-days reduction of the 156 days is unconfirmed', () => {
		const warnings = remaining({ contracts: autumn, requestDate: '2026-03-01' }).warnings.join(
			'\n'
		);
		expect(warnings).toMatch(/Valeur non confirmée/);
		expect(warnings).toMatch(/stage de 156 jours/);
	});

	it('floors the 156 days at 0 after a long successful contract', () => {
		expect(remaining({ requestDate: '2026-09-01' }).value).toBe(0);
	});

	it.each<InsertionOutcome>(['failure', 'abandoned'])(
		'does not open the right after a %s, and says why',
		(outcome) => {
			const result = remaining({
				contracts: autumn,
				outcome,
				ageAtRequest: 22,
				hasQualifyingDiploma: true,
				requestDate: '2026-03-01'
			});
			expect(result.value).toBeNull();
			expect(text(result)).toMatch(/seule une alternance réussie ouvre le droit/);
		}
	);
});

describe('insertionInternshipRemainingDays, invalid input', () => {
	it.each<[string, unknown, string]>([
		['no input', null, 'input'],
		['contracts that are not a list', { ...base, contracts: 'EXAMPLE_1' }, 'contracts'],
		['an empty contract list', { ...base, contracts: [] }, 'contracts'],
		[
			'51 contracts',
			{ ...base, contracts: Array.from({ length: 51 }, () => EXAMPLE_1[0]) },
			'contracts'
		],
		[
			'a contract that is not an object',
			{ ...base, contracts: [EXAMPLE_1[0], null] },
			'contracts[1]'
		],
		[
			'an impossible start',
			{ ...base, contracts: [{ start: '2015-02-29', end: '2016-06-30' }] },
			'contracts[0].start'
		],
		[
			'an end before the start',
			{ ...base, contracts: [EXAMPLE_1[0], { start: '2016-09-01', end: '2016-08-31' }] },
			'contracts[1].end'
		],
		['an unknown outcome', { ...base, outcome: 'passed' }, 'outcome'],
		['an age of 14', { ...base, ageAtRequest: 14 }, 'ageAtRequest'],
		['an age of 100', { ...base, ageAtRequest: 100 }, 'ageAtRequest'],
		['a fractional age', { ...base, ageAtRequest: 19.5 }, 'ageAtRequest'],
		['an age that is NaN', { ...base, ageAtRequest: Number.NaN }, 'ageAtRequest'],
		['an infinite age', { ...base, ageAtRequest: Number.POSITIVE_INFINITY }, 'ageAtRequest'],
		['an age as text', { ...base, ageAtRequest: '19' }, 'ageAtRequest'],
		[
			'a diploma answered by text',
			{ ...base, hasQualifyingDiploma: 'oui' },
			'hasQualifyingDiploma'
		],
		['an impossible request date', { ...base, requestDate: '2026-02-30' }, 'requestDate'],
		[
			'a request before the alternance opened the right',
			{ ...base, requestDate: '2015-06-30' },
			'requestDate'
		]
	])('refuses %s, naming the field', (_name, input, field) => {
		expectRefusal(() => insertionInternshipRemainingDays(input as InsertionInput), field);
	});

	it('writes its messages in French, naming the field', () => {
		expect(() => remaining({ ageAtRequest: 14 })).toThrow(
			/Âge à la demande : la valeur 14 doit être comprise entre 15 et 99/
		);
	});
});

describe('insertionInternshipRemainingDays, properties', () => {
	it('leaves between 0 and 310 days after success, and 155 to 310 after failure', () => {
		holds([contractsArb], (contracts) => {
			const request = { contracts, ageAtRequest: 21, requestDate: '2026-02-01' };
			const success = remaining({ ...request, outcome: 'success' }).value!;
			const failure = remaining({ ...request, outcome: 'failure' }).value!;
			expect(success).toBeGreaterThanOrEqual(0);
			expect(success).toBeLessThanOrEqual(310);
			expect(failure).toBeGreaterThanOrEqual(155);
			expect(failure).toBeLessThanOrEqual(310);
			expect(failure).toBeGreaterThanOrEqual(success);
		});
	});

	it('equals 310 minus the non-Sunday days counted one by one, overlaps once', () => {
		holds(
			[contractsArb],
			(contracts) => {
				const expected = Math.max(0, 310 - bruteForceDays(contracts));
				expect(remaining({ contracts, requestDate: '2026-02-01' }).value).toBe(expected);
			},
			{ numRuns: 60 }
		);
	});

	it('does not depend on the order of the contracts nor on a repeated contract', () => {
		holds([contractsArb], (contracts) => {
			const reference = remaining({ contracts, requestDate: '2026-02-01' }).value;
			expect(
				remaining({ contracts: [...contracts].reverse(), requestDate: '2026-02-01' }).value
			).toBe(reference);
			expect(
				remaining({ contracts: [...contracts, contracts[0]!], requestDate: '2026-02-01' }).value
			).toBe(reference);
		});
	});

	it('never leaves more days when a contract is added', () => {
		holds(
			[contractsArb, contractArb, fc.constantFrom<InsertionOutcome>('success', 'failure')],
			(contracts, extra, outcome) => {
				const request = { outcome, ageAtRequest: 22, requestDate: '2026-02-01' };
				const before = remaining({ ...request, contracts }).value!;
				const after = remaining({ ...request, contracts: [...contracts, extra] }).value!;
				expect(after).toBeLessThanOrEqual(before);
			}
		);
	});
});

describe('insertionRegimesCompared', () => {
	it.each<[string, ContractPeriod[], InsertionOutcome, number | null, number | null]>([
		// 01/09/2025–30/06/2026: 303 calendar days, 43 Sundays, 260 days; before 310 − 260 = 50, after 156 − 260 < 0 so 0.
		['a school year, success', [{ start: '2025-09-01', end: '2026-06-30' }], 'success', 50, 0],
		// Before 310 − ⌈260 / 2⌉ = 180; after no right.
		['a school year, failure', [{ start: '2025-09-01', end: '2026-06-30' }], 'failure', 180, null],
		[
			'a school year, abandon',
			[{ start: '2025-09-01', end: '2026-06-30' }],
			'abandoned',
			null,
			null
		],
		// 53 days: 310 − 53 = 257 and 156 − 53 = 103.
		['two months, success', [{ start: '2025-09-01', end: '2025-10-31' }], 'success', 257, 103]
	])('compares both regimes for %s', (_name, contracts, outcome, before, after) => {
		const result = insertionRegimesCompared({
			contracts,
			outcome,
			ageAtRequest: 22,
			hasQualifyingDiploma: true
		});
		expect(result.value).toEqual({ before, after, reformDate: '2026-03-01' });
	});

	it('counts the days once and labels each regime by its dates', () => {
		const trace = text(
			insertionRegimesCompared({
				contracts: EXAMPLE_1,
				outcome: 'success',
				ageAtRequest: 19,
				hasQualifyingDiploma: false
			})
		);
		expect(trace.match(/304 jours calendrier − 43 dimanches/g)).toHaveLength(1);
		expect(trace).toMatch(/Demande jusqu'au 28\/02\/2026/);
		expect(trace).toMatch(/Demande à partir du 01\/03\/2026/);
	});

	it('refuses the same invalid input as the single-regime rule', () => {
		expect(() =>
			insertionRegimesCompared({
				contracts: [],
				outcome: 'success',
				ageAtRequest: 19,
				hasQualifyingDiploma: false
			})
		).toThrow(expect.objectContaining({ field: 'contracts' }));
		expect(() =>
			insertionRegimesCompared({
				contracts: EXAMPLE_1,
				outcome: 'won' as InsertionOutcome,
				ageAtRequest: 19,
				hasQualifyingDiploma: false
			})
		).toThrow(expect.objectContaining({ field: 'outcome' }));
	});

	it('never leaves more days after the reform than before it', () => {
		holds(
			[contractsArb, fc.constantFrom<InsertionOutcome>('success', 'failure', 'abandoned')],
			(contracts, outcome) => {
				const { before, after } = insertionRegimesCompared({
					contracts,
					outcome,
					ageAtRequest: 22,
					hasQualifyingDiploma: true
				}).value;
				if (after !== null) expect(after).toBeLessThanOrEqual(before ?? Number.POSITIVE_INFINITY);
			}
		);
	});
});

describe('insertionInternshipEndDate', () => {
	it.each<[string, number, string]>([
		// Monday 01/09/2025 is day 1.
		['2025-09-01', 1, '2025-09-01'],
		// Monday to Saturday: 6 days.
		['2025-09-01', 6, '2025-09-06'],
		// Day 7 skips Sunday 07/09.
		['2025-09-01', 7, '2025-09-08'],
		// A start on Sunday counts from Monday.
		['2025-09-07', 1, '2025-09-08'],
		// Saturday is day 1, Monday day 2.
		['2025-09-06', 2, '2025-09-08'],
		// Example 1 corrected: 49 days from Monday 01/08/2016 = 8 weeks of 6 days + 1: Monday 26/09/2016.
		['2016-08-01', 49, '2016-09-26'],
		// 310 days from Friday 01/08/2025: 51 weeks (357 days) + 3 days (Sat, Sun skipped, Mon, Tue) = 361 days later.
		['2025-08-01', 310, '2026-07-28'],
		// 156 days from Monday 02/03/2026: 25 weeks + 6 days (Mon–Sat) = 180 days later, Saturday.
		['2026-03-02', 156, '2026-08-29'],
		// Leap year: Saturday 26/02 (1), Sunday skipped, Monday 28/02 (2), Tuesday 29/02 (3).
		['2028-02-26', 3, '2028-02-29'],
		// Christmas is a public holiday but counts: Wednesday 24/12 (1), Thursday 25/12 (2).
		['2025-12-24', 2, '2025-12-25']
	])('ends a SIP begun on %s with %i days on %s', (startDate, remainingDays, end) => {
		const result = insertionInternshipEndDate({ startDate, remainingDays });
		expect(result.value).toBe(end);
		expect(ruleWarnings(result)).toEqual([]);
	});

	it('explains the 6-day week and the days it added', () => {
		const trace = text(insertionInternshipEndDate({ startDate: '2016-08-01', remainingDays: 49 }));
		expect(trace).toMatch(/sauf le dimanche \(les jours fériés comptent\)/);
		expect(trace).toMatch(/49 jours \+ 8 dimanches = 57 jours calendrier/);
		expect(trace).toMatch(/dernier jour : 26\/09\/2016/);
	});

	it('never ends on a Sunday and holds exactly the days asked, Sundays aside', () => {
		holds(
			[dateArb, fc.integer({ min: 1, max: 310 })],
			(startDate, days) => {
				const end = insertionInternshipEndDate({ startDate, remainingDays: days }).value;
				expect(isSunday(end)).toBe(false);
				expect(end >= startDate).toBe(true);
				expect(bruteForceDays([{ start: startDate, end }])).toBe(days);
			},
			{ numRuns: 60 }
		);
	});

	it.each<[string, unknown, string]>([
		['no input', undefined, 'input'],
		['an impossible start', { startDate: '2025-13-01', remainingDays: 10 }, 'startDate'],
		['no day left', { startDate: '2025-09-01', remainingDays: 0 }, 'remainingDays'],
		[
			'more days than the longest stage',
			{ startDate: '2025-09-01', remainingDays: 311 },
			'remainingDays'
		],
		['a fraction of a day', { startDate: '2025-09-01', remainingDays: 1.5 }, 'remainingDays'],
		['days as text', { startDate: '2025-09-01', remainingDays: '10' }, 'remainingDays']
	])('refuses %s, naming the field', (_name, input, field) => {
		expect(() =>
			insertionInternshipEndDate(input as { startDate: string; remainingDays: number })
		).toThrow(expect.objectContaining({ field }));
	});
});
