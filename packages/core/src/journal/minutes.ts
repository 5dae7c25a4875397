/**
 * Credited minutes of journal entries, per-entry validation, overlaps and the day's total.
 *
 * Times are agency-local wall-clock 'HH:MM' on the entry's work date. An entry may not cross
 * midnight: work from 22:00 to 02:00 is two entries (22:00–23:59 on one date and 00:00–02:00 on
 * the next), because each calendar day has its own target, deadline and approval. 23:59 is the
 * latest end time, so such an entry loses its last minute; that is accepted for a simpler rule.
 */
import { MINUTES_PER_DAY, type CreditMode } from './settings.js';

export interface EntryTiming {
  startTime?: string; // 'HH:MM'
  endTime?: string; // 'HH:MM'
  durationMinutes?: number;
  /** Output quantity (e.g. 3 dokumen). Decimals are allowed (0.5 laporan). */
  volume: number;
}

export interface ActivityNorm {
  /** Norma waktu: standard minutes per unit of output. */
  standardMinutes: number;
}

export const MAX_VOLUME = 1000;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' (00:00–23:59) → minutes after midnight, or undefined when malformed. */
export function parseTime(hhmm: string | undefined): number | undefined {
  if (typeof hhmm !== 'string') return undefined;
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Minutes between valid start and end times on the same day, else undefined. */
function rangeMinutes(entry: Pick<EntryTiming, 'startTime' | 'endTime'>): number | undefined {
  const s = parseTime(entry.startTime);
  const e = parseTime(entry.endTime);
  return s !== undefined && e !== undefined && e > s ? e - s : undefined;
}

/**
 * Minutes an entry earns. Never negative and never NaN: malformed input earns 0 here and is
 * reported by validateEntry, so a summary over unvalidated offline data cannot go wrong.
 * - standard_minutes: norma waktu × volume (normMinutes), but never more than the time between a
 *   valid start and end when both are given: 13:00–13:30 earns at most 30 minutes, whatever the norm.
 * - time_range: end − start, or durationMinutes when no valid time range is given.
 * Either way an entry with both times never earns more than their span.
 */
export function creditedMinutes(entry: EntryTiming, settings: { creditMode: CreditMode }, activity: ActivityNorm): number {
  const range = rangeMinutes(entry);
  if (settings.creditMode === 'time_range') {
    if (range !== undefined) return range;
    const d = entry.durationMinutes;
    return typeof d === 'number' && Number.isFinite(d) && d > 0 ? Math.round(d) : 0;
  }
  const norm = normMinutes(entry, activity);
  return range === undefined ? norm : Math.min(norm, range);
}

/** Norma waktu × volume, rounded half up to whole minutes; 0 for anything not a positive finite number. */
export function normMinutes(entry: Pick<EntryTiming, 'volume'>, activity: ActivityNorm): number {
  const { standardMinutes } = activity;
  const { volume } = entry;
  if (!Number.isFinite(standardMinutes) || !Number.isFinite(volume) || standardMinutes <= 0 || volume <= 0) return 0;
  // toPrecision absorbs binary noise before rounding: 15 × 4.1 is 61.49999999999999 in floating
  // point, but the employee sees 61.5 and expects 62.
  return Math.round(Number((standardMinutes * volume).toPrecision(12)));
}

/** A norm figure at least this many minutes from the span … */
export const MINUTES_MISMATCH_MIN = 15;

export interface MinutesMismatch {
  /** Norma waktu × volume. */
  normMinutes: number;
  /** End − start. */
  spanMinutes: number;
}

/**
 * The volume × norma waktu figure far from the entry's own times: more than half the span away and
 * at least MINUTES_MISMATCH_MIN minutes (a 60-minute meeting logged 13:00–13:30, or 0.5 of it logged
 * 13:00–15:00). Flagged for the supervisor (MINUTES_MISMATCH); undefined without both times.
 */
export function minutesMismatch(entry: EntryTiming, activity: ActivityNorm): MinutesMismatch | undefined {
  const span = rangeMinutes(entry);
  const norm = normMinutes(entry, activity);
  if (span === undefined || norm === 0) return undefined;
  const gap = Math.abs(norm - span);
  return gap >= MINUTES_MISMATCH_MIN && gap > span / 2 ? { normMinutes: norm, spanMinutes: span } : undefined;
}

export interface EntryIssue {
  field: 'startTime' | 'endTime' | 'durationMinutes' | 'volume';
  message: string;
}

/**
 * Validates one entry. In time_range mode an entry needs either both times or a duration.
 * Returns an empty list when the entry is valid.
 */
export function validateEntry(entry: EntryTiming, settings: { creditMode: CreditMode }): EntryIssue[] {
  const issues: EntryIssue[] = [];
  const hasStart = entry.startTime !== undefined && entry.startTime !== '';
  const hasEnd = entry.endTime !== undefined && entry.endTime !== '';
  const start = parseTime(entry.startTime);
  const end = parseTime(entry.endTime);
  if (hasStart && start === undefined) {
    issues.push({ field: 'startTime', message: 'Jam mulai harus berformat JJ:MM antara 00:00 dan 23:59.' });
  }
  if (hasEnd && end === undefined) {
    issues.push({ field: 'endTime', message: 'Jam selesai harus berformat JJ:MM antara 00:00 dan 23:59.' });
  }
  if (hasStart !== hasEnd) {
    issues.push({ field: hasStart ? 'endTime' : 'startTime', message: 'Jam mulai dan jam selesai harus diisi keduanya, atau dikosongkan keduanya.' });
  }
  if (start !== undefined && end !== undefined) {
    if (end === start) {
      issues.push({ field: 'endTime', message: 'Jam selesai harus setelah jam mulai.' });
    } else if (end < start) {
      issues.push({
        field: 'endTime',
        message: 'Jam selesai harus setelah jam mulai. Kegiatan yang melewati tengah malam dicatat sebagai dua kegiatan: sampai 23:59, lalu mulai 00:00 pada tanggal berikutnya.',
      });
    }
  }
  const d = entry.durationMinutes;
  if (d !== undefined) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > MINUTES_PER_DAY) {
      issues.push({ field: 'durationMinutes', message: `Durasi harus bilangan bulat antara 1 dan ${MINUTES_PER_DAY} menit.` });
    } else if (start !== undefined && end !== undefined && end > start && d !== end - start) {
      issues.push({ field: 'durationMinutes', message: `Durasi ${d} menit tidak sama dengan selisih jam mulai dan jam selesai (${end - start} menit).` });
    }
  }
  if (settings.creditMode === 'time_range' && !hasStart && !hasEnd && d === undefined) {
    issues.push({ field: 'startTime', message: 'Isi jam mulai dan jam selesai, atau durasi kegiatan.' });
  }
  const v = entry.volume;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > MAX_VOLUME) {
    issues.push({ field: 'volume', message: `Volume harus lebih dari 0 dan paling banyak ${MAX_VOLUME}.` });
  }
  return issues;
}

export interface TimedEntry {
  id: string;
  startTime?: string;
  endTime?: string;
}

export interface OverlapPair {
  /** The entry that starts first (on a tie, the one listed first). */
  first: string;
  second: string;
}

/**
 * Pairs of entries whose time ranges overlap. Ranges are half-open [start, end), so 09:00–10:00
 * and 10:00–11:00 only touch and do not overlap. Entries without a valid range (duration-only,
 * malformed, end ≤ start) have no place on the clock and are skipped.
 * Pairs come out ordered by the first entry's start, then the second's.
 */
export function findOverlaps(entries: readonly TimedEntry[]): OverlapPair[] {
  const timed = entries
    .map((e, index) => ({ id: e.id, index, start: parseTime(e.startTime), end: parseTime(e.endTime) }))
    .filter((e): e is { id: string; index: number; start: number; end: number } => e.start !== undefined && e.end !== undefined && e.end > e.start)
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const pairs: OverlapPair[] = [];
  // Sweep: every later entry that starts before this one ends overlaps it (it cannot start earlier).
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i]!;
    for (let j = i + 1; j < timed.length && timed[j]!.start < a.end; j++) {
      pairs.push({ first: a.id, second: timed[j]!.id });
    }
  }
  return pairs;
}

export interface LabelledEntry extends TimedEntry {
  title: string;
}

/**
 * The message for a new or edited entry that overlaps entries already on that day, or undefined.
 * An existing entry with the candidate's id is the candidate's own old version and is ignored.
 * e.g. "Waktu 09:00–10:30 bertabrakan dengan 'Rapat koordinasi' 10:00–11:00."
 */
export function overlapMessage(candidate: TimedEntry, existing: readonly LabelledEntry[]): string | undefined {
  const s = parseTime(candidate.startTime);
  const e = parseTime(candidate.endTime);
  if (s === undefined || e === undefined || e <= s) return undefined;
  const clashes = existing.filter((x) => {
    if (x.id === candidate.id) return false;
    const xs = parseTime(x.startTime);
    const xe = parseTime(x.endTime);
    return xs !== undefined && xe !== undefined && xe > xs && xs < e && s < xe;
  });
  if (clashes.length === 0) return undefined;
  clashes.sort((a, b) => parseTime(a.startTime)! - parseTime(b.startTime)!);
  const list = clashes.map((x) => `'${x.title}' ${x.startTime}–${x.endTime}`);
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} dan ${list[list.length - 1]}`;
  return `Waktu ${candidate.startTime}–${candidate.endTime} bertabrakan dengan ${joined}.`;
}

export interface DaySummary {
  creditedMinutes: number;
  targetMinutes: number;
  /** Minutes still missing to reach the target; 0 once reached. */
  remainingMinutes: number;
  /** Strictly more than the target. */
  overTarget: boolean;
  /** More than 24 hours: impossible, always a data error. */
  over24h: boolean;
  /** More than the agency's maxMinutesPerDay: flagged for the supervisor. */
  overDailyCap: boolean;
}

/**
 * Totals a day. The caller passes the entries that count (rejected entries are final and should
 * be left out), each with its credited minutes from creditedMinutes().
 */
export function daySummary(
  entries: readonly { creditedMinutes: number }[],
  targetMinutes: number,
  maxMinutesPerDay: number = MINUTES_PER_DAY,
): DaySummary {
  const credited = entries.reduce((sum, e) => sum + e.creditedMinutes, 0);
  return {
    creditedMinutes: credited,
    targetMinutes,
    remainingMinutes: Math.max(0, targetMinutes - credited),
    overTarget: credited > targetMinutes,
    over24h: credited > MINUTES_PER_DAY,
    overDailyCap: credited > maxMinutesPerDay,
  };
}
