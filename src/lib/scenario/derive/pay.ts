/**
 * The rétribution of the scenario: the monthly amount on the date the user picked, and every month of the
 * contract. The net lives in `net-pay.ts`: the pages that need only the gross do not load the tax rules.
 */
import {
	levelOn,
	monthlyRetribution,
	paySchedule,
	type ISODate,
	type PayScheduleInput
} from '$lib/rules';
import { attempt } from '$lib/ui/attempt.svelte';
import { retributionDate } from '../picks';
import { scenarioLevels, type Scenario } from '../scenario';

/** The level in force on a date and the monthly minimum it gives. */
export function monthlyAt(s: Scenario, on: ISODate = retributionDate(s)) {
	return attempt(() => {
		const level = levelOn(scenarioLevels(s), on);
		return { level, amount: monthlyRetribution(level, on) };
	});
}

/** The pay schedule of the scenario's contract, at the amount the employer pays when it is given. */
function payScheduleInput(s: Scenario): PayScheduleInput {
	const input: PayScheduleInput = {
		contractStart: s.contractStart,
		contractEnd: s.contractEnd,
		levels: scenarioLevels(s)
	};
	if (s.employerMonthlyAmount !== null) input.employerMonthlyAmount = s.employerMonthlyAmount;
	return input;
}

/** The pay of every month of the contract, at the amount the employer pays if given. */
export function contractPay(s: Scenario) {
	return attempt(() => paySchedule(payScheduleInput(s)));
}
