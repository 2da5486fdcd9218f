/** The weekly-hours regimes, apart from the tables: the scenario reader lists them without loading the tables. */
export type WeeklyHoursRegime = 'standard' | 'construction';
export const WEEKLY_HOURS_REGIMES: readonly WeeklyHoursRegime[] = ['standard', 'construction'];
