import type { Db } from '../../db/query.js';
import type { Account, Agency, Employee, Position, PositionAssignment, Unit } from '../../db/schema.js';
import {
  accountsByNips,
  allAgencies,
  employeesByNips,
  lockAgenciesByCode,
  openDefinitiveAssignments,
  positionsOfAgencies,
  unitsOfAgencies,
} from './queries.js';

export type ExistingAgency = Pick<Agency, 'id' | 'code' | 'name' | 'time_zone'>;
export type ExistingUnit = Pick<Unit, 'agency_id' | 'id' | 'code' | 'name' | 'parent_id' | 'active'>;
export type ExistingPosition = Pick<
  Position,
  'agency_id' | 'id' | 'unit_id' | 'code' | 'name' | 'kind' | 'jf_level' | 'kelas_jabatan' | 'is_unit_head' | 'active'
>;
export type ExistingEmployee = Pick<
  Employee,
  | 'agency_id'
  | 'id'
  | 'nip'
  | 'kind'
  | 'name'
  | 'front_title'
  | 'back_title'
  | 'sex'
  | 'birth_date'
  | 'rank_code'
  | 'email'
  | 'phone'
  | 'supervisor_override_id'
  | 'active'
>;
/** An open (ends_on null) definitive assignment: the post an employee holds now. */
export type ExistingAssignment = Pick<PositionAssignment, 'agency_id' | 'id' | 'employee_id' | 'position_id' | 'starts_on'>;
export type ExistingAccount = Pick<Account, 'id' | 'nip' | 'role' | 'agency_id' | 'employee_id'>;

export interface ExistingRows {
  agencies: ExistingAgency[];
  units: ExistingUnit[];
  positions: ExistingPosition[];
  employees: ExistingEmployee[];
  assignments: ExistingAssignment[];
  accounts: ExistingAccount[];
}

/** What the database already holds that an import may refer to or change, indexed by natural key. */
export interface Existing {
  agencyByCode: Map<string, ExistingAgency>;
  agencyById: Map<string, ExistingAgency>;
  /** agency id -> unit code -> unit */
  units: Map<string, Map<string, ExistingUnit>>;
  unitById: Map<string, ExistingUnit>;
  positions: Map<string, Map<string, ExistingPosition>>;
  positionById: Map<string, ExistingPosition>;
  /** A NIP may have rows in several agencies: the active one and those it moved away from. */
  employeesByNip: Map<string, ExistingEmployee[]>;
  openAssignmentOf: Map<string, ExistingAssignment>;
  accountByNip: Map<string, ExistingAccount>;
}

function group<T>(rows: T[], key: (r: T) => string, sub: (r: T) => string): Map<string, Map<string, T>> {
  const out = new Map<string, Map<string, T>>();
  for (const r of rows) {
    let m = out.get(key(r));
    if (!m) out.set(key(r), (m = new Map()));
    m.set(sub(r), r);
  }
  return out;
}

export function indexExisting(rows: ExistingRows): Existing {
  const employeesByNip = new Map<string, ExistingEmployee[]>();
  for (const e of rows.employees) employeesByNip.set(e.nip, [...(employeesByNip.get(e.nip) ?? []), e]);
  const openAssignmentOf = new Map<string, ExistingAssignment>();
  for (const a of rows.assignments) {
    // Two open definitive posts are a data error; the latest start is the one in force (as in OrgChart).
    const prev = openAssignmentOf.get(a.employee_id);
    if (!prev || prev.starts_on <= a.starts_on) openAssignmentOf.set(a.employee_id, a);
  }
  return {
    agencyByCode: new Map(rows.agencies.map((a) => [a.code, a])),
    agencyById: new Map(rows.agencies.map((a) => [a.id, a])),
    units: group(rows.units, (u) => u.agency_id, (u) => u.code),
    unitById: new Map(rows.units.map((u) => [u.id, u])),
    positions: group(rows.positions, (p) => p.agency_id, (p) => p.code),
    positionById: new Map(rows.positions.map((p) => [p.id, p])),
    employeesByNip,
    openAssignmentOf,
    accountByNip: new Map(rows.accounts.map((a) => [a.nip, a])),
  };
}

/**
 * Loads, in a handful of queries, everything the import needs to know about the agencies it
 * touches and the NIPs it names. With `lock`, the touched agencies are locked first so two
 * imports into one agency run one after the other instead of racing on the same codes.
 */
export async function loadExisting(db: Db, want: { agencyCodes: string[]; nips: string[] }, lock: boolean): Promise<Existing> {
  if (lock && want.agencyCodes.length) {
    await lockAgenciesByCode(db, want.agencyCodes);
  }
  const agencies = await allAgencies(db);
  const codes = new Set(want.agencyCodes);
  const touched = agencies.filter((a) => codes.has(a.code)).map((a) => a.id);
  const units = await unitsOfAgencies(db, touched);
  const positions = await positionsOfAgencies(db, touched);
  const employees = await employeesByNips(db, want.nips);
  const employeeAgencies = [...new Set(employees.map((e) => e.agency_id))];
  const assignments = employees.length
    ? await openDefinitiveAssignments(
        db,
        employeeAgencies,
        employees.map((e) => e.id),
      )
    : [];
  const accounts = await accountsByNips(db, want.nips);
  return indexExisting({
    agencies,
    units,
    positions: positions.map((p) => ({ ...p, kelas_jabatan: Number(p.kelas_jabatan) })),
    employees,
    assignments,
    accounts,
  });
}
