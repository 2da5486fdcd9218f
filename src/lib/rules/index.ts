/** The public API of the rules engine: pure functions, no DOM, no storage, no clock. */
export type { ISODate, TraceStep, SourceRef, Explained } from './explain';
export { RuleInputError } from './errors';
export {
	centsToEuros,
	eurosToCents,
	formatCents,
	formatDate,
	formatEuros,
	formatNumber
} from './helpers';
export { addDays, ageOn } from './date-helpers';
export { belgianPublicHolidays } from './calendar';
export { MAX_SHIFTS } from './choices';
// Calendar facts and writing for dates the scenario has already checked: without the input checks, so the
// first load of every page stays within its budget (the checked formatDate, addDays and ageOn cost 0,5–0,7 KiB there).
export { completedYears, offsetDate, writeDate } from './calendar-basics';
export { daysInMonth, isoDate, isoWeekday, mondayOf, toDayNumber } from './calendar';
export { dayAndMonth, dayWithWeekday } from './calendar-words';
// The interface builds the explanation of a whole scenario from the rules' own.
export { Explainer, joinExplained } from './explain';
// The scenario reader checks its fields with the rules' own input checks, so messages read the same.
export {
	requireBoolean,
	requireDate,
	requireList,
	requireNumber,
	requireObject,
	requireOneOf,
	requireTime
} from './validate';
export type {
	Level,
	LevelChange,
	PayMonth,
	PaySchedule,
	PayScheduleInput,
	RetributionOptions
} from './retribution';
export {
	LEVELS,
	contractLevels,
	levelOn,
	monthlyRetribution,
	retributionForMonth,
	paySchedule
} from './retribution';
export type {
	ContractDurationCheck,
	DatePeriod,
	GuaranteedPayPeriod,
	IncapacityPeriod,
	NoticeMethod,
	TrainingOperator
} from './contract';
export {
	NOTICE_METHODS,
	checkContractDuration,
	contractEligibility,
	guaranteedPay,
	noticePeriod,
	noticeTakesEffect,
	operatorEntryConditions,
	trialPeriodEnd
} from './contract';
export type {
	BlueCollarPayInput,
	BlueCollarVacation,
	BlueCollarVacationInput,
	ConstructionRtt,
	ConstructionRttInput,
	EuropeanBlueCollarInput,
	EuropeanVacation,
	EuropeanWhiteCollarInput,
	SchoolVacationInput,
	SummerVacationCheck,
	SummerVacationInput,
	VacationPeriod,
	VacationScaleRow,
	WhiteCollarPay,
	WhiteCollarPayInput,
	WhiteCollarVacationInput
} from './vacation';
export {
	checkSummerVacation,
	constructionRttDays,
	europeanVacationBlueCollar,
	europeanVacationWhiteCollar,
	paidVacationBlueCollar,
	paidVacationWhiteCollar,
	unpaidSchoolVacationDays,
	vacationPayBlueCollar,
	vacationPayWhiteCollar
} from './vacation';
export type {
	ContractPeriod,
	InsertionInput,
	InsertionOutcome,
	InsertionRegimesComparison
} from './insertion';
export {
	INSERTION_OUTCOMES,
	insertionInternshipEndDate,
	insertionInternshipRemainingDays,
	insertionRegimesCompared
} from './insertion';
export type {
	AppliedAllowanceRule,
	FamilyAllowanceInput,
	FamilyAllowanceMonth,
	FamilyAllowanceRangeInput,
	Region
} from './family-allowance';
export { REGIONS, familyAllowanceByMonth, familyAllowanceImpact } from './family-allowance';
export type {
	OvertimeInput,
	ScheduleRule,
	ScheduleViolation,
	ShiftInput,
	WeeklyHoursRegime,
	WorkDerogation,
	WorkScheduleInput
} from './working-time';
export {
	SCHEDULE_RULES,
	WEEKLY_HOURS_REGIMES,
	WORK_DEROGATIONS,
	checkWorkSchedule,
	overtimeSurcharge
} from './working-time';
