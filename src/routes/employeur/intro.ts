/** The figures the page's introduction quotes, from the rule page's reading of the tables. */
import { firstKilometreFrom, trainShare, trainShareFrom } from './rule-page';

export const introFigures = () => ({ trainShare, trainShareFrom, firstKilometreFrom });
