import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkWorkSchedule,
	overtimeSurcharge,
	SCHEDULE_RULES,
	type ScheduleViolation,
	type ShiftInput,
	type WorkDerogation,
	type WorkScheduleInput,
	WORK_DEROGATIONS
} from './working-time';
import { RuleInputError } from './errors';
import { fromDayNumber, toDayNumber } from './calendar';
import { holds, ruleWarnings } from './test-support';

// Ages on the dates used below (January 2025): 15, 16, 17 and an adult.
const AGE_15 = '2009-06-01';
const AGE_16 = '2008-06-01';
const AGE_17 = '2007-06-01';
const ADULT = '2000-01-01';

// Monday 13 January 2025 … Sunday 19 January 2025.
const MON = '2025-01-13';
const TUE = '2025-01-14';
const WED = '2025-01-15';
const THU = '2025-01-16';
const FRI = '2025-01-17';
const SAT = '2025-01-18';
const SUN = '2025-01-19';

const at = (date: string, start: string, end: string): ShiftInput => ({ date, start, end });

function violations(input: WorkScheduleInput): string[] {
	return checkWorkSchedule(input).value.map((v) => `${v.date} ${v.rule}`);
}

/** The schedule of these shifts for someone born on `birthDate`, without derogation or training centre. */
function schedule(birthDate: string, ...shifts: ShiftInput[]) {
	return checkWorkSchedule({ birthDate, shifts });
}

/** The violations, as "date rule", of these shifts for someone born on `birthDate`, without derogation. */
function violationsOf(birthDate: string, ...shifts: ShiftInput[]): string[] {
	return violations({ birthDate, shifts });
}

/** Each violation as one line, "date rule: message", so a test can state the whole of each at once. */
function violationLines(result: { value: ScheduleViolation[] }): string[] {
	return result.value.map((v) => `${v.date} ${v.rule}: ${v.message}`);
}

/** Two blocks a day with an hour's lunch, as a minor's day of more than 6 h needs: 08:00–12:00 then 13:00–`end`. */
function day(date: string, end: string): ShiftInput[] {
	return [at(date, '08:00', '12:00'), at(date, '13:00', end)];
}

/** The rules one shift breaks for someone born on `birthDate` working under `derogation`. */
function rulesBroken(birthDate: string, derogation: WorkDerogation, shift: ShiftInput): string[] {
	return checkWorkSchedule({ birthDate, derogation, shifts: [shift] }).value.map((v) => v.rule);
}

describe('checkWorkSchedule, the rules of the Vade-Mecum fiche 2', () => {
	it.each<[string, ShiftInput, string[]]>([
		['a 17-year-old may work until 20:00', at(MON, '16:00', '20:00'), []],
		['a 17-year-old may not work after 20:00', at(MON, '16:00', '20:30'), ['night']],
		['a 17-year-old may start at 06:00', at(MON, '06:00', '10:00'), []],
		['a 17-year-old may not start before 06:00', at(MON, '05:30', '09:30'), ['night']],
		['a minor works at most 4 h 30 without a break', at(MON, '08:00', '12:30'), []],
		['a minor needs a break after 4 h 30', at(MON, '08:00', '12:31'), ['break']]
	])('%s', (_name, shift, rules) => {
		expect(rulesBroken(AGE_17, 'none', shift)).toEqual(rules);
	});

	it.each<[string, ShiftInput, string[]]>([
		['Horeca lets a 16-year-old work until 23:00', at(MON, '19:00', '23:00'), []],
		['Horeca stops at 23:00', at(MON, '19:00', '23:30'), ['night']],
		['Horeca keeps the 06:00 morning limit', at(MON, '05:00', '09:00'), ['night']]
	])('%s', (_name, shift, rules) => {
		expect(rulesBroken(AGE_16, 'horeca', shift)).toEqual(rules);
	});

	it('audiovisual (CP 227) lets a 17-year-old work until 23:00', () => {
		expect(rulesBroken(AGE_17, 'audiovisual', at(MON, '18:30', '23:00'))).toEqual([]);
	});

	it.each<[string, ShiftInput, string[]]>([
		['shift work from 06:00 goes until 22:00', at(MON, '18:00', '22:00'), []],
		['shift work from 07:00 goes until 23:00', at(MON, '18:30', '22:30'), []],
		['shift work may start at 06:00', at(MON, '06:00', '10:00'), []],
		['shift work may not start before 06:00', at(MON, '05:30', '09:30'), ['night']],
		['shift work never goes past 23:00', at(MON, '19:00', '23:30'), ['night']]
	])('%s', (_name, shift, rules) => {
		expect(rulesBroken(AGE_17, 'shift-work', shift)).toEqual(rules);
	});

	it.each<[string, ShiftInput, string[]]>([
		[
			'an adult may not work between midnight and 04:00',
			at(MON, '22:00', '02:00'),
			['night-absolute']
		],
		['an adult may start at 04:00', at(MON, '04:00', '08:00'), []],
		['an adult may work until midnight', at(MON, '20:00', '00:00'), []],
		['nobody works on a Sunday', at('2025-01-12', '10:00', '12:00'), ['sunday']],
		[
			'nobody works on a legal public holiday',
			at('2025-05-01', '10:00', '12:00'),
			['public-holiday']
		],
		['an adult works at most 6 h without a break', at(MON, '08:00', '14:00'), []],
		['an adult needs a break after 6 h', at(MON, '08:00', '14:01'), ['break']]
	])('%s', (_name, shift, rules) => {
		expect(rulesBroken(ADULT, 'none', shift)).toEqual(rules);
	});
});

describe('checkWorkSchedule, night work', () => {
	it('reports a minor working past midnight twice, on the day the shift starts', () => {
		const { value } = schedule(AGE_17, at(FRI, '22:00', '01:00'));
		expect(value.map((v) => `${v.date} ${v.rule}`)).toEqual([
			`${FRI} night`,
			`${FRI} night-absolute`
		]);
		expect(value[0]!.message).toBe(
			'Travail de nuit le 17/01/2025 (22:00–01:00 le lendemain) : à 17 ans, aucun travail entre 20:00 et 06:00.'
		);
		expect(value[1]!.message).toMatch(/quel que soit l'âge, aucun travail entre 00:00 et 04:00/);
	});

	it('refuses a night derogation under 16 and says why', () => {
		const { value } = checkWorkSchedule({
			birthDate: AGE_15,
			derogation: 'horeca',
			shifts: [at(MON, '19:00', '21:00')]
		});
		expect(value.map((v) => v.rule)).toEqual(['night']);
		expect(value[0]!.message).toMatch(
			/à 15 ans, aucun travail entre 20:00 et 06:00 \(la dérogation ne vaut qu'à partir de 16 ans\)/
		);
	});

	it('names the derogation and its window in the message', () => {
		const { value } = checkWorkSchedule({
			birthDate: AGE_17,
			derogation: 'shift-work',
			shifts: [at(MON, '06:30', '10:00'), at(MON, '18:00', '22:15')]
		});
		// 18:00 is after 07:00, so the 23:00–07:00 night applies and 22:15 is allowed; 06:30 keeps the 22:00–06:00 night.
		expect(value).toEqual([]);
		const late = checkWorkSchedule({
			birthDate: AGE_17,
			derogation: 'shift-work',
			shifts: [at(MON, '06:30', '10:30'), at(TUE, '19:00', '23:10')]
		});
		expect(late.value.map((v) => v.message)).toEqual([
			'Travail de nuit le 14/01/2025 (19:00–23:10) : à 17 ans avec la dérogation travail en équipes ou ininterrompu, aucun travail entre 23:00 et 07:00.'
		]);
	});

	it('counts a 16th birthday from that day for the Horeca derogation', () => {
		// Born 14 January 2009: 15 on Monday 13, 16 on Tuesday 14 January 2025.
		const shifts = [at(MON, '19:00', '22:00'), at(TUE, '19:00', '22:00')];
		expect(violations({ birthDate: '2009-01-14', derogation: 'horeca', shifts })).toEqual([
			`${MON} night`
		]);
	});

	it('counts an 18th birthday from that day', () => {
		// Born 14 January 2007: 17 on Monday 13, 18 on Tuesday 14 January 2025.
		const shifts = [at(MON, '16:00', '20:30'), at(TUE, '16:00', '20:30')];
		expect(violations({ birthDate: '2007-01-14', shifts })).toEqual([`${MON} night`]);
	});

	it('makes someone born on 29 February an adult on 1 March of a common year', () => {
		// 28 February 2026 is a Saturday (17 years old), 1 March 2026 a Sunday (18 years old).
		const result = schedule(
			'2008-02-29',
			at('2026-02-28', '16:00', '20:30'),
			at('2026-03-01', '16:00', '20:30')
		);
		expect(result.value.map((v) => `${v.date} ${v.rule}`)).toEqual([
			'2026-02-28 night',
			'2026-03-01 sunday'
		]);
		expect(result.trace[0]!.value).toBe(
			'17 ans du 28/02/2026 au 28/02/2026 ; 18 ans du 01/03/2026 au 01/03/2026'
		);
	});

	it('finds the forbidden minute of a shift that ends one minute past midnight', () => {
		expect(violationsOf(ADULT, at(MON, '23:00', '00:01'))).toEqual([`${MON} night-absolute`]);
	});
});

describe('checkWorkSchedule, Sundays and public holidays', () => {
	it('reports the Sunday reached by a Saturday night shift, on the Sunday', () => {
		expect(violationsOf(ADULT, at(SAT, '23:00', '00:30'))).toEqual([
			`${SAT} night-absolute`,
			`${SUN} sunday`
		]);
	});

	it('does not count a shift that ends exactly at midnight as Sunday work', () => {
		expect(violationsOf(ADULT, at(SAT, '20:00', '00:00'))).toEqual([]);
	});

	it("reports New Year reached from New Year's Eve across the year end", () => {
		expect(violationsOf(ADULT, at('2024-12-31', '22:00', '01:00'))).toEqual([
			'2024-12-31 night-absolute',
			'2025-01-01 public-holiday'
		]);
	});

	it('reports a public holiday on a Sunday under both rules, Sunday first', () => {
		// 25 December 2022 was a Sunday.
		const { value } = schedule(ADULT, at('2022-12-25', '10:00', '12:00'));
		expect(value.map((v) => v.rule)).toEqual(['sunday', 'public-holiday']);
		expect(value[1]!.message).toBe(
			'Travail le 25/12/2022, jour férié légal (Noël) : interdit, sauf exception prévue par la loi ou une CCT du secteur.'
		);
	});

	it.each([
		// Easter Sunday; Monday = Easter + 1, Ascension = + 39, Whit Sunday = + 49, Whit Monday = + 50.
		['2016 (early Easter)', '2016-03-27', '2016-03-28', '2016-05-05', '2016-05-15', '2016-05-16'],
		['2024', '2024-03-31', '2024-04-01', '2024-05-09', '2024-05-19', '2024-05-20'],
		['2025', '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-09'],
		['2038 (late Easter)', '2038-04-25', '2038-04-26', '2038-06-03', '2038-06-13', '2038-06-14']
	])(
		'in %s, treats Easter and Whit Sunday as Sundays and their Mondays and Ascension as holidays',
		(_year, easter, monday, ascension, whitSunday, whitMonday) => {
			const shifts = [easter, monday, ascension, whitSunday, whitMonday].map((date) =>
				at(date, '10:00', '12:00')
			);
			expect(violations({ birthDate: ADULT, shifts })).toEqual([
				`${easter} sunday`,
				`${monday} public-holiday`,
				`${ascension} public-holiday`,
				`${whitSunday} sunday`,
				`${whitMonday} public-holiday`
			]);
		}
	);

	it('allows one Sunday in two under the Sunday derogation and warns about the 36-hour rest', () => {
		// Sundays 5, 12, 19 January and 2 February 2025: the 12th and 19th follow a worked Sunday.
		const shifts = ['2025-01-05', '2025-01-12', '2025-01-19', '2025-02-02'].map((date) =>
			at(date, '10:00', '14:00')
		);
		const result = checkWorkSchedule({ birthDate: ADULT, derogation: 'sunday-one-in-two', shifts });
		expect(result.value.map((v) => `${v.date} ${v.rule}`)).toEqual([
			'2025-01-12 sunday',
			'2025-01-19 sunday'
		]);
		expect(result.value[0]!.message).toBe(
			'Travail le dimanche 12/01/2025 après le dimanche 05/01/2025 : au plus un dimanche sur deux.'
		);
		expect(result.warnings.join()).toMatch(
			/2 dimanches travaillés sous dérogation \(dès le 05\/01\/2025\).*36 heures consécutives/
		);
	});

	it('keeps public holidays forbidden under the Sunday derogation', () => {
		expect(
			violations({
				birthDate: ADULT,
				derogation: 'sunday-one-in-two',
				shifts: [at('2025-04-21', '10:00', '14:00')]
			})
		).toEqual(['2025-04-21 public-holiday']);
	});
});

describe('checkWorkSchedule, daily hours', () => {
	// Monday to Friday 8 h 30 a day (08:00–12:00, 12:30–17:00) = 42 h 30, above the 38-hour week.
	const week = [MON, TUE, WED, THU, FRI].flatMap((date) => day(date, '17:30'));

	it('allows 9 h a day when the week has a free Saturday', () => {
		const result = checkWorkSchedule({ birthDate: ADULT, shifts: week });
		expect(result.value.map((v) => `${v.date} ${v.rule}`)).toEqual([`${MON} weekly-hours`]);
		expect(
			result.trace.some((s) =>
				s.label.includes('sans travail avant 13:00 ou sans travail à partir de 13:00')
			)
		).toBe(true);
		expect(result.warnings.join()).toMatch(/Heure séparant les deux demi-jours/);
	});

	it.each([
		['ending at 13:00 leaves the afternoon free', '08:00', '13:00', false],
		['starting at 13:00 leaves the morning free', '13:00', '17:00', false],
		['from 12:00 to 14:00 takes both halves', '12:00', '14:00', true]
	])('counts a Saturday shift %s', (_name, start, end, limited) => {
		const rules = violations({ birthDate: ADULT, shifts: [...week, at(SAT, start, end)] });
		expect(rules.filter((r) => r.endsWith('daily-hours'))).toHaveLength(limited ? 5 : 0);
	});

	it('limits each day to 8 h when no half-day of the week is free, and says so', () => {
		const { value } = checkWorkSchedule({
			birthDate: ADULT,
			shifts: [...week, at(SAT, '08:00', '14:00')]
		});
		const daily = value.filter((v) => v.rule === 'daily-hours');
		expect(daily.map((v) => v.date)).toEqual([MON, TUE, WED, THU, FRI]);
		expect(daily[0]!.message).toBe(
			"8 h 30 de travail le 13/01/2025 : au plus 8 h par jour, car la semaine n'a aucun demi-jour de repos en plus du dimanche (9 h sinon)."
		);
	});

	it('counts a Friday night shift that runs into Saturday morning as Saturday work', () => {
		// Friday 4 h + 4 h 30 + 5 h (20:00–01:00) = 13 h 30 > 9 h; Saturday morning is taken by 00:00–01:00
		// and its afternoon by 14:00–18:00, so no half-day is free and Monday–Thursday (8 h 30) break the 8-hour day.
		const shifts = [...week, at(FRI, '20:00', '01:00'), at(SAT, '14:00', '18:00')];
		expect(violations({ birthDate: ADULT, shifts })).toEqual([
			`${MON} daily-hours`,
			`${MON} weekly-hours`,
			`${TUE} daily-hours`,
			`${WED} daily-hours`,
			`${THU} daily-hours`,
			`${FRI} night-absolute`,
			`${FRI} daily-hours`
		]);
	});

	it('refuses more than 9 h on one day', () => {
		// 07:00–12:00 (5 h) + 12:30–17:30 (5 h) = 10 h.
		const { value } = schedule(ADULT, at(MON, '07:00', '12:00'), at(MON, '12:30', '17:30'));
		expect(value.map((v) => v.message)).toEqual([
			'10 h de travail le 13/01/2025 : au plus 9 h par jour.'
		]);
	});

	it('accepts exactly 9 h with a free half-day and exactly 8 h without one', () => {
		expect(violations({ birthDate: ADULT, shifts: day(MON, '18:00') })).toEqual([]);
		const full = [MON, TUE, WED, THU, FRI, SAT].flatMap((date) => day(date, '17:00'));
		expect(
			violations({ birthDate: ADULT, shifts: full }).filter((r) => r.endsWith('daily-hours'))
		).toEqual([]);
	});

	it('warns that a training-centre day is no rest when the 9-hour day relied on a day without shifts', () => {
		const result = checkWorkSchedule({
			birthDate: ADULT,
			trainingCenterHoursPerWeek: 8,
			shifts: week
		});
		expect(result.warnings.join()).toMatch(/jour de cours au centre de formation/);
	});
});

describe('checkWorkSchedule, weekly hours', () => {
	// Monday to Thursday 7 h 30 (08:00–12:00, 12:30–16:00) = 30 h in the company.
	const thirtyHours = [MON, TUE, WED, THU].flatMap((date) => day(date, '16:30'));

	it('adds the training-centre hours to the company hours and reports on the Monday', () => {
		// 30 h + 15 h = 45 h > 38 h.
		const { value } = checkWorkSchedule({
			birthDate: AGE_17,
			trainingCenterHoursPerWeek: 15,
			shifts: thirtyHours
		});
		expect(value).toEqual([
			{
				rule: 'weekly-hours',
				date: MON,
				message:
					'Semaine du lundi 13/01/2025 : 30 h en entreprise + 15 h au centre = 45 h, au-delà du maximum de 38 h par semaine.'
			}
		]);
	});

	it('accepts exactly 38 h', () => {
		expect(
			violations({ birthDate: AGE_17, trainingCenterHoursPerWeek: 8, shifts: thirtyHours })
		).toEqual([]);
	});

	it('rounds training hours to the minute: 30 h + 8 h 15 is over the limit', () => {
		const { value } = checkWorkSchedule({
			birthDate: AGE_17,
			trainingCenterHoursPerWeek: 8.25,
			shifts: thirtyHours
		});
		expect(value[0]!.message).toMatch(/30 h en entreprise \+ 8 h 15 au centre = 38 h 15/);
	});

	it('allows 40 h in the construction sector (CP 124) and says so in the trace', () => {
		// Monday to Friday 8 h (08:00–12:00, 12:30–16:30) = 40 h.
		const shifts = [MON, TUE, WED, THU, FRI].flatMap((date) => day(date, '17:00'));
		expect(violations({ birthDate: ADULT, shifts })).toEqual([`${MON} weekly-hours`]);
		const construction = checkWorkSchedule({
			birthDate: ADULT,
			shifts,
			weeklyHoursRegime: 'construction'
		});
		expect(construction.value).toEqual([]);
		expect(
			construction.trace.some((s) =>
				s.value?.includes(
					'au plus 40 h (construction, CP 124, avec 12 jours de repos compensatoire par an)'
				)
			)
		).toBe(true);
	});

	it('keeps an ISO week whole across the year end', () => {
		// Monday 29 December 2025 to Saturday 3 January 2026 without New Year's Day: 5 × 8 h = 40 h in one week.
		const shifts = ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02', '2026-01-03'].flatMap(
			(date) => day(date, '17:00')
		);
		expect(violations({ birthDate: ADULT, shifts })).toEqual(['2025-12-29 weekly-hours']);
	});
});

describe('checkWorkSchedule, breaks', () => {
	it("joins a minor's shifts separated by less than 30 minutes into one stretch", () => {
		// 08:00–10:30 and 10:50–13:00: a 20-minute gap, so 5 h of continuous work.
		const { value } = schedule(AGE_17, at(MON, '08:00', '10:30'), at(MON, '10:50', '13:00'));
		expect(value.map((v) => v.message)).toEqual([
			"5 h de travail continu le 13/01/2025 (08:00–13:00, 2 prestations sans pause suffisante entre elles) : avant 18 ans, une pause d'au moins 30 minutes est due après 4 h 30 de travail sans interruption."
		]);
	});

	it('accepts a 30-minute break for a minor', () => {
		expect(violationsOf(AGE_17, at(MON, '08:00', '10:30'), at(MON, '11:00', '13:30'))).toEqual([]);
	});

	it('joins only touching shifts for an adult', () => {
		expect(violationsOf(ADULT, at(MON, '08:00', '11:00'), at(MON, '11:00', '14:30'))).toEqual([
			`${MON} break`
		]);
		expect(violationsOf(ADULT, at(MON, '08:00', '11:00'), at(MON, '11:05', '14:30'))).toEqual([]);
	});

	it('measures a stretch across midnight', () => {
		// 20:00–03:00 = 7 h > 6 h.
		expect(violationsOf(ADULT, at(MON, '20:00', '03:00'))).toEqual([
			`${MON} night-absolute`,
			`${MON} break`
		]);
	});
});

describe('checkWorkSchedule, rest between two working days', () => {
	it('reports a minor resting less than 12 hours between two days, on the day that starts too early', () => {
		// Monday ends at 19:30, Tuesday starts at 06:00: 4 h 30 to midnight + 6 h = 10 h 30 of rest.
		const result = schedule(AGE_17, at(MON, '15:00', '19:30'), at(TUE, '06:00', '10:00'));
		expect(violationLines(result)).toEqual([
			`${TUE} daily-rest: Repos insuffisant avant la prestation du 14/01/2025 : 10 h 30 seulement depuis la fin de celle du 13/01/2025 (15:00–19:30) ; avant 18 ans, au moins 12 heures consécutives de repos entre deux journées de travail.`
		]);
		expect(result.sources.map((s) => s.title).join()).toContain("points d'attention 2022");
	});

	it('accepts exactly 12 hours, an adult, and a short gap within one day', () => {
		expect(violationsOf(AGE_17, at(MON, '14:00', '18:00'), at(TUE, '06:00', '10:00'))).toEqual([]);
		expect(violationsOf(ADULT, at(MON, '15:00', '19:30'), at(TUE, '06:00', '10:00'))).toEqual([]);
		expect(violationsOf(AGE_17, at(MON, '08:00', '12:00'), at(MON, '13:00', '16:00'))).toEqual([]);
	});

	it("stops at the 18th birthday: the rest before the birthday's shift is no longer checked", () => {
		// Born 14/01/2007: 17 on Monday 13/01/2025, 18 on Tuesday 14/01/2025, the day the short rest ends.
		expect(
			violationsOf('2007-01-14', at(MON, '15:00', '19:30'), at(TUE, '06:00', '10:00'))
		).toEqual([]);
		expect(
			violationsOf('2007-01-15', at(MON, '15:00', '19:30'), at(TUE, '06:00', '10:00'))
		).toEqual(['2025-01-14 daily-rest']);
	});
});

describe('checkWorkSchedule, explanation', () => {
	it('summarises ages, derogation, shifts, weeks and the limits checked', () => {
		const result = checkWorkSchedule({
			birthDate: AGE_17,
			derogation: 'shift-work',
			trainingCenterHoursPerWeek: 8,
			shifts: [at(MON, '06:00', '10:00'), at('2025-01-20', '14:00', '18:00')]
		});
		const text = result.trace
			.map((s) => `${s.label} | ${s.formula ?? ''} | ${s.value ?? ''}`)
			.join('\n');
		expect(text).toMatch(/17 ans du 13\/01\/2025 au 20\/01\/2025/);
		expect(text).toMatch(/Dérogation appliquée \|\s+\| travail en équipes ou ininterrompu/);
		expect(text).toMatch(/2 prestations du 13\/01\/2025 au 20\/01\/2025, sur 2 semaines/);
		expect(text).toMatch(
			/de 22:00 à 06:00 pour une prestation commencée à 06:00 ou plus tard, de 23:00 à 07:00 pour une prestation commencée à 07:00 ou plus tard/
		);
		expect(text).toMatch(/heures des prestations \+ 8 h de centre \| au plus 38 h/);
		expect(text).toMatch(/au plus 4 h 30, puis une pause de 30 minutes/);
		expect(text).toMatch(/Infractions relevées .* \|\s+\| 0/);
		const references = result.sources.map((s) => s.reference).join('\n');
		expect(references).toMatch(/fiche 2, Travail de nuit/);
		expect(references).toMatch(
			/fiche 2, Temps de travail journalier \(art\. 20, § 1er de la loi du 16 mars 1971\)/
		);
		expect(references).toMatch(/§4\.5 et fiche 2, Durée hebdomadaire/);
		expect(references).toMatch(/jours fériés légaux/);
		expect(result.sources.map((s) => s.title)).toContain('Loi du 16 mars 1971 sur le travail');
		expect(ruleWarnings(result)).toEqual([]);
	});

	it("leaves the minors' rules and sources out for an adult", () => {
		const result = schedule(ADULT, at(MON, '08:00', '12:00'));
		expect(result.trace.some((s) => s.label.startsWith('Travail de nuit'))).toBe(false);
		expect(result.sources.map((s) => s.title)).not.toContain('Loi du 16 mars 1971 sur le travail');
	});

	it('sorts violations by date, then by rule, whatever the input order', () => {
		const shifts = [
			at(WED, '08:00', '14:01'),
			at('2025-01-12', '22:00', '02:00'),
			at(MON, '07:00', '17:00')
		];
		// Sunday 12 January 22:00–02:00; Monday 07:00–17:00 = 10 h, continuous; Wednesday 6 h 01 continuous.
		expect(violations({ birthDate: ADULT, shifts })).toEqual([
			'2025-01-12 night-absolute',
			'2025-01-12 sunday',
			`${MON} daily-hours`,
			`${MON} break`,
			`${WED} break`
		]);
	});
});

describe('checkWorkSchedule, invalid input', () => {
	const valid: WorkScheduleInput = { birthDate: AGE_17, shifts: [at(MON, '08:00', '12:00')] };
	const withShift = (shift: unknown) => ({ ...valid, shifts: [shift] });

	it.each<[string, unknown, string]>([
		['no input at all', null, 'input'],
		['an impossible birth date', { ...valid, birthDate: '2008-02-30' }, 'birthDate'],
		['a birth date after a shift', { ...valid, birthDate: '2025-02-01' }, 'birthDate'],
		['shifts that are not a list', { ...valid, shifts: 'lundi' }, 'shifts'],
		['an empty list of shifts', { ...valid, shifts: [] }, 'shifts'],
		[
			'more than 2 000 shifts',
			{ ...valid, shifts: Array.from({ length: 2001 }, () => at(MON, '08:00', '09:00')) },
			'shifts'
		],
		['a shift that is not an object', withShift(null), 'shifts[0]'],
		['an impossible shift date', withShift(at('2025-13-01', '08:00', '12:00')), 'shifts[0].date'],
		[
			'a shift date that is a number',
			withShift({ date: 20250113, start: '08:00', end: '12:00' }),
			'shifts[0].date'
		],
		[
			"a shift before the contrat d'alternance existed",
			{ ...valid, birthDate: ADULT, shifts: [at('2015-08-31', '08:00', '12:00')] },
			'shifts[0].date'
		],
		['a start at 24:00', withShift(at(MON, '24:00', '12:00')), 'shifts[0].start'],
		['a start without its leading zero', withShift(at(MON, '8:00', '12:00')), 'shifts[0].start'],
		['an end in words', withShift(at(MON, '08:00', 'midi')), 'shifts[0].end'],
		['an unknown derogation', { ...valid, derogation: 'bakery' }, 'derogation'],
		[
			'negative training hours',
			{ ...valid, trainingCenterHoursPerWeek: -1 },
			'trainingCenterHoursPerWeek'
		],
		[
			'training hours that are not a number',
			{ ...valid, trainingCenterHoursPerWeek: Number.NaN },
			'trainingCenterHoursPerWeek'
		],
		[
			'infinite training hours',
			{ ...valid, trainingCenterHoursPerWeek: Infinity },
			'trainingCenterHoursPerWeek'
		],
		[
			'absurd training hours',
			{ ...valid, trainingCenterHoursPerWeek: 61 },
			'trainingCenterHoursPerWeek'
		],
		[
			'training hours as text',
			{ ...valid, trainingCenterHoursPerWeek: '8' },
			'trainingCenterHoursPerWeek'
		],
		['an unknown weekly regime', { ...valid, weeklyHoursRegime: 'mining' }, 'weeklyHoursRegime']
	])('refuses %s, naming the field', (_name, input, field) => {
		expect(() => checkWorkSchedule(input as WorkScheduleInput)).toThrow(RuleInputError);
		expect(() => checkWorkSchedule(input as WorkScheduleInput)).toThrow(
			expect.objectContaining({ field })
		);
	});

	it('refuses a shift whose end equals its start, a zero or 24-hour typing error', () => {
		expect(() =>
			checkWorkSchedule(withShift(at(MON, '08:00', '08:00')) as WorkScheduleInput)
		).toThrow(
			expect.objectContaining({
				field: 'shifts[0].end',
				message: expect.stringMatching(/durée nulle ou de 24 heures est une erreur de saisie/)
			})
		);
	});

	it.each<[string, ShiftInput[], string]>([
		['on one day', [at(MON, '08:00', '12:00'), at(MON, '11:00', '13:00')], 'shifts[1].start'],
		['past midnight', [at(MON, '22:00', '02:00'), at(TUE, '01:00', '03:00')], 'shifts[1].start'],
		[
			'listed in reverse order',
			[at(TUE, '01:00', '03:00'), at(MON, '22:00', '02:00')],
			'shifts[0].start'
		]
	])('refuses overlapping shifts %s, naming the later one', (_name, shifts, field) => {
		expect(() => checkWorkSchedule({ birthDate: ADULT, shifts })).toThrow(
			expect.objectContaining({
				field,
				message: expect.stringMatching(/chevauche la prestation n° \d/)
			})
		);
	});
});

// Random schedules: shifts one after the other, each 1 minute to 23 h 59 long, from Monday 6 January 2025.
const START = toDayNumber('2025-01-06') * 24 * 60;
const hhmm = (minutes: number) => {
	const m = minutes % (24 * 60);
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const shiftFrom = (from: number, length: number): ShiftInput => ({
	date: fromDayNumber(Math.floor(from / (24 * 60))),
	start: hhmm(from),
	end: hhmm(from + length)
});
const scheduleArb = fc
	.array(
		fc.record({
			gap: fc.integer({ min: 0, max: 3000 }),
			length: fc.integer({ min: 1, max: 24 * 60 - 1 })
		}),
		{ minLength: 1, maxLength: 40 }
	)
	.map((parts) => {
		let t = START;
		return parts.map(({ gap, length }) => {
			t += gap;
			const shift = shiftFrom(t, length);
			t += length;
			return shift;
		});
	});
const birthArb = fc.constantFrom(AGE_15, AGE_16, AGE_17, ADULT);
const derogationArb = fc.constantFrom(...WORK_DEROGATIONS);

describe('checkWorkSchedule, properties', () => {
	it('gives the same violations whatever the order of the shifts', () => {
		holds(
			[scheduleArb, birthArb, derogationArb, fc.integer()],
			(shifts, birthDate, derogation, seed) => {
				const shuffled = [...shifts].sort(
					(a, b) =>
						((shifts.indexOf(a) * 7919 + seed) % 97) - ((shifts.indexOf(b) * 7919 + seed) % 97)
				);
				expect(checkWorkSchedule({ birthDate, derogation, shifts: shuffled }).value).toEqual(
					checkWorkSchedule({ birthDate, derogation, shifts }).value
				);
			},
			{ numRuns: 60 }
		);
	});

	it('lists violations by date then rule, each dated on a real day named in its message', () => {
		holds(
			[scheduleArb, birthArb, derogationArb],
			(shifts, birthDate, derogation) => {
				const { value } = checkWorkSchedule({
					birthDate,
					derogation,
					trainingCenterHoursPerWeek: 10,
					shifts
				});
				const key = (v: ScheduleViolation) => `${v.date}${SCHEDULE_RULES.indexOf(v.rule)}`;
				expect(value.map(key)).toEqual(value.map(key).sort());
				for (const v of value) {
					expect(fromDayNumber(toDayNumber(v.date))).toBe(v.date);
					expect(v.message).toContain(
						`${v.date.slice(8, 10)}/${v.date.slice(5, 7)}/${v.date.slice(0, 4)}`
					);
				}
			},
			{ numRuns: 60 }
		);
	});

	it('reports night-absolute exactly when a minute falls between 00:00 and 04:00, and night for a minor between 20:00 and 06:00', () => {
		holds(
			[
				fc.integer({ min: 0, max: 24 * 60 - 1 }),
				fc.integer({ min: 1, max: 24 * 60 - 1 }),
				birthArb
			],
			(start, length, birthDate) => {
				const rules = checkWorkSchedule({
					birthDate,
					shifts: [shiftFrom(START + start, length)]
				}).value.map((v) => v.rule);
				// Minute by minute: the oracle shares nothing with the window arithmetic of the rule.
				const minutes = Array.from({ length }, (_, k) => (start + k) % (24 * 60));
				expect(rules.includes('night-absolute')).toBe(minutes.some((m) => m < 4 * 60));
				const minor = birthDate !== ADULT;
				expect(rules.includes('night')).toBe(
					minor && minutes.some((m) => m >= 20 * 60 || m < 6 * 60)
				);
			}
		);
	});

	it('never lets a day of more than 9 hours pass', () => {
		holds(
			[scheduleArb],
			(shifts) => {
				const { value } = checkWorkSchedule({ birthDate: ADULT, shifts });
				const perDay = new Map<string, number>();
				for (const s of shifts) {
					const [start, end] = [s.start, s.end].map(
						(t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
					);
					perDay.set(
						s.date,
						(perDay.get(s.date) ?? 0) + (end! > start! ? end! - start! : end! + 24 * 60 - start!)
					);
				}
				for (const [date, minutes] of perDay) {
					if (minutes > 9 * 60)
						expect(value.some((v) => v.rule === 'daily-hours' && v.date === date)).toBe(true);
				}
			},
			{ numRuns: 60 }
		);
	});

	it('never removes a weekly violation when the training hours grow', () => {
		holds(
			[scheduleArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })],
			(shifts, a, b) => {
				const weekly = (hours: number) =>
					violations({ birthDate: ADULT, trainingCenterHoursPerWeek: hours, shifts }).filter((r) =>
						r.endsWith('weekly-hours')
					);
				const [low, high] = [Math.min(a, b), Math.max(a, b)];
				expect(weekly(high)).toEqual(expect.arrayContaining(weekly(low)));
			},
			{ numRuns: 40 }
		);
	});
});

describe('checkWorkSchedule, a full year', () => {
	it('checks 250 shifts of half a year and finds the four weekday holidays', () => {
		// Monday to Friday from 6 January 2025, two blocks a day: 250 shifts over 25 weeks of
		// 5 × 7 h 30 = 37 h 30 + 30 min at the centre = exactly 38 h.
		const shifts: ShiftInput[] = [];
		for (let d = 0; shifts.length < 250; d++) {
			const date = fromDayNumber(toDayNumber('2025-01-06') + d);
			if (d % 7 < 5) shifts.push(...day(date, '16:30'));
		}
		const input = { birthDate: AGE_17, trainingCenterHoursPerWeek: 0.5, shifts };
		// Easter Monday 21 April, 1 May, Ascension 29 May and Whit Monday 9 June fall on weekdays of the schedule.
		expect(violations(input)).toEqual([
			'2025-04-21 public-holiday',
			'2025-05-01 public-holiday',
			'2025-05-29 public-holiday',
			'2025-06-09 public-holiday'
		]);
	});
});

describe("checkWorkSchedule, a minor's breaks over the whole day", () => {
	it('finds the 7 h 30 day with a single half-hour break that no continuous stretch shows', () => {
		// 12:00–16:00 (4 h) and 16:30–20:00 (3 h 30): no stretch over 4 h 30, but 7 h 30 > 6 h needs 60 minutes of breaks; 30 taken.
		const result = schedule(AGE_17, at(MON, '12:00', '16:00'), at(MON, '16:30', '20:00'));
		expect(violationLines(result)).toEqual([
			`${MON} break: 7 h 30 de travail le 13/01/2025 (12:00–20:00) avec 30 minutes de pause en tout : avant 18 ans, plus de 6 h de travail sur la journée demandent au moins 60 minutes de pause, dont 30 minutes d'un seul tenant.`
		]);
		expect(result.trace.map((s) => s.label).join()).toContain('Pauses sur la journée avant 18 ans');
		expect(result.sources.map((s) => s.title).join()).toContain("points d'attention 2022");
	});

	it.each<[string, ShiftInput[], string[]]>([
		// 4 h + 1 h break + 3 h 30 = 7 h 30 of work with 60 minutes of breaks, 60 in one go.
		['an hour in one go', [at(MON, '08:00', '12:00'), at(MON, '13:00', '16:30')], []],
		// 3 h + 30 min + 2 h + 30 min + 2 h = 7 h with 60 minutes of breaks, 30 in one go: enough.
		[
			'two half-hours',
			[at(MON, '08:00', '11:00'), at(MON, '11:30', '13:30'), at(MON, '14:00', '16:00')],
			[]
		],
		// 2 h + 20 + 2 h (one stretch of 4 h 20) + 40 + 2 h 30 = 6 h 30 with 60 minutes of breaks, the longest 40: enough.
		[
			'20 and 40 minutes',
			[at(MON, '08:00', '10:00'), at(MON, '10:20', '12:20'), at(MON, '13:00', '15:30')],
			[]
		],
		// 3 h + 40 + 3 h 30 = 6 h 30 with 40 minutes: under 60, though each stretch is short.
		[
			'40 minutes over 6 h 30',
			[at(MON, '08:00', '11:00'), at(MON, '11:40', '15:10')],
			['2025-01-13 break']
		],
		// 3 h + 15 + 2 h = 5 h (more than 4 h 30, at most 6 h) needs 30 minutes of breaks: 15 are not enough.
		[
			'15 minutes over 5 h',
			[at(MON, '08:00', '11:00'), at(MON, '11:15', '13:15')],
			['2025-01-13 break']
		],
		// 3 h + 30 + 3 h = 6 h exactly: 30 minutes suffice.
		['30 minutes over exactly 6 h', [at(MON, '08:00', '11:00'), at(MON, '11:30', '14:30')], []],
		// One stretch of 5 h: reported once, as continuous work.
		['one 5-hour stretch', [at(MON, '08:00', '13:00')], ['2025-01-13 break']]
	])('under 18: %s', (_name, shifts, expected) => {
		expect(violations({ birthDate: AGE_17, shifts })).toEqual(expected);
	});

	it('leaves adults and the day of the 18th birthday to the continuous-work rule', () => {
		const shifts = [at(MON, '12:00', '16:00'), at(MON, '16:30', '20:00')];
		expect(violations({ birthDate: ADULT, shifts })).toEqual([]);
		// 18 on 13/01/2025.
		expect(violations({ birthDate: '2007-01-13', shifts })).toEqual([]);
		expect(violations({ birthDate: '2007-01-14', shifts })).toEqual(['2025-01-13 break']);
	});
});

describe("checkWorkSchedule, a minor's weekly rest", () => {
	it('wants the Saturday or the Monday around Sunday free', () => {
		// Saturday 18/01 and Monday 20/01 both worked around Sunday 19/01.
		const result = schedule(AGE_17, at(SAT, '09:00', '13:00'), at('2025-01-20', '09:00', '13:00'));
		expect(violationLines(result)).toEqual([
			`${SAT} weekly-rest: Aucun jour de repos accolé au dimanche 19/01/2025 : samedi 18/01/2025 (travail) et lundi 20/01/2025 (travail) ; avant 18 ans, 2 jours de repos consécutifs, le dimanche et le samedi qui le précède ou le lundi qui le suit.`
		]);
		expect(result.trace.map((s) => s.label).join()).toContain('Repos hebdomadaire avant 18 ans');
		// Either day free is enough.
		expect(violationsOf(AGE_17, at(SAT, '09:00', '13:00'))).toEqual([]);
		expect(
			violationsOf(AGE_17, at(FRI, '09:00', '13:00'), at('2025-01-20', '09:00', '13:00'))
		).toEqual([]);
	});

	it('does not count a training-centre day as rest', () => {
		// Saturday worked, Monday at the centre (weekday 1).
		const input = {
			birthDate: AGE_17,
			shifts: [at(THU, '09:00', '13:00'), at(SAT, '09:00', '13:00')]
		};
		expect(violations(input)).toEqual([]);
		const withCentre = checkWorkSchedule({ ...input, trainingCenterDays: [1] });
		expect(withCentre.value.map((v) => `${v.date} ${v.rule}`)).toEqual(['2025-01-18 weekly-rest']);
		expect(withCentre.value[0]!.message).toContain('lundi 20/01/2025 (centre de formation)');
	});

	it('leaves a Sunday worked past midnight to the Sunday rule', () => {
		// Saturday 16:00–00:30 works Sunday too: the Sunday rule speaks, not the weekly rest.
		const result = violationsOf(
			AGE_17,
			at(SAT, '16:00', '00:30'),
			at('2025-01-20', '09:00', '13:00')
		);
		expect(result).toContain('2025-01-19 sunday');
		expect(result).not.toContain('2025-01-18 weekly-rest');
	});

	it('applies while the apprentice is under 18 on the Sunday', () => {
		const shifts = [at(SAT, '09:00', '13:00'), at('2025-01-20', '09:00', '13:00')];
		// 18 on Sunday 19/01/2025: no weekly-rest rule that week; 18 on Monday 20/01: still 17 on the Sunday.
		expect(violations({ birthDate: '2007-01-19', shifts })).toEqual([]);
		expect(violations({ birthDate: '2007-01-20', shifts })).toEqual(['2025-01-18 weekly-rest']);
		expect(violations({ birthDate: ADULT, shifts })).toEqual([]);
	});

	it('leaves a Sunday worked under a sector derogation to that derogation', () => {
		const shifts = [
			at(SAT, '09:00', '13:00'),
			at(SUN, '09:00', '13:00'),
			at('2025-01-20', '09:00', '13:00')
		];
		expect(violations({ birthDate: AGE_17, derogation: 'sunday-one-in-two', shifts })).toEqual([]);
	});
});

describe('overtimeSurcharge', () => {
	it.each<[string, string, number, number, number]>([
		// 10 € × 2 h × 50 % = 10 €.
		['a Wednesday', '2025-01-15', 2, 10, 10],
		// Saturday is an ordinary working day: 12,50 € × 1 h × 50 % = 6,25 €.
		['a Saturday', '2025-01-18', 1, 12.5, 6.25],
		// 12,34 € × 1,5 h × 100 % = 18,51 €.
		['a Sunday', '2025-01-12', 1.5, 12.34, 18.51],
		// Easter Monday: 8,75 € × 3 h × 100 % = 26,25 €.
		['Easter Monday', '2025-04-21', 3, 8.75, 26.25],
		// Easter Sunday is a Sunday, not a public holiday: still 100 %, 9 € × 1 h.
		['Easter Sunday', '2025-04-20', 1, 9, 9],
		// 9,99 € × 1,25 h × 50 % = 6,24375 € → 6,24 €.
		['a quarter-hour rounded to the cent', '2025-01-15', 1.25, 9.99, 6.24],
		// 0,03 € × 1 h × 50 % = 1,5 cent → 2 cents, half up.
		['a half cent rounded up', '2025-01-15', 1, 0.03, 0.02],
		['no hours', '2025-01-15', 0, 10, 0]
	])('computes the surcharge on %s', (_name, date, hours, hourlyRate, surcharge) => {
		expect(overtimeSurcharge({ date, hours, hourlyRate }).value).toBe(surcharge);
	});

	it('explains the ordinary pay, the surcharge and the total, with its source', () => {
		const result = overtimeSurcharge({ date: '2025-04-21', hours: 2, hourlyRate: 10 });
		const steps = result.trace.map((s) => [s.label, s.formula, s.value?.replace(/\s/g, ' ')]);
		expect(steps[0]).toEqual([
			'Heures supplémentaires le 21/04/2025 (jour férié légal : Lundi de Pâques)',
			undefined,
			'2 h'
		]);
		expect(steps[3]![1]?.replace(/\s/g, ' ')).toBe('10,00 € × 2 h × 100 %');
		expect(steps[4]).toEqual([
			'Total dû pour ces heures (rétribution ordinaire + sursalaire)',
			expect.any(String),
			'40,00 €'
		]);
		expect(result.sources.map((s) => s.reference)).toEqual([
			"Vade-Mecum OFFA 2017, fiche 2, Heures supplémentaires (article 5 du contrat d'alternance)"
		]);
		expect(ruleWarnings(result)).toEqual([]);
	});

	it.each<[string, unknown, string]>([
		['no input', null, 'input'],
		['an impossible date', { date: '2025-02-29', hours: 1, hourlyRate: 10 }, 'date'],
		[
			"a date before the contrat d'alternance",
			{ date: '2015-01-01', hours: 1, hourlyRate: 10 },
			'date'
		],
		['negative hours', { date: '2025-01-15', hours: -1, hourlyRate: 10 }, 'hours'],
		[
			'hours that are not a number',
			{ date: '2025-01-15', hours: Number.NaN, hourlyRate: 10 },
			'hours'
		],
		['more than 24 hours', { date: '2025-01-15', hours: 25, hourlyRate: 10 }, 'hours'],
		['hours as text', { date: '2025-01-15', hours: '2', hourlyRate: 10 }, 'hours'],
		['a negative rate', { date: '2025-01-15', hours: 1, hourlyRate: -5 }, 'hourlyRate'],
		['an infinite rate', { date: '2025-01-15', hours: 1, hourlyRate: Infinity }, 'hourlyRate'],
		['an absurd rate', { date: '2025-01-15', hours: 1, hourlyRate: 1e6 }, 'hourlyRate']
	])('refuses %s, naming the field', (_name, input, field) => {
		expect(() => overtimeSurcharge(input as never)).toThrow(
			expect.objectContaining({ name: 'RuleInputError', field })
		);
	});

	it('doubles the weekday surcharge on a Sunday, to the cent', () => {
		holds(
			[fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 96 })],
			(rateCents, quarters) => {
				const input = { hours: quarters / 4, hourlyRate: rateCents / 100 };
				const weekday = overtimeSurcharge({ ...input, date: '2025-01-15' }).value;
				const sunday = overtimeSurcharge({ ...input, date: '2025-01-19' }).value;
				expect(Number.isFinite(sunday)).toBe(true);
				expect(weekday).toBeGreaterThanOrEqual(0);
				expect(Math.abs(sunday - 2 * weekday)).toBeLessThanOrEqual(0.011);
				expect(Math.round(sunday * 100)).toBeCloseTo(sunday * 100, 6);
			}
		);
	});
});

describe('checkWorkSchedule, training-centre days', () => {
	// An adult: Monday to Wednesday 8 h 30 in the company (08:00–12:00 and 12:30–17:00), Saturday 8 h,
	// Thursday and Friday at the centre (4 h 30 counted in the week): 3 × 8,5 + 8 + 4,5 = 38 h.
	const longDay = (date: string) => [at(date, '08:00', '12:00'), at(date, '12:30', '17:00')];
	const week = {
		birthDate: ADULT,
		trainingCenterHoursPerWeek: 4.5,
		shifts: [
			...longDay(MON),
			...longDay(TUE),
			...longDay(WED),
			at(SAT, '08:00', '12:00'),
			at(SAT, '12:30', '16:30')
		]
	};

	it('takes a day without shifts as the half-day of rest that allows 9 h', () => {
		expect(violations(week)).toEqual([]);
	});

	it('never takes a centre day as rest: 8 h 30 is then over the 8 h of a week without a half-day off', () => {
		expect(violations({ ...week, trainingCenterDays: [4, 5] })).toEqual([
			`${MON} daily-hours`,
			`${TUE} daily-hours`,
			`${WED} daily-hours`
		]);
		expect(checkWorkSchedule({ ...week, trainingCenterDays: [4, 5] }).value[0]!.message).toMatch(
			/8 h 30 de travail le 13\/01\/2025 : au plus 8 h par jour/
		);
	});

	it('refuses a centre day that is not a weekday number', () => {
		expect(() => checkWorkSchedule({ ...week, trainingCenterDays: [8] })).toThrow(
			expect.objectContaining({ field: 'trainingCenterDays[0]' })
		);
	});
});
