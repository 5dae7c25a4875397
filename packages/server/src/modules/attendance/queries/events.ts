/** Apel and upacara events and their attendance. */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const M = '0190b7a0-0000-7000-8000-00000000000b';
const X = '0190b7a0-0000-7000-8000-0000000000a5';
const T = new Date('2026-11-23T00:00:00Z');

export interface EventRow {
  agency_id: string;
  id: string;
  kind: 'apel' | 'upacara';
  name: string;
  date: string;
  start_minute: number;
  end_minute: number;
  machine_id: string | null;
  created_at: Date;
  created_by_account_id: string | null;
}

export const insertEvent = defineQuery(
  'attendance',
  'insertEvent',
  [[{ agency_id: A, id: X, kind: 'apel', name: 'Apel pagi', date: '2026-11-23', start_minute: 450, end_minute: 480, machine_id: M, created_at: T, created_by_account_id: null }]],
  (db, row: EventRow) => db.insertInto('attendance_events').values(row).execute(),
);

export const eventsBetween = defineQuery('attendance', 'eventsBetween', [[A, '2026-11-01', '2026-11-30', null]], (db, agencyId: string, from: string, to: string, id: string | null) => {
  let q = db.selectFrom('attendance_events').select(['id', 'kind', 'name', 'date', 'start_minute', 'end_minute', 'machine_id']).where('agency_id', '=', agencyId);
  q = id ? q.where('id', '=', id) : q.where('date', '>=', from).where('date', '<=', to);
  return q.orderBy('date').orderBy('start_minute').execute();
});

export const machineOfAgency = defineQuery('attendance', 'machineOfAgency', [[A, M]], (db, agencyId: string, machineId: string) =>
  db.selectFrom('attendance_machines').select('id').where('agency_id', '=', agencyId).where('id', '=', machineId).executeTakeFirst(),
);

/** Attendance recorded from a list, for these events. */
export const listedAttendees = defineQuery('attendance', 'listedAttendees', [[A, [X]]], (db, agencyId: string, eventIds: readonly string[]) =>
  db
    .selectFrom('attendance_event_attendees as a')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'a.agency_id').onRef('e.id', '=', 'a.employee_id'))
    .select(['a.event_id', 'e.id', 'e.nip', 'e.name'])
    .where('a.agency_id', '=', agencyId)
    .where('a.event_id', 'in', eventIds.length ? eventIds : ['00000000-0000-0000-0000-000000000000'])
    .execute(),
);

/** Who scanned on the event's machine within its window. */
export const machineAttendees = defineQuery('attendance', 'machineAttendees', [[A, M, T, T]], (db, agencyId: string, machineId: string, from: Date, to: Date) =>
  db
    .selectFrom('attendance_punches as p')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'p.agency_id').onRef('e.id', '=', 'p.employee_id'))
    .select(['e.id', 'e.nip', 'e.name'])
    .distinct()
    .where('p.agency_id', '=', agencyId)
    .where('p.machine_id', '=', machineId)
    .where('p.at', '>=', from)
    .where('p.at', '<', to)
    .execute(),
);

export const employeesOfAgency = defineQuery('attendance', 'employeesOfAgency', [[A, [E]]], (db, agencyId: string, ids: readonly string[]) =>
  db.selectFrom('employees').select('id').where('agency_id', '=', agencyId).where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']).execute(),
);

export const insertAttendees = defineQuery(
  'attendance',
  'insertAttendees',
  [[[{ agency_id: A, event_id: X, employee_id: E, recorded_at: T, recorded_by_account_id: null }]]],
  async (db, rows: readonly { agency_id: string; event_id: string; employee_id: string; recorded_at: Date; recorded_by_account_id: string | null }[]) =>
    (await db.insertInto('attendance_event_attendees').values([...rows]).onConflict((oc) => oc.doNothing()).returning('employee_id').execute()).length,
);
