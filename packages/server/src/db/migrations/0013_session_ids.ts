import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * A session gets a public id for "Perangkat saya" and a forced sign-out: the token hash stays the
 * lookup key and never leaves the server (a URL or a list answer is logged and cached in places a
 * cookie is not). Existing sessions get one as the column is added, so nobody is signed out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    alter table sessions add column id uuid not null default gen_random_uuid();
    create unique index sessions_by_id on sessions (id);
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop index if exists sessions_by_id;
    alter table sessions drop column id;
  `);
}
