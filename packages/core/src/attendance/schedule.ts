/**
 * Working schedules as data (DOMAIN.md §5.3, §8): which shift, if any, an employee is expected to
 * work on a date, with its breaks and the check points a machine or phone must see, read on the
 * wall clock of the schedule's zone (WIB/WITA/WIT).
 *
 * A shift is described in minutes from the midnight of the day it starts on, so a night shift
 * 21:00–07:00 is start 1260, end 1860: it belongs to the day it starts, and its punches the next
 * morning are still its own. A schedule is a weekly pattern (office hours, Ramadan hours, the
 * six-day legacy week), a rotation from an anchor date (hospital and fire-service shifts), or a
 * roster of dates (a ward's monthly roster).
 *
 * Which schedule applies is decided by assignments, effective-dated, per agency, unit or employee:
 * the most specific scope in force wins (employee, then the employee's own unit, then each parent
 * unit, then the agency); within one scope a bounded assignment (Ramadan: from and to) beats an
 * open-ended one, then the later start wins.
 */
import { addDays, assertIsoDate, isSupportedDate, toDayNumber, weekdayOf, WEEKDAY_KEYS, type WeekdayKey } from '../calendar/days.js';
import type { Holiday } from '../calendar/working-days.js';
import { formatClock, parseClock, type IndonesianZone } from './clock.js';

/** Minutes in a day (Indonesian zones have no DST, so every day has them all). */
const MINUTES_PER_DAY = 1440;

export type CheckPointKind = 'masuk' | 'istirahat_keluar' | 'istirahat_masuk' | 'pulang';

/** Times in minutes from the midnight of the shift's start day (may exceed 1440 after midnight). */
export interface TimeRange {
  start: number;
  end: number;
}

/**
 * A moment the employee must scan, and the window in which a scan counts for it: [opens, closes).
 * Arrival (masuk) is judged late against `at`; departure (pulang) early against `at`; the others
 * are scanned or missing.
 */
export interface CheckPoint {
  kind: CheckPointKind;
  at: number;
  opens: number;
  closes: number;
}

export interface ShiftTemplate {
  /** Short code shown in the calendar: 'K' (kantor), 'P', 'S', 'M', 'J' (jaga). */
  code: string;
  name: string;
  start: number;
  end: number;
  breaks: readonly TimeRange[];
  /** Sorted by `opens`, windows disjoint; always a masuk at `start` and a pulang at `end`. */
  checkPoints: readonly CheckPoint[];
}

export type WorkPattern =
  /** A weekday without a shift is a day off. */
  | { kind: 'weekly'; days: Readonly<Partial<Record<WeekdayKey, ShiftTemplate>>> }
  /** Day `anchor + i` works `cycle[i mod cycle.length]`; null is a day off. */
  | { kind: 'rotation'; anchor: string; cycle: readonly (ShiftTemplate | null)[] }
  /** Explicit dates; a date not listed is a day off. */
  | { kind: 'roster'; days: Readonly<Record<string, ShiftTemplate | null>> };

export interface WorkSchedule {
  id: string;
  name: string;
  timeZone: IndonesianZone;
  /** Office schedules stop on national holidays and cuti bersama; hospital wards and fire stations do not. */
  observesHolidays: boolean;
  pattern: WorkPattern;
}

/** How long the masuk window stays open before the start, and the pulang window after the end. */
export const DEFAULT_SCAN_MARGIN_MINUTES = { beforeStart: 120, afterEnd: 240 } as const;

export interface ShiftSpec {
  code: string;
  name: string;
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM'; at or before the start means the next day (a night shift; equal: a 24-hour shift). */
  end: string;
  breaks?: readonly (readonly [string, string])[];
  /** Require a scan when the break ends (TTU's "masuk istirahat"); the break must exist. */
  scanAfterBreak?: boolean;
  /** Minutes the arrival window opens before the start (default 120). */
  opensBefore?: number;
  /** Minutes the departure window stays open after the end (default 240). */
  closesAfter?: number;
}

/**
 * A shift from wall-clock times, with the usual windows: masuk from `opensBefore` before the start
 * up to the middle of the shift, pulang from there until `closesAfter` after the end. With
 * `scanAfterBreak`, masuk closes when the first break starts, the break-end scan is open from then
 * until 60 minutes after the break, and pulang opens after that.
 */
export function shift(spec: ShiftSpec): ShiftTemplate {
  const start = parseClock(spec.start);
  let end = parseClock(spec.end);
  if (end <= start) end += MINUTES_PER_DAY;
  const onShiftDay = (t: string) => {
    const m = parseClock(t);
    return m < start ? m + MINUTES_PER_DAY : m;
  };
  const breaks = (spec.breaks ?? []).map(([s, e]) => {
    const bs = onShiftDay(s);
    let be = onShiftDay(e);
    if (be < bs) be += MINUTES_PER_DAY;
    return { start: bs, end: be };
  });
  const opens = start - (spec.opensBefore ?? DEFAULT_SCAN_MARGIN_MINUTES.beforeStart);
  const closes = end + (spec.closesAfter ?? DEFAULT_SCAN_MARGIN_MINUTES.afterEnd);
  const middle = start + Math.floor((end - start) / 2);
  let checkPoints: CheckPoint[];
  if (spec.scanAfterBreak) {
    const b = breaks[0];
    if (!b) throw new RangeError(`Shift ${spec.code}: scan setelah istirahat membutuhkan jam istirahat.`);
    checkPoints = [
      { kind: 'masuk', at: start, opens, closes: b.start },
      { kind: 'istirahat_masuk', at: b.end, opens: b.start, closes: b.end + 60 },
      { kind: 'pulang', at: end, opens: b.end + 60, closes },
    ];
  } else {
    checkPoints = [
      { kind: 'masuk', at: start, opens, closes: middle },
      { kind: 'pulang', at: end, opens: middle, closes },
    ];
  }
  const t: ShiftTemplate = { code: spec.code, name: spec.name, start, end, breaks, checkPoints };
  const problems = shiftProblems(t);
  if (problems.length) throw new RangeError(`Shift ${spec.code} tidak valid: ${problems.join('; ')}`);
  return t;
}

/** How many days before and after a judged range are planned: windows reach at most this far (shiftProblems). */
export const PLAN_MARGIN_DAYS = 3;

/** Why a shift template cannot be used (in Bahasa Indonesia), or [] when it can. */
export function shiftProblems(t: ShiftTemplate): string[] {
  const out: string[] = [];
  const ints = [t.start, t.end, ...t.breaks.flatMap((b) => [b.start, b.end]), ...t.checkPoints.flatMap((c) => [c.at, c.opens, c.closes])];
  if (!ints.every((n) => Number.isInteger(n))) out.push('semua waktu harus menit bulat');
  if (!(t.start >= 0 && t.start < MINUTES_PER_DAY)) out.push('jam mulai harus di hari shift');
  if (!(t.end > t.start && t.end - t.start <= MINUTES_PER_DAY)) out.push('jam selesai harus setelah jam mulai, paling lama 24 jam');
  let previousEnd = t.start;
  for (const b of t.breaks) {
    if (!(b.start >= previousEnd && b.end > b.start && b.end <= t.end)) out.push(`istirahat ${formatClock(Math.max(0, b.start))} harus di dalam shift, berurutan dan tidak tumpang tindih`);
    previousEnd = b.end;
  }
  const kinds = t.checkPoints.map((c) => c.kind);
  if (kinds.filter((k) => k === 'masuk').length !== 1 || kinds[0] !== 'masuk') out.push('titik presensi pertama harus satu-satunya "masuk"');
  if (kinds.filter((k) => k === 'pulang').length !== 1 || kinds[kinds.length - 1] !== 'pulang') out.push('titik presensi terakhir harus satu-satunya "pulang"');
  const masuk = t.checkPoints.find((c) => c.kind === 'masuk');
  const pulang = t.checkPoints.find((c) => c.kind === 'pulang');
  if (masuk && masuk.at !== t.start) out.push('titik "masuk" harus pada jam mulai');
  if (pulang && pulang.at !== t.end) out.push('titik "pulang" harus pada jam selesai');
  let previousClose = Number.NEGATIVE_INFINITY;
  for (const c of t.checkPoints) {
    if (!(c.opens <= c.at && c.at <= c.closes && c.opens < c.closes)) out.push(`jendela "${c.kind}" harus memuat waktunya`);
    if (c.opens < previousClose) out.push(`jendela "${c.kind}" tumpang tindih dengan jendela sebelumnya`);
    previousClose = c.closes;
  }
  const first = t.checkPoints[0];
  const last = t.checkPoints[t.checkPoints.length - 1];
  // A day's windows lie between the day before and the end of the second day after, so only days
  // up to three apart can compete for a punch: judging a range plans three days either side of it.
  if (first && last && last.closes - first.opens > 2 * MINUTES_PER_DAY) out.push('jendela presensi paling lama 48 jam');
  if (first && last && (first.opens < -MINUTES_PER_DAY || last.closes > 3 * MINUTES_PER_DAY)) {
    out.push('jendela presensi harus di antara hari sebelum shift dan dua hari setelahnya');
  }
  return out;
}

/** Minutes of work in a shift: its length without breaks. */
export function netMinutes(t: ShiftTemplate): number {
  return t.end - t.start - t.breaks.reduce((sum, b) => sum + (b.end - b.start), 0);
}

/** The shift planned on `date` by the pattern alone (holidays aside), or null for a day off. */
export function plannedShift(schedule: WorkSchedule, date: string): ShiftTemplate | null {
  const p = schedule.pattern;
  switch (p.kind) {
    case 'weekly':
      return p.days[weekdayOf(date)] ?? null;
    case 'rotation': {
      const n = p.cycle.length;
      if (n === 0) return null;
      const i = toDayNumber(date) - toDayNumber(p.anchor);
      return p.cycle[((i % n) + n) % n] ?? null;
    }
    case 'roster':
      return p.days[date] ?? null;
  }
}

/** Net minutes in one week of a weekly pattern (the Perpres 21/2023 check: 2,250 = 37.5 h). */
export function weeklyNetMinutes(schedule: WorkSchedule): number {
  if (schedule.pattern.kind !== 'weekly') throw new RangeError('Jumlah jam per minggu hanya untuk pola mingguan.');
  const days = schedule.pattern.days;
  return WEEKDAY_KEYS.reduce((sum, d) => sum + (days[d] ? netMinutes(days[d]) : 0), 0);
}

/** Why a schedule cannot be used, or [] when it can. */
export function scheduleProblems(s: WorkSchedule): string[] {
  const out: string[] = [];
  const p = s.pattern;
  const templates: ShiftTemplate[] = [];
  if (p.kind === 'weekly') templates.push(...Object.values(p.days).filter((t): t is ShiftTemplate => !!t));
  if (p.kind === 'rotation') {
    assertIsoDate(p.anchor, 'Tanggal awal rotasi');
    if (p.cycle.length === 0) out.push('rotasi membutuhkan minimal satu hari');
    templates.push(...p.cycle.filter((t): t is ShiftTemplate => !!t));
  }
  if (p.kind === 'roster') {
    for (const [d, t] of Object.entries(p.days)) {
      assertIsoDate(d, 'Tanggal jadwal');
      if (t) templates.push(t);
    }
  }
  for (const t of templates) for (const problem of shiftProblems(t)) out.push(`${t.code}: ${problem}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assignments: which schedule applies to whom, when.

export type ScheduleScope =
  | { kind: 'agency' }
  | { kind: 'unit'; unitId: string }
  | { kind: 'employee'; employeeId: string };

export interface ScheduleAssignment {
  scheduleId: string;
  scope: ScheduleScope;
  /** yyyy-mm-dd, inclusive. */
  from: string;
  /** yyyy-mm-dd, inclusive; absent = until replaced. */
  to?: string;
}

/** Whom a schedule is resolved for: the employee and their units, own unit first, up to the root. */
export interface ScheduleSubject {
  employeeId: string;
  unitPath: readonly string[];
}

/** Lower is more specific: employee 0, own unit 1, its parent 2, …, agency last; -1 when it does not apply. */
function scopeRank(scope: ScheduleScope, subject: ScheduleSubject): number {
  switch (scope.kind) {
    case 'employee':
      return scope.employeeId === subject.employeeId ? 0 : -1;
    case 'unit': {
      const i = subject.unitPath.indexOf(scope.unitId);
      return i < 0 ? -1 : 1 + i;
    }
    case 'agency':
      return 1 + subject.unitPath.length;
  }
}

/** True when `a` takes precedence over `b` (both in force for the subject on the date). */
function beats(a: ScheduleAssignment, rankA: number, b: ScheduleAssignment, rankB: number): boolean {
  if (rankA !== rankB) return rankA < rankB;
  const boundedA = a.to !== undefined;
  const boundedB = b.to !== undefined;
  if (boundedA !== boundedB) return boundedA;
  if (a.from !== b.from) return a.from > b.from;
  // Same scope, same kind, same start: the shorter period is the more specific exception.
  return (a.to ?? '') < (b.to ?? '');
}

/** The assignments that can ever apply to the subject, each with its rank (do this once per employee). */
export function assignmentsFor(assignments: readonly ScheduleAssignment[], subject: ScheduleSubject): RankedAssignment[] {
  const out: RankedAssignment[] = [];
  for (const a of assignments) {
    const rank = scopeRank(a.scope, subject);
    if (rank >= 0) out.push({ assignment: a, rank });
  }
  return out;
}

export interface RankedAssignment {
  assignment: ScheduleAssignment;
  rank: number;
}

function scopeKey(scope: ScheduleScope): string {
  return scope.kind === 'agency' ? 'agency' : scope.kind === 'unit' ? `unit:${scope.unitId}` : `employee:${scope.employeeId}`;
}

/**
 * An agency's assignments by scope, built once for a whole recap: with a roster per nurse there are
 * thousands of employee-level assignments, and scanning all of them for each employee would be
 * quadratic. `for` gives the same list as assignmentsFor.
 */
export class AssignmentIndex {
  private readonly byScope = new Map<string, ScheduleAssignment[]>();

  constructor(assignments: readonly ScheduleAssignment[]) {
    for (const a of assignments) {
      const k = scopeKey(a.scope);
      let list = this.byScope.get(k);
      if (!list) this.byScope.set(k, (list = []));
      list.push(a);
    }
  }

  for(subject: ScheduleSubject): RankedAssignment[] {
    const out: RankedAssignment[] = [];
    const add = (key: string, rank: number) => {
      for (const assignment of this.byScope.get(key) ?? []) out.push({ assignment, rank });
    };
    add(`employee:${subject.employeeId}`, 0);
    subject.unitPath.forEach((u, i) => {
      // A unit listed twice in a path keeps its nearest rank, as indexOf does.
      if (subject.unitPath.indexOf(u) === i) add(`unit:${u}`, 1 + i);
    });
    add('agency', 1 + subject.unitPath.length);
    return out;
  }
}

/** The assignment in force on `date` for the subject, by the precedence above; undefined when none is. */
export function assignmentInForce(ranked: readonly RankedAssignment[], date: string): ScheduleAssignment | undefined {
  let best: RankedAssignment | undefined;
  for (const r of ranked) {
    const a = r.assignment;
    if (a.from > date || (a.to !== undefined && a.to < date)) continue;
    if (!best || beats(a, r.rank, best.assignment, best.rank)) best = r;
  }
  return best?.assignment;
}

/** Why an assignment cannot be saved (in Bahasa Indonesia), or []. */
export function assignmentProblems(a: ScheduleAssignment, schedules: ReadonlyMap<string, WorkSchedule>): string[] {
  const out: string[] = [];
  if (!schedules.has(a.scheduleId)) out.push(`jadwal kerja tidak dikenal: ${a.scheduleId}`);
  if (!isSupportedDate(a.from)) out.push(`tanggal mulai tidak valid: ${a.from}`);
  if (a.to !== undefined && !isSupportedDate(a.to)) out.push(`tanggal selesai tidak valid: ${a.to}`);
  else if (a.to !== undefined && a.to < a.from) out.push('tanggal selesai sebelum tanggal mulai');
  return out;
}

/**
 * Pairs of assignments that would tie (same scope, both bounded or both open, same start and end):
 * the precedence cannot choose between them, so an admin must not be allowed to save both.
 */
export function assignmentConflicts(assignments: readonly ScheduleAssignment[]): [ScheduleAssignment, ScheduleAssignment][] {
  const key = (a: ScheduleAssignment) => `${scopeKey(a.scope)}|${a.from}|${a.to ?? ''}`;
  const seen = new Map<string, ScheduleAssignment>();
  const out: [ScheduleAssignment, ScheduleAssignment][] = [];
  for (const a of assignments) {
    const k = key(a);
    const other = seen.get(k);
    if (other) out.push([other, a]);
    else seen.set(k, a);
  }
  return out;
}

/** One day as planned: the schedule in force and its shift, or why there is none. */
export interface PlannedDay {
  date: string;
  schedule: WorkSchedule | null;
  /** The shift to judge; null on a day off, a holiday the schedule observes, or without a schedule. */
  shift: ShiftTemplate | null;
  /** The holiday or cuti bersama the day falls on (shift workers work through it). */
  holiday: Holiday | null;
  /** Why there is no shift: the pattern's day off, a holiday the schedule observes, or no schedule assigned. */
  offReason: 'pattern' | 'holiday' | 'no_schedule' | null;
}

/** Holidays by date, a national holiday preferred over a cuti bersama on the same date. */
export function holidayIndex(holidays: readonly Holiday[]): ReadonlyMap<string, Holiday> {
  const map = new Map<string, Holiday>();
  for (const h of holidays) {
    const existing = map.get(h.date);
    if (!existing || (existing.kind === 'cuti_bersama' && h.kind === 'national')) map.set(h.date, h);
  }
  return map;
}

/**
 * The plan for each day from `from` to `to` (inclusive): the schedule assigned, its shift, and the
 * holiday. An assignment naming an unknown schedule throws: data the admin screens must not allow.
 */
export function planDays(
  ranked: readonly RankedAssignment[],
  schedules: ReadonlyMap<string, WorkSchedule>,
  holidays: ReadonlyMap<string, Holiday>,
  from: string,
  to: string,
): PlannedDay[] {
  assertIsoDate(from);
  assertIsoDate(to);
  const out: PlannedDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const a = assignmentInForce(ranked, date);
    const schedule = a ? schedules.get(a.scheduleId) : undefined;
    if (a && !schedule) throw new RangeError(`Jadwal kerja tidak dikenal: ${a.scheduleId}`);
    const holiday = holidays.get(date) ?? null;
    const planned = schedule ? plannedShift(schedule, date) : null;
    if (!schedule) out.push({ date, schedule: null, shift: null, holiday, offReason: 'no_schedule' });
    else if (!planned) out.push({ date, schedule, shift: null, holiday, offReason: 'pattern' });
    else if (holiday && schedule.observesHolidays) out.push({ date, schedule, shift: null, holiday, offReason: 'holiday' });
    else out.push({ date, schedule, shift: planned, holiday, offReason: null });
  }
  return out;
}
