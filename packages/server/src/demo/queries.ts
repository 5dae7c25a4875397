import type { Insertable } from 'kysely';
import { defineQuery } from '../db/query.js';
import type {
  AccountsTable,
  AgenciesTable,
  EmployeesTable,
  PositionAssignmentsTable,
  PositionsTable,
  RegionalLeadershipTermsTable,
  RegionalOfficialsTable,
  UnitsTable,
} from '../db/schema.js';

// The demo writes a whole province at once, one multi-row INSERT per chunk; each example is one row.
const AGENCY = '00000000-0000-4000-8000-00000000000a';
const UNIT = '00000000-0000-4000-8000-0000000000c0';
const POSITION = '00000000-0000-4000-8000-0000000000b0';
const EMPLOYEE = '00000000-0000-4000-8000-00000000000e';

export const anyAgency = defineQuery('demo', 'anyAgency', [[]], (db) => db.selectFrom('agencies').select('id').limit(1).executeTakeFirst());

export const insertAgencies = defineQuery(
  'demo',
  'insertAgencies',
  [[[{ id: AGENCY, code: 'DINKES', name: 'Dinas Kesehatan', short_name: 'Dinkes', time_zone: 'Asia/Jakarta' }]]] as [Insertable<AgenciesTable>[]][],
  async (db, rows: Insertable<AgenciesTable>[]) => {
    await db.insertInto('agencies').values(rows).execute();
  },
);

export const insertUnits = defineQuery(
  'demo',
  'insertUnits',
  [[[{ agency_id: AGENCY, id: UNIT, code: 'U1', name: 'Sekretariat', parent_id: null }]]] as [Insertable<UnitsTable>[]][],
  async (db, rows: Insertable<UnitsTable>[]) => {
    await db.insertInto('units').values(rows).execute();
  },
);

export const insertPositions = defineQuery(
  'demo',
  'insertPositions',
  [[[{ agency_id: AGENCY, id: POSITION, unit_id: UNIT, code: 'J1', name: 'Sekretaris', kind: 'administrator', jf_level: null, kelas_jabatan: 12, is_unit_head: true }]]] as [
    Insertable<PositionsTable>[],
  ][],
  async (db, rows: Insertable<PositionsTable>[]) => {
    await db.insertInto('positions').values(rows).execute();
  },
);

export const insertEmployees = defineQuery(
  'demo',
  'insertEmployees',
  [[[{
          agency_id: AGENCY,
          id: EMPLOYEE,
          nip: '198001012006041001',
          kind: 'pns',
          name: 'Sari',
          front_title: null,
          back_title: null,
          sex: 'P',
          birth_date: '1980-01-01',
          rank_code: 'III/a',
          email: null,
          phone: null,
          supervisor_override_id: null,
        }]]] as [
    Insertable<EmployeesTable>[],
  ][],
  async (db, rows: Insertable<EmployeesTable>[]) => {
    await db.insertInto('employees').values(rows).execute();
  },
);

export const insertAssignments = defineQuery(
  'demo',
  'insertAssignments',
  [[[{ agency_id: AGENCY, id: UNIT, employee_id: EMPLOYEE, position_id: POSITION, role: 'definitive', starts_on: '2020-01-02', ends_on: null, decree_number: null }]]] as [
    Insertable<PositionAssignmentsTable>[],
  ][],
  async (db, rows: Insertable<PositionAssignmentsTable>[]) => {
    await db.insertInto('position_assignments').values(rows).execute();
  },
);

export const insertAccounts = defineQuery(
  'demo',
  'insertAccounts',
  [
    [
      [
        { id: EMPLOYEE, nip: '198001012006041001', role: 'employee', agency_id: AGENCY, employee_id: EMPLOYEE, password_hash: 'argon2-hash', must_change_password: false },
        // The province auditor (last, so in the last chunk) has no employee row and its own name.
        { id: UNIT, nip: '197501012000031001', role: 'auditor', agency_id: null, employee_id: null, display_name: 'Auditor', password_hash: 'argon2-hash', must_change_password: false },
      ],
    ],
  ] as [
    Insertable<AccountsTable>[],
  ][],
  async (db, rows: Insertable<AccountsTable>[]) => {
    await db.insertInto('accounts').values(rows).execute();
  },
);

/** The Sekretaris Daerah: the definitive holder of the head post of the SETDA's top unit, latest first. */
export const sekdaOfProvince = defineQuery('demo', 'sekdaOfProvince', [['SETDA']], (db, setdaCode: string) =>
  db
    .selectFrom('agencies as g')
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'g.id').on('u.parent_id', 'is', null))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'u.agency_id').onRef('p.unit_id', '=', 'u.id').on('p.is_unit_head', '=', true))
    .innerJoin('position_assignments as a', (j) => j.onRef('a.agency_id', '=', 'p.agency_id').onRef('a.position_id', '=', 'p.id').on('a.role', '=', 'definitive'))
    .select(['a.agency_id', 'a.employee_id', 'a.starts_on'])
    .where('g.code', '=', setdaCode)
    .orderBy('a.starts_on', 'desc')
    .limit(1)
    .executeTakeFirst(),
);

/** The kepala daerah and the Sekda's term: the regional chain above the OPD heads (SKP). */
export const insertRegionalLeadership = defineQuery(
  'demo',
  'insertRegionalLeadership',
  [[{ id: EMPLOYEE, title: 'Gubernur', name: 'Gubernur' }, [{ id: UNIT, post: 'sekda', capacity: 'definitive', employee_agency_id: AGENCY, employee_id: EMPLOYEE, starts_on: '2024-01-01' }]]] as [
    Insertable<RegionalOfficialsTable>,
    Insertable<RegionalLeadershipTermsTable>[],
  ][],
  async (db, official: Insertable<RegionalOfficialsTable>, terms: Insertable<RegionalLeadershipTermsTable>[]) => {
    await db.insertInto('regional_officials').values(official).execute();
    await db.insertInto('regional_leadership_terms').values(terms).execute();
  },
);

/** The accounts of some employees by NIP: who the demo's SKP steps are taken as. */
export const accountsByNip = defineQuery('demo', 'accountsByNip', [[['198001012006041001']]], (db, nips: readonly string[]) =>
  db.selectFrom('accounts').select(['id', 'nip', 'role', 'agency_id', 'employee_id']).where('nip', 'in', nips).execute(),
);

/** An employee's account (the Sekda, found from the Kepala Dinas's SKP). */
export const accountOfEmployee = defineQuery('demo', 'accountOfEmployee', [[AGENCY, EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db.selectFrom('accounts').select(['id', 'nip', 'role', 'agency_id', 'employee_id']).where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).executeTakeFirst(),
);
