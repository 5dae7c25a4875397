/**
 * The attendance part of the TPP month inputs (core/tpp's TppEmployeeInput.attendance and .leave),
 * from the stored punches, schedules, leave and holidays, judged by core's rules. The TPP module
 * calls this; a month not finished yet (a day whose scan windows are still open) throws in core.
 */
import { monthRange, tppAttendanceDays, tppLeaveDays, summariseMonth, type LeaveType, type TppAttendanceDay } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { judgeRange } from './judge.js';

export interface TppAttendanceOptions {
  /** Only these employees; absent: every active employee of the agency. */
  employeeIds?: readonly string[];
}

/** One employee's attendance for the TPP engine: the days, and the month's leave by the types TPP knows. */
export interface TppAttendanceOfEmployee {
  attendance: TppAttendanceDay[];
  leave: { type: LeaveType; days: number }[];
}

/**
 * For an agency and a month (yyyy-mm): each active employee's TppAttendanceDay[] by employee id.
 * Every day is final (judged as after the month), so call it for a month that is over.
 */
export async function attendanceDaysForTpp(ctx: AppContext, agencyId: string, month: string, options: TppAttendanceOptions = {}): Promise<Map<string, TppAttendanceDay[]>> {
  const full = await attendanceForTpp(ctx, agencyId, month, options);
  return new Map([...full].map(([id, a]) => [id, a.attendance]));
}

/** As attendanceDaysForTpp, with each employee's leave days by type (TppEmployeeInput.leave). */
export async function attendanceForTpp(ctx: AppContext, agencyId: string, month: string, options: TppAttendanceOptions = {}): Promise<Map<string, TppAttendanceOfEmployee>> {
  const range = monthRange(month);
  const judged = await judgeRange(ctx, agencyId, range.from, range.to, options.employeeIds ? { employeeIds: options.employeeIds } : {});
  const out = new Map<string, TppAttendanceOfEmployee>();
  for (const [id, days] of judged.days) {
    out.set(id, { attendance: tppAttendanceDays(days), leave: tppLeaveDays(summariseMonth(id, month, days, judged.setup.rules)) });
  }
  return out;
}
