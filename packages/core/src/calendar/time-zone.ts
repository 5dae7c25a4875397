/**
 * Instants versus agency-local calendar days.
 *
 * A deadline "end of Tuesday" means 23:59:59.999 on the agency's wall clock, which is 16:59:59.999
 * UTC in WIB and 14:59:59.999 UTC in WIT. Offsets come from Intl (the IANA database), so no
 * offset is hard-coded; Indonesian zones have no DST, but the conversion below tolerates it.
 */
import { addDays, assertIsoDate } from './days.js';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what we want.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  return f;
}

/** The zone's UTC offset at `instant`, in milliseconds (WIB = +7 h). */
export function utcOffsetMs(timeZone: string, instant: Date): number {
  const p: Record<string, number> = {};
  for (const part of offsetFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(p.year!, p.month! - 1, p.day!);
  wall.setUTCHours(p.hour!, p.minute!, p.second!, 0);
  const whole = instant.getTime() - (((instant.getTime() % 1000) + 1000) % 1000);
  return wall.getTime() - whole;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The agency-local calendar day that `instant` falls on (today: `localDateOf(now, timeZone)`),
 * in an IANA zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura). The formatter is
 * kept per zone: building one costs far more than formatting, and the deadline rules ask for
 * local days many times per synced entry.
 */
export function localDateOf(instant: Date, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone before anything is cached.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(instant);
}

/** The first instant (00:00:00.000 local) of a local calendar day. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  assertIsoDate(date);
  const wallMidnight = Date.parse(`${date}T00:00:00Z`);
  // Two passes: the offset at the guess may differ from the offset at the answer across a DST change.
  let t = wallMidnight - utcOffsetMs(timeZone, new Date(wallMidnight));
  t = wallMidnight - utcOffsetMs(timeZone, new Date(t));
  return new Date(t);
}

/** The last instant (23:59:59.999 local) of a local calendar day. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}

/**
 * WIB / WITA / WIT for the Indonesian zones (including the old alias Asia/Ujung_Pandang). Any other
 * zone reads "UTC+h" or "UTC+h:mm": guessing WIB from a +7 offset would mislabel Asia/Bangkok.
 */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  const named = ZONE_NAMES.get(timeZone);
  if (named) return named;
  const minutes = Math.round(utcOffsetMs(timeZone, at) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

const ZONE_NAMES = new Map<string, string>([
  ['Asia/Jakarta', 'WIB'],
  ['Asia/Pontianak', 'WIB'],
  ['Asia/Makassar', 'WITA'],
  ['Asia/Ujung_Pandang', 'WITA'],
  ['Asia/Jayapura', 'WIT'],
]);
