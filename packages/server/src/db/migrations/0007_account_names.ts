import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * An account without an employee record (the province auditor, a BKD operator before the import)
 * still has a person behind it: their name is kept on the account so every screen can greet them by
 * name, not by NIP. Accounts linked to an employee keep null here and show the employee's name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The column, then its check under the name PostgreSQL gives an inline one (Citus refuses ADD COLUMN with a constraint).
  await ddl(db, sql`alter table accounts add column display_name text`);
  await ddl(db, sql`alter table accounts add constraint accounts_display_name_check check (display_name is null or length(btrim(display_name)) between 1 and 200)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table accounts drop column if exists display_name`);
}
