import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Apel and upacara as events (issue 18 item 5): an event of an agency on a date with its window on
 * the agency's clock and, optionally, the machine tagged for it (its scans in the window are the
 * attendance); attendance can also be recorded from a list. One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table attendance_events (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      kind text not null check (kind in ('apel','upacara')),
      name text not null,
      date date not null,
      start_minute integer not null check (start_minute between 0 and 1439),
      end_minute integer not null check (end_minute between 1 and 1440),
      machine_id uuid,
      created_at timestamptz not null,
      created_by_account_id uuid,
      primary key (agency_id, id),
      foreign key (agency_id, machine_id) references attendance_machines(agency_id, id),
      check (end_minute > start_minute)
    )
  `);
  await ddl(db, sql`create index attendance_events_by_date on attendance_events (agency_id, date)`);
  await ddl(db, sql`
    create table attendance_event_attendees (
      agency_id uuid not null,
      event_id uuid not null,
      employee_id uuid not null,
      recorded_at timestamptz not null,
      recorded_by_account_id uuid,
      primary key (agency_id, event_id, employee_id),
      foreign key (agency_id, event_id) references attendance_events(agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    )
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists attendance_event_attendees`);
  await ddl(db, sql`drop table if exists attendance_events`);
}
