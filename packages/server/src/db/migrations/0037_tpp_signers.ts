import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The signers of an agency's daftar nominatif TPP (issue 19 item 4): the Pengguna Anggaran / Kuasa
 * Pengguna Anggaran and the Bendahara Pengeluaran, by name, NIP and post, one row per role, set by
 * the agency's admins or finance (audited). One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table tpp_signers (
      agency_id uuid not null references agencies(id),
      role text not null check (role in ('pa','bendahara')),
      name text not null check (length(name) between 1 and 120),
      nip text check (nip ~ '^[0-9]{18}$'),
      title text check (length(title) <= 120),
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, role)
    )
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table tpp_signers`);
}
