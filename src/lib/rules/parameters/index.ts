/** Every dated parameter table, for the rules page and for the coverage tests. */
import type { ParameterTable } from './table';
import { calendarTables } from './calendar';
import { contractTables } from './contract';
import { familyAllowanceTables } from './family-allowance';
import { insertionTables } from './insertion';
import { employerCostTables, premiumTables, travelTables } from './employer';
import { dependantTables, netPayTables, youthVacationTables } from './net-pay';
import { retributionTables } from './retribution';
import { vacationTables } from './vacation';
import { workingTimeTables } from './working-time';

export const allParameterTables: readonly ParameterTable<unknown>[] = [
	...retributionTables,
	...calendarTables,
	...contractTables,
	...vacationTables,
	...insertionTables,
	...familyAllowanceTables,
	...workingTimeTables,
	...netPayTables,
	...dependantTables,
	...youthVacationTables,
	...premiumTables,
	...travelTables,
	...employerCostTables
];

/** The tables each rule module reads, the public holidays included where it counts working days. */
export const tablesByRule = {
	retribution: retributionTables,
	contract: [...contractTables, ...calendarTables],
	vacation: [...vacationTables, ...calendarTables],
	insertion: insertionTables,
	familyAllowance: familyAllowanceTables,
	workingTime: [...workingTimeTables, ...calendarTables],
	netPay: netPayTables,
	dependentChild: dependantTables,
	youthVacation: youthVacationTables,
	premiums: premiumTables,
	travel: travelTables,
	employerCost: [...employerCostTables, ...travelTables],
	timeline: [
		...contractTables,
		...calendarTables,
		...insertionTables,
		...premiumTables,
		...familyAllowanceTables,
		...vacationTables
	]
} as const satisfies Record<string, readonly ParameterTable<unknown>[]>;
