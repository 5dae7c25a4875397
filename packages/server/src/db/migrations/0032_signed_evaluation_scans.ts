import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Signed scans of a finalised evaluation (the printed Dokumen Evaluasi Kinerja or Evaluasi Kinerja
 * form with wet signatures, as a PDF or photo), kept with the evaluation and the finalisation they
 * sign (an evaluation reopened and finalised again keeps the earlier scans, each naming the
 * finalisation it was signed under). The bytes live in the evidence store (evidence_files, named by
 * their SHA-256, photos re-encoded without metadata), as the signed SKP scans of migration 0017.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table signed_evaluation_scans (
      agency_id uuid not null,
      evaluation_id uuid not null,
      sha256 text not null references evidence_files(sha256),
      finalised_at timestamptz not null,
      uploaded_by uuid not null references accounts(id),
      uploaded_at timestamptz not null default now(),
      primary key (agency_id, evaluation_id, sha256),
      foreign key (agency_id, evaluation_id) references evaluations(agency_id, id)
    );
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table signed_evaluation_scans`);
}
