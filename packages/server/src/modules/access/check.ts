import { canImport, canManageAgency, canManageProvince, canManageTpp, canReadAgency, canReadTpp, canSeeAgency, canSignOutAccount, isProvinceWide, type OrgChart, type Principal } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { findTodayChart } from '../org/index.js';
import { PERMISSIONS, refusalOf, type Permission } from './permissions.js';
import { accountRoles, evidenceInLeaveRequests, evidenceInRatedRealisasi, evidenceOwners, evidenceUploadedBy, importsStartedBy, skpParties } from './queries.js';
import { readsJournalOn, supervisionLink } from './supervision.js';

/**
 * What a check is about. `agencyId` is the agency for `agency` permissions (when no ids are given)
 * and the agency the employees belong to for `employee` permissions; `ids` name the resources the
 * permission is about (see PERMISSIONS).
 */
export interface AccessTarget {
  agencyId?: string;
  ids?: readonly string[];
}

type Rule = (ctx: AppContext, p: Principal, agencyId: string | undefined, ids: readonly string[]) => Promise<Iterable<string>>;

const byAgency = (allowed: (p: Principal, agencyId: string) => boolean): Rule => async (_ctx, p, _agency, ids) => ids.filter((id) => allowed(p, id));
const byPrincipal = (allowed: (p: Principal) => boolean): Rule => async (_ctx, p, _agency, ids) => (allowed(p) ? ids : []);
const ofEmployees =
  (allowed: (ctx: AppContext, p: Principal, agencyId: string, ids: readonly string[]) => Promise<Iterable<string>>): Rule =>
  (ctx, p, agencyId, ids) => {
    if (agencyId === undefined) throw new Error('an employee permission needs the agency the employees belong to');
    return allowed(ctx, p, agencyId, ids);
  };

/** An employee of the agency acting through today's org chart: the rest of `ids` are judged on it, read at most once. */
async function onTodayChart(ctx: AppContext, p: Principal, agencyId: string, ids: readonly string[], rule: (chart: OrgChart, me: string, id: string) => boolean, selfToo: boolean) {
  const me = p.employeeId;
  if (p.agencyId !== agencyId || !me) return [];
  const rest = selfToo ? ids.filter((id) => id !== me) : ids;
  const allowed = selfToo ? ids.filter((id) => id === me) : [];
  if (rest.length === 0) return allowed;
  const found = await findTodayChart(ctx, agencyId);
  if (!found) return allowed;
  return [...allowed, ...rest.filter((id) => rule(found.chart, me, id))];
}

async function journalReaders(ctx: AppContext, p: Principal, agencyId: string, ids: readonly string[]): Promise<Iterable<string>> {
  if (canReadAgency(p, agencyId)) return ids;
  return onTodayChart(ctx, p, agencyId, ids, readsJournalOn, true);
}

const supervises = (chart: OrgChart, me: string, id: string) => supervisionLink(chart, me, id) !== null;

/**
 * The next-higher leadership of a unit on this chart: the supervisor of whoever heads it (acting
 * included); for a head post nobody occupies, the head the unit's people report to instead.
 */
function leadsAbove(chart: OrgChart, me: string, unitId: string): boolean {
  const headPos = chart.headPositionOf(unitId);
  const head = headPos ? chart.occupantOf(headPos) : undefined;
  if (head) return chart.supervisorOf(head.employeeId)?.employeeId === me;
  return chart.headFrom(unitId, '')?.employeeId === me;
}

/** One evidence file and an employee whose journal holds it and made it readable. */
export interface EvidenceReadThrough {
  sha256: string;
  agencyId: string;
  employeeId: string;
}

/**
 * Which of these evidence files the principal may read, and through whose journals: a file the
 * principal uploaded is theirs (no one else's data is read); any other is readable through the live
 * entries of employees whose journal the principal may read, and those employees are whose data the
 * read was (who-read-my-data records them).
 */
export async function evidenceAccess(ctx: AppContext, p: Principal, sha256s: readonly string[]): Promise<{ allowed: Set<string>; through: EvidenceReadThrough[] }> {
  const through: EvidenceReadThrough[] = [];
  if (sha256s.length === 0) return { allowed: new Set(), through };
  const allowed = new Set((await evidenceUploadedBy(ctx.db, sha256s, p.accountId)).map((r) => r.sha256));
  const rest = sha256s.filter((s) => !allowed.has(s));
  // Only province-wide readers read across agencies; everyone else only needs their own agency's entries.
  const provinceWide = isProvinceWide(p);
  if (rest.length === 0 || (!provinceWide && !p.agencyId)) return { allowed, through };
  const owners = await evidenceOwners(ctx.db, rest, provinceWide ? null : p.agencyId);
  const byAgency = new Map<string, { sha256: string; employee_id: string }[]>();
  for (const o of owners) byAgency.set(o.agency_id, [...(byAgency.get(o.agency_id) ?? []), o]);
  for (const [agencyId, held] of byAgency) {
    const readable = new Set(await journalReaders(ctx, p, agencyId, [...new Set(held.map((h) => h.employee_id))]));
    for (const h of held) {
      if (!readable.has(h.employee_id)) continue;
      allowed.add(h.sha256);
      through.push({ sha256: h.sha256, agencyId, employeeId: h.employee_id });
    }
  }
  // Bukti dukung of realisasi: the pejabat penilai and atasan pejabat penilai named on the SKP read
  // them, on the SKP's own snapshot like evaluation.read (so a penilai who moved, or a Sekda of
  // another agency, still does), even when the file is on no journal entry they may read.
  const unread = rest.filter((s) => !allowed.has(s));
  if (unread.length > 0 && p.employeeId && p.agencyId) {
    const wanted = new Set(unread);
    for (const r of await evidenceInRatedRealisasi(ctx.db, unread, p.agencyId, p.employeeId)) {
      for (const b of r.bukti as { kind: string; sha256?: string }[]) {
        if (b.kind !== 'file' || !b.sha256 || !wanted.has(b.sha256) || allowed.has(b.sha256)) continue;
        allowed.add(b.sha256);
        through.push({ sha256: b.sha256, agencyId: r.agency_id, employeeId: r.employee_id });
      }
    }
  }
  // Attachments of leave requests (any status): the employee, the supervisor who decides the leave
  // (attendance.leave.decide on today's chart, Plt/Plh included) and the agency's admins read them.
  const notYet = rest.filter((s) => !allowed.has(s));
  if (notYet.length > 0 && p.agencyId) {
    const agencyId = p.agencyId;
    const held = (await evidenceInLeaveRequests(ctx.db, notYet, agencyId)).flatMap((h) => (h.sha256 === null ? [] : [{ sha256: h.sha256, employeeId: h.employee_id }]));
    if (held.length > 0) {
      const readable = new Set(await leaveAttachmentReaders(ctx, p, agencyId, [...new Set(held.map((h) => h.employeeId))]));
      for (const h of held) {
        if (!readable.has(h.employeeId) || allowed.has(h.sha256)) continue;
        allowed.add(h.sha256);
        through.push({ sha256: h.sha256, agencyId, employeeId: h.employeeId });
      }
    }
  }
  return { allowed, through };
}

/** Who reads a leave request's attachment: the agency's admins, the employee, and whoever decides their leave. */
async function leaveAttachmentReaders(ctx: AppContext, p: Principal, agencyId: string, ids: readonly string[]): Promise<Iterable<string>> {
  if (p.role === 'agency_admin' && p.agencyId === agencyId) return ids;
  return onTodayChart(ctx, p, agencyId, ids, supervises, true);
}

const evidenceReaders: Rule = async (ctx, p, _agency, sha256s) => (await evidenceAccess(ctx, p, sha256s)).allowed;

/**
 * SKP ids the principal holds a part in, judged on the SKP's own snapshot rather than today's chart:
 * the penilai who approved it stays its reader after a move, and a Sekda in another agency rates a
 * Kepala Dinas. `roles` are the snapshot roles that count besides the employee themselves.
 */
function skpParty(roles: readonly string[], employeeToo: boolean, agencyReaders: boolean): Rule {
  return async (ctx, p, agencyId, ids) => {
    if (agencyId === undefined) throw new Error('an SKP permission needs the agency the SKP belong to');
    if (ids.length === 0) return [];
    if (agencyReaders && canReadAgency(p, agencyId)) return ids;
    if (!p.employeeId || !p.agencyId) return [];
    const allowed = new Set<string>();
    for (const r of await skpParties(ctx.db, ids, agencyId)) {
      if (employeeToo && p.agencyId === agencyId && r.employee_id === p.employeeId) allowed.add(r.id);
      if (r.role !== null && roles.includes(r.role) && r.person_agency_id === p.agencyId && r.person_employee_id === p.employeeId) allowed.add(r.id);
    }
    return allowed;
  };
}

const RULES: Record<Permission, Rule> = {
  'agency.see': byAgency(canSeeAgency),
  'agency.read': byAgency(canReadAgency),
  'agency.manage': byAgency(canManageAgency),
  'employee.read': ofEmployees(journalReaders),
  'journal.read': ofEmployees(journalReaders),
  'journal.review': ofEmployees(async (ctx, p, agencyId, ids) => {
    if (canReadAgency(p, agencyId)) return ids;
    return onTodayChart(ctx, p, agencyId, ids, supervises, false);
  }),
  'journal.decide': ofEmployees((ctx, p, agencyId, ids) => onTodayChart(ctx, p, agencyId, ids, supervises, false)),
  'employee.data_export': ofEmployees(async (_ctx, p, agencyId, ids) => {
    if (canManageAgency(p, agencyId)) return ids;
    return p.agencyId === agencyId && p.employeeId ? ids.filter((id) => id === p.employeeId) : [];
  }),
  'validation.rates': ofEmployees(async (_ctx, p, agencyId, ids) => {
    if (canReadAgency(p, agencyId)) return ids;
    return p.agencyId === agencyId && p.employeeId ? ids.filter((id) => id === p.employeeId) : [];
  }),
  'evidence.read': evidenceReaders,
  'imports.run': byPrincipal(canImport),
  'imports.read': async (ctx, p, _agency, ids) => {
    if (!canImport(p)) return [];
    if (canManageProvince(p) || ids.length === 0) return ids;
    return (await importsStartedBy(ctx.db, ids, p.accountId)).map((r) => r.id);
  },
  'skp.read': skpParty(['pejabat_penilai', 'atasan_pejabat_penilai'], true, true),
  'skp.draft': ofEmployees(async (_ctx, p, agencyId, ids) => {
    if (canManageAgency(p, agencyId)) return ids;
    return p.agencyId === agencyId && p.employeeId ? ids.filter((id) => id === p.employeeId) : [];
  }),
  'skp.decide': skpParty(['pejabat_penilai'], false, false),
  'skp.scan_upload': async (ctx, p, agencyId, ids) => {
    if (agencyId !== undefined && canManageAgency(p, agencyId)) return ids;
    return skpParty(['pejabat_penilai'], true, false)(ctx, p, agencyId, ids);
  },
  'evaluation.read': skpParty(['pejabat_penilai', 'atasan_pejabat_penilai'], true, true),
  'evaluation.self': skpParty([], true, false),
  'evaluation.rate': skpParty(['pejabat_penilai'], false, false),
  'evaluation.reopen': async (ctx, p, agencyId, ids) => {
    if (agencyId !== undefined && canManageAgency(p, agencyId)) return ids;
    return skpParty(['pejabat_penilai'], false, false)(ctx, p, agencyId, ids);
  },
  'evaluation.scan_upload': async (ctx, p, agencyId, ids) => {
    if (agencyId !== undefined && canManageAgency(p, agencyId)) return ids;
    return skpParty(['pejabat_penilai'], true, false)(ctx, p, agencyId, ids);
  },
  'evaluation.organisation': async (ctx, p, agencyId, unitIds) => {
    if (agencyId === undefined) throw new Error('a unit permission needs the agency the units belong to');
    if (canManageAgency(p, agencyId)) return unitIds;
    return onTodayChart(ctx, p, agencyId, unitIds, leadsAbove, false);
  },
  'evaluation.curve': async (ctx, p, _agency, agencyIds) => {
    const readable = agencyIds.filter((id) => canReadAgency(p, id));
    const rest = agencyIds.filter((id) => !canReadAgency(p, id) && id === p.agencyId);
    if (rest.length === 0) return readable;
    const found = p.employeeId ? await findTodayChart(ctx, rest[0]!) : undefined;
    return found && found.chart.subordinatesOf(p.employeeId!).length > 0 ? [...readable, ...rest] : readable;
  },
  'evaluation.siasn': byAgency(canManageAgency),
  'siasn.codes.read': byPrincipal((p) => p.role === 'agency_admin' || p.role === 'bkd_admin' || p.role === 'auditor'),
  'siasn.codes.manage': byPrincipal(canManageProvince),
  'account.sign_out': async (ctx, p, agencyId, ids) => {
    if (agencyId === undefined) throw new Error('an account permission needs the agency the accounts belong to');
    if (ids.length === 0 || !canManageAgency(p, agencyId)) return [];
    return (await accountRoles(ctx.db, agencyId, ids)).filter((a) => canSignOutAccount(p, agencyId, a.role)).map((a) => a.id);
  },
  'attendance.machines.read': byAgency(canReadAgency),
  'attendance.machines.manage': byAgency(canManageAgency),
  // The people who register things for an agency: its admins and the BKD (core's canImport).
  'attendance.serials.decide': byPrincipal(canImport),
  'attendance.read': ofEmployees(journalReaders),
  'attendance.leave.decide': ofEmployees((ctx, p, agencyId, ids) => onTodayChart(ctx, p, agencyId, ids, supervises, false)),
  'attendance.geofences.read': byAgency(canSeeAgency),
  'attendance.selfie.manage': byAgency(canManageAgency),
  'attendance.selfie.photo': ofEmployees(async (ctx, p, agencyId, ids) => {
    if (p.role === 'agency_admin' && p.agencyId === agencyId) return ids;
    return onTodayChart(ctx, p, agencyId, ids, supervises, true);
  }),
  'attendance.selfie.resolve': byAgency((p, agencyId) => p.role === 'agency_admin' && p.agencyId === agencyId),
  'dictionary.manage': byPrincipal(canManageProvince),
  'province.manage': byPrincipal(canManageProvince),
  'tpp.read': byAgency(canReadTpp),
  'tpp.manage': byAgency(canManageTpp),
  'tpp.employee': ofEmployees(async (ctx, p, agencyId, ids) => {
    if (canReadTpp(p, agencyId)) return ids;
    return onTodayChart(ctx, p, agencyId, ids, readsJournalOn, true);
  }),
  'tpp.rules.read': byPrincipal(() => true),
  'tpp.rules.manage': byPrincipal(canManageProvince),
  'tpp.overview': byPrincipal((p) => isProvinceWide(p) || ((p.role === 'agency_admin' || p.role === 'finance' || p.role === 'auditor') && p.agencyId !== null)),
};

function idsOf(permission: Permission, target: AccessTarget): readonly string[] {
  if (target.ids) return target.ids;
  if (PERMISSIONS[permission].on === 'agency' && target.agencyId !== undefined) return [target.agencyId];
  if (PERMISSIONS[permission].on === 'province') return [''];
  throw new Error(`${permission}: name the ids to check`);
}

/**
 * The one access point: which of `target.ids` may this principal `permission`? Batched: the org
 * chart and any rows are read at most once per call, and only when the role alone does not decide.
 */
export async function allowedIds(ctx: AppContext, p: Principal, permission: Permission, target: AccessTarget = {}): Promise<Set<string>> {
  const ids = idsOf(permission, target);
  return new Set(await RULES[permission](ctx, p, target.agencyId, ids));
}

/** True when every id of the target (or the agency, or the province) is allowed. */
export async function may(ctx: AppContext, p: Principal, permission: Permission, target: AccessTarget = {}): Promise<boolean> {
  const ids = idsOf(permission, target);
  if (ids.length === 0) return true;
  const allowed = await RULES[permission](ctx, p, target.agencyId, ids);
  const set = new Set(allowed);
  return ids.every((id) => set.has(id));
}

/** `may`, answering the permission's refusal (its code and Indonesian message) when it does not. */
export async function requireAccess(ctx: AppContext, p: Principal, permission: Permission, target: AccessTarget = {}): Promise<void> {
  if (await may(ctx, p, permission, target)) return;
  const { code, message } = refusalOf(permission);
  throw new AppError(code, message);
}

/** The agencies whose rows a list may show this principal (those it may `agency.see`): all of them, or these. */
export function visibleAgencies(p: Principal): 'all' | string[] {
  if (isProvinceWide(p)) return 'all';
  return p.agencyId ? [p.agencyId] : [];
}
