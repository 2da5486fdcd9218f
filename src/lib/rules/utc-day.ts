/** A calendar day for date-fns, apart from the words so month arithmetic does not load the French locale. */
import { UTCDate } from '@date-fns/utc';
import { digitsAt } from './calendar-basics';
import type { ISODate } from './explain';

/** The calendar day of an ISO date in UTC, so the device's time zone never moves it; unchecked. */
export function utcDay(date: ISODate): UTCDate {
	return new UTCDate(digitsAt(date, 0, 4), digitsAt(date, 5, 2) - 1, digitsAt(date, 8, 2));
}
