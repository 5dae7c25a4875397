import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The journal linked to the plan (issue 16 item 6): a journal entry's rhk_id names an RHK of the
 * employee's approved SKP (checked on write, journal/rhk-link.ts). The validation inbox and the recap
 * read the RHK's text by its id alone (an RHK keeps its id in every version of its SKP), which the
 * primary key (agency, skp, version, id) cannot find without reading the agency's every RHK.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`create index skp_rhk_by_id on skp_rhk (agency_id, id)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop index if exists skp_rhk_by_id`);
}
