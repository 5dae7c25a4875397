import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Rencana aksi (issue 16 item 5): an employee's planned steps per RHK per month or quarter (the
 * agency's `skp` setting), each with its periodic target, and the realisasi of each in an evaluation.
 *
 * - `skp_rencana_aksi` belongs to the SKP, not to one version: rencana aksi are written through the
 *   year while the SKP stays approved, so a revision of the SKP neither copies nor drops them. It
 *   names its RHK by the RHK's stable id with no foreign key (RHK rows are per version); one whose RHK
 *   a revision removed is shown as such. `periode` is the key ('2026-03', '2026-T1') and
 *   `period_from`/`period_to` its days inside the SKP. Removing one sets `removed_at`, so a realisasi
 *   already written against it keeps what it named.
 * - `evaluation_realisasi_aksi` is the employee's realisasi of one rencana aksi in one evaluation,
 *   like `evaluation_realisasi` per IKI: a finalised evaluation keeps what it was judged on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table skp_rencana_aksi (
      agency_id uuid not null,
      skp_id uuid not null,
      id uuid not null,
      rhk_id uuid not null,
      periode text not null check (periode ~ '^[0-9]{4}-(0[1-9]|1[0-2]|T[1-4])$'),
      period_from date not null,
      period_to date not null,
      text text not null check (length(text) between 1 and 1000),
      target text not null check (length(target) between 1 and 200),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      updated_by_account_id uuid not null references accounts(id),
      removed_at timestamptz,
      primary key (agency_id, skp_id, id),
      foreign key (agency_id, skp_id) references skp(agency_id, id),
      check (period_to >= period_from)
    )
  `);
  await ddl(db, sql`create index skp_rencana_aksi_by_period on skp_rencana_aksi (agency_id, skp_id, period_from) where removed_at is null`);
  await ddl(db, sql`
    create table evaluation_realisasi_aksi (
      agency_id uuid not null,
      evaluation_id uuid not null,
      rencana_aksi_id uuid not null,
      rhk_id uuid not null,
      text text not null,
      updated_by_account_id uuid not null references accounts(id),
      updated_at timestamptz not null default now(),
      primary key (agency_id, evaluation_id, rencana_aksi_id),
      foreign key (agency_id, evaluation_id) references evaluations(agency_id, id)
    )
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists evaluation_realisasi_aksi`);
  await ddl(db, sql`drop table if exists skp_rencana_aksi`);
}
