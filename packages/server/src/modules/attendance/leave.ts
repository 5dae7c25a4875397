/**
 * Leave and permissions (issue 18 item 5): asked for by the employee with an attachment from the
 * evidence store, decided by the direct supervisor on today's chart (Plt/Plh included, the rule
 * validation uses: `attendance.leave.decide`). Only approved requests excuse days; each type says
 * whether its days count as present, absent-excused or non-TPP (core's leave catalogue).
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_LEAVE_TYPES, monthRange, toDayNumber, type AgencyLeaveType, type Principal } from '@kinerja/core';
import type { CreateLeaveRequestBody, LeaveDecisionBody, LeaveRequest, LeaveTypeView } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { actingEmployee, requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { findTodayChart } from '../org/index.js';
import { leaveCatalogue } from './rules.js';
import { decideLeave, insertLeave, leaveIdByRequest, leaveRequests, overlappingLeave, uploadedBy, type LeaveFilter } from './queries/leave.js';

/** The longest request: CLTN runs up to three years. */
const MAX_DAYS = 3 * 366;

/** The types an employee of the caller's agency may ask for (its catalogue's active ones; no agency: the default). */
export async function leaveTypes(ctx: AppContext, p: Principal): Promise<LeaveTypeView[]> {
  const items = p.agencyId ? (await leaveCatalogue(ctx.db, p.agencyId)).items.filter((t) => t.active) : DEFAULT_LEAVE_TYPES;
  return items.map((t) => ({ code: t.code, name: t.name, counts: t.counts }));
}

type Catalogue = ReadonlyMap<string, AgencyLeaveType>;
const catalogueOf = async (ctx: AppContext, agencyId: string): Promise<Catalogue> => new Map((await leaveCatalogue(ctx.db, agencyId)).items.map((t) => [t.code, t]));

type Row = Awaited<ReturnType<typeof leaveRequests>>[number];
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function view(r: Row, catalogue: Catalogue): LeaveRequest {
  const type = catalogue.get(r.type_code);
  return {
    id: r.id,
    agencyId: r.agency_id,
    employee: { id: r.employee_id, nip: r.nip, name: r.name },
    typeCode: r.type_code,
    typeName: type?.name ?? r.type_code,
    counts: type?.counts ?? 'absent_excused',
    part: r.part,
    from: r.starts_on,
    to: r.ends_on,
    reason: r.reason,
    attachmentSha256: r.attachment_sha256,
    status: r.status,
    approver: r.approver_employee_id ? { id: r.approver_employee_id, nip: r.approver_nip ?? '', name: r.approver_name ?? '' } : null,
    decidedBy: r.decided_by_employee_id ? { id: r.decided_by_employee_id, nip: r.decided_nip ?? '', name: r.decided_name ?? '' } : null,
    decidedAt: iso(r.decided_at),
    decisionNote: r.decision_note,
    createdAt: iso(r.created_at)!,
  };
}

async function one(ctx: AppContext, agencyId: string, id: string): Promise<LeaveRequest | undefined> {
  const [[r], catalogue] = await Promise.all([leaveRequests(ctx.db, agencyId, { ids: [id] }), catalogueOf(ctx, agencyId)]);
  return r && view(r, catalogue);
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

export async function createLeaveRequest(ctx: AppContext, p: Principal, body: CreateLeaveRequestBody): Promise<{ created: boolean; request: LeaveRequest }> {
  const me = actingEmployee(p);
  const again = await leaveIdByRequest(ctx.db, me.agencyId, me.employeeId, body.requestId);
  if (again) return { created: false, request: (await one(ctx, me.agencyId, again.id))! };
  if (!(await catalogueOf(ctx, me.agencyId)).get(body.typeCode)?.active) throw invalid('typeCode', 'Jenis cuti atau izin tidak dikenal.');
  if (body.to < body.from) throw invalid('to', 'Tanggal selesai tidak boleh sebelum tanggal mulai.');
  if (toDayNumber(body.to) - toDayNumber(body.from) + 1 > MAX_DAYS) throw invalid('to', 'Rentang cuti atau izin paling lama tiga tahun.');
  const part = body.part ?? 'day';
  if (part !== 'day' && body.from !== body.to) throw invalid('part', 'Izin datang terlambat atau pulang cepat hanya untuk satu hari.');
  if (body.attachmentSha256 && !(await uploadedBy(ctx.db, body.attachmentSha256, p.accountId))) {
    throw invalid('attachmentSha256', 'Lampiran belum diunggah oleh akun Anda; unggah berkasnya lebih dulu.');
  }
  if (part === 'day' && (await overlappingLeave(ctx.db, me.agencyId, me.employeeId, body.from, body.to))) {
    throw new AppError('CONFLICT', 'Sudah ada cuti atau izin sehari penuh yang diajukan atau disetujui pada tanggal tersebut.');
  }
  const found = await findTodayChart(ctx, me.agencyId);
  const approver = found?.chart.supervisorOf(me.employeeId)?.employeeId ?? null;
  const id = randomUUID();
  const inserted = await ctx.db.transaction().execute(async (tx) => {
    const ok = await insertLeave(tx, {
      agency_id: me.agencyId,
      id,
      request_id: body.requestId,
      employee_id: me.employeeId,
      type_code: body.typeCode,
      part,
      starts_on: body.from,
      ends_on: body.to,
      reason: body.reason,
      attachment_sha256: body.attachmentSha256 ?? null,
      status: 'pending',
      approver_employee_id: approver,
      created_at: ctx.now(),
      created_by_account_id: p.accountId,
    });
    if (ok) await recordAudit(tx, { agencyId: me.agencyId, actorAccountId: p.accountId, action: 'attendance.leave.request', entity: 'attendance_leave_request', entityId: id, data: { typeCode: body.typeCode, part, from: body.from, to: body.to } });
    return ok;
  });
  const stored = inserted ? id : (await leaveIdByRequest(ctx.db, me.agencyId, me.employeeId, body.requestId))!.id;
  return { created: inserted, request: (await one(ctx, me.agencyId, stored))! };
}

/** Mine, or my team's (my subordinates on today's chart). */
export async function myLeaveRequests(ctx: AppContext, p: Principal, scope: 'mine' | 'team', status?: LeaveRequest['status']): Promise<LeaveRequest[]> {
  const me = actingEmployee(p);
  let employeeIds: readonly string[] = [me.employeeId];
  if (scope === 'team') {
    const found = await findTodayChart(ctx, me.agencyId);
    employeeIds = found ? found.chart.subordinatesOf(me.employeeId) : [];
  }
  const f: LeaveFilter = { employeeIds };
  if (status) f.status = status;
  const [rows, catalogue] = await Promise.all([leaveRequests(ctx.db, me.agencyId, f), catalogueOf(ctx, me.agencyId)]);
  return rows.map((r) => view(r, catalogue));
}

export async function agencyLeaveRequests(ctx: AppContext, p: Principal, agencyId: string, q: { status?: LeaveRequest['status']; month?: string }): Promise<LeaveRequest[]> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const f: LeaveFilter = {};
  if (q.status) f.status = q.status;
  if (q.month) {
    const range = monthRange(q.month);
    f.from = range.from;
    f.to = range.to;
  }
  const [rows, catalogue] = await Promise.all([leaveRequests(ctx.db, agencyId, f), catalogueOf(ctx, agencyId)]);
  return rows.map((r) => view(r, catalogue));
}

/** The request as the caller may see it: their own, or one in their agency they may decide or read. */
async function visibleRequest(ctx: AppContext, p: Principal, id: string): Promise<LeaveRequest> {
  if (!p.agencyId) throw new AppError('NOT_FOUND', 'Pengajuan cuti atau izin tidak ditemukan.');
  const r = await one(ctx, p.agencyId, id);
  if (!r) throw new AppError('NOT_FOUND', 'Pengajuan cuti atau izin tidak ditemukan.');
  return r;
}

export async function decideLeaveRequest(ctx: AppContext, p: Principal, id: string, body: LeaveDecisionBody): Promise<LeaveRequest> {
  const me = actingEmployee(p);
  const r = await visibleRequest(ctx, p, id);
  await requireAccess(ctx, p, 'attendance.leave.decide', { agencyId: r.agencyId, ids: [r.employee.id] });
  if (r.status !== 'pending') throw new AppError('CONFLICT', 'Pengajuan ini sudah diputuskan atau dibatalkan.');
  const status = body.decision === 'approve' ? 'approved' : 'rejected';
  await ctx.db.transaction().execute(async (tx) => {
    const done = await decideLeave(tx, r.agencyId, id, { status, by: me.employeeId, at: ctx.now(), note: body.note ?? null });
    if (!done) throw new AppError('CONFLICT', 'Pengajuan ini sudah diputuskan atau dibatalkan.');
    await recordAudit(tx, { agencyId: r.agencyId, actorAccountId: p.accountId, action: `attendance.leave.${status === 'approved' ? 'approve' : 'reject'}`, entity: 'attendance_leave_request', entityId: id, data: { employeeId: r.employee.id, from: r.from, to: r.to, note: body.note ?? null } });
  });
  return (await one(ctx, r.agencyId, id))!;
}

export async function cancelLeaveRequest(ctx: AppContext, p: Principal, id: string): Promise<LeaveRequest> {
  const me = actingEmployee(p);
  const r = await visibleRequest(ctx, p, id);
  if (r.employee.id !== me.employeeId) throw new AppError('NOT_FOUND', 'Pengajuan cuti atau izin tidak ditemukan.');
  if (r.status !== 'pending') throw new AppError('CONFLICT', 'Hanya pengajuan yang belum diputuskan yang dapat dibatalkan.');
  await ctx.db.transaction().execute(async (tx) => {
    const done = await decideLeave(tx, r.agencyId, id, { status: 'cancelled', by: me.employeeId, at: ctx.now(), note: null });
    if (!done) throw new AppError('CONFLICT', 'Hanya pengajuan yang belum diputuskan yang dapat dibatalkan.');
    await recordAudit(tx, { agencyId: r.agencyId, actorAccountId: p.accountId, action: 'attendance.leave.cancel', entity: 'attendance_leave_request', entityId: id });
  });
  return (await one(ctx, r.agencyId, id))!;
}
