/** The figures the page's introduction quotes, from the rule page's reading of the tables. */
import { fiche12, lastBefore, reform, reformFrom } from './rule-page';

export const introFigures = () => ({
	reformFrom,
	lastBefore,
	before: `${fiche12.internshipDays} jours`,
	floor: `${fiche12.failureFloorDays} jours`,
	after: `${reform.internshipDays} jours`,
	months: `${reform.allowanceMonths} mois`,
	monthsBefore: `${fiche12.allowanceMonths} mois`
});
