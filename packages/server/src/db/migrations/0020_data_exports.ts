import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * "My data" archives (UU PDP 27/2022; issue 20 item 5): one row per archive asked for, by the
 * employee or by an admin for someone who asked in writing (with the reason). The archive itself is
 * a file in the data folder; the row holds its progress and where it stands. One statement per
 * call (Citus); keyed by agency first, like every tenant table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table data_exports (
      agency_id uuid not null,
      id uuid not null,
      employee_id uuid not null,
      requested_by_account_id uuid not null,
      reason text,
      status text not null check (status in ('queued', 'running', 'ready', 'failed')),
      parts_total integer not null default 0,
      parts_done integer not null default 0,
      size_bytes bigint,
      error text,
      created_at timestamptz not null,
      finished_at timestamptz,
      expires_at timestamptz,
      primary key (agency_id, id)
    )
  `);
  await ddl(db, sql`create index data_exports_by_employee on data_exports (agency_id, employee_id, created_at desc)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists data_exports`);
}
