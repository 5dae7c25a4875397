import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The sync cursor becomes a commit-time watermark (docs/sync-protocol.md, "Why a watermark"): pull
 * orders an employee's changes by (change_at, id), and every statement that changes an entry sets
 * change_at = clock_timestamp() itself. The trigger that took change_seq from one sequence goes: on a
 * Citus cluster it ran on the worker and drew from that worker's own range, so the numbers of inserts
 * (coordinator) and edits (workers) were not comparable and a cursor skipped later inserts; and Citus
 * refuses triggers on distributed tables anyway.
 *
 * change_seq stays, frozen for edits from here on (inserts still number themselves): a phone holding a
 * cursor of the old form (a change number) is answered from it once (modules/sync/pull.ts).
 * One statement per call (Citus).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop trigger if exists journal_entries_change on journal_entries`);
  await ddl(db, sql`drop function if exists journal_entries_touch_change()`);
  await ddl(db, sql`create index journal_entries_change_watermark on journal_entries (agency_id, employee_id, change_at, id)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop index if exists journal_entries_change_watermark`);
  await ddl(db, sql`
    create function journal_entries_touch_change() returns trigger language plpgsql as $$
    begin
      new.change_seq := nextval((quote_ident(tg_table_schema) || '.journal_change_seq')::regclass);
      new.change_at := clock_timestamp();
      return new;
    end $$`);
  await ddl(db, sql`
    create trigger journal_entries_change before update on journal_entries
      for each row execute function journal_entries_touch_change()`);
}
