import { TWO_FACTOR_ROLES } from '@kinerja/core';
import type { Insertable, Transaction } from 'kysely';
import { newId } from '../db/ids.js';
import type {
  AccountsTable,
  AgenciesTable,
  Database,
  EmployeesTable,
  PositionAssignmentsTable,
  PositionsTable,
  UnitsTable,
} from '../db/schema.js';
import { PROVINCE_TIME_ZONE } from './agencies.js';
import type { DemoPlan } from './plan.js';
import { insertAccounts, insertAgencies, insertAssignments, insertEmployees, insertPositions, insertUnits } from './queries.js';
import { displayName } from './picks.js';

export interface WrittenCounts {
  agencies: number;
  units: number;
  positions: number;
  employees: number;
  assignments: number;
  accounts: number;
}

/** PostgreSQL allows 65,535 bind parameters per statement; stay well below with a fixed row budget. */
const PARAMETERS_PER_STATEMENT = 30_000;

async function inChunks<T>(rows: readonly T[], columns: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns));
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * Writes a plan with multi-row inserts inside the caller's transaction. Ids are drawn here, not in the
 * plan: the plan stays reproducible and the ids stay time-ordered UUIDs like every other row.
 */
export async function writePlan(
  trx: Transaction<Database>,
  plan: DemoPlan,
  passwordHash: string,
  progress: (message: string) => void,
): Promise<WrittenCounts> {
  const agencies: Insertable<AgenciesTable>[] = [];
  const units: Insertable<UnitsTable>[] = [];
  const positions: Insertable<PositionsTable>[] = [];
  const employees: Insertable<EmployeesTable>[] = [];
  const assignments: Insertable<PositionAssignmentsTable>[] = [];
  const accounts: Insertable<AccountsTable>[] = [];

  for (const a of plan.agencies) {
    const agencyId = newId();
    agencies.push({ id: agencyId, code: a.spec.code, name: a.spec.name, short_name: a.spec.shortName, time_zone: PROVINCE_TIME_ZONE });
    const unitId = new Map<string, string>();
    for (const u of a.units) {
      const id = newId();
      unitId.set(u.code, id);
      units.push({ agency_id: agencyId, id, code: u.code, name: u.name, parent_id: u.parentCode === null ? null : unitId.get(u.parentCode)! });
    }
    const positionId = new Map<string, string>();
    for (const p of a.positions) {
      const id = newId();
      positionId.set(p.code, id);
      positions.push({
        agency_id: agencyId,
        id,
        unit_id: unitId.get(p.unitCode)!,
        code: p.code,
        name: p.name,
        kind: p.kind,
        jf_level: p.jfLevel,
        kelas_jabatan: p.kelas,
        is_unit_head: p.isHead,
      });
    }
    const employeeId = new Map<string, string>();
    for (const e of a.employees) {
      const id = newId();
      employeeId.set(e.nip, id);
      employees.push({
        agency_id: agencyId,
        id,
        nip: e.nip,
        kind: e.kind,
        name: e.name,
        front_title: e.frontTitle,
        back_title: e.backTitle,
        sex: e.sex,
        birth_date: e.birthDate,
        rank_code: e.rankCode,
        email: e.email,
        phone: null,
        supervisor_override_id: null,
      });
      accounts.push({
        id: newId(),
        nip: e.nip,
        role: e.accountRole,
        agency_id: agencyId,
        employee_id: id,
        password_hash: passwordHash,
        must_change_password: false,
        // Demo accounts of roles that must use two-factor sign-in are exempt, so a newcomer can look
        // around with the README's password alone; the app says so on "Perangkat saya" (issue 20).
        two_factor_exempt: TWO_FACTOR_ROLES.includes(e.accountRole),
      });
    }
    for (const s of a.assignments) {
      assignments.push({
        agency_id: agencyId,
        id: newId(),
        employee_id: employeeId.get(s.nip)!,
        position_id: positionId.get(s.positionCode)!,
        role: s.role,
        starts_on: s.startsOn,
        ends_on: s.endsOn,
        decree_number: s.decreeNumber,
      });
    }
  }
  // The province-wide auditor belongs to no agency, so has no employee row to point at.
  accounts.push({
    id: newId(),
    nip: plan.auditor.nip,
    role: 'auditor',
    agency_id: null,
    employee_id: null,
    display_name: displayName(plan.auditor),
    password_hash: passwordHash,
    must_change_password: false,
    two_factor_exempt: true,
  });

  progress(`Menulis ${agencies.length} OPD dan ${units.length} unit…`);
  await insertAgencies(trx, agencies);
  // Units go in pre-order (parents first) so each row's parent exists when its chunk is checked.
  await inChunks(units, 6, (chunk) => insertUnits(trx, chunk));
  progress(`Menulis ${positions.length} jabatan…`);
  await inChunks(positions, 9, (chunk) => insertPositions(trx, chunk));
  progress(`Menulis ${employees.length} pegawai…`);
  await inChunks(employees, 13, (chunk) => insertEmployees(trx, chunk));
  progress(`Menulis ${assignments.length} penugasan jabatan…`);
  await inChunks(assignments, 8, (chunk) => insertAssignments(trx, chunk));
  progress(`Menulis ${accounts.length} akun…`);
  await inChunks(accounts, 8, (chunk) => insertAccounts(trx, chunk));

  return {
    agencies: agencies.length,
    units: units.length,
    positions: positions.length,
    employees: employees.length,
    assignments: assignments.length,
    accounts: accounts.length,
  };
}
