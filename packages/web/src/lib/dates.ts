/** Calendar dates ('yyyy-mm-dd', agency-local days) and times ('HH:MM') for the journal screens. */
import { addDays, isMonth, isSupportedDate, SUPPORTED_DATES, toDayNumber, weekdayOf, zoneAbbreviation } from '@kinerja/core';

export { addDays, toDayNumber, weekdayOf };

/** A real day inside the range the server accepts (core's SUPPORTED_DATES); others fall back to today. */
export const isIsoDay = (s: string | undefined): s is string => !!s && isSupportedDate(s);
export const isIsoMonth = (s: string | undefined): s is string =>
  !!s && isMonth(s) && s >= SUPPORTED_DATES.min.slice(0, 7) && s <= SUPPORTED_DATES.max.slice(0, 7);

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(opts);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

/** "Senin, 23 November 2026". */
export function longDate(date: string, locale: string): string {
  return fmt(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));
}
/** "Senin". */
export function weekdayName(date: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return fmt(locale, { weekday: style, timeZone: 'UTC' }).format(utc(date));
}
/** "23 Nov". */
export function shortDate(date: string, locale: string): string {
  return fmt(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(utc(date));
}
/** "23 November 2026" without the weekday. */
export function dayMonthYear(date: string, locale: string): string {
  return fmt(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));
}
/** "November 2026" for '2026-11'. */
export function monthName(month: string, locale: string): string {
  return fmt(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(`${month}-01`));
}

/** An instant on the agency's wall clock: "Kamis, 26 November 2026 pukul 23.59 WITA". */
export function formatInstant(iso: string, timeZone: string, locale: string, at: string): string {
  const d = new Date(iso);
  const day = fmt(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(d);
  const p = Object.fromEntries(fmt('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(d).map((x) => [x.type, x.value]));
  const sep = locale.startsWith('id') ? '.' : ':';
  return `${day} ${at} ${p.hour}${sep}${p.minute} ${zoneAbbreviation(timeZone, d)}`;
}

/** Monday of the week holding the date. */
export function mondayOf(date: string): string {
  const js = utc(date).getUTCDay(); // 0 = Sunday
  return addDays(date, js === 0 ? -6 : 1 - js);
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

// ---------- times ----------

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
export function parseHm(s: string | null | undefined): number | undefined {
  const m = s ? HHMM.exec(s) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
export function formatHm(minutes: number): string {
  const m = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
/** "07.30" (Indonesian) or "07:30". */
export function showHm(hm: string, locale: string): string {
  return locale.startsWith('id') ? hm.replace(':', '.') : hm;
}
