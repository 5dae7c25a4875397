import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Who looked at whose personal data (UU PDP; issue 20 item 4): one row per reader, person, kind of
 * data and day, however often that day. Not in the hash-chained audit trail: reads are many times
 * the writes, and a repeat on the same day adds nothing a person needs to know. The key leads with
 * agency_id so the table distributes with the person's agency (docs/scaling.md); the reader is kept
 * as they were (role, agency, employee), so listing needs no join across agencies. One
 * statement per call: a Citus worker refuses several in one prepared statement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table personal_data_reads (
      agency_id uuid not null,
      employee_id uuid not null,
      read_on date not null,
      reader_account_id uuid not null,
      kind text not null check (kind in ('profile', 'journal', 'validation', 'skp', 'evaluation', 'evidence')),
      reader_role text not null,
      reader_agency_id uuid,
      reader_employee_id uuid,
      first_at timestamptz not null,
      primary key (agency_id, employee_id, read_on, reader_account_id, kind)
    )
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists personal_data_reads`);
}
