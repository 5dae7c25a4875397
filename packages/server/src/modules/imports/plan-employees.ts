import { addDays } from '@kinerja/core';
import type { Insertable } from 'kysely';
import type { AccountsTable, EmployeesTable, PositionAssignmentsTable } from '../../db/schema.js';
import { ABSENT, todayForAgency, type Absent } from './checker.js';
import type { ExistingEmployee } from './existing.js';
import type { IdMap, ImportSummary, PlanInput } from './plan-input.js';

export type EmployeeWrite = Omit<Insertable<EmployeesTable>, 'created_at' | 'updated_at' | 'active'>;

export interface EmployeePlan {
  /** Rows of people who moved to another agency: set inactive, their post ended. */
  employeeDeactivations: { agency_id: string; id: string }[];
  /** New rows are inserted without supervisor override: the override may name a row of a later batch. */
  employeeInserts: EmployeeWrite[];
  employeeUpdates: EmployeeWrite[];
  overrideUpdates: { agency_id: string; id: string; supervisor_override_id: string }[];
  assignmentEnds: { agency_id: string; id: string; ends_on: string }[];
  assignmentStarts: { agency_id: string; id: string; starts_on: string }[];
  assignmentInserts: Insertable<PositionAssignmentsTable>[];
  accountInserts: Insertable<AccountsTable>[];
  accountUpdates: { id: string; role: AccountsTable['role']; agency_id: string; employee_id: string }[];
}

interface EmployeePlanInput extends PlanInput {
  agencyId: (code: string) => string;
  positionIds: IdMap;
  touched: Set<string>;
  summary: ImportSummary;
}

const keep = <T>(v: T | Absent, stored: T | undefined | null): T | null => (v === ABSENT ? (stored ?? null) : v);

function differs(a: EmployeeWrite, e: ExistingEmployee): boolean {
  return (
    a.name !== e.name ||
    a.front_title !== e.front_title ||
    a.back_title !== e.back_title ||
    a.rank_code !== e.rank_code ||
    a.email !== e.email ||
    a.phone !== e.phone ||
    a.supervisor_override_id !== e.supervisor_override_id ||
    a.kind !== e.kind ||
    a.sex !== e.sex ||
    a.birth_date !== e.birth_date
  );
}

export function planEmployees(input: EmployeePlanInput): EmployeePlan {
  const { validated, existing, now, newId, agencyId, positionIds, touched, summary } = input;
  const out: EmployeePlan = {
    employeeDeactivations: [],
    employeeInserts: [],
    employeeUpdates: [],
    overrideUpdates: [],
    assignmentEnds: [],
    assignmentStarts: [],
    assignmentInserts: [],
    accountInserts: [],
    accountUpdates: [],
  };
  if (!validated.employees.length) return out;
  const counts = { created: 0, updated: 0, unchanged: 0 };

  // Ids first: a supervisor override may name someone further down the file.
  const idOfNip = new Map<string, string>();
  for (const r of validated.employees) idOfNip.set(r.nip.nip, r.target?.id ?? newId());
  const supervisorId = (nip: string, agency: string): string => {
    const inFile = idOfNip.get(nip);
    if (inFile) return inFile;
    return existing.employeesByNip.get(nip)!.find((e) => e.active && e.agency_id === agency)!.id;
  };

  for (const r of validated.employees) {
    const agency = agencyId(r.agencyCode);
    const id = idOfNip.get(r.nip.nip)!;
    const t = r.target;
    const override = r.supervisorNip === ABSENT ? (t?.supervisor_override_id ?? null) : r.supervisorNip === null ? null : supervisorId(r.supervisorNip, agency);
    const row: EmployeeWrite = {
      agency_id: agency,
      id,
      nip: r.nip.nip,
      kind: r.nip.kind,
      sex: r.nip.sex,
      birth_date: r.nip.birthDate,
      name: r.name,
      front_title: keep(r.frontTitle, t?.front_title),
      back_title: keep(r.backTitle, t?.back_title),
      rank_code: keep(r.rankCode, t?.rank_code),
      email: keep(r.email, t?.email),
      phone: keep(r.phone, t?.phone),
      supervisor_override_id: override,
    };
    let changed = false;
    if (!t) {
      out.employeeInserts.push({ ...row, supervisor_override_id: null });
      if (override) out.overrideUpdates.push({ agency_id: agency, id, supervisor_override_id: override });
    } else if (!t.active || differs(row, t)) {
      out.employeeUpdates.push(row);
      changed = true;
    }

    // The post: same post keeps its assignment (a new TMT corrects its start); another post ends it.
    const starts = r.tmt ?? todayForAgency(existing, r.agencyCode, now);
    const positionId = positionIds.get(r.agencyCode, r.positionCode);
    const current = t ? existing.openAssignmentOf.get(t.id) : undefined;
    if (current && current.position_id === positionId) {
      if (r.tmt && r.tmt !== current.starts_on) {
        out.assignmentStarts.push({ agency_id: agency, id: current.id, starts_on: r.tmt });
        changed = true;
      }
    } else {
      if (current) out.assignmentEnds.push({ agency_id: agency, id: current.id, ends_on: addDays(starts, -1) });
      out.assignmentInserts.push({
        agency_id: agency,
        id: newId(),
        employee_id: id,
        position_id: positionId,
        role: 'definitive',
        starts_on: starts,
        ends_on: null,
        decree_number: null,
      });
      summary.positionChanges++;
      changed = true;
    }

    // A transfer: the old agency's row stays as history, inactive, its post ended.
    for (const old of r.leaving) {
      out.employeeDeactivations.push({ agency_id: old.agency_id, id: old.id });
      const a = existing.openAssignmentOf.get(old.id);
      if (a) out.assignmentEnds.push({ agency_id: old.agency_id, id: a.id, ends_on: addDays(starts, -1) });
      touched.add(old.agency_id);
    }
    if (r.leaving.length) summary.transfers++;

    planAccount(out, summary, existing.accountByNip.get(r.nip.nip), r.nip.nip, agency, id, newId);

    if (!t) counts.created++;
    else if (changed) counts.updated++;
    else counts.unchanged++;
    if (!t || changed) touched.add(agency);
  }
  summary.sheets.Pegawai = counts;
  return out;
}

/**
 * Every employee gets an account (no password until an admin resets it). An account that follows
 * its person to another agency loses agency-admin rights there: those are granted per agency.
 * Auditor accounts are left alone: their scope is not where the person works.
 */
function planAccount(
  out: EmployeePlan,
  summary: ImportSummary,
  account: { id: string; role: AccountsTable['role']; agency_id: string | null; employee_id: string | null } | undefined,
  nip: string,
  agencyId: string,
  employeeId: string,
  newId: () => string,
): void {
  if (!account) {
    out.accountInserts.push({
      id: newId(),
      nip,
      role: 'employee',
      agency_id: agencyId,
      employee_id: employeeId,
      password_hash: null,
      must_change_password: true,
    });
    summary.accounts.created++;
    return;
  }
  if (account.role === 'auditor' || (account.agency_id === agencyId && account.employee_id === employeeId)) return;
  const role = account.role === 'agency_admin' && account.agency_id !== agencyId ? 'employee' : account.role;
  if (role !== account.role) summary.accounts.adminRoleRevoked.push(nip);
  out.accountUpdates.push({ id: account.id, role, agency_id: agencyId, employee_id: employeeId });
  summary.accounts.relinked++;
}
