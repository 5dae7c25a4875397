import { sql, type Kysely } from 'kysely';

/**
 * An account without an employee record (the province auditor, a BKD operator before the import)
 * still has a person behind it: their name is kept on the account so every screen can greet them by
 * name, not by NIP. Accounts linked to an employee keep null here and show the employee's name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column display_name text check (display_name is null or length(btrim(display_name)) between 1 and 200)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts drop column if exists display_name`.execute(db);
}
