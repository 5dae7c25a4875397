/**
 * One employee's attendance month, the shape the TPP engine reads (issue 18; DOMAIN.md §3.3, §3.5):
 * counts per status, minutes, TK days, leave by type and counting, and the month's deduction under
 * the agency's rules (the sum of the days', capped by the rules' monthly cap). The TPP engine
 * decides what the percentage is taken of (`base`), and what leave of each kind pays.
 */
import { monthRange } from '../calendar/period.js';
import { LEAVE_TYPES, type LeaveType as TppLeaveType, type TppAttendanceDay } from '../tpp/schema.js';
import { round4, type AttendanceDay } from './daily.js';
import { EARLY_CODES, LATE_CODES, type AttendanceRules, type EarlyCode, type LateCode } from './rules.js';

export interface AttendanceMonth {
  employeeId: string;
  /** yyyy-mm */
  month: string;
  rulesId: string;
  /** What `deductionPercent` is a percentage of. */
  base: AttendanceRules['base'];
  /** Days of the month judged (the whole month, or up to today). */
  days: number;
  /** Days a shift was planned (not off, not an observed holiday): the month's working days. */
  scheduledDays: number;
  /** Days with kind 'present', on time or not. */
  present: number;
  /** Present with no lateness, no early departure and no missing check point. */
  onTime: number;
  late: Record<LateCode, number>;
  early: Record<EarlyCode, number>;
  /** Days with at least one required intermediate check point missing, and the check points missed. */
  missingCheckPointDays: number;
  missingCheckPoints: number;
  /** Days absent without excuse. */
  tk: number;
  /** Days of leave by how they count, and by leave type code. */
  leavePresent: number;
  leaveExcused: number;
  leaveNonTpp: number;
  leaveByType: Record<string, number>;
  holiday: number;
  off: number;
  /** Days still open (today); the month is final when 0. */
  pending: number;
  minutesLate: number;
  minutesEarly: number;
  /** Minutes towards TK (7.5 h = 1 day) this month; the year's count is tallyYear's. */
  accumulatedMinutes: number;
  /** Σ day deductions, before the cap. */
  uncappedDeductionPercent: number;
  /** Σ day deductions, capped at the rules' monthly cap. */
  deductionPercent: number;
}

const zeros = <C extends string>(codes: readonly C[]) => Object.fromEntries(codes.map((c) => [c, 0])) as Record<C, number>;

/** The month of one employee from the days attendanceDays judged (days of other months throw). */
export function summariseMonth(employeeId: string, month: string, days: readonly AttendanceDay[], rules: AttendanceRules): AttendanceMonth {
  const range = monthRange(month);
  const m: AttendanceMonth = {
    employeeId,
    month,
    rulesId: rules.id,
    base: rules.base,
    days: 0,
    scheduledDays: 0,
    present: 0,
    onTime: 0,
    late: zeros(LATE_CODES),
    early: zeros(EARLY_CODES),
    missingCheckPointDays: 0,
    missingCheckPoints: 0,
    tk: 0,
    leavePresent: 0,
    leaveExcused: 0,
    leaveNonTpp: 0,
    leaveByType: {},
    holiday: 0,
    off: 0,
    pending: 0,
    minutesLate: 0,
    minutesEarly: 0,
    accumulatedMinutes: 0,
    uncappedDeductionPercent: 0,
    deductionPercent: 0,
  };
  const seen = new Set<string>();
  let percent = 0;
  for (const d of days) {
    if (d.date < range.from || d.date > range.to) throw new RangeError(`Tanggal ${d.date} bukan bagian dari bulan ${month}.`);
    if (seen.has(d.date)) throw new RangeError(`Status kehadiran ganda untuk tanggal ${d.date}.`);
    seen.add(d.date);
    m.days++;
    if (d.kind !== 'off' && d.kind !== 'holiday') m.scheduledDays++;
    switch (d.kind) {
      case 'off':
        m.off++;
        break;
      case 'holiday':
        m.holiday++;
        break;
      case 'tk':
        m.tk++;
        break;
      case 'pending':
        m.pending++;
        break;
      case 'leave': {
        const type = d.leave!;
        if (type.counts === 'present') m.leavePresent++;
        else if (type.counts === 'absent_excused') m.leaveExcused++;
        else m.leaveNonTpp++;
        m.leaveByType[type.code] = (m.leaveByType[type.code] ?? 0) + 1;
        break;
      }
      case 'present':
        m.present++;
        if (!d.late && !d.early && d.missingCheckPoints.length === 0) m.onTime++;
        if (d.late) m.late[d.late]++;
        if (d.early) m.early[d.early]++;
        if (d.missingCheckPoints.length) {
          m.missingCheckPointDays++;
          m.missingCheckPoints += d.missingCheckPoints.length;
        }
        m.minutesLate += d.minutesLate;
        m.minutesEarly += d.minutesEarly;
        m.accumulatedMinutes += d.accumulatedMinutes;
        break;
    }
    percent += d.deductionPercent;
  }
  m.uncappedDeductionPercent = round4(percent);
  m.deductionPercent = rules.monthlyCapPercent === null ? m.uncappedDeductionPercent : Math.min(m.uncappedDeductionPercent, rules.monthlyCapPercent);
  return m;
}

/**
 * The days as the TPP engine reads them (core/tpp's TppAttendanceDay, its month inputs): the
 * engine bands the minutes itself with the rule set's band groups, so each required check point
 * gives its minutes outside the window (late at masuk, early at pulang, 0 for a scanned
 * intermediate point such as istirahat_masuk) or null when it has no scan. An end excused by a
 * part-day permission is left out; leave of every kind is 'excused' (non-TPP leave reaches the
 * engine through its leave list: tppLeaveDays).
 */
/** The days in the TPP engine's shape; a pending day throws (pay only a finished month). */
export function tppAttendanceDays(days: readonly AttendanceDay[]): TppAttendanceDay[] {
  return days.map((d): TppAttendanceDay => {
    switch (d.kind) {
      case 'pending':
        throw new RangeError(`Hari ${d.date} belum selesai; TPP hanya untuk bulan yang sudah lengkap.`);
      case 'tk':
      case 'holiday':
      case 'off':
        return { date: d.date, status: d.kind };
      case 'leave':
        return { date: d.date, status: 'excused' };
      case 'present': {
        const checks: { point: string; minutesOff: number | null }[] = [];
        if (!d.excusedArrival) checks.push({ point: 'masuk', minutesOff: d.noArrivalRecord ? null : d.minutesLate });
        for (const k of d.scannedCheckPoints) checks.push({ point: k, minutesOff: 0 });
        for (const k of d.missingCheckPoints) checks.push({ point: k, minutesOff: null });
        if (!d.excusedDeparture) checks.push({ point: 'pulang', minutesOff: d.noDepartureRecord ? null : d.minutesEarly });
        return { date: d.date, status: 'present', checks };
      }
    }
  });
}

/** Leave days of the month by type for the TPP engine's leave list: the types it knows (LEAVE_TYPES); izin and agency-added types are left out. */
export function tppLeaveDays(month: AttendanceMonth): { type: TppLeaveType; days: number }[] {
  return Object.entries(month.leaveByType)
    .filter((e): e is [TppLeaveType, number] => (LEAVE_TYPES as readonly string[]).includes(e[0]))
    .map(([type, days]) => ({ type, days }));
}
