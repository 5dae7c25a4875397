import type { Insertable } from 'kysely';
import { defineQuery } from '../db/query.js';
import type { AccountsTable, AgenciesTable, EmployeesTable, PositionAssignmentsTable, PositionsTable, UnitsTable } from '../db/schema.js';

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
