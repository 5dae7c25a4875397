/** Core's judged days and months in the shape the screens read (core/api). */
import { attendanceCodes, summariseMonth, type AttendanceDay, type AttendanceRules } from '@kinerja/core';
import type { AttendanceDayView, AttendanceMonthSummary } from '@kinerja/core/api';

/** 'yyyy-mm-dd HH:MM' → 'HH:MM' (a scan on another day than the shift's keeps its date). */
function clockOf(stamp: string | null, date: string): string | null {
  if (!stamp) return null;
  return stamp.startsWith(date) ? stamp.slice(11) : stamp;
}

export function dayView(d: AttendanceDay): AttendanceDayView {
  return {
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
