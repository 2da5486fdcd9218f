import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// In the order the functions are tested below.
import {
	noticeTakesEffect,
	contractEligibility,
	checkContractDuration,
	trialPeriodEnd,
	noticePeriod,
	guaranteedPay,
	operatorEntryConditions,
	type IncapacityPeriod,
	type NoticeMethod
} from './contract';
import { offsetDate, daysInclusive, isWorkingDay } from './calendar';
import { RuleInputError } from './errors';
import { holds, ruleWarnings } from './test-support';

const dateArb = (from: string, days: number) =>
	fc.integer({ min: 0, max: days }).map((n) => offsetDate(from, n));
const labels = (trace: { label: string }[]) => trace.map((s) => s.label).join('\n');

describe('noticeTakesEffect', () => {
	it.each<[NoticeMethod, string, string]>([
		// Vade-Mecum §4.3 / fiche 15: against receipt or by bailiff, the next day, whatever day it is.
		['hand-delivery', '2025-05-02', '2025-05-03'],
		['bailiff', '2025-05-03', '2025-05-04'],
		['hand-delivery', '2025-12-31', '2026-01-01'],
		// Friday: Sat 3 (1st), Sun 4 skipped, Mon 5 (2nd), Tue 6 (3rd).
		['registered-letter', '2025-05-02', '2025-05-06'],
		// Tuesday: Wed 30 (1st), Thu 1 May holiday, Fri 2 (2nd), Sat 3 (3rd): a Saturday counts.
		['registered-letter', '2025-04-29', '2025-05-03'],
		// Easter 2025 is 20 April: Sun 20 and Easter Monday 21 skipped, Tue 22, Wed 23, Thu 24.
		['registered-letter', '2025-04-19', '2025-04-24'],
		// Easter 2024 is 31 March: Sat 30 (1st), Sun 31 and Mon 1 April skipped, Tue 2, Wed 3.
		['registered-letter', '2024-03-29', '2024-04-03'],
		// Christmas on a Thursday: Fri 26, Sat 27, Sun 28 skipped, Mon 29.
		['registered-letter', '2025-12-24', '2025-12-29'],
		// Across the year end: Wed 30, Thu 31, New Year's Day skipped, Sat 2 January 2027.
		['registered-letter', '2026-12-29', '2027-01-02'],
		// Ascension 2026 = 5 April + 39 = Thu 14 May: Wed 13, Fri 15, Sat 16.
		['registered-letter', '2026-05-12', '2026-05-16'],
		// Whit Monday 2026 = 25 May: Sun 24 and Mon 25 skipped, Tue 26, Wed 27, Thu 28.
		['registered-letter', '2026-05-23', '2026-05-28']
	])('makes a notice by %s of %s take effect on %s', (method, notifiedOn, expected) => {
		const result = noticeTakesEffect({ notifiedOn, method });
		expect(result.value).toBe(expected);
		expect(ruleWarnings(result)).toEqual([]);
		expect(result.sources.map((s) => s.reference).join()).toMatch(/§4\.3 et fiche 15/);
	});

	it('names every day counted or skipped in its trace', () => {
		const text = labels(
			noticeTakesEffect({ notifiedOn: '2025-04-29', method: 'registered-letter' }).trace
		);
		expect(text).toContain('mercredi 30/04/2025 : 1er jour ouvrable');
		expect(text).toContain('jeudi 01/05/2025 : non compté (jour férié : Fête du Travail)');
		expect(text).toContain('vendredi 02/05/2025 : 2e jour ouvrable');
		expect(text).toContain('samedi 03/05/2025 : 3e jour ouvrable');
	});

	it('says that a Sunday is not a working day', () => {
		expect(
			labels(noticeTakesEffect({ notifiedOn: '2025-05-02', method: 'registered-letter' }).trace)
		).toContain('dimanche 04/05/2025 : non compté (dimanche)');
	});

	it('refuses an unknown method, an impossible date and a date before the contract existed', () => {
		expect(() =>
			noticeTakesEffect({ notifiedOn: '2025-05-02', method: 'email' as NoticeMethod })
		).toThrow(expect.objectContaining({ field: 'method' }));
		expect(() => noticeTakesEffect({ notifiedOn: '2025-02-29', method: 'bailiff' })).toThrow(
			expect.objectContaining({ field: 'notifiedOn' })
		);
		expect(() => noticeTakesEffect({ notifiedOn: '2015-08-31', method: 'bailiff' })).toThrow(
			expect.objectContaining({ field: 'notifiedOn' })
		);
		expect(() => noticeTakesEffect(null as never)).toThrow(
			expect.objectContaining({ field: 'input' })
		);
	});

	it('refuses a registered letter whose count would leave the known holiday calendar', () => {
		expect(() =>
			noticeTakesEffect({ notifiedOn: '2200-12-30', method: 'registered-letter' })
		).toThrow(
			expect.objectContaining({ field: 'notifiedOn', message: expect.stringMatching(/2200/) })
		);
	});

	it('makes a registered letter take effect on a working day after exactly three working days', () => {
		holds([dateArb('2015-09-01', 30_000)], (sent) => {
			const effect = noticeTakesEffect({ notifiedOn: sent, method: 'registered-letter' }).value;
			expect(isWorkingDay(effect)).toBe(true);
			let working = 0;
			for (let day = offsetDate(sent, 1); day <= effect; day = offsetDate(day, 1))
				if (isWorkingDay(day)) working += 1;
			expect(working).toBe(3);
		});
	});

	it('makes a notice by hand or by bailiff take effect exactly one day later', () => {
		holds(
			[dateArb('2015-09-01', 60_000), fc.constantFrom<NoticeMethod>('hand-delivery', 'bailiff')],
			(sent, method) => {
				expect(noticeTakesEffect({ notifiedOn: sent, method }).value).toBe(offsetDate(sent, 1));
			}
		);
	});
});

describe('contractEligibility', () => {
	it.each([
		// 16 on the day of signing: the birthday counts from that day.
		['2009-09-01', '2025-09-01', false, true, '2035-12-31'],
		// 15 the day before the 16th birthday: only with the first two years of secondary.
		['2009-09-02', '2025-09-01', false, false, '2035-12-31'],
		['2009-09-02', '2025-09-01', true, true, '2035-12-31'],
		// 14: too young even with two years of secondary.
		['2010-09-02', '2025-09-01', true, false, '2036-12-31'],
		// 24, the day before the 25th birthday: may still sign, training until the end of the year of 26.
		['2000-09-02', '2025-09-01', false, true, '2026-12-31'],
		// 25 on the day of signing: too late.
		['2000-09-01', '2025-09-01', true, false, '2026-12-31'],
		// Born on 29 February: 25 is reached on 1 March in a common year.
		['2000-02-29', '2025-02-28', false, true, '2026-12-31'],
		['2000-02-29', '2025-03-01', false, false, '2026-12-31'],
		// In a leap year the 16th birthday is 29 February itself.
		['2008-02-29', '2024-02-28', false, false, '2034-12-31'],
		['2008-02-29', '2024-02-29', false, true, '2034-12-31']
	])(
		'born %s, signing %s, two years of secondary %s: eligible %s until %s',
		(birthDate, signingDate, twoYears, eligible, latestEndDate) => {
			const result = contractEligibility({
				birthDate,
				signingDate,
				completedTwoSecondaryYears: twoYears
			});
			expect(result.value).toEqual({ eligible, latestEndDate });
			expect(result.sources.map((s) => s.reference).join()).toMatch(/§2/);
		}
	);

	it('gives the age at signing and each condition in its trace', () => {
		const { trace } = contractEligibility({
			birthDate: '2009-09-02',
			signingDate: '2025-09-01',
			completedTwoSecondaryYears: true
		});
		expect(trace[0]).toMatchObject({
			label: expect.stringContaining('01/09/2025'),
			value: '15 ans'
		});
		expect(trace.map((s) => s.value).slice(1, 4)).toEqual(['non', 'oui', 'oui']);
		expect(trace.at(-1)!.label).toMatch(/peut être signé/);
	});

	it('says when a young person is too young, and from when a contract is possible', () => {
		const result = contractEligibility({
			birthDate: '2009-09-02',
			signingDate: '2025-09-01',
			completedTwoSecondaryYears: false
		});
		expect(result.trace.at(-1)).toMatchObject({
			value: 'non',
			label: expect.stringContaining('possible dès le 02/09/2025')
		});
		expect(result.warnings.join()).toMatch(/CE1D/);
	});

	it('says when a candidate has reached 25 before signing', () => {
		const result = contractEligibility({
			birthDate: '2000-03-15',
			signingDate: '2025-09-01',
			completedTwoSecondaryYears: true
		});
		expect(result.value.eligible).toBe(false);
		expect(result.trace.at(-1)!.label).toMatch(/25 ans atteints le 15\/03\/2025/);
		expect(ruleWarnings(result)).toEqual([]);
	});

	it('refuses a birth date after the signing date, naming the birth date', () => {
		expect(() =>
			contractEligibility({
				birthDate: '2025-09-02',
				signingDate: '2025-09-01',
				completedTwoSecondaryYears: false
			})
		).toThrow(expect.objectContaining({ field: 'birthDate' }));
	});

	it.each([
		[
			{ birthDate: '2009-13-01', signingDate: '2025-09-01', completedTwoSecondaryYears: true },
			'birthDate'
		],
		[
			{ birthDate: '2009-01-01', signingDate: '01/09/2025', completedTwoSecondaryYears: true },
			'signingDate'
		],
		[
			{ birthDate: '2000-01-01', signingDate: '2015-08-31', completedTwoSecondaryYears: true },
			'signingDate'
		],
		[
			{ birthDate: '2009-01-01', signingDate: '2025-09-01', completedTwoSecondaryYears: 'oui' },
			'completedTwoSecondaryYears'
		],
		[
			{ birthDate: 20090101, signingDate: '2025-09-01', completedTwoSecondaryYears: true },
			'birthDate'
		]
	])('refuses %o on field %s', (input, field) => {
		expect(() => contractEligibility(input as never)).toThrow(RuleInputError);
		expect(() => contractEligibility(input as never)).toThrow(expect.objectContaining({ field }));
	});

	it('is eligible exactly from 16, or 15 with two years of secondary, until 25', () => {
		holds(
			[dateArb('1985-01-01', 15_000), dateArb('2015-09-01', 8_000), fc.boolean()],
			(birthDate, signingDate, twoYears) => {
				fc.pre(birthDate <= signingDate);
				const { value, trace } = contractEligibility({
					birthDate,
					signingDate,
					completedTwoSecondaryYears: twoYears
				});
				const age = Number.parseInt(trace[0]!.value!, 10);
				expect(value.eligible).toBe(age < 25 && (age >= 16 || (age >= 15 && twoYears)));
				expect(value.latestEndDate).toBe(`${Number(birthDate.slice(0, 4)) + 26}-12-31`);
			}
		);
	});
});

describe('checkContractDuration', () => {
	it.each([
		// Vade-Mecum §4.2: at most 6 years, counted from date to date.
		['2025-09-01', '2031-08-31', '2031-08-31', true],
		['2025-09-01', '2031-09-01', '2031-08-31', false],
		// A start on 29 February: the 6th anniversary does not exist, the last day is 28 February.
		['2024-02-29', '2030-02-28', '2030-02-28', true],
		// A short contract: the text sets no minimum (three months in certification par unités).
		['2025-09-15', '2025-12-14', '2031-09-14', true]
	])(
		'allows a contract from %s to end by the day before its 6th anniversary (end %s, limit %s)',
		(contractStart, contractEnd, maximumEndDate, ok) => {
			const result = checkContractDuration({ contractStart, contractEnd });
			expect(result.value).toEqual({
				maximumEndDate,
				withinMaximum: ok,
				latestEndDate: null,
				withinAgeLimit: null,
				valid: ok
			});
			expect(result.sources.map((s) => s.reference).join()).toMatch(/§4\.2/);
			expect(labels(result.trace)).toMatch(/pas de durée minimale/);
		}
	);

	it('checks the end against 31 December of the year of the 26th birthday', () => {
		// Born 10 March 2001: 26 on 10 March 2027, training possible until 31 December 2027.
		const inside = checkContractDuration({
			contractStart: '2025-09-01',
			contractEnd: '2027-12-31',
			birthDate: '2001-03-10'
		});
		expect(inside.value).toMatchObject({
			latestEndDate: '2027-12-31',
			withinAgeLimit: true,
			withinMaximum: true,
			valid: true
		});
		const beyond = checkContractDuration({
			contractStart: '2025-09-01',
			contractEnd: '2028-01-01',
			birthDate: '2001-03-10'
		});
		expect(beyond.value).toMatchObject({
			withinAgeLimit: false,
			withinMaximum: true,
			valid: false
		});
		expect(beyond.sources.map((s) => s.reference).join()).toMatch(/§2/);
	});

	it.each([
		[{ contractStart: '2025-09-01', contractEnd: '2025-08-31' }, 'contractEnd'],
		[{ contractStart: '2015-08-31', contractEnd: '2016-06-30' }, 'contractStart'],
		[
			{ contractStart: '2025-09-01', contractEnd: '2026-06-30', birthDate: '2025-09-02' },
			'birthDate'
		],
		[{ contractStart: '2025-09-01', contractEnd: '2026-06-30', birthDate: null }, 'birthDate']
	])('refuses %o on field %s', (input, field) => {
		expect(() => checkContractDuration(input as never)).toThrow(expect.objectContaining({ field }));
	});

	it('puts the longest end between 6 × 365 and 6 × 366 days after the start', () => {
		holds([dateArb('2015-09-01', 50_000)], (start) => {
			const { maximumEndDate } = checkContractDuration({
				contractStart: start,
				contractEnd: start
			}).value;
			const days = daysInclusive(start, maximumEndDate);
			expect(days).toBeGreaterThanOrEqual(2189);
			expect(days).toBeLessThanOrEqual(2192);
		});
	});
});

describe('trialPeriodEnd', () => {
	it.each([
		['2025-09-01', '2025-09-30'],
		['2025-09-15', '2025-10-14'],
		['2025-12-15', '2026-01-14'],
		// A start on the 29th–31st of January ends on the last day of February.
		['2025-01-29', '2025-02-28'],
		['2025-01-31', '2025-02-28'],
		['2024-01-30', '2024-02-29'],
		['2024-01-31', '2024-02-29'],
		['2025-02-01', '2025-02-28']
	])('ends a trial started on %s on %s, from date to date', (contractStart, expected) => {
		const result = trialPeriodEnd({ contractStart });
		expect(result.value).toBe(expected);
		expect(result.sources.map((s) => s.reference).join()).toMatch(/§4\.3/);
		expect(result.warnings.join()).toMatch(/Lecture retenue/);
	});

	it.each([
		// 10–16 September: 7 days, 30/09 + 7 = 07/10.
		[[{ start: '2025-09-10', end: '2025-09-16' }], '2025-10-07'],
		// 28 September – 3 October straddles the end: 6 days, 30/09 + 6 = 06/10.
		[[{ start: '2025-09-28', end: '2025-10-03' }], '2025-10-06'],
		// The second suspension falls in the extended period: 07/10 + 4 = 11/10; the third is after it.
		[
			[
				{ start: '2025-09-10', end: '2025-09-16' },
				{ start: '2025-10-05', end: '2025-10-08' },
				{ start: '2025-10-20', end: '2025-10-22' }
			],
			'2025-10-11'
		],
		// A suspension after the trial changes nothing.
		[[{ start: '2025-10-01', end: '2025-10-05' }], '2025-09-30']
	])('extends the trial by the suspensions %o: last day %s', (suspensions, expected) => {
		expect(trialPeriodEnd({ contractStart: '2025-09-01', suspensions }).value).toBe(expected);
	});

	it('counts from the first day in the company when the contract opens with centre days', () => {
		// 15/09 → 14/10, plus the suspension days from 15 to 17 September: 14/10 + 3 = 17/10.
		const result = trialPeriodEnd({
			contractStart: '2025-09-01',
			firstDayInCompany: '2025-09-15',
			suspensions: [{ start: '2025-09-10', end: '2025-09-17' }]
		});
		expect(result.value).toBe('2025-10-17');
		expect(result.sources.map((s) => s.reference).join()).toMatch(/§4\.2/);
		expect(labels(result.trace)).toContain(
			'Suspension du 15/09/2025 au 17/09/2025 : prolongation de 3 jours'
		);
	});

	it.each([
		[{ contractStart: '2025-09-01', firstDayInCompany: '2025-08-31' }, 'firstDayInCompany'],
		[{ contractStart: '2015-08-31' }, 'contractStart'],
		[
			{ contractStart: '2025-09-01', suspensions: [{ start: '2025-09-10', end: '2025-09-09' }] },
			'suspensions[0].end'
		],
		[
			{
				contractStart: '2025-09-01',
				suspensions: [
					{ start: '2025-09-10', end: '2025-09-12' },
					{ start: '2025-09-12', end: '2025-09-14' }
				]
			},
			'suspensions[1].start'
		],
		[
			{ contractStart: '2025-09-01', suspensions: { start: '2025-09-10', end: '2025-09-12' } },
			'suspensions'
		],
		[{ contractStart: '2025-09-01', suspensions: [null] }, 'suspensions[0]'],
		[
			{
				contractStart: '2025-09-01',
				suspensions: Array.from({ length: 101 }, (_, i) => ({
					start: offsetDate('2026-01-01', 2 * i),
					end: offsetDate('2026-01-01', 2 * i)
				}))
			},
			'suspensions'
		]
	])('refuses %o on field %s', (input, field) => {
		expect(() => trialPeriodEnd(input as never)).toThrow(expect.objectContaining({ field }));
	});

	it('lasts one month of 28 to 31 days, plus exactly the suspended days inside it', () => {
		holds(
			[
				dateArb('2015-09-01', 50_000),
				fc.integer({ min: 0, max: 20 }),
				fc.integer({ min: 1, max: 30 })
			],
			(start, offset, length) => {
				const plain = trialPeriodEnd({ contractStart: start }).value;
				expect(daysInclusive(start, plain)).toBeGreaterThanOrEqual(28);
				expect(daysInclusive(start, plain)).toBeLessThanOrEqual(31);
				const suspension = {
					start: offsetDate(start, offset),
					end: offsetDate(start, offset + length - 1)
				};
				expect(trialPeriodEnd({ contractStart: start, suspensions: [suspension] }).value).toBe(
					offsetDate(plain, length)
				);
			}
		);
	});
});

describe('noticePeriod', () => {
	it.each([
		// Fiche 15: 7 calendar days during the trial, 14 after; the day of effect is the first day.
		['2025-05-06', true, 7, '2025-05-12'],
		['2025-05-06', false, 14, '2025-05-19'],
		// Across the end of February: 20–29 February 2024 (10 days) + 1–4 March (4 days).
		['2024-02-20', false, 14, '2024-03-04'],
		['2025-02-20', false, 14, '2025-03-05'],
		['2025-12-28', true, 7, '2026-01-03']
	])(
		'makes a notice taking effect on %s (during trial %s) last %i days until %s',
		(takesEffectOn, duringTrial, days, lastDay) => {
			const result = noticePeriod({ takesEffectOn, duringTrial });
			expect(result.value).toEqual({ days, lastDay });
			expect(ruleWarnings(result)).toEqual([]);
			expect(result.sources.map((s) => s.reference).join()).toMatch(/fiche 15/);
		}
	);

	it('chains with noticeTakesEffect: a registered letter sent on Friday 2 May 2025 ends on 19 May', () => {
		const takesEffectOn = noticeTakesEffect({
			notifiedOn: '2025-05-02',
			method: 'registered-letter'
		}).value;
		expect(noticePeriod({ takesEffectOn, duringTrial: false }).value.lastDay).toBe('2025-05-19');
	});

	it('extends the notice by the days of a suspension inside it, and says it is a reading', () => {
		// 19/05 + 3 days of illness (10–12 May) = 22/05.
		const result = noticePeriod({
			takesEffectOn: '2025-05-06',
			duringTrial: false,
			suspensions: [{ start: '2025-05-10', end: '2025-05-12' }]
		});
		expect(result.value).toEqual({ days: 14, lastDay: '2025-05-22' });
		expect(result.warnings.join()).toMatch(/prolongé d'un jour par jour de suspension/);
		expect(result.sources.map((s) => s.reference).join()).toMatch(/prolongée/);
	});

	it.each([
		[{ takesEffectOn: '2025-05-06', duringTrial: 'non' }, 'duringTrial'],
		[{ takesEffectOn: '2025-05-32', duringTrial: true }, 'takesEffectOn'],
		[{ takesEffectOn: '2015-01-01', duringTrial: true }, 'takesEffectOn'],
		[
			{ takesEffectOn: '2025-05-06', duringTrial: true, suspensions: [{ start: '2025-05-06' }] },
			'suspensions[0].end'
		]
	])('refuses %o on field %s', (input, field) => {
		expect(() => noticePeriod(input as never)).toThrow(expect.objectContaining({ field }));
	});

	it('runs exactly 7 or 14 calendar days, the day of effect included', () => {
		holds([dateArb('2015-09-01', 60_000), fc.boolean()], (start, duringTrial) => {
			const { days, lastDay } = noticePeriod({ takesEffectOn: start, duringTrial }).value;
			expect(days).toBe(duringTrial ? 7 : 14);
			expect(daysInclusive(start, lastDay)).toBe(days);
		});
	});
});

describe('guaranteedPay', () => {
	const monthlyRetribution = 359.02;
	const run = (periods: IncapacityPeriod[], monthly = monthlyRetribution) =>
		guaranteedPay({ periods, monthlyRetribution: monthly });
	/** An incapacity from one day of March 2025 to another, both included. */
	const march = (start: number, end: number, cause: Partial<IncapacityPeriod> = {}) => ({
		start: `2025-03-${String(start).padStart(2, '0')}`,
		end: `2025-03-${String(end).padStart(2, '0')}`,
		...cause
	});
	const summary = (periods: IncapacityPeriod[]) =>
		run(periods).value.periods.map((p) => [p.guaranteedDays, p.relapse, p.amount]);

	it.each<[string, IncapacityPeriod[], [number, boolean, number][]]>([
		// Vade-Mecum §4.15: the first 7 calendar days; 359,02 × 7 / 31 = 81,069 → 81,07.
		['a 10-day illness', [march(3, 12)], [[7, false, 81.07]]],
		// 359,02 × 3 / 31 = 34,7439 → 34,74.
		['a 3-day illness', [march(3, 5)], [[3, false, 34.74]]],
		// Starts 14 days after the end (05/03 + 14 = 19/03): relapse, 4 days left: 359,02 × 4 / 31 = 46,3252 → 46,33.
		[
			'a relapse on the 14th day after a 3-day illness',
			[march(3, 5), march(19, 28)],
			[
				[3, false, 34.74],
				[4, true, 46.33]
			]
		],
		// Starts on the 15th day after the end: a new incapacity, 7 days again.
		[
			'a new illness on the 15th day',
			[march(3, 5), march(20, 29)],
			[
				[3, false, 34.74],
				[7, false, 81.07]
			]
		],
		// The 7 days are used up: the relapse is not paid.
		[
			'a relapse after a full guaranteed week',
			[march(3, 12), march(20, 25)],
			[
				[7, false, 81.07],
				[0, true, 0]
			]
		],
		// A certificate for another illness opens a new period: 359,02 × 6 / 31 = 69,4877 → 69,49.
		[
			'another illness shown by a certificate',
			[march(3, 12), march(20, 25, { otherCause: true })],
			[
				[7, false, 81.07],
				[6, false, 69.49]
			]
		],
		// The relapse rule does not apply to a work accident.
		[
			'a work accident soon after an illness',
			[march(3, 12), march(15, 30, { occupational: true })],
			[
				[7, false, 81.07],
				[7, false, 81.07]
			]
		],
		// The window runs from the end of the last relapse (11/03 + 14 = 25/03), not of the first illness:
		// 2 + 2 + 3 days; 359,02 × 2 / 31 = 23,1626 → 23,16.
		[
			'a chain of relapses',
			[march(3, 4), march(10, 11), march(24, 30)],
			[
				[2, false, 23.16],
				[2, true, 23.16],
				[3, true, 34.74]
			]
		],
		// A work accident in between does not break the illness chain: 02/03 + 14 = 16/03 ≥ 10/03.
		[
			'an illness after a work accident that followed an illness',
			[march(1, 2), march(5, 6, { occupational: true }), march(10, 20)],
			[
				[2, false, 23.16],
				[2, false, 23.16],
				[5, true, 57.91]
			]
		]
	])('pays %s', (_name, periods, expected) => {
		expect(summary(periods)).toEqual(expected);
	});

	it('splits a guaranteed week across two months by the days of each month', () => {
		// 25–28 February: 359,02 × 4 / 28 = 51,2886 → 51,29; 1–3 March: 359,02 × 3 / 31 = 34,7439 → 34,74.
		const result = run([{ start: '2025-02-25', end: '2025-03-10' }]);
		expect(result.value.periods[0]!.amount).toBe(86.03);
		expect(
			result.trace.some(
				(s) => s.formula?.replace(/\s/g, ' ') === '359,02 € × 4 / 28 + 359,02 € × 3 / 31'
			)
		).toBe(true);
	});

	it('counts 29 days in February of a leap year', () => {
		// 26–29 February 2024: 351,98 × 4 / 29 = 48,5490 → 48,55; 1–3 March: 351,98 × 3 / 31 = 34,0626 → 34,06.
		expect(run([{ start: '2024-02-26', end: '2024-03-05' }], 351.98).value.total).toBe(82.61);
	});

	it('warns about the reading only when a relapse is still paid', () => {
		expect(
			run([
				{ start: '2025-03-03', end: '2025-03-05' },
				{ start: '2025-03-19', end: '2025-03-28' }
			]).warnings.join()
		).toMatch(/jours restants/);
		expect(
			ruleWarnings(
				run([
					{ start: '2025-03-03', end: '2025-03-12' },
					{ start: '2025-03-20', end: '2025-03-25' }
				])
			)
		).toEqual([]);
	});

	it('explains each period and the total, citing §4.15 and the prorata of §4.6', () => {
		const result = run([
			{ start: '2025-03-03', end: '2025-03-12' },
			{ start: '2025-03-15', end: '2025-03-30', occupational: true }
		]);
		expect(result.value.total).toBe(162.14);
		const text = labels(result.trace);
		expect(text).toContain(
			'Incapacité du 03/03/2025 au 12/03/2025 (10 jours calendrier) : nouvelle incapacité'
		);
		expect(text).toContain('accident du travail');
		const references = result.sources.map((s) => s.reference).join();
		expect(references).toMatch(/§4\.15/);
		expect(references).toMatch(/§4\.6/);
		expect(references).toMatch(/fiche 7/);
	});

	it.each([
		[{ periods: [], monthlyRetribution }, 'periods'],
		[{ periods: 'mars', monthlyRetribution }, 'periods'],
		[
			{ periods: [{ start: '2025-03-03', end: '2025-03-02' }], monthlyRetribution },
			'periods[0].end'
		],
		[
			{
				periods: [
					{ start: '2025-03-03', end: '2025-03-05' },
					{ start: '2025-03-01', end: '2025-03-02' }
				],
				monthlyRetribution
			},
			'periods[1].start'
		],
		[
			{ periods: [{ start: '2015-08-25', end: '2015-08-30' }], monthlyRetribution },
			'periods[0].start'
		],
		[
			{
				periods: [{ start: '2025-03-03', end: '2025-03-05', occupational: 'oui' }],
				monthlyRetribution
			},
			'periods[0].occupational'
		],
		[
			{ periods: [{ start: '2025-03-03', end: '2025-03-05', otherCause: 1 }], monthlyRetribution },
			'periods[0].otherCause'
		],
		[
			{ periods: [{ start: '2025-03-03', end: '2025-03-05' }], monthlyRetribution: -1 },
			'monthlyRetribution'
		],
		[
			{ periods: [{ start: '2025-03-03', end: '2025-03-05' }], monthlyRetribution: Number.NaN },
			'monthlyRetribution'
		],
		[
			{
				periods: [{ start: '2025-03-03', end: '2025-03-05' }],
				monthlyRetribution: Number.POSITIVE_INFINITY
			},
			'monthlyRetribution'
		],
		[
			{ periods: [{ start: '2025-03-03', end: '2025-03-05' }], monthlyRetribution: '359,02' },
			'monthlyRetribution'
		]
	])('refuses %o on field %s', (input, field) => {
		expect(() => guaranteedPay(input as never)).toThrow(expect.objectContaining({ field }));
	});

	const periodsArb = fc
		.array(
			fc.record({
				gap: fc.integer({ min: 1, max: 40 }),
				length: fc.integer({ min: 1, max: 20 }),
				occupational: fc.boolean(),
				otherCause: fc.boolean()
			}),
			{ minLength: 1, maxLength: 8 }
		)
		.chain((specs) =>
			dateArb('2015-09-01', 4_000).map((first) => {
				let cursor = first;
				return specs.map(({ gap, length, occupational, otherCause }) => {
					const start = offsetDate(cursor, gap);
					cursor = offsetDate(start, length - 1);
					return { start, end: cursor, occupational, otherCause };
				});
			})
		);

	it('never guarantees more than 7 days per incapacity and its relapses, and adds up to the total', () => {
		holds([periodsArb, fc.integer({ min: 0, max: 300_000 })], (periods, monthlyCents) => {
			const monthly = monthlyCents / 100;
			const { value } = guaranteedPay({ periods, monthlyRetribution: monthly });
			let chainDays = 0;
			value.periods.forEach((p, i) => {
				expect(p.guaranteedDays).toBeLessThanOrEqual(Math.min(7, p.days));
				expect(p.relapse && (periods[i]!.occupational || periods[i]!.otherCause)).toBe(false);
				if (!periods[i]!.occupational)
					chainDays = p.relapse ? chainDays + p.guaranteedDays : p.guaranteedDays;
				expect(chainDays).toBeLessThanOrEqual(7);
				// Seven days are at most 7 / 28 of a month, plus a half cent of rounding per month touched.
				expect(p.amount).toBeGreaterThanOrEqual(0);
				expect(p.amount).toBeLessThanOrEqual(monthly / 4 + 0.01);
			});
			const cents = value.periods.reduce((sum, p) => sum + Math.round(p.amount * 100), 0);
			expect(Math.round(value.total * 100)).toBe(cents);
		});
	});
});

describe('operatorEntryConditions', () => {
	const at = (
		operator: 'CEFA' | 'IFAPME' | 'SFPME',
		birthDate: string,
		signingDate = '2026-08-25'
	) => operatorEntryConditions({ operator, birthDate, signingDate });

	it('applies the IFAPME limit of 23 at entry: 23 accepted, 24 not, though the contract allows both', () => {
		// Born 26/08/2002: 23 on 25/08/2026 (24 the next day). Born 25/08/2002: 24 on the signing day.
		expect(at('IFAPME', '2002-08-26').value).toEqual({ maximumAge: 23, accepted: true });
		const refused = at('IFAPME', '2002-08-25');
		expect(refused.value).toEqual({ maximumAge: 23, accepted: false });
		expect(
			refused.trace.map((s) => [s.label, s.formula, s.value].join(' | ')).join('\n')
		).toContain(
			"Règle de l'opérateur (IFAPME) : 23 ans au plus à l'entrée en formation | 24 ans > 23 | non"
		);
		expect(refused.sources.map((s) => s.title)).toContain(
			'IFAPME, FAQ « Formation en alternance (apprentissage) »'
		);
		expect(
			contractEligibility({
				birthDate: '2002-08-25',
				signingDate: '2026-08-25',
				completedTwoSecondaryYears: true
			}).value.eligible
		).toBe(true);
	});

	it('knows no own condition for the CEFA and the SFPME, nor for the IFAPME before its FAQ', () => {
		expect(at('CEFA', '2002-08-25').value).toEqual({ maximumAge: null, accepted: null });
		expect(at('SFPME', '2002-08-25').value).toEqual({ maximumAge: null, accepted: null });
		expect(at('IFAPME', '1992-08-25', '2017-08-25').value).toEqual({
			maximumAge: null,
			accepted: null
		});
	});

	it('refuses an unknown operator, naming the field', () => {
		expect(() =>
			operatorEntryConditions({
				operator: 'X' as 'CEFA',
				birthDate: '2008-01-01',
				signingDate: '2025-08-25'
			})
		).toThrow(expect.objectContaining({ field: 'operator' }));
	});
});
