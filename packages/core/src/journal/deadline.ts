/**
 * The reporting deadline of a work date, and whether an entry may still be logged.
 *
 * Counting: entries for work date D may be logged until the END (23:59:59.999 agency-local) of
 * the N-th working day after D, N = reportingWindowWorkingDays. D itself never counts, working day
 * or not, so N = 3 gives Thursday → next Tuesday and an overtime Saturday → Wednesday. N = 0
 * means D itself only, also for a Saturday.
 *
 * Outages (the Bengkulu case, PEERS.md: a server outage before a midnight deadline cost a day's
 * TPP): an outage intersecting the window [start of D, closesAt] extends it by the number of
 * working days the outage touched inside the window, at least 1 (an outage on a weekend or
 * holiday still blocked people who log in the evening). D itself counts as a working day here,
 * since an overtime Saturday entry was blocked on that Saturday. The extension can reach into the
 * same or another outage, which then extends it further, until nothing changes. The result: the
 * window always keeps at least N undisrupted working days after D, one more if D was disrupted.
 * Overlapping outages each count: they are expected to be disjoint, and if not, erring towards
 * the employee is the safe side.
 */
import { assertIsoDate, endOfLocalDay, fromDayNumber, localDateOf, startOfLocalDay, toDayNumber, type WorkCalendar } from '../calendar/index.js';
import { formatDateId, formatInstantId } from './format-id.js';
import type { JournalSettings } from './settings.js';

/**
 * A declared service outage, already filtered to the employee's scope by the caller. One still in
 * progress should be passed with its expected end (or now), not an open-ended far-future date.
 */
export interface Outage {
  id: string;
  /** Half-open [startsAt, endsAt): an outage ending at 00:00 does not touch that day. */
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

export interface ReportingDeadline {
  workDate: string;
  /** The last local day on which entries for workDate may be logged. */
  closesOn: string;
  /** 23:59:59.999 agency-local on closesOn; logging at exactly this instant is still allowed. */
  closesAt: Date;
  /** Outages that extended the window, by start time, so the UI can explain the extension. */
  extendedBy: Outage[];
  /** Working days added by those outages. */
  extensionWorkingDays: number;
}

type WindowSettings = Pick<JournalSettings, 'reportingWindowWorkingDays'>;

function intersects(o: Outage, from: Date, to: Date): boolean {
  const s = o.startsAt.getTime();
  const e = o.endsAt.getTime();
  // Empty, reversed or invalid (NaN) outages never match: a bad admin record must not lock or
  // unlock anyone, and throwing here would stop an offline phone from logging at all.
  return s < e && s <= to.getTime() && e > from.getTime();
}

/**
 * An outage record left open-ended (endsAt far in the future) would otherwise extend the window
 * one step at a time for years and freeze a phone; no real outage lasts a year of working days.
 */
export const MAX_OUTAGE_EXTENSION_WORKING_DAYS = 260;

/** Working days (and the work date) among the local days the part of `o` inside [from, to] touches. */
function daysTouched(o: Outage, from: Date, to: Date, workDate: string, calendar: WorkCalendar, timeZone: string): number {
  const first = new Date(Math.max(o.startsAt.getTime(), from.getTime()));
  const last = new Date(Math.min(o.endsAt.getTime() - 1, to.getTime()));
  const lastDay = toDayNumber(localDateOf(last, timeZone));
  let count = 0;
  for (let day = toDayNumber(localDateOf(first, timeZone)); day <= lastDay; day++) {
    const d = fromDayNumber(day);
    if (d === workDate || calendar.isWorkingDay(d)) count++;
  }
  return count;
}

export function reportingDeadline(
  workDate: string,
  settings: WindowSettings,
  calendar: WorkCalendar,
  outages: readonly Outage[],
  timeZone: string,
): ReportingDeadline {
  assertIsoDate(workDate, 'Tanggal kegiatan');
  const n = settings.reportingWindowWorkingDays;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Batas pengisian harus bilangan bulat ≥ 0: ${n}`);
  const opensAt = startOfLocalDay(workDate, timeZone);
  // Fixed point: a longer window can only meet more outages and more of each, so the extension
  // never shrinks; each further round raises it by at least one up to the cap, so at most cap + 1
  // rounds run. The round limit states that bound in code, whatever the outages hold.
  let extension = 0;
  for (let round = 0; ; round++) {
    const closesOn = calendar.addWorkingDays(workDate, n + extension);
    const closesAt = endOfLocalDay(closesOn, timeZone);
    const hits = outages.filter((o) => intersects(o, opensAt, closesAt));
    const touched = hits.reduce((sum, o) => sum + Math.max(1, daysTouched(o, opensAt, closesAt, workDate, calendar, timeZone)), 0);
    const next = Math.min(touched, MAX_OUTAGE_EXTENSION_WORKING_DAYS);
    if (next === extension || round > MAX_OUTAGE_EXTENSION_WORKING_DAYS) {
      const extendedBy = [...hits].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { workDate, closesOn, closesAt, extendedBy, extensionWorkingDays: extension };
    }
    extension = next;
  }
}

export type CanLogResult =
  | { ok: true; closesAt: Date; deadline: ReportingDeadline }
  | { ok: false; code: 'WINDOW_CLOSED' | 'FUTURE_DATE'; message: string };

/**
 * May an entry for `workDate` be logged at `now`? Future work dates (after today, agency-local)
 * are refused. `now` is whichever clock the caller trusts: the server's, or for an entry made
 * offline, the device's capture time checked against settings.maxClockSkewMinutes at sync
 * (settings.offlineTimePolicy decides which).
 */
export function canLogEntry(
  workDate: string,
  now: Date,
  settings: WindowSettings,
  calendar: WorkCalendar,
  outages: readonly Outage[],
  timeZone: string,
): CanLogResult {
  assertIsoDate(workDate, 'Tanggal kegiatan');
  const today = localDateOf(now, timeZone);
  if (workDate > today) {
    return {
      ok: false,
      code: 'FUTURE_DATE',
      message: `Kegiatan untuk ${formatDateId(workDate)} belum dapat diisi karena tanggal tersebut belum tiba (hari ini ${formatDateId(today)}).`,
    };
  }
  const deadline = reportingDeadline(workDate, settings, calendar, outages, timeZone);
  if (now.getTime() > deadline.closesAt.getTime()) {
    const extended = deadline.extensionWorkingDays > 0
      ? `, sudah termasuk perpanjangan ${deadline.extensionWorkingDays} hari kerja karena gangguan layanan`
      : '';
    return {
      ok: false,
      code: 'WINDOW_CLOSED',
      message: `Batas pengisian untuk ${formatDateId(workDate)} sudah lewat (ditutup ${formatInstantId(deadline.closesAt, timeZone)}${extended}).`,
    };
  }
  return { ok: true, closesAt: deadline.closesAt, deadline };
}
