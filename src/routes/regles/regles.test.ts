import { describe, expect, it } from 'vitest';
import { formatNumber, monthlyRetribution } from '$lib/rules';
import { allParameterTables } from '$lib/rules/parameters';
import { noticeLengthTable } from '$lib/rules/parameters/contract';
import { brusselsAllowanceRuleTable } from '$lib/rules/parameters/family-allowance';
import { insertionRegimeTable } from '$lib/rules/parameters/insertion';
import { levelRateTable } from '$lib/rules/parameters/retribution';
import { blueCollarConversionTable, vacationPayTable } from '$lib/rules/parameters/vacation';
import { nightWindowTable, weeklyHoursTable } from '$lib/rules/parameters/working-time';
import { CALCULATORS } from '$lib/pages';
import { defaultScenario } from '$lib/scenario/scenario';
import { COMPARISON_ROWS } from './comparer/comparison';
import { describeValue, unconfirmedCount, type ValueLine } from './parameter-format';
import { RULE_PAGES, rulePage } from './rule-pages';

// fr-BE formatting puts narrow no-break spaces in numbers; the expectations use plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const flat = (lines: ValueLine[]): string[] =>
	lines.flatMap((l) => [
		plain(`${l.label ? `${l.label} : ` : ''}${l.text}`),
		...flat(l.lines ?? [])
	]);

describe('describeValue', () => {
	it('writes a money table in euros to the cent', () => {
		expect(flat(describeValue(1531.93, '€ par mois'))).toEqual(['1 531,93 €']);
	});

	it('writes a percentage per key with its French label', () => {
		expect(flat(describeValue({ A: 17, B: 24, C: 32 }, '%'))).toEqual([
			'Niveau A : 17 %',
			'Niveau B : 24 %',
			'Niveau C : 32 %'
		]);
	});

	it('writes a list of holidays as « nom : date »', () => {
		const lines = flat(
			describeValue(
				[
					{ name: 'Fête du Travail', month: 5, day: 1 },
					{ name: 'Ascension', easterOffset: 39 }
				],
				'liste de dates'
			)
		);
		expect(lines).toEqual([
			'Fête du Travail : 1er mai',
			'Ascension : dimanche de Pâques + 39 jours'
		]);
	});

	it('writes a scale row as a range with its remark underneath', () => {
		expect(
			flat(describeValue([{ from: 64, to: 76, days: 5, note: 'Voir la partie A.' }], 'jours'))
		).toEqual(['de 64 à 76 : 5 jours', 'Remarque : Voir la partie A.']);
	});

	it('writes days of the year, time windows, yes and no', () => {
		expect(flat(describeValue({ windowStart: '05-01', windowEnd: '10-31' }, 'semaines'))).toEqual([
			'À partir du : 1er mai',
			"Jusqu'au : 31 octobre"
		]);
		expect(flat(describeValue({ from: '20:00', to: '06:00' }, 'heures'))).toEqual([
			'de 20:00 à 06:00'
		]);
		expect(flat(describeValue(false, 'oui / non'))).toEqual(['non']);
	});

	it('adds the unit to a lone number, and keeps an unknown key as it is', () => {
		expect(flat(describeValue(30, 'minutes'))).toEqual(['30 minutes']);
		expect(flat(describeValue({ someNewKey: 3 }, 'jours'))).toEqual(['someNewKey : 3 jours']);
	});

	it.each(allParameterTables.map((t) => [t.id, t] as const))(
		'renders every row of the table %s in words',
		(_, table) => {
			for (const row of table.rows) {
				const text = flat(describeValue(row.value, table.unit)).join(' | ');
				expect(text).not.toMatch(/undefined|NaN|\[object|^$/);
			}
		}
	);
});

describe('unconfirmedCount', () => {
	it('counts the unconfirmed rows in words', () => {
		expect(unconfirmedCount([{ confirmed: true }])).toBeUndefined();
		expect(unconfirmedCount([{ confirmed: false }])).toBe('1 valeur non confirmée');
		expect(unconfirmedCount([{ confirmed: false }, { confirmed: false }])).toBe(
			'2 valeurs non confirmées'
		);
	});
});

describe('the rule pages', () => {
	const listed = new Set(allParameterTables.map((t) => t.id));

	it('link only to tables that /regles shows', () => {
		for (const rule of RULE_PAGES)
			for (const table of rule.tables)
				expect(listed, `${rule.slug} → ${table.id}`).toContain(table.id);
	});

	it('each link to an existing calculator, one page per calculator', () => {
		expect(RULE_PAGES.map((r) => r.calculator.path).sort()).toEqual(
			CALCULATORS.map((c) => c.path).sort()
		);
	});
});

describe('the figures quoted by the rule pages', () => {
	/** Every word of a rule page: its blocks and its sources. */
	const words = (slug: string) => {
		const rule = rulePage(slug)!;
		const blocks = [rule.decides, rule.concerns, rule.steps, rule.exceptions, rule.traps].flat();
		return [
			rule.lead,
			...blocks.flatMap((b) => [b.title, b.text, ...(b.items ?? [])]),
			...rule.sources.flatMap((s) => [s.detail, s.date])
		].join('\n');
	};
	const last = <T>(table: { rows: readonly { value: T }[] }) => table.rows.at(-1)!.value;

	it('give the level rates of the rate table in force', () => {
		const { A, B, C } = last(levelRateTable);
		expect(words('retribution')).toContain(
			`au moins ${A} % au niveau A, ${B} % au niveau B, ${C} % au niveau C.`
		);
		expect(words('retribution')).toContain(`les pourcentages de ${A}, ${B} et ${C} %`);
	});

	it("work out the Vade-Mecum's example as the rules engine does", () => {
		for (const level of ['A', 'B', 'C'] as const) {
			const amount = plain(formatNumber(monthlyRetribution(level, '2016-06-01').value));
			expect(words('retribution')).toContain(`niveau ${level} = 1 531,93 € × `);
			expect(words('retribution')).toMatch(new RegExp(`niveau ${level} = [^;]* = ${amount}0? €`));
		}
	});

	it('give the vacation figures of the tables', () => {
		const pay = last(vacationPayTable);
		expect(words('vacances')).toContain(
			`temps plein (${last(blueCollarConversionTable).fullTimeHoursPerWeek})`
		);
		expect(words('vacances')).toContain(
			`verse ${formatNumber(pay.blueCollarRate)} % de ${pay.blueCollarBase} %`
		);
		expect(words('vacances')).toContain(`double pécule de ${pay.whiteCollarDoubleRate} %`);
	});

	it('give the weekly hours and the night window of the working-time tables', () => {
		const weekly = last(weeklyHoursTable);
		const night = last(nightWindowTable);
		expect(words('horaires')).toContain(`${weekly.standard.hours} heures par semaine au plus`);
		expect(words('horaires')).toContain(`travaille ${weekly.construction.hours} heures`);
		expect(words('horaires')).toContain(`entre ${night.minor.from} et ${night.minor.to}.`);
	});

	it('give the notice lengths of the contract table', () => {
		const notice = last(noticeLengthTable);
		expect(words('contrat')).toContain(
			`${notice.duringTrial} jours calendrier pendant la période d'essai, ${notice.afterTrial} jours calendrier après`
		);
	});

	it("give both regimes of the stage d'insertion and the date of the reform", () => {
		const [, fiche12, reform] = insertionRegimeTable.rows;
		expect(reform!.from).toBe('2026-03-01');
		expect(words('stage-insertion')).toContain(
			`Demande jusqu'au 28 février 2026, stage de ${fiche12!.value.internshipDays} jours`
		);
		expect(words('stage-insertion')).toContain(
			`Demande à partir du 1er mars 2026, stage de ${reform!.value.internshipDays} jours`
		);
	});

	it('give the hours of the Brussels rule', () => {
		const rule = last(brusselsAllowanceRuleTable);
		expect(rule.kind).toBe('quarter-hours');
		if (rule.kind === 'quarter-hours')
			expect(words('allocations-familiales')).toContain(
				`${rule.hoursPerQuarter} heures par trimestre civil`
			);
	});
});

describe('the comparison of two dates', () => {
	const row = (id: string) => COMPARISON_ROWS.find((r) => r.id === id)!;

	it('gives level A on 1 June 2016 as 17 % of 1 531,93 €', () => {
		const cell = row('level-A').compute(defaultScenario(), '2016-06-01');
		expect(cell.ok && plain(cell.value.text)).toBe('260,43 € par mois');
	});

	it('refuses a date before the first known figure in that cell only', () => {
		const cells = COMPARISON_ROWS.map((r) => r.compute(defaultScenario(), '2010-01-01'));
		expect(cells.every((c) => !c.ok)).toBe(true);
		const later = COMPARISON_ROWS.map((r) => r.compute(defaultScenario(), '2025-03-01'));
		expect(later.every((c) => c.ok)).toBe(true);
	});

	it('takes the rétribution of the date as the income of the family allowance', () => {
		const cell = row('family-allowance').compute(
			{ ...defaultScenario(), birthDate: '2000-01-10', region: 'brussels' },
			'2018-10-01'
		);
		// Born in 2000, 18 in 2018: after 31 August the ceiling of 551,89 € applies; level A = 17 % × 1 593,81 € = 270,95 €.
		expect(cell.ok && cell.value.text).toBe('allocations maintenues');
		expect(cell.ok && cell.value.result.trace.map((s) => plain(s.value ?? ''))).toContain(
			'270,95 €'
		);
	});
});
