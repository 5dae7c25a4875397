import { sql, type Kysely } from 'kysely';

/** Sync records are forgotten after a retention period (modules/sync/retention.ts): found by age. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index sync_applied_items_received on sync_applied_items (received_at) where status = 'applied'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists sync_applied_items_received`.execute(db);
}
