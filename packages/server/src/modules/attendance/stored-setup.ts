/** The setup stored for an agency: its schedules and assignments (the default week until any is stored), approved leave, its table versions and leave catalogue. */
import { rulesByDate, rulesInForce, type ApprovedLeave, type ScheduleAssignment, type WorkSchedule } from '@kinerja/core';
import type { PatternSpec } from '@kinerja/core/api';
import type { Db } from '../../db/query.js';
import { approvedLeaveBetween, assignmentsOf, schedulesOf } from './queries/setup.js';
import { leaveCatalogue, ruleVersions } from './rules.js';
import { buildSchedule } from './schedule-specs.js';
import { defaultSetup, type AttendanceSetup, type SetupLoader } from './setup.js';

const parsed = (p: unknown): PatternSpec => (typeof p === 'string' ? (JSON.parse(p) as PatternSpec) : (p as PatternSpec));

/** The agency's stored schedules and assignments; none stored: the default week. */
export async function storedSchedules(db: Db, agencyId: string, zone: WorkSchedule['timeZone']): Promise<Pick<AttendanceSetup, 'schedules' | 'assignments'>> {
  const [rows, assigned] = await Promise.all([schedulesOf(db, agencyId), assignmentsOf(db, agencyId)]);
  if (rows.length === 0 || assigned.length === 0) return defaultSetup(zone);
  const schedules = new Map<string, WorkSchedule>();
  for (const r of rows) schedules.set(r.id, buildSchedule(r.id, { name: r.name, timeZone: r.time_zone, observesHolidays: r.observes_holidays, pattern: parsed(r.pattern) }));
  const assignments = assigned.map((a): ScheduleAssignment => {
    const scope: ScheduleAssignment['scope'] = a.scope_kind === 'unit' ? { kind: 'unit', unitId: a.unit_id! } : a.scope_kind === 'employee' ? { kind: 'employee', employeeId: a.employee_id! } : { kind: 'agency' };
    return a.ends_on ? { scheduleId: a.schedule_id, scope, from: a.starts_on, to: a.ends_on } : { scheduleId: a.schedule_id, scope, from: a.starts_on };
  });
  return { schedules, assignments };
}

export async function approvedLeave(db: Db, agencyId: string, from: string, to: string, employeeIds: readonly string[] | null): Promise<Map<string, ApprovedLeave[]>> {
  const out = new Map<string, ApprovedLeave[]>();
  for (const r of await approvedLeaveBetween(db, agencyId, from, to, employeeIds)) {
    let list = out.get(r.employee_id);
    if (!list) out.set(r.employee_id, (list = []));
    list.push({ typeCode: r.type_code, from: r.starts_on, to: r.ends_on, part: r.part });
  }
  return out;
}

export const loadStoredSetup: SetupLoader = async (ctx, agencyId, zone, from, to, employeeIds) => {
  const [schedules, leaves, versions, catalogue] = await Promise.all([
    storedSchedules(ctx.db, agencyId, zone),
    approvedLeave(ctx.db, agencyId, from, to, employeeIds ?? null),
    ruleVersions(ctx.db, agencyId),
    leaveCatalogue(ctx.db, agencyId),
  ]);
  return { ...schedules, leaves, leaveTypes: catalogue.items, rules: rulesInForce(versions, to), rulesOn: rulesByDate(versions) };
};
