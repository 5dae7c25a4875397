/**
 * Flags: hints that help a supervisor decide which entries deserve a closer look. A flag never
 * blocks anything; it only keeps an entry out of "approve everything except flagged".
 *
 * Day flags concern a person's whole day (its total, a recorded absence) and apply to every entry
 * of that day; entry flags concern one entry. What counts towards a day is what currently stands
 * as claimed: submitted and approved entries (drafts are unsent, rejected ones are final,
 * returned ones are being fixed).
 */
import type { EntryStatus } from '../journal/day-status.js';
import { endOfLocalDay, startOfLocalDay, toDayNumber } from '../calendar/index.js';
import { formatDateId, formatInstantId } from '../journal/format-id.js';
import { findOverlaps, minutesMismatch } from '../journal/minutes.js';
import { MINUTES_PER_DAY } from '../journal/settings.js';
import type { Absence } from './absence.js';

export const FLAG_CODES = [
  'DAY_OVER_TARGET',
  'DAY_OVER_24H',
  'DAY_OVER_CAP',
  'ABSENT_DAY',
  'TIME_OVERLAP',
  'EVIDENCE_OTHER_DAY',
  'EVIDENCE_OTHER_PERSON',
  'PHOTO_TIME_FAR',
  'DESCRIPTION_REPEATED',
  'CLOCK_SKEW',
  'LATE_ON_DEVICE_TIME',
  'MINUTES_MISMATCH',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export interface Flag {
  code: FlagCode;
  /** Bahasa Indonesia, for the supervisor. */
  message: string;
}

/** "The same description pasted many times": at least this many identical ones … */
export const REPEATED_DESCRIPTION_MIN = 3;
/** … by one person within this many consecutive days. */
export const REPEATED_DESCRIPTION_DAYS = 7;

export interface FlagEvidence {
  sha256: string;
  mediaType: string;
  /** From the photo's EXIF (evidence_files.captured_at); null when the file recorded none. */
  capturedAt: Date | null;
}

export interface FlagEntry {
  id: string;
  employeeId: string;
  workDate: string;
  /** The activity's name, to name the other entry in an overlap. */
  title: string;
  startTime: string | null;
  endTime: string | null;
  creditedMinutes: number;
  status: EntryStatus;
  description: string;
  evidence: readonly FlagEvidence[];
  /**
   * Server − device clock in seconds, measured when the entry was last written by an offline sync
   * push; null or absent when written online.
   */
  clockSkewSeconds?: number | null;
  /**
   * Set when the entry's last write reached the server after its reporting window had closed and
   * was accepted because the device's time (within the skew tolerance) lay inside the window.
   */
  lateOnDeviceTime?: LateOnDeviceTime | null;
  /** The volume and the activity's norma waktu, for MINUTES_MISMATCH; absent: not checked. */
  volume?: number;
  standardMinutes?: number;
}

export interface LateOnDeviceTime {
  /** When the server received the write. */
  receivedAt: Date;
  /** When the entry's reporting window had closed (server clock). */
  windowClosedAt: Date;
  /** The change's time on the device, as it sent it; null when unknown. */
  deviceRecordedAt: Date | null;
}

/** One live entry (anywhere in the agency) that a file is attached to. */
export interface EvidenceUse {
  sha256: string;
  entryId: string;
  employeeId: string;
  workDate: string;
}

/** One of the person's entries around the dates under review, for the repeated-description check. */
export interface DescribedEntry {
  id: string;
  employeeId: string;
  workDate: string;
  description: string;
}

export interface FlagContext {
  targetMinutesOn(date: string): number;
  /** The agency's maxMinutesPerDay in force on the date. */
  maxMinutesOn(date: string): number;
  timeZone: string;
  /** The agency's photoTimeToleranceHours in force on the (work) date. */
  photoTimeToleranceHoursOn(date: string): number;
  /** Every live use of the files attached to the entries being flagged, within the agency. */
  evidenceUses: readonly EvidenceUse[];
  /** The people's live entries from 6 days before the first date to 6 days after the last. */
  descriptionHistory: readonly DescribedEntry[];
  absences: readonly Absence[];
  /** The agency's maxClockSkewMinutes in force on the (work) date; a larger skew flags the entry CLOCK_SKEW. Absent: 15. */
  maxClockSkewMinutesOn?(date: string): number;
}

export interface FlagResult {
  /** Entry id → that entry's own flags (entries without flags are absent). */
  entries: Map<string, Flag[]>;
  /** dayKey(employeeId, date) → flags of the whole day (days without flags are absent). */
  days: Map<string, Flag[]>;
}

export function dayKey(employeeId: string, date: string): string {
  return `${employeeId}|${date}`;
}

export function countsTowardDay(status: EntryStatus): boolean {
  return status === 'submitted' || status === 'approved';
}

const number = new Intl.NumberFormat('id-ID');

/** Flags on a person's day total. `entries` are those that count (see countsTowardDay). */
export function dayTotalFlags(entries: readonly { creditedMinutes: number }[], targetMinutes: number, maxMinutesPerDay: number): Flag[] {
  const total = entries.reduce((s, e) => s + e.creditedMinutes, 0);
  const flags: Flag[] = [];
  if (total > targetMinutes) {
    flags.push({
      code: 'DAY_OVER_TARGET',
      message:
        targetMinutes === 0
          ? `Kegiatan dicatat pada hari tanpa target (hari libur): ${number.format(total)} menit.`
          : `Total ${number.format(total)} menit melebihi target hari ini (${number.format(targetMinutes)} menit).`,
    });
  }
  if (total > MINUTES_PER_DAY) {
    flags.push({ code: 'DAY_OVER_24H', message: `Total ${number.format(total)} menit melebihi 24 jam dalam sehari.` });
  } else if (total > maxMinutesPerDay) {
    flags.push({ code: 'DAY_OVER_CAP', message: `Total ${number.format(total)} menit melebihi batas instansi ${number.format(maxMinutesPerDay)} menit per hari.` });
  }
  return flags;
}

/** Entry id → an overlap flag naming every entry of the same day it clashes with. */
export function overlapFlags(dayEntries: readonly FlagEntry[]): Map<string, Flag> {
  const timed = dayEntries.filter((e) => countsTowardDay(e.status));
  const byId = new Map(timed.map((e) => [e.id, e]));
  const clashes = new Map<string, string[]>();
  const add = (a: string, b: string) => clashes.set(a, [...(clashes.get(a) ?? []), b]);
  for (const pair of findOverlaps(timed.map((e) => ({ id: e.id, ...(e.startTime ? { startTime: e.startTime } : {}), ...(e.endTime ? { endTime: e.endTime } : {}) })))) {
    add(pair.first, pair.second);
    add(pair.second, pair.first);
  }
  const out = new Map<string, Flag>();
  for (const [id, others] of clashes) {
    const self = byId.get(id)!;
    const list = others.map((o) => byId.get(o)!).map((o) => `'${o.title}' ${o.startTime}–${o.endTime}`);
    out.set(id, { code: 'TIME_OVERLAP', message: `Waktu ${self.startTime}–${self.endTime} bertabrakan dengan ${joinId(list)}.` });
  }
  return out;
}

/** The same file attached elsewhere: on another day by the same person, or by someone else. */
export function evidenceReuseFlags(entry: FlagEntry, uses: readonly EvidenceUse[]): Flag[] {
  const mine = new Set(entry.evidence.map((e) => e.sha256));
  const others = uses.filter((u) => mine.has(u.sha256) && u.entryId !== entry.id);
  const flags: Flag[] = [];
  const otherDays = [...new Set(others.filter((u) => u.employeeId === entry.employeeId && u.workDate !== entry.workDate).map((u) => u.workDate))].sort();
  if (otherDays.length > 0) {
    const shown = otherDays.slice(0, 3).map(formatDateId);
    const more = otherDays.length - shown.length;
    flags.push({
      code: 'EVIDENCE_OTHER_DAY',
      message: `Berkas bukti yang sama juga dipakai pada ${joinId(more > 0 ? [...shown, `${more} tanggal lain`] : shown)}.`,
    });
  }
  const otherPeople = new Set(others.filter((u) => u.employeeId !== entry.employeeId).map((u) => u.employeeId));
  if (otherPeople.size > 0) {
    flags.push({ code: 'EVIDENCE_OTHER_PERSON', message: `Berkas bukti yang sama juga dilampirkan oleh ${otherPeople.size} pegawai lain.` });
  }
  return flags;
}

/** Hours between an instant and the local day [00:00, 24:00) of `date`; 0 inside the day. */
export function hoursOutsideDay(instant: Date, date: string, timeZone: string): number {
  const start = startOfLocalDay(date, timeZone).getTime();
  const end = endOfLocalDay(date, timeZone).getTime() + 1;
  const t = instant.getTime();
  const ms = t < start ? start - t : t >= end ? t - end : 0;
  return ms / 3_600_000;
}

/** A photo recorded (EXIF) further than the tolerance from the entry's date; the farthest one is named. */
export function photoTimeFlag(entry: FlagEntry, timeZone: string, toleranceHours: number): Flag | undefined {
  let worst: { at: Date; hours: number } | undefined;
  for (const e of entry.evidence) {
    if (!e.mediaType.startsWith('image/') || !e.capturedAt || Number.isNaN(e.capturedAt.getTime())) continue;
    const hours = hoursOutsideDay(e.capturedAt, entry.workDate, timeZone);
    if (hours > toleranceHours && (!worst || hours > worst.hours)) worst = { at: e.capturedAt, hours };
  }
  if (!worst) return undefined;
  const distance = worst.hours >= 48 ? `${Math.round(worst.hours / 24)} hari` : `${Math.round(worst.hours)} jam`;
  return {
    code: 'PHOTO_TIME_FAR',
    message: `Foto bukti diambil ${formatInstantId(worst.at, timeZone)}, sekitar ${distance} di luar tanggal kegiatan (${formatDateId(entry.workDate)}).`,
  };
}

/** Case, surrounding and repeated whitespace do not make a pasted text different. */
export function normaliseDescription(description: string): string {
  return description.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Entry id → the largest number of identical (normalised, non-empty) descriptions by the same
 * person inside a window of REPEATED_DESCRIPTION_DAYS consecutive days that contains the entry's
 * date, for entries where that number reaches REPEATED_DESCRIPTION_MIN.
 */
export function repeatedDescriptionCounts(history: readonly DescribedEntry[]): Map<string, number> {
  const groups = new Map<string, { id: string; day: number }[]>();
  for (const e of history) {
    const text = normaliseDescription(e.description);
    if (!text) continue;
    const key = `${e.employeeId}\u0000${text}`;
    const list = groups.get(key) ?? [];
    list.push({ id: e.id, day: toDayNumber(e.workDate) });
    groups.set(key, list);
  }
  const out = new Map<string, number>();
  const span = REPEATED_DESCRIPTION_DAYS - 1;
  for (const list of groups.values()) {
    if (list.length < REPEATED_DESCRIPTION_MIN) continue;
    list.sort((a, b) => a.day - b.day);
    // A best window can always start on one of the dates, so try each date as a window start.
    let end = 0;
    for (let start = 0; start < list.length; start++) {
      if (end < start) end = start;
      while (end + 1 < list.length && list[end + 1]!.day - list[start]!.day <= span) end++;
      const count = end - start + 1;
      if (count < REPEATED_DESCRIPTION_MIN) continue;
      for (let k = start; k <= end; k++) {
        const id = list[k]!.id;
        out.set(id, Math.max(out.get(id) ?? 0, count));
      }
    }
  }
  return out;
}

export function repeatedDescriptionFlag(count: number): Flag {
  return { code: 'DESCRIPTION_REPEATED', message: `Uraian yang sama dipakai ${count} kali dalam ${REPEATED_DESCRIPTION_DAYS} hari.` };
}

/**
 * The phone's clock was off by more than the agency tolerates when the entry was synchronised: its
 * deadline was judged by the server's receipt time, and the supervisor should know why.
 */
export function clockSkewFlag(skewSeconds: number | null | undefined, maxClockSkewMinutes: number): Flag | undefined {
  if (skewSeconds === null || skewSeconds === undefined || Math.abs(skewSeconds) <= maxClockSkewMinutes * 60) return undefined;
  const minutes = Math.round(Math.abs(skewSeconds) / 60);
  const amount = minutes >= 48 * 60 ? `${Math.round(minutes / 1440)} hari` : minutes >= 120 ? `${Math.round(minutes / 60)} jam` : `${number.format(minutes)} menit`;
  const direction = skewSeconds > 0 ? 'terlambat' : 'terlalu cepat';
  return {
    code: 'CLOCK_SKEW',
    message: `Jam perangkat pegawai ${direction} sekitar ${amount} saat kegiatan dikirim dari mode luring; batas waktu dihitung dari waktu diterima server.`,
  };
}

/**
 * Accepted after its window on the device's word: the phone says the entry was made in time, the
 * server received it after the window closed. Honest phones offline for days do this; so does a
 * phone whose clock was set back. The supervisor sees how late it arrived and decides.
 */
export function lateOnDeviceTimeFlag(late: LateOnDeviceTime | null | undefined, timeZone: string): Flag | undefined {
  if (!late) return undefined;
  const hours = (late.receivedAt.getTime() - late.windowClosedAt.getTime()) / 3_600_000;
  if (!(hours > 0)) return undefined;
  const amount = hours >= 48 ? `${Math.round(hours / 24)} hari` : hours >= 1 ? `${Math.round(hours)} jam` : `${Math.max(1, Math.round(hours * 60))} menit`;
  const device = late.deviceRecordedAt && !Number.isNaN(late.deviceRecordedAt.getTime()) ? ` (${formatInstantId(late.deviceRecordedAt, timeZone)})` : '';
  return {
    code: 'LATE_ON_DEVICE_TIME',
    message:
      `Diterima server ${formatInstantId(late.receivedAt, timeZone)}, ${amount} setelah batas pengisian ditutup (${formatInstantId(late.windowClosedAt, timeZone)}); ` +
      `diterima karena waktu pencatatan di perangkat${device} masih dalam batas.`,
  };
}

/** Volume × norma waktu far from the entry's own start and end (core's minutesMismatch). */
export function minutesMismatchFlag(entry: FlagEntry): Flag | undefined {
  if (entry.volume === undefined || entry.standardMinutes === undefined || !entry.startTime || !entry.endTime) return undefined;
  const found = minutesMismatch({ startTime: entry.startTime, endTime: entry.endTime, volume: entry.volume }, { standardMinutes: entry.standardMinutes });
  if (!found) return undefined;
  return {
    code: 'MINUTES_MISMATCH',
    message:
      `Volume × norma waktu ${number.format(found.normMinutes)} menit, jauh dari jam ${entry.startTime}–${entry.endTime} (${number.format(found.spanMinutes)} menit); ` +
      `dihitung ${number.format(entry.creditedMinutes)} menit.`,
  };
}

export function absenceFlag(absence: Absence): Flag {
  return { code: 'ABSENT_DAY', message: `Pegawai tercatat ${absence.label} pada tanggal ini, tetapi mencatat kegiatan.` };
}

/**
 * Flags for a set of entries. Pass every counted entry of the person-days under review (not only
 * the pending ones), so totals and overlaps see the whole day; entry flags are computed for every
 * entry passed.
 */
export function flagEntries(entries: readonly FlagEntry[], ctx: FlagContext): FlagResult {
  const result: FlagResult = { entries: new Map(), days: new Map() };
  const addEntry = (id: string, f: Flag) => result.entries.set(id, [...(result.entries.get(id) ?? []), f]);
  const addDay = (key: string, f: Flag) => result.days.set(key, [...(result.days.get(key) ?? []), f]);

  const byDay = new Map<string, FlagEntry[]>();
  for (const e of entries) {
    const key = dayKey(e.employeeId, e.workDate);
    byDay.set(key, [...(byDay.get(key) ?? []), e]);
  }
  const absences = new Map(ctx.absences.map((a) => [dayKey(a.employeeId, a.date), a]));
  for (const [key, list] of byDay) {
    const { employeeId, workDate } = list[0]!;
    const absence = absences.get(dayKey(employeeId, workDate));
    if (absence) addDay(key, absenceFlag(absence));
    for (const f of dayTotalFlags(list.filter((e) => countsTowardDay(e.status)), ctx.targetMinutesOn(workDate), ctx.maxMinutesOn(workDate))) addDay(key, f);
    for (const [id, f] of overlapFlags(list)) addEntry(id, f);
  }

  const repeated = repeatedDescriptionCounts(ctx.descriptionHistory);
  for (const e of entries) {
    for (const f of evidenceReuseFlags(e, ctx.evidenceUses)) addEntry(e.id, f);
    const photo = photoTimeFlag(e, ctx.timeZone, ctx.photoTimeToleranceHoursOn(e.workDate));
    if (photo) addEntry(e.id, photo);
    const count = repeated.get(e.id);
    if (count !== undefined) addEntry(e.id, repeatedDescriptionFlag(count));
    const skew = clockSkewFlag(e.clockSkewSeconds, ctx.maxClockSkewMinutesOn?.(e.workDate) ?? 15);
    if (skew) addEntry(e.id, skew);
    const late = lateOnDeviceTimeFlag(e.lateOnDeviceTime, ctx.timeZone);
    if (late) addEntry(e.id, late);
    const mismatch = minutesMismatchFlag(e);
    if (mismatch) addEntry(e.id, mismatch);
  }
  return result;
}

/** Whether an entry has a flag of its own or lies on a flagged day. */
export function isFlagged(result: FlagResult, entry: { id: string; employeeId: string; workDate: string }): boolean {
  return result.entries.has(entry.id) || result.days.has(dayKey(entry.employeeId, entry.workDate));
}

/** "a", "a dan b", "a, b dan c". */
function joinId(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}
