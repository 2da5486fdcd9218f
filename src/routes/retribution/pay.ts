/** The page's computations, in a module of their own: the rétribution rules load right after the page. */
import { levelOn, monthlyRetribution, paySchedule, type ISODate, type LevelChange } from '$lib/rules';
import { payScheduleInput, type Scenario } from '$lib/scenario/scenario';
import { attempt } from '$lib/ui/attempt';

/** The level in force on a date and the monthly amount it gives. */
export function monthlyAt(levels: readonly LevelChange[], on: ISODate) {
	return attempt(() => {
		const level = levelOn(levels, on);
		return { level, amount: monthlyRetribution(level, on) };
	});
}

/** The pay of every month of the scenario's contract, at the amount the employer pays if given. */
export function contractSchedule(s: Scenario) {
	return attempt(() => paySchedule(payScheduleInput(s)));
}
