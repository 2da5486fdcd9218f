/** The figures the page's introduction quotes, from the rule page's reading of the tables. */
import { ages, brussels, ceiling, germanSpeaking, unconditional, wallonia } from './rule-page';

export const introFigures = () => ({
	unconditional,
	lastMonthAge: `${ages.lastMonthAge} ans`,
	federalCeiling: `${ceiling('2016-06-01')} brut en 2016`,
	germanSpeakingSince: germanSpeaking.since,
	brusselsSince: brussels.since,
	walloniaWithoutCeiling: wallonia.since,
	brusselsHours: `${brussels.hoursPerQuarter} heures`
});
