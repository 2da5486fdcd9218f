/** The figures the page's introduction quotes, from the rule page's reading of the tables. */
import { dayInWords } from '../regles/rule-content';
import { ceiling, schoolDays, summer } from './rule-page';

export const introFigures = () => ({
	europeanTarget: `${ceiling} semaines`,
	schoolWeeks: `${schoolDays / 5} semaines`,
	summer: `${summer.consecutiveWeeks} semaines consécutives entre le ${dayInWords(summer.windowStart)} et le ${dayInWords(summer.windowEnd)}`
});
