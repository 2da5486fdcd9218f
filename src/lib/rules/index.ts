/** The public API of the rules engine: pure functions, no DOM, no storage, no clock. */
export type { ISODate, TraceStep, SourceRef, Explained } from './explain';
export { RuleInputError } from './errors';
export * from './helpers';
export { addDays, ageOn } from './date-helpers';
export { belgianPublicHolidays } from './calendar';
export {
	MAX_SHIFTS,
	OPERATORS,
	REGIMES,
	answerOf,
	fromAnswer,
	type ConditionAnswer,
	type Operator,
	type Regime
} from './choices';
// Calendar facts and writing for dates the scenario has already checked: without the input checks, so the
// first load of every page stays within its budget (the checked formatDate, addDays and ageOn cost 0,5–0,7 KiB there).
export { compareIso, completedYears, offsetDate, writeDate } from './calendar-basics';
export { daysInMonth, isoDate, isoWeekday, mondayOf, toDayNumber } from './calendar';
export { dayAndMonth, dayWithWeekday } from './calendar-words';
export { utcDay } from './utc-day';
// The interface builds the explanation of a whole scenario from the rules' own.
export { Explainer, joinExplained } from './explain';
// The scenario reader checks its fields with the rules' own input checks, so messages read the same.
export * from './validate';
// A rule module exports only its public surface (inputs, results, choices, functions), re-exported whole.
export * from './retribution';
export * from './contract';
export * from './vacation';
export * from './insertion';
export * from './family-allowance';
export * from './working-time';
export * from './partial-subjection';
export * from './net-pay';
export * from './dependent-child';
export * from './youth-vacation';
export * from './premiums';
export * from './travel-costs';
export * from './employer-cost';
export * from './timeline';
