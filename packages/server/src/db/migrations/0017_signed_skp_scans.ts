import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Signed scans of an approved SKP (the printed form with wet signatures, as a PDF or photo), kept
 * with the SKP and the version they sign. The bytes live in the evidence store (evidence_files,
 * named by their SHA-256, photos re-encoded without metadata); this table says which SKP holds
 * which file. Keyed agency first like every SKP table; the file reference is to a table without
 * agency (a reference table on Citus), as journal_entry_evidence has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table signed_skp_scans (
      agency_id uuid not null,
      skp_id uuid not null,
      sha256 text not null references evidence_files(sha256),
      version integer not null,
      uploaded_by uuid not null references accounts(id),
      uploaded_at timestamptz not null default now(),
      primary key (agency_id, skp_id, sha256),
      foreign key (agency_id, skp_id, version) references skp_versions(agency_id, skp_id, version)
    );
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table signed_skp_scans`);
}
