/**
 * The attendance part of the TPP month inputs (core/tpp's TppEmployeeInput.attendance and .leave),
 * from the stored punches, schedules, leave, holidays and apel events, judged by core's rules. The TPP module
 * calls this; a month not finished yet (a day whose scan windows are still open) throws in core,
 * unless asked up to today (`upTo`: the live estimate), which leaves the days not over yet out.
 */
import { addDays, monthRange, tppAttendanceDays, tppLeaveDays, summariseMonth, type LeaveType, type TppAttendanceDay } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { eventsOf } from './events.js';
import { judgeRange } from './judge.js';
import { leaveRequests } from './queries/leave.js';

export interface TppAttendanceOptions {
  /** Only these employees; absent: every active employee of the agency. */
  employeeIds?: readonly string[];
  /**
   * A month still running: judge days up to this date (the agency's today) only, as at `asOfMs`.
   * Days after it are left out (neither TK nor present), and so is a day whose scan windows are
   * still open. Absent: every day of the month is final.
   */
  upTo?: { date: string; asOfMs: number };
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
  const upTo = options.upTo && options.upTo.date < range.to ? options.upTo : null;
  const to = upTo ? upTo.date : range.to;
  if (to < range.from) return new Map();
  const judged = await judgeRange(ctx, agencyId, range.from, to, {
    ...(options.employeeIds ? { employeeIds: options.employeeIds } : {}),
    ...(upTo ? { asOfMs: upTo.asOfMs } : {}),
  });
  // Apel and upacara: on a day someone is present, each event of that day they are not an attendee
  // of is a missed apel (the engine cuts once per day). An event of the running month's today is
  // not judged until the day is over (its list may still be filled in).
  const events = await eventsOf(ctx, agencyId, range.from, upTo ? addDays(upTo.date, -1) : to, null);
  const eventsOn = new Map<string, Set<string>[]>();
  for (const e of events) eventsOn.set(e.date, [...(eventsOn.get(e.date) ?? []), new Set(e.attendees.map((a) => a.employee.id))]);
  const out = new Map<string, TppAttendanceOfEmployee>();
  for (const [id, all] of judged.days) {
    const days = upTo ? all.filter((d) => d.kind !== 'pending') : all;
    const attendance = tppAttendanceDays(days).map((d) => (d.status === 'present' && (eventsOn.get(d.date) ?? []).some((who) => !who.has(id)) ? { ...d, apelMissed: true } : d));
    out.set(id, { attendance, leave: tppLeaveDays(summariseMonth(id, month, days, judged.setup.rules)) });
  }
  return out;
}

/** A leave request still waiting for the supervisor's decision, for the TPP's "not final" list. */
export interface TppOpenLeave {
  typeCode: string;
  from: string;
  to: string;
}

/** Leave requests of the month (yyyy-mm) not decided yet, by employee id (approved ones are in attendanceForTpp's days and leave). */
export async function openLeaveForTpp(ctx: AppContext, agencyId: string, month: string, options: TppAttendanceOptions = {}): Promise<Map<string, TppOpenLeave[]>> {
  const range = monthRange(month);
  const rows = await leaveRequests(ctx.db, agencyId, { status: 'pending', from: range.from, to: range.to, ...(options.employeeIds ? { employeeIds: options.employeeIds } : {}) });
  const out = new Map<string, TppOpenLeave[]>();
  for (const r of [...rows].reverse()) out.set(r.employee_id, [...(out.get(r.employee_id) ?? []), { typeCode: r.type_code, from: r.starts_on, to: r.ends_on }]);
  return out;
}
