/**
 * Calendar-day arithmetic on 'yyyy-mm-dd' strings (agency-local calendar days).
 *
 * A date string names a day, not an instant, so all arithmetic runs on UTC midnights: there is no
 * time zone in play and no DST jump can shift a day. Instants (deadlines, outages) live in
 * time-zone.ts.
 */
import { isIsoDate } from '../org/dates.js';

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Monday first, the order an Indonesian week and the settings form are read in. */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Indexed by Date#getUTCDay (0 = Sunday). */
const BY_JS_DAY: readonly WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const MS_PER_DAY = 86_400_000;

/** Throws on anything that is not a real calendar date: callers validate user input first. */
export function assertIsoDate(date: string, what = 'Tanggal'): void {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new RangeError(`${what} harus berformat yyyy-mm-dd dan merupakan tanggal yang valid: ${String(date)}`);
  }
}

/** Days since 1970-01-01. */
export function toDayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): WeekdayKey {
  return BY_JS_DAY[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

export function shiftDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}
