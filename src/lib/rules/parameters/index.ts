/** Every dated parameter table, for the rules page and for the coverage tests. */
import type { ParameterTable } from './table';
import { publicHolidayRules } from './calendar';
import {
	accessAgeTable,
	guaranteedPayTable,
	maximumDurationTable,
	noticeLengthTable,
	notificationDelayTable,
	operatorEntryAgeTable,
	trialPeriodTable
} from './contract';
import {
	allowanceAgeTable,
	brusselsAllowanceRuleTable,
	germanSpeakingAllowanceRuleTable,
	walloniaAllowanceRuleTable
} from './family-allowance';
import { insertionRegimeTable, successReductionTable } from './insertion';
import { levelRateTable, rmmmgTable } from './retribution';
import {
	absoluteNightTable,
	continuousWorkTable,
	dailyHoursTable,
	halfDayBoundaryTable,
	minorBreakTable,
	minorDailyRestTable,
	minorDayBreaksTable,
	minorWeeklyRestTable,
	nightWindowTable,
	overtimeSurchargeTable,
	sundayCompensatoryRestTable,
	weeklyHoursTable,
	youngWorkerAgeTable
} from './working-time';
import {
	blueCollarConversionTable,
	blueCollarScaleTable,
	constructionRttTable,
	europeanVacationTable,
	schoolVacationTable,
	summerVacationTable,
	vacationCeilingTable,
	vacationPayTable,
	whiteCollarAccrualTable
} from './vacation';

export const allParameterTables: readonly ParameterTable<unknown>[] = [
	rmmmgTable,
	levelRateTable,
	publicHolidayRules,
	accessAgeTable,
	operatorEntryAgeTable,
	maximumDurationTable,
	trialPeriodTable,
	noticeLengthTable,
	notificationDelayTable,
	guaranteedPayTable,
	blueCollarScaleTable,
	blueCollarConversionTable,
	whiteCollarAccrualTable,
	vacationCeilingTable,
	vacationPayTable,
	europeanVacationTable,
	schoolVacationTable,
	summerVacationTable,
	constructionRttTable,
	insertionRegimeTable,
	successReductionTable,
	allowanceAgeTable,
	walloniaAllowanceRuleTable,
	brusselsAllowanceRuleTable,
	germanSpeakingAllowanceRuleTable,
	youngWorkerAgeTable,
	nightWindowTable,
	absoluteNightTable,
	dailyHoursTable,
	halfDayBoundaryTable,
	continuousWorkTable,
	minorBreakTable,
	minorDayBreaksTable,
	minorDailyRestTable,
	minorWeeklyRestTable,
	weeklyHoursTable,
	sundayCompensatoryRestTable,
	overtimeSurchargeTable
];
