/**
 * An agency's discipline rules for attendance (DOMAIN.md §3.3): the lateness (TL) and early
 * departure (PSW) bands with their edges and deductions, what a missing scan, a day of TK and a
 * missed apel cost, the monthly cap, and how many minutes of lateness make a day of TK.
 *
 * All of it is data: regions copy different central tables (Kementan, Kemenkeu) or write their own
 * (Tulang Bawang, TTU). Percentages are of `base` — which component the TPP engine applies them
 * to. A null amount means the source does not give it; it counts as 0 here and the agency must
 * fill it in before TPP is paid from it.
 */

export type LateCode = 'TL1' | 'TL2' | 'TL3' | 'TL4';
export type EarlyCode = 'PSW1' | 'PSW2' | 'PSW3' | 'PSW4';
export const LATE_CODES: readonly LateCode[] = ['TL1', 'TL2', 'TL3', 'TL4'];
export const EARLY_CODES: readonly EarlyCode[] = ['PSW1', 'PSW2', 'PSW3', 'PSW4'];

/** Minutes `from` to `to`, both inclusive; `to` null: no upper edge (the last band). */
export interface Band<C extends string> {
  code: C;
  from: number;
  to: number | null;
  percent: number;
}

export interface BandTable<C extends string> {
  /** Contiguous from 1 minute, ascending, the last one open-ended. */
  bands: readonly Band<C>[];
  /** The band of a day without the scan (no arrival / no departure record). */
  noRecord: { code: C; percent: number };
}

export interface AttendanceRules {
  id: string;
  name: string;
  /** Where the table comes from: regulation, repository and file. */
  source: string;
  /** What the percentages are of: the discipline component of TPP, or the whole TPP/tukin. */
  base: 'disiplin' | 'tpp';
  late: BandTable<LateCode>;
  early: BandTable<EarlyCode>;
  /** Per required intermediate check point not scanned (TTU: masuk istirahat). */
  missingCheckPointPercent: number | null;
  /** Per day of TK (absent without excuse). */
  tkPercentPerDay: number | null;
  /** Per missed apel or ceremony (an event, judged by the apel rules, not the day's status). */
  apelAbsencePercent: number | null;
  /** Monthly deductions from attendance are capped at this (TTU, Kemenkeu: 100). */
  monthlyCapPercent: number | null;
  /** Lateness and early departure accumulate: this many minutes are one day of TK (7.5 h = 450). */
  minutesPerTkDay: number;
  /**
   * Minutes a missing arrival or departure scan adds to that accumulation. The sources do not say;
   * 0 counts only measured minutes (the missing scan is still the TL4/PSW4 band).
   */
  noRecordMinutes: number;
  /** What an administrator should know (assumptions, what the source leaves open). */
  notes?: string;
}

/** PP 53/2010 penjelasan Pasal 3 angka 11, kept in PP 94/2021 practice: 7.5 hours = 1 day. */
export const MINUTES_PER_TK_DAY = 450;

/** The band for `minutes` late or early (>= 1), or null for 0 (on time). */
export function bandFor<C extends string>(table: BandTable<C>, minutes: number): Band<C> | null {
  if (minutes <= 0) return null;
  for (const b of table.bands) {
    if (minutes >= b.from && (b.to === null || minutes <= b.to)) return b;
  }
  // Unreachable for a table that passes bandTableProblems.
  throw new RangeError(`Tidak ada rentang untuk ${minutes} menit.`);
}

/** Why a band table cannot be used, or []. */
export function bandTableProblems<C extends string>(table: BandTable<C>, what: string): string[] {
  const out: string[] = [];
  const bands = table.bands;
  if (bands.length === 0) out.push(`${what}: minimal satu rentang`);
  let expected = 1;
  bands.forEach((b, i) => {
    if (!Number.isInteger(b.from) || b.from !== expected) out.push(`${what} ${b.code}: harus mulai menit ke-${expected}`);
    const last = i === bands.length - 1;
    if (last && b.to !== null) out.push(`${what} ${b.code}: rentang terakhir tanpa batas atas`);
    if (!last && (b.to === null || !Number.isInteger(b.to) || b.to < b.from)) out.push(`${what} ${b.code}: batas atas harus bilangan bulat >= batas bawah`);
    if (!(b.percent >= 0 && b.percent <= 100)) out.push(`${what} ${b.code}: persen 0–100`);
    if (i > 0 && b.percent < bands[i - 1]!.percent) out.push(`${what} ${b.code}: persen tidak boleh turun`);
    expected = (b.to ?? expected) + 1;
  });
  if (new Set(bands.map((b) => b.code)).size !== bands.length) out.push(`${what}: kode rentang ganda`);
  if (!(table.noRecord.percent >= 0 && table.noRecord.percent <= 100)) out.push(`${what}: persen tanpa rekaman 0–100`);
  return out;
}

/** Why a set of rules cannot be used, or []. */
export function attendanceRulesProblems(r: AttendanceRules): string[] {
  const out = [...bandTableProblems(r.late, 'Terlambat'), ...bandTableProblems(r.early, 'Pulang sebelum waktunya')];
  const pct = (v: number | null, what: string) => {
    if (v !== null && !(v >= 0 && v <= 100)) out.push(`${what}: persen 0–100`);
  };
  pct(r.missingCheckPointPercent, 'Titik presensi terlewat');
  pct(r.tkPercentPerDay, 'TK per hari');
  pct(r.apelAbsencePercent, 'Tidak apel');
  if (r.monthlyCapPercent !== null && !(r.monthlyCapPercent > 0 && r.monthlyCapPercent <= 100)) out.push('Batas potongan bulanan: 0–100');
  if (!(Number.isInteger(r.minutesPerTkDay) && r.minutesPerTkDay > 0)) out.push('Menit per hari TK harus bilangan bulat positif');
  if (!(Number.isInteger(r.noRecordMinutes) && r.noRecordMinutes >= 0)) out.push('Menit untuk presensi tanpa rekaman harus bilangan bulat >= 0');
  return out;
}
