/**
 * An agency's attendance setup for a range of days: the schedules and their assignments, the leave
 * catalogue, the approved leave of its people and the discipline rules. Without stored schedules the
 * agency works the Perpres 21/2023 week; without a chosen table the Kementan rules apply; without a
 * stored catalogue, core's default leave types.
 */
import {
  DEFAULT_LEAVE_TYPES,
  KEMENTAN_RULES,
  PERPRES_21_2023,
  type ApprovedLeave,
  type AttendanceLeaveType,
  type AttendanceRules,
  type RulesOnDate,
  type ScheduleAssignment,
  type WorkSchedule,
} from '@kinerja/core';
import type { AppContext } from '../../context.js';

export interface AttendanceSetup {
  schedules: ReadonlyMap<string, WorkSchedule>;
  assignments: readonly ScheduleAssignment[];
  leaveTypes: readonly AttendanceLeaveType[];
  /** Approved leave and permissions by employee. */
  leaves: ReadonlyMap<string, readonly ApprovedLeave[]>;
  /** The table in force on the range's last day (a month's table: versions start on a month's first day). */
  rules: AttendanceRules;
  /** The table in force on each date, for ranges that cross a change. */
  rulesOn: RulesOnDate;
}

/** The default: the Perpres 21/2023 week in the agency's own zone for everyone, no leave. */
export function defaultSetup(zone: WorkSchedule['timeZone']): AttendanceSetup {
  const schedule: WorkSchedule = { ...PERPRES_21_2023, timeZone: zone };
  return {
    schedules: new Map([[schedule.id, schedule]]),
    assignments: [{ scheduleId: schedule.id, scope: { kind: 'agency' }, from: '1900-01-01' }],
    leaveTypes: DEFAULT_LEAVE_TYPES,
    leaves: new Map(),
    rules: KEMENTAN_RULES,
    rulesOn: () => KEMENTAN_RULES,
  };
}

/** The setup in force for the agency between `from` and `to` (stored schedules and leave: loadStoredSetup). */
export type SetupLoader = (ctx: AppContext, agencyId: string, zone: WorkSchedule['timeZone'], from: string, to: string, employeeIds?: readonly string[] | null) => Promise<AttendanceSetup>;

export const defaultSetupLoader: SetupLoader = async (_ctx, _agencyId, zone) => defaultSetup(zone);
