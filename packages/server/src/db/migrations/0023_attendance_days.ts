import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Attendance beyond the machines (issue 18 items 4–6): what the daily status is judged with, and
 * the alerts it raised.
 *
 * - attendance_schedules: an agency's working schedules as data (core's WorkSchedule, its shifts
 *   kept as the wall-clock specs an admin typed: `pattern` jsonb), by a short id per agency.
 * - attendance_schedule_assignments: which schedule applies to the agency, a unit or an employee,
 *   effective-dated (`ends_on` null = until replaced); core's precedence decides between them.
 * - attendance_leave_requests: leave and permissions asked for by the employee (with an attachment
 *   from the evidence store), decided by the direct supervisor resolved when it was asked
 *   (`approver_employee_id`, Plt/Plh included); only `approved` rows excuse days. `request_id`
 *   makes a retried request answer the first one.
 * - attendance_alerts: the PP 94/2021 thresholds raised, one row per employee, year, threshold and
 *   recipient (employee, supervisor, BKD): the key makes each raised once.
 * One statement per call (Citus); every tenant table keyed with agency_id first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table attendance_schedules (
      agency_id uuid not null references agencies(id),
      id text not null check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      name text not null,
      time_zone text not null check (time_zone in ('WIB','WITA','WIT')),
      observes_holidays boolean not null,
      pattern jsonb not null,
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, id)
    )
  `);
  await ddl(db, sql`
    create table attendance_schedule_assignments (
      agency_id uuid not null,
      id uuid not null,
      schedule_id text not null,
      scope_kind text not null check (scope_kind in ('agency','unit','employee')),
      unit_id uuid,
      employee_id uuid,
      starts_on date not null,
      ends_on date,
      created_at timestamptz not null,
      created_by_account_id uuid,
      primary key (agency_id, id),
      foreign key (agency_id, schedule_id) references attendance_schedules(agency_id, id),
      check ((scope_kind = 'unit') = (unit_id is not null)),
      check ((scope_kind = 'employee') = (employee_id is not null)),
      check (ends_on is null or ends_on >= starts_on)
    )
  `);
  await ddl(db, sql`
    create table attendance_leave_requests (
      agency_id uuid not null,
      id uuid not null,
      request_id uuid not null,
      employee_id uuid not null,
      type_code text not null,
      part text not null check (part in ('day','arrival','departure')),
      starts_on date not null,
      ends_on date not null,
      reason text not null,
      attachment_sha256 text,
      status text not null check (status in ('pending','approved','rejected','cancelled')),
      approver_employee_id uuid,
      decided_by_employee_id uuid,
      decided_at timestamptz,
      decision_note text,
      created_at timestamptz not null,
      created_by_account_id uuid not null,
      primary key (agency_id, id),
      unique (agency_id, employee_id, request_id),
      foreign key (agency_id, employee_id) references employees(agency_id, id),
      check (ends_on >= starts_on)
    )
  `);
  await ddl(db, sql`create index attendance_leave_by_employee on attendance_leave_requests (agency_id, employee_id, starts_on)`);
  await ddl(db, sql`create index attendance_leave_by_approver on attendance_leave_requests (agency_id, approver_employee_id, status)`);
  await ddl(db, sql`
    create table attendance_alerts (
      agency_id uuid not null,
      employee_id uuid not null,
      year integer not null,
      code text not null,
      recipient text not null check (recipient in ('employee','supervisor','bkd')),
      recipient_employee_id uuid,
      level text not null,
      sanction text not null,
      reached_on date not null,
      days integer not null,
      raised_at timestamptz not null,
      primary key (agency_id, employee_id, year, code, recipient),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    )
  `);
  await ddl(db, sql`create index attendance_alerts_by_recipient on attendance_alerts (agency_id, recipient_employee_id) where recipient_employee_id is not null`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists attendance_alerts`);
  await ddl(db, sql`drop table if exists attendance_leave_requests`);
  await ddl(db, sql`drop table if exists attendance_schedule_assignments`);
  await ddl(db, sql`drop table if exists attendance_schedules`);
}
