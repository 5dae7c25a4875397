/** Core's judged days and months in the shape the screens read (core/api). */
import { attendanceCodes, formatLocalMinute, localFromAbsolute, punchMinute, summariseMonth, type AttendanceDay, type AttendanceRules, type IndonesianZone, type Punch } from '@kinerja/core';
import type { AttendanceDayView, AttendanceMonthSummary } from '@kinerja/core/api';

/** 'yyyy-mm-dd HH:MM' → 'HH:MM' (a scan on another day than the shift's keeps its date). */
function clockOf(stamp: string | null, date: string): string | null {
  if (!stamp) return null;
  return stamp.startsWith(date) ? stamp.slice(11) : stamp;
}

/** Every punch by its local date in `zone`, each 'HH:MM', in order. */
export function scansByDate(punches: readonly Punch[], zone: IndonesianZone): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const local of punches.map((p) => localFromAbsolute(punchMinute(p), zone)).sort((a, b) => a - b)) {
    const stamp = formatLocalMinute(local);
    const date = stamp.slice(0, 10);
    let list = out.get(date);
    if (!list) out.set(date, (list = []));
    list.push(stamp.slice(11));
  }
  return out;
}

/** A judged day for the screens; with `scans`, every scan of that date too. */
export function dayView(d: AttendanceDay, scans?: ReadonlyMap<string, readonly string[]>): AttendanceDayView {
  return {
    ...(scans ? { scans: [...(scans.get(d.date) ?? [])] } : {}),
    date: d.date,
    kind: d.kind,
    codes: attendanceCodes(d),
    shiftCode: d.shiftCode,
    arrival: clockOf(d.arrival, d.date),
    departure: clockOf(d.departure, d.date),
    minutesLate: d.minutesLate,
    minutesEarly: d.minutesEarly,
    late: d.late,
    early: d.early,
    missingCheckPoints: d.missingCheckPoints,
    leave: d.leave ?? d.excusedArrival ?? d.excusedDeparture ?? null,
    holiday: d.holiday ? { name: d.holiday.name, kind: d.holiday.kind } : null,
    deductionPercent: d.deductionPercent,
  };
}

export function monthSummary(employeeId: string, month: string, days: readonly AttendanceDay[], rules: AttendanceRules): AttendanceMonthSummary {
  const m = summariseMonth(employeeId, month, days, rules);
  return {
    days: m.days,
    scheduledDays: m.scheduledDays,
    present: m.present,
    onTime: m.onTime,
    late: m.late,
    early: m.early,
    missingCheckPointDays: m.missingCheckPointDays,
    tk: m.tk,
    leavePresent: m.leavePresent,
    leaveExcused: m.leaveExcused,
    leaveNonTpp: m.leaveNonTpp,
    holiday: m.holiday,
    off: m.off,
    pending: m.pending,
    minutesLate: m.minutesLate,
    minutesEarly: m.minutesEarly,
    accumulatedMinutes: m.accumulatedMinutes,
    deductionPercent: m.deductionPercent,
  };
}
