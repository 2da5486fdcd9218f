/** The figures the page's introduction quotes, from the rule page's reading of the tables. */
import { rates } from './rule-page';

export const introFigures = () => ({
	rateA: `${rates.A} %`,
	rateB: `${rates.B} %`,
	rateC: `${rates.C} %`
});
