/**
 * Example scenarios for trainers, built on the worked cases of the Vade-Mecum: opened read-only,
 * they can be duplicated into the saved scenarios and changed there. What each shows is in
 * example-summaries.ts, loaded with the list of examples rather than with every page.
 */
import type { CalculatorPath } from '$lib/pages';
import { DEFAULT_EXAMPLE, defaultScenario, type Scenario } from './scenario';

export interface Example {
	id: string;
	title: string;
	/** The calculator the example illustrates: « Ouvrir » goes there. */
	path: CalculatorPath;
	scenario: Scenario;
}

const base = defaultScenario();

const sevenHours = () => [
	{ start: '08:00', end: '12:00' },
	{ start: '13:00', end: '16:00' }
];

export const EXAMPLES: readonly Example[] = [
	{
		...DEFAULT_EXAMPLE,
		path: '/retribution',
		scenario: base
	},
	{
		id: 'fiche-4-pierre',
		title: 'Fiche 4 : Pierre, régime ouvrier, 6 mois à 28 h sur 4 jours',
		path: '/vacances',
		scenario: {
			...base,
			name: 'Pierre',
			regime: 'blue-collar',
			// Six months of 2025 under contract, four 7-hour days a week, the fifth at the centre.
			signingDate: '2025-06-20',
			contractStart: '2025-07-01',
			contractEnd: '2028-06-30',
			week: [sevenHours(), sevenHours(), sevenHours(), sevenHours(), [], [], []],
			centreDays: [4],
			centreHoursPerWeek: 7,
			// The fiche counts 26 weeks × 4 days; the calendar from 01/07/2025 gives 106 days, so the fiche's figure is typed.
			worked: { '2025': { days: 104, months: null } }
		}
	},
	{
		id: 'fiche-12-exemple-1',
		title: 'Fiche 12, exemple 1 : alternance réussie du 1/9/2015 au 30/6/2016',
		path: '/stage-insertion',
		scenario: {
			...base,
			birthDate: '1998-05-10',
			signingDate: '2015-08-25',
			contractStart: '2015-09-01',
			contractEnd: '2016-06-30',
			levels: null,
			outcome: 'success',
			requestDate: '2016-07-15'
		}
	},
	{
		id: 'fiche-12-exemple-2',
		title: 'Fiche 12, exemple 2 : deux contrats de 2016 à 2017',
		path: '/stage-insertion',
		scenario: {
			...base,
			birthDate: '1998-05-10',
			signingDate: '2016-08-25',
			contractStart: '2016-09-01',
			contractEnd: '2017-06-30',
			earlierContracts: [{ start: '2016-01-04', end: '2016-06-30' }],
			levels: [{ from: '2016-09-01', level: 'B' }],
			outcome: 'success',
			requestDate: '2017-07-15'
		}
	},
	{
		id: 'horeca-17-ans',
		title: 'Horeca, 17 ans : horaire du soir et du dimanche',
		path: '/horaires',
		scenario: {
			...base,
			// 17 from 1 June 2025 to 31 May 2026: 17 throughout the first school year of the contract.
			birthDate: '2008-06-01',
			derogation: 'horeca',
			week: [
				[],
				[],
				[{ start: '17:00', end: '23:30' }],
				[{ start: '17:00', end: '23:00' }],
				[
					{ start: '11:00', end: '15:00' },
					{ start: '18:00', end: '22:00' }
				],
				[{ start: '11:00', end: '17:00' }],
				[{ start: '11:00', end: '15:00' }]
			]
		}
	}
];

/** The example a scenario is, unchanged; undefined once the person has changed anything. */
export function exampleOf(scenario: Scenario): Example | undefined {
	const text = JSON.stringify(scenario);
	return EXAMPLES.find((_, i) => EXAMPLE_TEXTS[i] === text);
}

const EXAMPLE_TEXTS = EXAMPLES.map((example) => JSON.stringify(example.scenario));
