import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashOfText, scenarioFromHash, scenarioToHash } from './codec';
import { EXAMPLES } from './examples';
import { newRecord, readRecord } from './record';
import { SCENARIO_VERSION, contractQuarters, defaultScenario } from './scenario';
import { exportFile, parseImport, withoutDuplicates } from './transfer';
import { readScenario } from './validate';

let counter = 0;
const nextId = () => `id-${++counter}`;

describe('readScenario', () => {
	it('reads the default scenario and every example without a problem', () => {
		for (const scenario of [defaultScenario(), ...EXAMPLES.map((e) => e.scenario)]) {
			expect(readScenario(structuredClone(scenario))).toEqual({ scenario, problems: [] });
		}
	});

	it('replaces a bad field by its default and names the field', () => {
		const { scenario, problems } = readScenario({
			...defaultScenario(),
			birthDate: '2025-02-30',
			centreHoursPerWeek: Number.NaN
		});
		expect(scenario.birthDate).toBe(defaultScenario().birthDate);
		expect(problems.map((p) => p.field)).toEqual(['birthDate', 'centreHoursPerWeek']);
		expect(problems[0]!.message).toMatch(/Date de naissance.*valeur par défaut/);
	});

	it('reports a missing field and ignores unknown and __proto__ keys', () => {
		const raw = JSON.parse(
			`{"__proto__": {"polluted": true}, "extra": 1, ${JSON.stringify(defaultScenario()).slice(1)}`
		);
		delete raw.region;
		const { scenario, problems } = readScenario(raw);
		expect(problems).toEqual([expect.objectContaining({ field: 'region' })]);
		expect(Object.keys(scenario)).not.toContain('extra');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses markup in the name', () => {
		const { scenario, problems } = readScenario({
			...defaultScenario(),
			name: '<script>alert(1)</script>'
		});
		expect(scenario.name).toBe('');
		expect(problems[0]!.field).toBe('name');
	});

	it('gives the defaults and one problem for something that is no object', () => {
		for (const raw of [null, 42, 'texte', [1, 2]]) {
			const read = readScenario(raw);
			expect(read.scenario).toEqual(defaultScenario());
			expect(read.problems).toHaveLength(1);
		}
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (raw) => {
				const read = readScenario(raw);
				expect(read.scenario.week).toHaveLength(7);
			})
		);
	});
});

describe('contractQuarters', () => {
	it('lists every calendar quarter the contract touches, across years', () => {
		expect(
			contractQuarters({
				...defaultScenario(),
				contractStart: '2026-09-15',
				contractEnd: '2027-04-01'
			})
		).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
		expect(
			contractQuarters({
				...defaultScenario(),
				contractStart: '2027-01-01',
				contractEnd: '2026-12-31'
			})
		).toEqual([]);
	});
});

describe('scenario links', () => {
	it('brings back the same scenario and its title from its link, accents included', () => {
		const scenario = { ...defaultScenario(), name: 'Zoé Lefèvre', retributionOn: '2026-03-01' };
		expect(scenarioFromHash(scenarioToHash(scenario, 'Contrat de Zoé'))).toEqual({
			scenario,
			problems: [],
			title: 'Contrat de Zoé'
		});
	});

	it('brings back a scenario whose link spans several slices of its encoding, accents included', () => {
		const base = defaultScenario();
		const periods = Object.fromEntries(
			Array.from({ length: 50 }, (_, i) => [
				String(2030 + i),
				Array.from({ length: 12 }, (_, month) => ({
					start: `${2030 + i}-${String(month + 1).padStart(2, '0')}-01`,
					end: `${2030 + i}-${String(month + 1).padStart(2, '0')}-02`
				}))
			])
		);
		const scenario = {
			...base,
			name: 'Zoé Lefèvre éèàç',
			vacation: { ...base.vacation, periods }
		};
		const hash = scenarioToHash(scenario, 'Contrat « été » de Zoé');
		expect(hash.length).toBeGreaterThan(3 * 0x2000);
		expect(scenarioFromHash(hash)).toEqual({
			scenario,
			problems: [],
			title: 'Contrat « été » de Zoé'
		});
	});

	it('reads a version 1 link: levels that match the contract follow it from now on, others are kept', () => {
		const v1 = (levels: unknown) => {
			const { levels: _, retributionOn: __, ...rest } = defaultScenario();
			return `#s=${btoa(JSON.stringify({ v: 1, ...rest, levels }))}`;
		};
		const usual = [
			{ from: '2025-09-01', level: 'A' },
			{ from: '2026-09-01', level: 'B' },
			{ from: '2027-09-01', level: 'C' }
		];
		expect(scenarioFromHash(v1(usual))).toMatchObject({
			scenario: { levels: null, retributionOn: null },
			problems: []
		});
		const own = [
			{ from: '2025-09-01', level: 'A' },
			{ from: '2027-01-01', level: 'B' }
		];
		expect(scenarioFromHash(v1(own))).toMatchObject({ scenario: { levels: own }, problems: [] });
	});

	it("reads a version 2 link: the year of work typed on the vacation page becomes that year's figures, the old defaults are dropped", () => {
		const v2 = (previousYear: unknown) => {
			const {
				worked: _,
				vacation: __,
				incapacities: ___,
				picks: ____,
				...rest
			} = { ...defaultScenario(), contractStart: '2025-07-01' };
			return `#s=${btoa(JSON.stringify({ v: 2, ...rest, previousYear }))}`;
		};
		const typed = scenarioFromHash(
			v2({ daysWorked: 104, monthsWorked: 6, daysPerWeek: 4, hoursPerWeek: 28 })
		);
		expect(typed).toMatchObject({
			problems: [],
			scenario: { worked: { '2025': { days: 104, months: 6 } }, incapacities: null }
		});
		expect(typed?.scenario.vacation).toEqual(defaultScenario().vacation);
		expect(typed?.scenario.picks).toEqual(defaultScenario().picks);
		// 51 days and 4 months were the page's defaults, not the user's: the contract and the grid give the figures now.
		expect(
			scenarioFromHash(v2({ daysWorked: 51, monthsWorked: 4, daysPerWeek: 3, hoursPerWeek: 24 }))
		).toMatchObject({ problems: [], scenario: { worked: {} } });
	});

	it('brings back every choice of the pages from a link', () => {
		const base = defaultScenario();
		const scenario = {
			...base,
			worked: { '2026': { days: 150, months: null } },
			vacation: {
				...base.vacation,
				year: 2027,
				construction: true,
				periods: { '2027': [{ start: '2027-08-02', end: '2027-08-22' }] },
				pay: { '2027': { grossPay: 4000, fictitiousPay: null, monthlyPay: null } }
			},
			incapacities: [
				{ start: '2025-10-06', end: '2025-10-10', otherCause: true, occupational: false }
			],
			picks: {
				...base.picks,
				allowanceMonth: '2027-10',
				allowanceIncome: 500,
				scheduleFrom: '2026-01-05',
				scheduleTo: '2026-01-31',
				scheduleRegime: 'construction' as const,
				internshipStart: '2028-08-01',
				compareDates: ['2025-09-01', '2027-09-01'] as [string, string]
			}
		};
		expect(scenarioFromHash(scenarioToHash(scenario))).toEqual({
			scenario,
			problems: [],
			title: ''
		});
	});

	it('writes the link from the scenario serialised once, as `{ v, t, ...scenario }` would', () => {
		const scenario = { ...defaultScenario(), name: 'Zoé « 1 » \\ "x"' };
		const decoded = (hash: string) =>
			new TextDecoder().decode(
				Uint8Array.from(atob(hash.slice(3).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
					c.charCodeAt(0)
				)
			);
		const text = decoded(hashOfText(JSON.stringify(scenario), 'Contrat "Zoé"'));
		expect(text).toBe(JSON.stringify({ v: SCENARIO_VERSION, t: 'Contrat "Zoé"', ...scenario }));
	});

	it('says a truncated or tampered link is broken and gives the defaults', () => {
		const hash = scenarioToHash(defaultScenario());
		for (const bad of [hash.slice(0, hash.length / 2), '#s=%%%', '#s=' + btoa('not json')]) {
			const read = scenarioFromHash(bad);
			expect(read?.scenario).toEqual(defaultScenario());
			expect(read?.problems[0]!.message).toMatch(/lien/);
		}
	});

	it('returns null when the address carries no scenario', () => {
		expect(scenarioFromHash('')).toBeNull();
		expect(scenarioFromHash('#contenu')).toBeNull();
	});
});

describe('stored records', () => {
	const now = new Date('2026-11-23T10:00:00Z');

	it('migrates a version 1 record: usual levels follow the contract, the title is kept', () => {
		const {
			levels: _,
			retributionOn: __,
			...rest
		} = { ...defaultScenario(), contractStart: '2026-09-01', contractEnd: '2027-06-30' };
		const raw = {
			id: 'old',
			version: 1,
			title: 'Contrat 2026',
			updatedAt: '2026-01-01T00:00:00.000Z',
			scenario: { ...rest, levels: [{ from: '2026-09-01', level: 'A' }] }
		};
		const read = readRecord('old', raw);
		expect(read).toMatchObject({
			record: {
				version: SCENARIO_VERSION,
				title: 'Contrat 2026',
				scenario: { levels: null, retributionOn: null }
			}
		});
	});

	it('migrates a version 3 record: what follows the contract is unknown, the rest is kept', () => {
		const { youth: _, employer: __, ...rest } = { ...defaultScenario(), birthDate: '2008-06-20' };
		const raw = {
			id: 'v3',
			version: 3,
			title: 'Contrat de Léa',
			updatedAt: '2026-11-01T00:00:00.000Z',
			scenario: rest
		};
		expect(readRecord('v3', raw)).toMatchObject({
			record: {
				version: SCENARIO_VERSION,
				title: 'Contrat de Léa',
				scenario: {
					birthDate: '2008-06-20',
					youth: { workedMonthAfter: null, firstMonthGross: null }
				}
			}
		});
	});

	it("migrates a version 4 record: the company is placed in the apprentice's region, every employer answer to check", () => {
		const { employer: _, ...rest } = { ...defaultScenario(), region: 'brussels' as const };
		const raw = {
			id: 'v4',
			version: 4,
			title: 'Contrat',
			updatedAt: '2026-11-01T00:00:00.000Z',
			scenario: rest
		};
		expect(readRecord('v4', raw)).toMatchObject({
			record: {
				version: 5,
				scenario: {
					region: 'brussels',
					employer: {
						establishment: 'brussels',
						tutorCertified: null,
						selfEmployedFirstContract: null,
						travel: { kind: 'none', price: null }
					}
				}
			}
		});
	});

	it('reads back a record it wrote', () => {
		const record = newRecord('a', 'Mon contrat', defaultScenario(), now);
		expect(readRecord('a', structuredClone(record))).toEqual({ record });
	});

	it.each([
		['no object', 'texte'],
		['an unknown version', { version: SCENARIO_VERSION + 1, scenario: defaultScenario() }],
		['no version', { scenario: defaultScenario() }],
		[
			'an invalid scenario',
			{ version: SCENARIO_VERSION, scenario: { ...defaultScenario(), region: 'mars' } }
		]
	])('keeps a record with %s aside, with its raw data and a reason', (_what, raw) => {
		const read = readRecord('x', raw);
		expect('broken' in read && read.broken.raw).toBe(raw);
		expect('broken' in read && read.broken.problems.length).toBeGreaterThan(0);
	});
});

describe('export and import', () => {
	const now = new Date('2026-11-23T10:00:00Z');

	it('imports what it exported, under new ids, with unreadable records kept in the file', () => {
		const records = [
			newRecord('a', 'Un', defaultScenario(), now),
			newRecord('b', 'Deux', EXAMPLES[1]!.scenario, now)
		];
		const text = exportFile(records, [{ id: 'z', raw: { junk: true }, problems: [] }], now);
		expect(JSON.parse(text).unreadable).toEqual([{ id: 'z', raw: { junk: true } }]);
		const result = parseImport(text, text.length, nextId);
		expect(result.records.map((r) => r.title)).toEqual(['Un', 'Deux']);
		expect(result.records.map((r) => r.id)).not.toContain('a');
		expect(result.records[1]!.scenario).toEqual(EXAMPLES[1]!.scenario);
	});

	it.each([
		['a file over 1 MB', '{}', 1_000_001, /1 Mo/],
		['a file that is not JSON', 'bonjour', 7, /JSON/],
		['a deeply nested file', '['.repeat(50) + ']'.repeat(50), 100, /imbriquée/],
		['an empty list', '{"records": []}', 15, /aucun scénario/],
		['a list that is no list', '{"records": 3}', 14, /pas un export de Calculs Alternance/],
		[
			"another application's JSON",
			'{"name": "Zoé", "age": 17}',
			26,
			/pas un export de Calculs Alternance/
		],
		[
			"another application's export",
			'{"format": "autre", "records": []}',
			34,
			/pas un export de Calculs Alternance/
		],
		['a bare list', '[1, 2]', 6, /pas un export de Calculs Alternance/]
	])('refuses %s with a clear message', (_what, text, size, message) => {
		const result = parseImport(text, size, nextId);
		expect(result.records).toEqual([]);
		expect(result.messages.join(' ')).toMatch(message);
	});

	it('says that a record without a version is not a scenario of the suite, never « undefined »', () => {
		const text = JSON.stringify({ records: [{ scenario: defaultScenario() }] });
		const message = parseImport(text, text.length, nextId).messages.join(' ');
		expect(message).toMatch(/pas un scénario de Calculs Alternance/);
		expect(message).not.toMatch(/undefined|null|NaN/);
	});

	it('adds nothing when the same file is imported twice, and names what was already there', () => {
		const saved = [newRecord('a', 'Un', defaultScenario(), now)];
		const text = exportFile(
			[...saved, newRecord('b', 'Deux', EXAMPLES[1]!.scenario, now)],
			[],
			now
		);
		const { added, already } = withoutDuplicates(
			parseImport(text, text.length, nextId).records,
			saved
		);
		expect(added.map((r) => r.title)).toEqual(['Deux']);
		expect(already.map((r) => r.title)).toEqual(['Un']);
		expect(withoutDuplicates(added, [...saved, ...added]).added).toEqual([]);
	});

	it('imports the good records of a file and names the bad ones', () => {
		const good = newRecord('a', 'Bon', defaultScenario(), now);
		const text = JSON.stringify({ records: [good, { version: 1, scenario: { nope: 1 } }] });
		const result = parseImport(text, text.length, nextId);
		expect(result.records).toHaveLength(1);
		expect(result.messages[0]).toMatch(/Scénario n° 2 ignoré/);
	});
});

describe('record titles', () => {
	it('lose markup and control characters, on write and on read', () => {
		const now = new Date('2026-11-23T10:00:00Z');
		expect(
			newRecord('a', '<img src=x onerror=alert(1)>Zoé\u0007', defaultScenario(), now).title
		).toBe('img src=x onerror=alert(1)Zoé');
		const read = readRecord('a', {
			...newRecord('a', 'x', defaultScenario(), now),
			title: '<script>Zoé</script>'
		});
		expect('record' in read && read.record.title).toBe('scriptZoé/script');
	});
});

describe('hostile import files', () => {
	it('cleans script tags out of names and titles, and ignores prototype keys', () => {
		const record = {
			...newRecord(
				'a',
				'<script>alert(1)</script>',
				{ ...defaultScenario(), name: 'Zoé' },
				new Date(0)
			),
			__proto__: { polluted: true }
		};
		const text = `{"records": [${JSON.stringify(record).replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},')}]}`;
		const result = parseImport(text, text.length, () => 'fresh');
		expect(result.records[0]!.title).toBe('scriptalert(1)/script');
		expect(result.records[0]!.id).toBe('fresh');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(result.records[0], 'constructor')).toBe(false);
	});

	it('refuses a scenario whose name carries markup, naming the field', () => {
		const scenario = { ...defaultScenario(), name: '<img src=x onerror=alert(1)>' };
		const text = JSON.stringify({ records: [newRecord('a', 'x', scenario, new Date(0))] });
		expect(parseImport(text, text.length, () => 'fresh').messages.join(' ')).toMatch(/Prénom/);
	});
});
