/** The stored attendance setup of an agency: schedules, their assignments and approved leave. */
import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const X = '0190b7a0-0000-7000-8000-0000000000a5';
const T = new Date('2026-11-23T00:00:00Z');

export const schedulesOf = defineQuery('attendance', 'schedulesOf', [[A]], (db, agencyId: string) =>
  db.selectFrom('attendance_schedules').select(['id', 'name', 'time_zone', 'observes_holidays', 'pattern']).where('agency_id', '=', agencyId).orderBy('id').execute(),
);

export const assignmentsOf = defineQuery('attendance', 'assignmentsOf', [[A]], (db, agencyId: string) =>
  db
    .selectFrom('attendance_schedule_assignments as s')
    .leftJoin('units as u', (j) => j.onRef('u.agency_id', '=', 's.agency_id').onRef('u.id', '=', 's.unit_id'))
    .leftJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .select(['s.id', 's.schedule_id', 's.scope_kind', 's.unit_id', 's.employee_id', 's.starts_on', 's.ends_on', 'u.name as unit_name', 'e.name as employee_name'])
    .where('s.agency_id', '=', agencyId)
    .orderBy('s.starts_on')
    .orderBy('s.id')
    .execute(),
);

export interface ScheduleRow {
  agency_id: string;
  id: string;
  name: string;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  observes_holidays: boolean;
  pattern: string;
  updated_at: Date;
  updated_by_account_id: string | null;
}

export const upsertSchedule = defineQuery(
  'attendance',
  'upsertSchedule',
  [[{ agency_id: A, id: 'perpres-21-2023', name: 'Jam kerja', time_zone: 'WIB', observes_holidays: true, pattern: '{}', updated_at: T, updated_by_account_id: null }]],
  (db, row: ScheduleRow) =>
    db
      .insertInto('attendance_schedules')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['agency_id', 'id']).doUpdateSet({
          name: row.name,
          time_zone: row.time_zone,
          observes_holidays: row.observes_holidays,
          pattern: row.pattern,
          updated_at: row.updated_at,
          updated_by_account_id: row.updated_by_account_id,
        }),
      )
      .returning(sql<boolean>`(xmax = 0)`.as('created'))
      .executeTakeFirstOrThrow(),
);

export interface AssignmentRow {
  agency_id: string;
  id: string;
  schedule_id: string;
  scope_kind: 'agency' | 'unit' | 'employee';
  unit_id: string | null;
  employee_id: string | null;
  starts_on: string;
  ends_on: string | null;
  created_at: Date;
  created_by_account_id: string | null;
}

export const insertAssignment = defineQuery(
  'attendance',
  'insertAssignment',
  [[{ agency_id: A, id: X, schedule_id: 'ramadan', scope_kind: 'agency', unit_id: null, employee_id: null, starts_on: '2027-02-08', ends_on: '2027-03-09', created_at: T, created_by_account_id: null }]],
  (db, row: AssignmentRow) => db.insertInto('attendance_schedule_assignments').values(row).execute(),
);

export const deleteAssignment = defineQuery('attendance', 'deleteAssignment', [[A, X]], (db, agencyId: string, id: string) =>
  db.deleteFrom('attendance_schedule_assignments').where('agency_id', '=', agencyId).where('id', '=', id).returning(['id', 'schedule_id', 'scope_kind', 'starts_on', 'ends_on']).executeTakeFirst(),
);

export const unitOfAgency = defineQuery('attendance', 'unitOfAgency', [[A, X]], (db, agencyId: string, unitId: string) =>
  db.selectFrom('units').select(['id', 'name']).where('agency_id', '=', agencyId).where('id', '=', unitId).executeTakeFirst(),
);

export const employeeOfAgency = defineQuery('attendance', 'employeeOfAgency', [[A, E]], (db, agencyId: string, employeeId: string) =>
  db.selectFrom('employees').select(['id', 'nip', 'name']).where('agency_id', '=', agencyId).where('id', '=', employeeId).executeTakeFirst(),
);

/** Approved leave overlapping [from, to]; with `employeeIds`, only theirs. */
export const approvedLeaveBetween = defineQuery(
  'attendance',
  'approvedLeaveBetween',
  [
    [A, '2026-11-01', '2026-11-30', null],
    [A, '2026-11-01', '2026-11-30', [E]],
  ],
  (db, agencyId: string, from: string, to: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('attendance_leave_requests')
      .select(['employee_id', 'type_code', 'part', 'starts_on', 'ends_on'])
      .where('agency_id', '=', agencyId)
      .where('status', '=', 'approved')
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from);
    if (employeeIds) q = q.where('employee_id', 'in', employeeIds.length ? employeeIds : ['00000000-0000-0000-0000-000000000000']);
    return q.orderBy('created_at').execute();
  },
);
