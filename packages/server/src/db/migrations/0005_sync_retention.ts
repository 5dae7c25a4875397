import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/** Sync records are forgotten after a retention period (modules/sync/retention.ts): found by age. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`create index sync_applied_items_received on sync_applied_items (received_at) where status = 'applied'`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop index if exists sync_applied_items_received`);
}
