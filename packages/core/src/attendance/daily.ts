/**
 * The daily status per employee per day (issue 18 item 6): from the day's plan (schedule, shift,
 * holiday), the approved leave and the punches, under the agency's rules.
 *
 * Order of the rules, first match wins:
 * 1. No shift planned: 'holiday' when a holiday the schedule observes stopped it, else 'off'
 *    (the pattern's day off, or no schedule assigned). Punches on such a day are overtime and ignored.
 * 2. A whole-day leave: 'leave' (its type says whether it counts as present, excused or non-TPP).
 * 3. Before every scan window of the shift has closed (`asOfMs`): 'pending' — lateness is shown as
 *    soon as the arrival is known, nothing is deducted yet.
 * 4. No punch in any window of the shift: 'tk' (absent without excuse); if both ends are excused by
 *    a part-day permission instead, 'leave'.
 * 5. Otherwise 'present', with: minutes late = arrival − start, band TL1–TL4 (no arrival scan: the
 *    no-record band); minutes early = end − departure, band PSW1–PSW4 (no departure scan: the
 *    no-record band); each required intermediate check point without a scan; an end excused by a
 *    part-day permission is not judged.
 *
 * Punches go to check points by window. A punch inside windows of two days (a night shift's
 * departure window and the next morning's arrival window) goes to the check point whose time is
 * nearer, the earlier one on a tie. The arrival is the first punch its window received, the
 * departure the last. Minutes are wall-clock minutes (seconds dropped), compared on one axis, so a
 * WITA machine's punch is judged correctly against a WIB schedule.
 */
import { addDays, toDayNumber } from '../calendar/days.js';
import type { Holiday } from '../calendar/working-days.js';
import { formatLocalMinute, localFromAbsolute, punchMinute, ZONE_UTC_OFFSET_MINUTES, type Punch } from './clock.js';
import { leaveByDate, type ApprovedLeave, type LeaveCover, type AttendanceLeaveType } from './leave.js';
import { bandFor, type AttendanceRules, type EarlyCode, type LateCode } from './rules.js';
import { AssignmentIndex, assignmentsFor, PLAN_MARGIN_DAYS, planDays, type CheckPointKind, type PlannedDay, type ScheduleAssignment, type ScheduleSubject, type WorkSchedule } from './schedule.js';

/** Minutes in a day (Indonesian zones have no DST, so every day has them all). */
const MINUTES_PER_DAY = 1440;

export type AttendanceKind = 'present' | 'tk' | 'leave' | 'holiday' | 'off' | 'pending';

export interface AttendanceDay {
  date: string;
  kind: AttendanceKind;
  scheduleId: string | null;
  shiftCode: string | null;
  /** The arrival and departure scans, 'yyyy-mm-dd HH:MM' on the schedule's wall clock. */
  arrival: string | null;
  departure: string | null;
  minutesLate: number;
  minutesEarly: number;
  late: LateCode | null;
  early: EarlyCode | null;
  /** The arrival (departure) scan is missing: `late` (`early`) is the no-record band. */
  noArrivalRecord: boolean;
  noDepartureRecord: boolean;
  /** Required intermediate check points without a scan (TTU: masuk istirahat). */
  missingCheckPoints: CheckPointKind[];
  /** Required intermediate check points scanned. */
  scannedCheckPoints: CheckPointKind[];
  /** The whole-day leave (kind 'leave'), or the permission that excused both ends of a day without punches. */
  leave: AttendanceLeaveType | null;
  /** Part-day permissions: the end of the day they excused. */
  excusedArrival: AttendanceLeaveType | null;
  excusedDeparture: AttendanceLeaveType | null;
  holiday: Holiday | null;
  /** Minutes that accumulate towards TK (7.5 h = 1 day): late + early + the rules' minutes per missing scan. */
  accumulatedMinutes: number;
  /** The day's deduction under the rules, in % of the rules' base, before the monthly cap. */
  deductionPercent: number;
}

/** The discipline table in force on a date (yyyy-mm-dd). */
export type RulesOnDate = (date: string) => AttendanceRules;

interface Window {
  day: number;
  cp: number;
  opens: number;
  closes: number;
  at: number;
}

/**
 * Judges each planned day. `plan` is consecutive days; days outside [judgeFrom, judgeTo] only
 * claim their punches (plan PLAN_MARGIN_DAYS either side, as attendanceDays does, so the night
 * before a month keeps its morning punches and the last night's departure is seen).
 */
export function judgePlannedDays(
  plan: readonly PlannedDay[],
  punches: readonly Punch[],
  leave: ReadonlyMap<string, LeaveCover>,
  rules: AttendanceRules | RulesOnDate,
  options: { judgeFrom?: string; judgeTo?: string; asOfMs?: number } = {},
): AttendanceDay[] {
  const rulesOn = typeof rules === 'function' ? rules : () => rules;
  const windows: Window[] = [];
  plan.forEach((p, day) => {
    if (!p.shift || !p.schedule) return;
    const base = toDayNumber(p.date) * MINUTES_PER_DAY - ZONE_UTC_OFFSET_MINUTES[p.schedule.timeZone];
    p.shift.checkPoints.forEach((c, cp) => windows.push({ day, cp, opens: base + c.opens, closes: base + c.closes, at: base + c.at }));
  });
  windows.sort((a, b) => a.opens - b.opens || a.at - b.at);

  // First and last punch each window received.
  const first = new Array<number>(windows.length).fill(Number.NaN);
  const last = new Array<number>(windows.length).fill(Number.NaN);
  const sorted = punches.map(punchMinute).sort((a, b) => a - b);
  let lo = 0;
  for (const t of sorted) {
    // Punches ascend, so a window closed before this one stays closed for every later punch.
    while (lo < windows.length && windows[lo]!.closes <= t) lo++;
    let best = -1;
    for (let i = lo; i < windows.length && windows[i]!.opens <= t; i++) {
      const w = windows[i]!;
      if (t >= w.closes) continue;
      if (best < 0) best = i;
      else {
        const b = windows[best]!;
        const dw = Math.abs(t - w.at);
        const db = Math.abs(t - b.at);
        if (dw < db || (dw === db && w.at < b.at)) best = i;
      }
    }
    if (best >= 0) {
      if (Number.isNaN(first[best]!)) first[best] = t;
      last[best] = t;
    }
  }

  // Windows by day, in check-point order.
  const byDay = new Map<number, number[]>();
  windows.forEach((w, i) => {
    let list = byDay.get(w.day);
    if (!list) byDay.set(w.day, (list = []));
    list[w.cp] = i;
  });

  const asOf = options.asOfMs === undefined ? Number.POSITIVE_INFINITY : Math.floor(options.asOfMs / 60_000);
  const out: AttendanceDay[] = [];
  plan.forEach((p, dayIndex) => {
    if ((options.judgeFrom && p.date < options.judgeFrom) || (options.judgeTo && p.date > options.judgeTo)) return;
    out.push(judgeDay(p, byDay.get(dayIndex) ?? [], windows, first, last, leave.get(p.date), rulesOn(p.date), asOf));
  });
  return out;
}

function emptyDay(p: PlannedDay, kind: AttendanceKind): AttendanceDay {
  return {
    date: p.date,
    kind,
    scheduleId: p.schedule?.id ?? null,
    shiftCode: p.shift?.code ?? null,
    arrival: null,
    departure: null,
    minutesLate: 0,
    minutesEarly: 0,
    late: null,
    early: null,
    noArrivalRecord: false,
    noDepartureRecord: false,
    missingCheckPoints: [],
    scannedCheckPoints: [],
    leave: null,
    excusedArrival: null,
    excusedDeparture: null,
    holiday: p.holiday,
    accumulatedMinutes: 0,
    deductionPercent: 0,
  };
}

function judgeDay(
  p: PlannedDay,
  windowIds: readonly number[],
  windows: readonly Window[],
  first: readonly number[],
  last: readonly number[],
  cover: LeaveCover | undefined,
  rules: AttendanceRules,
  asOf: number,
): AttendanceDay {
  if (!p.shift || !p.schedule) return emptyDay(p, p.offReason === 'holiday' ? 'holiday' : 'off');
  if (cover?.day) return { ...emptyDay(p, 'leave'), leave: cover.day };

  const shift = p.shift;
  const zone = p.schedule.timeZone;
  const excusedArrival = cover?.arrival ?? null;
  const excusedDeparture = cover?.departure ?? null;
  const day = emptyDay(p, 'present');
  day.excusedArrival = excusedArrival;
  day.excusedDeparture = excusedDeparture;

  const masukId = windowIds[0]!;
  const pulangId = windowIds[windowIds.length - 1]!;
  const arrival = first[masukId]!;
  const departure = last[pulangId]!;
  if (!Number.isNaN(arrival)) day.arrival = formatLocalMinute(localFromAbsolute(arrival, zone));
  if (!Number.isNaN(departure)) day.departure = formatLocalMinute(localFromAbsolute(departure, zone));
  const anyPunch = windowIds.some((i) => !Number.isNaN(first[i]!));
  const lastClose = windows[pulangId]!.closes;

  const judgeArrival = (masukClosed: boolean) => {
    if (excusedArrival) return;
    if (!Number.isNaN(arrival)) {
      day.minutesLate = Math.max(0, arrival - windows[masukId]!.at);
      day.late = bandFor(rules.late, day.minutesLate)?.code ?? null;
    } else if (masukClosed) {
      day.noArrivalRecord = true;
      day.late = rules.late.noRecord.code;
    }
  };

  if (asOf < lastClose) {
    day.kind = 'pending';
    judgeArrival(asOf >= windows[masukId]!.closes);
    for (let k = 1; k < windowIds.length - 1; k++) {
      const id = windowIds[k]!;
      if (!Number.isNaN(first[id]!)) day.scannedCheckPoints.push(shift.checkPoints[k]!.kind);
      else if (asOf >= windows[id]!.closes) day.missingCheckPoints.push(shift.checkPoints[k]!.kind);
    }
    return day;
  }

  if (!anyPunch) {
    if (excusedArrival && excusedDeparture) return { ...day, kind: 'leave', leave: excusedArrival };
    return { ...day, kind: 'tk', deductionPercent: rules.tkPercentPerDay ?? 0 };
  }

  judgeArrival(true);
  if (!excusedDeparture) {
    if (!Number.isNaN(departure)) {
      day.minutesEarly = Math.max(0, windows[pulangId]!.at - departure);
      day.early = bandFor(rules.early, day.minutesEarly)?.code ?? null;
    } else {
      day.noDepartureRecord = true;
      day.early = rules.early.noRecord.code;
    }
  }
  for (let k = 1; k < windowIds.length - 1; k++) {
    (Number.isNaN(first[windowIds[k]!]!) ? day.missingCheckPoints : day.scannedCheckPoints).push(shift.checkPoints[k]!.kind);
  }

  const latePercent = day.noArrivalRecord ? rules.late.noRecord.percent : (bandFor(rules.late, day.minutesLate)?.percent ?? 0);
  const earlyPercent = day.noDepartureRecord ? rules.early.noRecord.percent : (bandFor(rules.early, day.minutesEarly)?.percent ?? 0);
  day.deductionPercent = round4(latePercent + earlyPercent + day.missingCheckPoints.length * (rules.missingCheckPointPercent ?? 0));
  day.accumulatedMinutes = day.minutesLate + day.minutesEarly + (Number(day.noArrivalRecord) + Number(day.noDepartureRecord)) * rules.noRecordMinutes;
  return day;
}

/** Percentages like 0.5 + 1.25 add without binary noise (4 decimals is far below any rupiah). */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The codes a calendar cell shows: 'TL2', 'PSW1', 'TK', 'CUTI', 'LIBUR', 'OFF', … (empty: present on time). */
export function attendanceCodes(d: AttendanceDay): string[] {
  switch (d.kind) {
    case 'off':
      return ['OFF'];
    case 'holiday':
      return ['LIBUR'];
    case 'tk':
      return ['TK'];
    case 'leave':
      return [d.leave?.code.toUpperCase() ?? 'CUTI'];
    case 'pending':
    case 'present': {
      const codes: string[] = [];
      if (d.late) codes.push(d.late);
      if (d.early) codes.push(d.early);
      if (d.missingCheckPoints.length) codes.push('TPT');
      if (d.kind === 'pending') codes.push('PROSES');
      return codes;
    }
  }
}

/** Everything needed to judge one employee's days. */
export interface EmployeeAttendanceInput {
  subject: ScheduleSubject;
  /** The agency's assignments (those of other employees and units are ignored), or their index for a whole recap. */
  assignments: readonly ScheduleAssignment[] | AssignmentIndex;
  schedules: ReadonlyMap<string, WorkSchedule>;
  /** From holidayIndex(the holidays table). */
  holidays: ReadonlyMap<string, Holiday>;
  leaveTypes: readonly AttendanceLeaveType[];
  /** The employee's approved leave and permissions. */
  leaves: readonly ApprovedLeave[];
  /** The employee's punches from machines and phones, any order, duplicates allowed. */
  punches: readonly Punch[];
  /** The agency's table, or the table in force on each date (rulesByDate). */
  rules: AttendanceRules | RulesOnDate;
  /** yyyy-mm-dd, inclusive. */
  from: string;
  to: string;
  /** Now: days whose scan windows are still open are 'pending'. Absent: every day is final. */
  asOfMs?: number;
}

/** The status of each day from `from` to `to` for one employee. */
export function attendanceDays(input: EmployeeAttendanceInput): AttendanceDay[] {
  const ranked = input.assignments instanceof AssignmentIndex ? input.assignments.for(input.subject) : assignmentsFor(input.assignments, input.subject);
  // The neighbours claim their own punches (the night before the first day keeps its morning
  // departure): any day whose windows can meet the range's is planned, so a month judged alone is
  // the same as that month judged inside a year.
  const plan = planDays(ranked, input.schedules, input.holidays, addDays(input.from, -PLAN_MARGIN_DAYS), addDays(input.to, PLAN_MARGIN_DAYS));
  const leave = leaveByDate(input.leaves, input.leaveTypes, input.from, input.to);
  const options: { judgeFrom: string; judgeTo: string; asOfMs?: number } = { judgeFrom: input.from, judgeTo: input.to };
  if (input.asOfMs !== undefined) options.asOfMs = input.asOfMs;
  return judgePlannedDays(plan, input.punches, leave, input.rules, options);
}
