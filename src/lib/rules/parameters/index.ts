/** Every dated parameter table, for the rules page and for the coverage tests. */
import type { ParameterTable } from './table';
import { publicHolidayRules } from './calendar';
import { levelRateTable, rmmmgTable } from './retribution';

export const allParameterTables: readonly ParameterTable<unknown>[] = [rmmmgTable, levelRateTable, publicHolidayRules];
