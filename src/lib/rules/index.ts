/** The public API of the rules engine: pure functions, no DOM, no storage, no clock. */
export type { ISODate, TraceStep, SourceRef, Explained } from './explain';
export { RuleInputError } from './errors';
export { formatCents, eurosToCents, centsToEuros, formatNumber } from './money';
export { belgianPublicHolidays, formatDate } from './calendar';
export type { Level, LevelChange, PayMonth, PaySchedule, PayScheduleInput, RetributionOptions } from './retribution';
export { LEVELS, monthlyRetribution, retributionForMonth, paySchedule } from './retribution';
