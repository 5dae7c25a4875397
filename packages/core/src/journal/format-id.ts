/**
 * Indonesian date and time text for messages ("Selasa, 24 November 2026 pukul 23.59 WIB").
 *
 * Day and month names come from Intl 'id-ID'; the pieces are assembled here rather than taking
 * Intl's whole string, so the layout does not depend on the ICU version of a phone's browser.
 */
import { assertIsoDate, localDateOf, zoneAbbreviation } from '../calendar/index.js';

const dateParts = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});

/** 'yyyy-mm-dd' → "Kamis, 19 November 2026". */
export function formatDateId(date: string): string {
  assertIsoDate(date);
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of dateParts.formatToParts(new Date(`${date}T00:00:00Z`))) p[part.type] = part.value;
  return `${p.weekday}, ${p.day} ${p.month} ${p.year}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of `instant` in the zone, Indonesian style with a dot: "23.59". */
export function formatTimeId(instant: Date, timeZone: string): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    timeFormatters.set(timeZone, f);
  }
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  return `${p.hour}.${p.minute}`;
}

/** An instant on the agency's wall clock: "Selasa, 24 November 2026 pukul 23.59 WIB". */
export function formatInstantId(instant: Date, timeZone: string): string {
  const day = formatDateId(localDateOf(instant, timeZone));
  return `${day} pukul ${formatTimeId(instant, timeZone)} ${zoneAbbreviation(timeZone, instant)}`;
}
