/**
 * An agency's discipline table and leave catalogue (issue 18 item 6): stored as data, chosen from
 * the shipped examples (Tulang Bawang, TTU, Kementan) or edited, checked by core before they are
 * stored, every change audited. The daily status reads them through the setup (stored-setup.ts).
 */
import {
  attendanceRulesProblems,
  DEFAULT_AGENCY_LEAVE_TYPES,
  leaveTypesProblems,
  rulesInForce,
  SHIPPED_ATTENDANCE_RULES,
  versionStartProblems,
  type AgencyLeaveType,
  type AttendanceRules,
  type AttendanceRulesVersion,
  type Principal,
} from '@kinerja/core';
import type { AgencyLeaveTypesAnswer, AgencyLeaveTypesBody, AttendanceRulesAnswer, AttendanceRulesBody, AttendanceRulesVersionView } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { agencyToday } from '../org/index.js';
import { deleteLeaveTypes, deleteRuleVersion, insertLeaveTypes, leaveCodesInUse, leaveTypesOf, ruleVersionsOf, upsertRuleVersion } from './queries/rules.js';

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** The agency's stored table versions, oldest first. */
export async function ruleVersions(db: Db, agencyId: string): Promise<(AttendanceRulesVersion & { updatedAt: Date })[]> {
  return (await ruleVersionsOf(db, agencyId)).map((r) => ({ from: r.effective_from, rules: json<AttendanceRules>(r.rules), updatedAt: new Date(r.updated_at) }));
}

/** The agency's leave catalogue, switched-off types included; none stored: the default. */
export async function leaveCatalogue(db: Db, agencyId: string): Promise<{ items: AgencyLeaveType[]; stored: boolean }> {
  const rows = await leaveTypesOf(db, agencyId);
  if (rows.length === 0) return { items: DEFAULT_AGENCY_LEAVE_TYPES.map((t) => ({ ...t })), stored: false };
  return { items: rows.map((r) => ({ code: r.code, name: r.name, counts: r.counts, active: r.active })), stored: true };
}

const versionView = (v: AttendanceRulesVersion & { updatedAt: Date }): AttendanceRulesVersionView => ({ month: v.from.slice(0, 7), rules: v.rules as AttendanceRulesVersionView['rules'], updatedAt: v.updatedAt.toISOString() });

async function leaveTypesAnswer(db: Db, agencyId: string): Promise<AgencyLeaveTypesAnswer> {
  const [catalogue, inUse] = await Promise.all([leaveCatalogue(db, agencyId), leaveCodesInUse(db, agencyId)]);
  return { items: catalogue.items, stored: catalogue.stored, inUse: inUse.map((r) => r.type_code).sort() };
}

export async function attendanceRules(ctx: AppContext, p: Principal, agencyId: string): Promise<AttendanceRulesAnswer> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const { today } = await agencyToday(ctx, agencyId);
  const [versions, leaveTypes] = await Promise.all([ruleVersions(ctx.db, agencyId), leaveTypesAnswer(ctx.db, agencyId)]);
  const current = [...versions].reverse().find((v) => v.from <= today);
  return {
    versions: versions.map(versionView),
    inForce: { month: current ? current.from.slice(0, 7) : null, rules: rulesInForce(versions, today) as AttendanceRulesAnswer['inForce']['rules'] },
    presets: SHIPPED_ATTENDANCE_RULES as AttendanceRulesAnswer['presets'],
    leaveTypes,
  };
}

const invalid = (field: string, problems: string[]) =>
  new AppError('VALIDATION', `Tabel potongan tidak valid: ${problems.join('; ')}`, problems.map((message) => ({ field, message })));

export async function putRulesVersion(ctx: AppContext, p: Principal, agencyId: string, month: string, body: AttendanceRulesBody): Promise<AttendanceRulesVersionView> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await agencyToday(ctx, agencyId);
  const from = `${month}-01`;
  const startProblems = versionStartProblems(from);
  if (startProblems.length) throw invalid('month', startProblems);
  const rules: AttendanceRules = body.rules;
  const problems = attendanceRulesProblems(rules);
  if (problems.length) throw invalid('rules', problems);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await upsertRuleVersion(tx, { agency_id: agencyId, effective_from: from, rules: JSON.stringify(rules), updated_at: now, updated_by_account_id: p.accountId });
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.rules.set', entity: 'attendance_rule_version', entityId: `${agencyId}:${month}`, data: { month, rulesId: rules.id, name: rules.name } });
  });
  return { month, rules: body.rules, updatedAt: now.toISOString() };
}

export async function removeRulesVersion(ctx: AppContext, p: Principal, agencyId: string, month: string): Promise<void> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await ctx.db.transaction().execute(async (tx) => {
    const gone = await deleteRuleVersion(tx, agencyId, `${month}-01`);
    if (!gone) throw new AppError('NOT_FOUND', 'Tabel potongan untuk bulan itu tidak ditemukan.');
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.rules.remove', entity: 'attendance_rule_version', entityId: `${agencyId}:${month}`, data: { month } });
  });
}

export async function putLeaveTypes(ctx: AppContext, p: Principal, agencyId: string, body: AgencyLeaveTypesBody): Promise<AgencyLeaveTypesAnswer> {
  await requireAccess(ctx, p, 'agency.manage', { agencyId });
  await agencyToday(ctx, agencyId);
  const items: AgencyLeaveType[] = body.items.map((t) => ({ code: t.code, name: t.name.trim(), counts: t.counts, active: t.active }));
  const inUse = (await leaveCodesInUse(ctx.db, agencyId)).map((r) => r.type_code);
  const problems = leaveTypesProblems(items, inUse);
  if (problems.length) throw new AppError('VALIDATION', `Jenis cuti/izin tidak valid: ${problems.join('; ')}`, problems.map((message) => ({ field: 'items', message })));
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await deleteLeaveTypes(tx, agencyId);
    await insertLeaveTypes(tx, items.map((t, position) => ({ agency_id: agencyId, code: t.code, name: t.name, counts: t.counts, active: t.active, position, updated_at: now, updated_by_account_id: p.accountId })));
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.leave_types.set', entity: 'attendance_leave_types', entityId: agencyId, data: { items } });
  });
  return leaveTypesAnswer(ctx.db, agencyId);
}
