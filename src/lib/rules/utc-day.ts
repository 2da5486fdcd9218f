/** A calendar day for date-fns, apart from the words so month arithmetic does not load the French locale. */
// The minimal class: the full UTCDate builds three Intl formatters when its module loads (about 90 ms on a
// slow phone), for string methods that date-fns never calls.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { digitsAt } from './calendar-basics';
import type { ISODate } from './explain';

/** The calendar day of an ISO date in UTC, so the device's time zone never moves it; unchecked. */
export function utcDay(date: ISODate): Date {
	return new UTCDateMini(digitsAt(date, 0, 4), digitsAt(date, 5, 2) - 1, digitsAt(date, 8, 2));
}
