/**
 * Calendar-day arithmetic on 'yyyy-mm-dd' strings (agency-local calendar days), and the one range
 * of dates the system accepts.
 *
 * A date string names a day, not an instant, so all arithmetic runs on day numbers (days since
 * 1970-01-01, integers, UTC midnights): a loop over days can count them, a shift is one addition,
 * no time zone is in play and no DST jump can shift a day; strings are only parsed and formatted
 * at the edges. Instants (deadlines, outages) live in time-zone.ts.
 */

/**
 * The dates the system accepts from anyone: API input, imported files, the web app's pickers. Wide
 * enough for any birth date, decree or plan, and far inside what yyyy-mm-dd, JavaScript's Date and
 * both database engines can hold, so arithmetic a few years past either end (a deadline, a
 * month's end) still has a valid answer. Outside it, a year like 0000 reaches PostgreSQL (which has
 * no year 0) and 9999-12-31 + 1 day no longer fits the format.
 */
export const SUPPORTED_DATES = { min: '1900-01-01', max: '2200-12-31' } as const;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in the yyyy-mm-dd format, any four-digit year. */
export function isIsoDate(s: string): boolean {
  const m = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (!m) return false;
  const day = dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return Number.isFinite(day) && fromDayNumber(day) === s;
}

/** A real calendar date inside SUPPORTED_DATES: what every input must be. */
export function isSupportedDate(s: string): boolean {
  return isIsoDate(s) && s >= SUPPORTED_DATES.min && s <= SUPPORTED_DATES.max;
}

function dayNumberOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / MS_PER_DAY;
}

/** Days since 1970-01-01 (negative before it); NaN for a string that is not yyyy-mm-dd. */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  return m ? dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3])) : Number.NaN;
}

/** The yyyy-mm-dd date of a day number; throws when the year has no four-digit form (0000-9999). */
export function fromDayNumber(day: number): string {
  if (!Number.isInteger(day)) throw new RangeError(`Nomor hari harus bilangan bulat: ${day}`);
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError(`Tanggal di luar tahun 0000-9999: hari ke-${day}`);
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `date` moved by a whole number of days; throws on a non-date or a result past year 9999. */
export function addDays(date: string, days: number): string {
  const day = toDayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`Tanggal harus berformat yyyy-mm-dd: ${String(date)}`);
  if (!Number.isInteger(days)) throw new RangeError(`Jumlah hari harus bilangan bulat: ${days}`);
  return fromDayNumber(day + days);
}

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
