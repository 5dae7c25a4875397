import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Disputed selfie check-ins (issue 18): the agency admin's verdict on a rejected or anomalous
 * check-in (`resolution`: accepted makes it a punch, rejected confirms it is none; with the note and
 * the `resolved_at`/`resolved_by_account_id` of 0047), and the face that matched another employee's
 * approved reference better than the employee's own (`other_employee_id`, `other_match`), found by
 * the server from the descriptor the phone sent. The partial index serves the admin's list of open
 * disputes of a window.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table selfie_checkins add column resolution text`);
  await ddl(db, sql`alter table selfie_checkins add column resolution_note text`);
  await ddl(db, sql`alter table selfie_checkins add column other_employee_id uuid`);
  await ddl(db, sql`alter table selfie_checkins add column other_match real`);
  await ddl(db, sql`alter table selfie_checkins add constraint selfie_checkins_resolution check (resolution is null or (resolution in ('accepted','rejected') and resolved_at is not null))`);
  await ddl(db, sql`alter table selfie_checkins add constraint selfie_checkins_other check ((other_employee_id is null) = (other_match is null))`);
  await ddl(db, sql`create index selfie_checkins_open on selfie_checkins (agency_id, at, id) where resolved_at is null and redacted_at is null`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop index if exists selfie_checkins_open`);
  await ddl(db, sql`alter table selfie_checkins drop constraint if exists selfie_checkins_other`);
  await ddl(db, sql`alter table selfie_checkins drop constraint if exists selfie_checkins_resolution`);
  for (const column of ['resolution', 'resolution_note', 'other_employee_id', 'other_match']) await ddl(db, sql`alter table selfie_checkins drop column if exists ${sql.id(column)}`);
}
