/**
 * An agency's own discipline table and leave catalogue, as data it stores (issue 18 item 6).
 *
 * - Tables: the agency picks one of the shipped examples (Tulang Bawang, TTU, Kementan; DOMAIN.md
 *   §3.3) or edits its own edges and amounts. A table is in force from the first day of a month
 *   until the next version's month (a later Perkada changes the table from a month on, never the
 *   months before it); before any version the Kementan table applies. One month has one table, so
 *   a month's days, its cap and its base agree.
 * - Leave catalogue: each type says how a day of it counts (present, absent but excused, non-TPP).
 *   An agency with no stored catalogue uses DEFAULT_LEAVE_TYPES. A type someone has asked for
 *   cannot be removed (its days must still be judged); it is switched off instead, so nobody asks
 *   for it again.
 */
import { assertIsoDate } from '../calendar/days.js';
import { DEFAULT_LEAVE_TYPES, type AttendanceLeaveType, type LeaveCounting } from './leave.js';
import type { AttendanceRules } from './rules.js';
import { KEMENTAN_RULES } from './tables/kementan.js';
import { TTU_RULES } from './tables/ttu.js';
import { TULANG_BAWANG_RULES } from './tables/tulang-bawang.js';

/** The shipped tables an agency starts from. */
export const SHIPPED_ATTENDANCE_RULES: readonly AttendanceRules[] = [TULANG_BAWANG_RULES, TTU_RULES, KEMENTAN_RULES];

/** The table of an agency that never chose one. */
export const DEFAULT_ATTENDANCE_RULES: AttendanceRules = KEMENTAN_RULES;

/** A stored table, in force from `from` (the first day of a month, yyyy-mm-01). */
export interface AttendanceRulesVersion {
  from: string;
  rules: AttendanceRules;
}

/**
 * The table in force on `date`: the version with the latest `from` on or before it; none: the
 * fallback (DEFAULT_ATTENDANCE_RULES). Versions in any order.
 */
export function rulesInForce(versions: readonly AttendanceRulesVersion[], date: string, fallback: AttendanceRules = DEFAULT_ATTENDANCE_RULES): AttendanceRules {
  assertIsoDate(date, 'Tanggal');
  let best: AttendanceRulesVersion | null = null;
  for (const v of versions) if (v.from <= date && (best === null || v.from > best.from)) best = v;
  return best ? best.rules : fallback;
}

/** A function date → table for the daily status (core's attendanceDays accepts it as `rules`). */
export function rulesByDate(versions: readonly AttendanceRulesVersion[], fallback: AttendanceRules = DEFAULT_ATTENDANCE_RULES): (date: string) => AttendanceRules {
  if (versions.length === 0) return () => fallback;
  const sorted = [...versions].sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  return (date) => sorted.find((v) => v.from <= date)?.rules ?? fallback;
}

/** Why a version's month is not usable: it must be a month's first day. */
export function versionStartProblems(from: string): string[] {
  return /^\d{4}-(0[1-9]|1[0-2])-01$/.test(from) ? [] : ['Tabel berlaku mulai tanggal 1 suatu bulan'];
}

export const LEAVE_CODE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const COUNTINGS: readonly LeaveCounting[] = ['present', 'absent_excused', 'non_tpp'];

/** A catalogue entry as stored: switched off types stay for the days already asked for. */
export interface AgencyLeaveType extends AttendanceLeaveType {
  active: boolean;
}

/** The catalogue of an agency that never stored one. */
export const DEFAULT_AGENCY_LEAVE_TYPES: readonly AgencyLeaveType[] = DEFAULT_LEAVE_TYPES.map((t) => ({ ...t, active: true }));

/**
 * Why a catalogue cannot be stored, or []: at least one active type, codes of lowercase letters,
 * digits and `_` (40 at most) each once, a name of 1–100 characters, a known way of counting; and
 * every code in `inUse` (asked for at least once) still listed.
 */
export function leaveTypesProblems(types: readonly AgencyLeaveType[], inUse: readonly string[] = []): string[] {
  const out: string[] = [];
  if (!types.some((t) => t.active)) out.push('Minimal satu jenis cuti/izin aktif');
  const seen = new Set<string>();
  for (const t of types) {
    if (!LEAVE_CODE_PATTERN.test(t.code)) out.push(`Kode "${t.code}": huruf kecil, angka, atau _ (maks. 40), diawali huruf`);
    else if (seen.has(t.code)) out.push(`Kode "${t.code}" ganda`);
    seen.add(t.code);
    const name = t.name.trim();
    if (name.length === 0 || name.length > 100) out.push(`Nama jenis "${t.code}": 1–100 karakter`);
    if (!COUNTINGS.includes(t.counts)) out.push(`Jenis "${t.code}": cara hitung tidak dikenal`);
  }
  for (const code of inUse) {
    if (!seen.has(code)) out.push(`Jenis "${code}" sudah pernah diajukan; nonaktifkan, jangan dihapus`);
  }
  return out;
}
