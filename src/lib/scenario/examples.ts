/**
 * Example scenarios for trainers, built on the worked cases of the Vade-Mecum: opened read-only,
 * they can be duplicated into the saved scenarios and changed there.
 */
import type { CALCULATORS } from '$lib/pages';
import { defaultScenario, type Scenario } from './scenario';

export interface Example {
	id: string;
	title: string;
	/** The calculator the example illustrates: « Ouvrir » goes there. */
	path: (typeof CALCULATORS)[number]['path'];
	/** What the example shows, in French. */
	summary: string;
	scenario: Scenario;
}

const base = defaultScenario();

export const EXAMPLES: readonly Example[] = [
	{
		id: 'apprenti-trois-ans',
		title: 'Apprenti IFAPME, trois ans, niveaux A, B puis C',
		path: '/retribution',
		summary: 'Un contrat de septembre 2025 à juin 2028 : la rétribution monte de niveau chaque 1er septembre.',
		scenario: base
	},
	{
		id: 'fiche-4-pierre',
		title: 'Fiche 4 : Pierre, régime ouvrier, 6 mois à 28 h sur 4 jours',
		path: '/vacances',
		summary: 'L\'exemple des vacances annuelles : 104 jours prestés, 95,79 jours équivalents arrondis à 96, soit 7 jours de vacances.',
		scenario: {
			...base,
			name: 'Pierre',
			regime: 'blue-collar',
			previousYear: { daysWorked: 104, monthsWorked: 6, daysPerWeek: 4, hoursPerWeek: 28 }
		}
	},
	{
		id: 'fiche-12-exemple-1',
		title: 'Fiche 12, exemple 1 : alternance réussie du 1/9/2015 au 30/6/2016',
		path: '/stage-insertion',
		summary: 'Le stage d\'insertion après une alternance réussie : 304 jours calendrier, 43 dimanches, 49 jours restants (la fiche imprime 303 et 50).',
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
		summary: 'Deux contrats successifs couvrent plus de 310 jours hors dimanches : il ne reste aucun jour de stage (la fiche compte 481 jours et 69 dimanches, il y en a 482 et 68).',
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
		summary: 'Un apprenti de 17 ans en restauration travaille jusqu\'à 23 h 30 et le dimanche : le contrôle de l\'horaire montre ce qui dépasse.',
		scenario: {
			...base,
			// 17 from 1 June 2025 to 31 May 2026: 17 throughout the first school year of the contract.
			birthDate: '2008-06-01',
			derogation: 'horeca',
			week: [[], [], [{ start: '17:00', end: '23:30' }], [{ start: '17:00', end: '23:00' }], [{ start: '11:00', end: '15:00' }, { start: '18:00', end: '22:00' }], [{ start: '11:00', end: '17:00' }], [{ start: '11:00', end: '15:00' }]]
		}
	}
];

/** The example a scenario is, unchanged; undefined once the person has changed anything. */
export function exampleOf(scenario: Scenario): Example | undefined {
	const text = JSON.stringify(scenario);
	return EXAMPLES.find((example) => JSON.stringify(example.scenario) === text);
}
