import type { Insertable } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { AttendanceLeaveRequestsTable, AttendanceMachinesTable, AttendanceScheduleAssignmentsTable, AttendanceSchedulesTable, AttendanceSerialsTable } from '../../db/schema.js';
import type { NewPunch } from '../../modules/attendance/queries.js';

// The demo province's attendance (demo/attendance.ts): machines, the default week, a leave and punches.

const A = '0190b7a0-0000-7000-8000-00000000000a';
const M = '0190b7a0-0000-7000-8000-00000000000b';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const T = new Date('2026-11-23T00:00:00Z');

/** The active employees of these agencies with their accounts, by agency and NIP. */
export const demoAttendancePeople = defineQuery('demo', 'demoAttendancePeople', [[[A]]], (db, agencyIds: readonly string[]) =>
  db
    .selectFrom('employees as e')
    .leftJoin('accounts as a', 'a.employee_id', 'e.id')
    .select(['e.agency_id', 'e.id', 'e.nip', 'a.id as account_id'])
    .where('e.agency_id', 'in', agencyIds)
    .where('e.active', '=', true)
    .orderBy('e.agency_id')
    .orderBy('e.nip')
    .execute(),
);

/** The holidays and cuti bersama between two dates (nobody punches on them). */
export const demoHolidays = defineQuery('demo', 'demoHolidays', [['2026-11-01', '2026-12-31']], (db, from: string, to: string) =>
  db.selectFrom('holidays').select('date').where('date', '>=', from).where('date', '<=', to).execute(),
);

export const insertDemoMachines = defineQuery('demo', 'insertDemoMachines', [[[{ agency_id: A, id: M, serial_number: 'DEMO-X', name: 'Lobi', zone: 'WIB' }]]], (db, rows: readonly Insertable<AttendanceMachinesTable>[]) =>
  db.insertInto('attendance_machines').values([...rows]).execute(),
);

export const insertDemoSerials = defineQuery(
  'demo',
  'insertDemoSerials',
  [[[{ serial_number: 'DEMO-X', state: 'accepted', agency_id: A, machine_id: M, decided_at: T, first_seen_at: T, last_seen_at: T }]]],
  (db, rows: readonly Insertable<AttendanceSerialsTable>[]) => db.insertInto('attendance_serials').values([...rows]).execute(),
);

export const insertDemoSchedules = defineQuery(
  'demo',
  'insertDemoSchedules',
  [[[{ agency_id: A, id: 'perpres-21-2023', name: 'Perpres', time_zone: 'WIB', observes_holidays: true, pattern: '{}', updated_at: T, updated_by_account_id: null }]]],
  (db, rows: readonly Insertable<AttendanceSchedulesTable>[]) => db.insertInto('attendance_schedules').values([...rows]).execute(),
);

export const insertDemoScheduleAssignments = defineQuery(
  'demo',
  'insertDemoScheduleAssignments',
  [[[{ agency_id: A, id: M, schedule_id: 'perpres-21-2023', scope_kind: 'agency', unit_id: null, employee_id: null, starts_on: '2026-11-01', ends_on: null, created_at: T, created_by_account_id: null }]]],
  (db, rows: readonly Insertable<AttendanceScheduleAssignmentsTable>[]) => db.insertInto('attendance_schedule_assignments').values([...rows]).execute(),
);

export const insertDemoLeave = defineQuery(
  'demo',
  'insertDemoLeave',
  [
    [
      [
        {
          agency_id: A,
          id: M,
          request_id: M,
          employee_id: E,
          type_code: 'cuti_tahunan',
          part: 'day',
          starts_on: '2026-11-10',
          ends_on: '2026-11-10',
          reason: 'Urusan keluarga',
          status: 'approved',
          approver_employee_id: E,
          decided_by_employee_id: E,
          decided_at: T,
          created_at: T,
          created_by_account_id: A,
        },
      ],
    ],
  ],
  (db, rows: readonly Insertable<AttendanceLeaveRequestsTable>[]) => db.insertInto('attendance_leave_requests').values([...rows]).execute(),
);

/** One batch of the demo's punches (the seed writes into an empty table: no conflict to skip). */
export const insertDemoPunches = defineQuery(
  'demo',
  'insertDemoPunches',
  [[[{ agency_id: A, machine_id: M, pin: '199905292024022005', local_time: '2026-11-23 07:21:00', at: T, employee_id: E, status: 0, verify: 1, work_code: '', source: 'push', received_at: T } as NewPunch]]],
  (db, rows: readonly NewPunch[]) => db.insertInto('attendance_punches').values(rows as NewPunch[]).execute(),
);
