/** Schedules admin (issue 18 item 4): an agency's schedules and who works which, effective-dated. */
import { randomUUID } from 'node:crypto';
import { assignmentConflicts, assignmentProblems, type Principal, type ScheduleAssignment } from '@kinerja/core';
import type { AssignmentBody, AssignmentView, ScheduleBody, ScheduleView, SchedulesAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { zoneOf } from './judge.js';
import { agencyZone } from './queries/zone.js';
import { assignmentsOf, deleteAssignment, employeeOfAgency, insertAssignment, schedulesOf, unitOfAgency, upsertSchedule } from './queries/setup.js';
import { buildSchedule, PRESET_VIEWS, scheduleView } from './schedule-specs.js';
import { storedSchedules } from './stored-setup.js';

type AssignmentListRow = Awaited<ReturnType<typeof assignmentsOf>>[number];

function assignmentView(a: AssignmentListRow): AssignmentView {
  const scope: AssignmentView['scope'] = a.scope_kind === 'unit' ? { kind: 'unit', unitId: a.unit_id! } : a.scope_kind === 'employee' ? { kind: 'employee', employeeId: a.employee_id! } : { kind: 'agency' };
  const scopeName = a.scope_kind === 'unit' ? (a.unit_name ?? '') : a.scope_kind === 'employee' ? (a.employee_name ?? '') : 'Seluruh instansi';
  return { id: a.id, scheduleId: a.schedule_id, scope, from: a.starts_on, to: a.ends_on, scopeName };
}

async function requireAgency(ctx: AppContext, agencyId: string) {
  const row = await agencyZone(ctx.db, agencyId);
  if (!row) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  return zoneOf(row.time_zone);
}

export async function listSchedules(ctx: AppContext, p: Principal, agencyId: string): Promise<SchedulesAnswer> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const zone = await requireAgency(ctx, agencyId);
  const [rows, assigned] = await Promise.all([schedulesOf(ctx.db, agencyId), assignmentsOf(ctx.db, agencyId)]);
  if (rows.length === 0 || assigned.length === 0) {
    // Nothing stored: the default week the days are judged with, shown as such.
    const d = await storedSchedules(ctx.db, agencyId, zone);
    return { schedules: [...d.schedules.values()].map((s) => scheduleView(s)), assignments: [], presets: [...PRESET_VIEWS] };
  }
  const schedules = rows.map((r) => {
    const pattern = (typeof r.pattern === 'string' ? JSON.parse(r.pattern) : r.pattern) as ScheduleBody['pattern'];
    return scheduleView(buildSchedule(r.id, { name: r.name, timeZone: r.time_zone, observesHolidays: r.observes_holidays, pattern }), pattern);
  });
  return { schedules, assignments: assigned.map(assignmentView), presets: [...PRESET_VIEWS] };
}

export async function putSchedule(ctx: AppContext, p: Principal, agencyId: string, scheduleId: string, body: ScheduleBody): Promise<ScheduleView> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await requireAgency(ctx, agencyId);
  const schedule = buildSchedule(scheduleId, body);
  await ctx.db.transaction().execute(async (tx) => {
    const r = await upsertSchedule(tx, {
      agency_id: agencyId,
      id: scheduleId,
      name: body.name,
      time_zone: body.timeZone,
      observes_holidays: body.observesHolidays,
      pattern: JSON.stringify(body.pattern),
      updated_at: ctx.now(),
      updated_by_account_id: p.accountId,
    });
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: r.created ? 'attendance.schedule.create' : 'attendance.schedule.update', entity: 'attendance_schedule', entityId: scheduleId, data: { scheduleId, name: body.name, timeZone: body.timeZone } });
  });
  return scheduleView(schedule, body.pattern);
}

export async function addAssignment(ctx: AppContext, p: Principal, agencyId: string, body: AssignmentBody): Promise<AssignmentView> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await requireAgency(ctx, agencyId);
  const rows = await schedulesOf(ctx.db, agencyId);
  const known = new Map(rows.map((r) => [r.id, null as never]));
  const a: ScheduleAssignment = body.to ? { scheduleId: body.scheduleId, scope: body.scope, from: body.from, to: body.to } : { scheduleId: body.scheduleId, scope: body.scope, from: body.from };
  const problems = assignmentProblems(a, known);
  if (problems.length) throw new AppError('VALIDATION', `Penetapan jadwal tidak valid: ${problems.join('; ')}`, problems.map((message) => ({ field: 'scheduleId', message })));
  let scopeName = 'Seluruh instansi';
  if (body.scope.kind === 'unit') {
    const u = await unitOfAgency(ctx.db, agencyId, body.scope.unitId);
    if (!u) throw new AppError('VALIDATION', 'Unit kerja tidak ada di instansi ini.', [{ field: 'scope.unitId', message: 'Unit kerja tidak ada di instansi ini.' }]);
    scopeName = u.name;
  } else if (body.scope.kind === 'employee') {
    const e = await employeeOfAgency(ctx.db, agencyId, body.scope.employeeId);
    if (!e) throw new AppError('VALIDATION', 'Pegawai tidak ada di instansi ini.', [{ field: 'scope.employeeId', message: 'Pegawai tidak ada di instansi ini.' }]);
    scopeName = e.name;
  }
  const existing = (await assignmentsOf(ctx.db, agencyId)).map((r): ScheduleAssignment => {
    const scope: ScheduleAssignment['scope'] = r.scope_kind === 'unit' ? { kind: 'unit', unitId: r.unit_id! } : r.scope_kind === 'employee' ? { kind: 'employee', employeeId: r.employee_id! } : { kind: 'agency' };
    return r.ends_on ? { scheduleId: r.schedule_id, scope, from: r.starts_on, to: r.ends_on } : { scheduleId: r.schedule_id, scope, from: r.starts_on };
  });
  if (assignmentConflicts([...existing, a]).some(([, y]) => y === a)) {
    throw new AppError('CONFLICT', 'Sudah ada penetapan jadwal untuk cakupan dan tanggal yang sama; hapus yang lama lebih dulu.');
  }
  const id = randomUUID();
  const scope = body.scope;
  await ctx.db.transaction().execute(async (tx) => {
    await insertAssignment(tx, {
      agency_id: agencyId,
      id,
      schedule_id: body.scheduleId,
      scope_kind: scope.kind,
      unit_id: scope.kind === 'unit' ? scope.unitId : null,
      employee_id: scope.kind === 'employee' ? scope.employeeId : null,
      starts_on: body.from,
      ends_on: body.to ?? null,
      created_at: ctx.now(),
      created_by_account_id: p.accountId,
    });
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.schedule.assign', entity: 'attendance_schedule_assignment', entityId: id, data: { ...body } });
  });
  return { id, scheduleId: body.scheduleId, scope, from: body.from, to: body.to ?? null, scopeName };
}

export async function removeAssignment(ctx: AppContext, p: Principal, agencyId: string, assignmentId: string): Promise<void> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await ctx.db.transaction().execute(async (tx) => {
    const gone = await deleteAssignment(tx, agencyId, assignmentId);
    if (!gone) throw new AppError('NOT_FOUND', 'Penetapan jadwal tidak ditemukan.');
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.schedule.unassign', entity: 'attendance_schedule_assignment', entityId: assignmentId, data: { ...gone } });
  });
}
