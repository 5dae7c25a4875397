import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * A temporary password (an admin's reset, `create-admin`) expires (ASVS 5.0 6.4.1): the account
 * records until when it may sign in with it. A temporary password already handed out before this
 * migration gets the same allowance from now. One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table accounts add column temporary_password_expires_at timestamptz`);
  await ddl(db, sql`
    update accounts set temporary_password_expires_at = now() + interval '72 hours'
    where must_change_password and password_hash is not null
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table accounts drop column if exists temporary_password_expires_at`);
}
