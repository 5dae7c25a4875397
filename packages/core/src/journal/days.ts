/**
 * Calendar-day arithmetic on 'yyyy-mm-dd' strings (agency-local calendar days).
 *
 * A date string names a day, not an instant, so all arithmetic runs on day numbers (UTC
 * midnights): there is no time zone in play and no DST jump can shift a day. Instants (deadlines,
 * outages) live in time-zone.ts.
 */
import { addDays, fromDayNumber, isIsoDate, toDayNumber } from '../org/dates.js';

export { fromDayNumber, toDayNumber };

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Monday first, the order an Indonesian week and the settings form are read in. */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Indexed by Date#getUTCDay (0 = Sunday). */
const BY_JS_DAY: readonly WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Throws on anything that is not a real calendar date: callers validate user input first. */
export function assertIsoDate(date: string, what = 'Tanggal'): void {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new RangeError(`${what} harus berformat yyyy-mm-dd dan merupakan tanggal yang valid: ${String(date)}`);
  }
}

export function weekdayOf(date: string): WeekdayKey {
  // 1970-01-01 was a Thursday (JS day 4); the double modulo keeps days before it positive.
  return BY_JS_DAY[(((toDayNumber(date) + 4) % 7) + 7) % 7]!;
}

/** `date` moved by a whole number of days; throws rather than leave the yyyy-mm-dd format. */
export function shiftDays(date: string, days: number): string {
  return addDays(date, days);
}
