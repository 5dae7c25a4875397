import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * An agency's punches by time alone, for its first punch (attendance's firstPunchAt): every
 * supervisor inbox page asks it (the ABSENT_DAY flag judges nothing before an agency's first punch),
 * and `min(at)` over the (agency, machine, at) index read every index entry of the agency, which
 * grows by a few thousand a working day (1–6 ms a call at the demo's two months). With this index it
 * is one probe. One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`create index attendance_punches_by_time on attendance_punches (agency_id, at)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop index if exists attendance_punches_by_time`);
}
