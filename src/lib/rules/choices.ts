/**
 * The choices the rules take that forms and the scenario reader also list, kept apart with nothing else:
 * a page that lists them loads these few bytes, not the rules.
 */

export const REGIONS = ['wallonia', 'brussels', 'german-speaking'] as const;
export type Region = (typeof REGIONS)[number];

/** A condition's answer: met, not met, or to be checked by the person. */
export const CONDITION_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type ConditionAnswer = (typeof CONDITION_ANSWERS)[number];

/** The answer of a yes / no question not answered yet (null). */
export const answerOf = (value: boolean | null): ConditionAnswer =>
	value === null ? 'unknown' : value ? 'yes' : 'no';

/** The yes / no an answer stores: null while it is to be checked. */
export const fromAnswer = (answer: ConditionAnswer): boolean | null =>
	answer === 'unknown' ? null : answer === 'yes';

/** The training operators that sign the contract with the company and the apprentice. */
export const OPERATORS = ['CEFA', 'IFAPME', 'SFPME'] as const;
export type Operator = (typeof OPERATORS)[number];

/** The apprentice's work regime: ouvrier (blue-collar) or employé (white-collar). */
export const REGIMES = ['blue-collar', 'white-collar'] as const;
export type Regime = (typeof REGIMES)[number];

/** Sector derogations that allow night work from 16 (Securex, « règles applicables aux jeunes travailleurs »). */
export const NIGHT_DEROGATIONS = ['horeca', 'audiovisual', 'shift-work'] as const;
export type NightDerogation = (typeof NIGHT_DEROGATIONS)[number];

export const WORK_DEROGATIONS = ['none', ...NIGHT_DEROGATIONS, 'sunday-one-in-two'] as const;
export type WorkDerogation = (typeof WORK_DEROGATIONS)[number];

/** The most shifts one schedule check takes: a year of two shifts a day, with room to spare. */
export const MAX_SHIFTS = 2000;

/** A train card, or a pass whose price does not depend on the distance (STIB, TEC, De Lijn). */
export const TRANSPORT_KINDS = ['train', 'fixed-price'] as const;
export type TransportKind = (typeof TRANSPORT_KINDS)[number];
/** A subscription's price is given for a month or for a year. */
export const PRICE_PERIODS = ['month', 'year'] as const;
