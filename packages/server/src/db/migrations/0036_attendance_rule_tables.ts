import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * An agency's own discipline table and leave catalogue (issue 18 item 6), as data.
 *
 * - attendance_rule_versions: the TL/PSW band table (core's AttendanceRules as jsonb, checked by
 *   core's attendanceRulesProblems before it is stored) in force from the first day of a month until
 *   the next version's month. No version: the Kementan table.
 * - attendance_leave_types: the agency's leave and permission types and how a day of each counts
 *   (present, absent but excused, non-TPP); `active` false keeps a type already asked for judgeable
 *   while nobody can ask for it again. No row: core's default catalogue.
 * One statement per call (Citus); both keyed with agency_id first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table attendance_rule_versions (
      agency_id uuid not null references agencies(id),
      effective_from date not null check (extract(day from effective_from) = 1),
      rules jsonb not null,
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, effective_from)
    )
  `);
  await ddl(db, sql`
    create table attendance_leave_types (
      agency_id uuid not null references agencies(id),
      code text not null check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
      name text not null check (length(name) between 1 and 100),
      counts text not null check (counts in ('present','absent_excused','non_tpp')),
      active boolean not null,
      position integer not null,
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, code)
    )
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists attendance_leave_types`);
  await ddl(db, sql`drop table if exists attendance_rule_versions`);
}
