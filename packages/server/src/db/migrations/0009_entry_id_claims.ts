import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Entry ids are unique across the whole province, not only inside an agency.
 *
 * Entries are keyed (agency_id, id) so that Citus can distribute them by agency (docs/scaling.md), and
 * a unique key there can only be enforced per agency: an employee of one agency could save an entry
 * under another agency's entry id and get a second entry with the same id. The ids are made by the
 * devices (UUIDv7), the offline store and the audit trail name entries by id alone, and a supervisor
 * acts on an id, so one id must mean one entry everywhere.
 *
 * entry_id_claims holds every id ever used, keyed by the id alone (on Citus it is distributed by id, so
 * its primary key is enforceable). Every new entry claims its id in the same transaction; a claim is
 * never released (entries are never deleted, ids are never reused). The backfill keeps, for an id that
 * two agencies already share, the older entry's claim; the other entry stays and can still be edited.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table entry_id_claims (
      id uuid primary key,
      agency_id uuid not null,
      employee_id uuid not null
    );
    insert into entry_id_claims (id, agency_id, employee_id)
      select distinct on (id) id, agency_id, employee_id from journal_entries order by id, created_at, agency_id;
    create trigger entry_id_claims_no_delete before delete on entry_id_claims
      for each statement execute function forbid_delete();
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists entry_id_claims`);
}
