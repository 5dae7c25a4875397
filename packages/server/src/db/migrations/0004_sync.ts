import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Offline sync (docs/sync-protocol.md).
 *
 * - journal_entries.change_seq: every insert or update of an entry takes the next number of one
 *   sequence (a trigger, so no writer can forget it: saving, submitting, deciding, deleting, which is a
 *   soft delete, so deletions are changes too). The pull cursor is "the last change_seq I saw". On Citus
 *   the sequence is a distributed (node-range) bigint sequence: numbers stay unique and, per node,
 *   increasing; the pull filters by (agency_id, employee_id) so it runs on one shard.
 * - journal_entries.change_at: the database clock when change_seq was taken. A change whose
 *   transaction is still open is invisible while later numbers are already visible; the pull keeps
 *   its cursor before the changes of the last seconds (see modules/sync/pull.ts).
 * - journal_entries.clock_skew_seconds: server time − device time of the push that last wrote the
 *   entry (null: written online). Beyond the agency's maxClockSkewMinutes the entry is flagged.
 * - sync_applied_items: the outbox items an account has sent, so a repeat changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create sequence journal_change_seq as bigint;
    -- The nextval default on its own, NOT NULL after (Citus refuses the two in one ALTER on a laid-out cluster).
    alter table journal_entries add column change_seq bigint default nextval('journal_change_seq');
    alter table journal_entries alter column change_seq set not null;
    alter table journal_entries
      add column change_at timestamptz not null default clock_timestamp(),
      add column clock_skew_seconds integer;
    create index journal_entries_changes on journal_entries (agency_id, employee_id, change_seq);

    create function journal_entries_touch_change() returns trigger language plpgsql as $$
    begin
      -- Schema-qualified at run time: tests (and some deployments) keep tables in a schema of their own.
      new.change_seq := nextval((quote_ident(tg_table_schema) || '.journal_change_seq')::regclass);
      new.change_at := clock_timestamp();
      return new;
    end $$;
    create trigger journal_entries_change before update on journal_entries
      for each row execute function journal_entries_touch_change();

    create table sync_applied_items (
      agency_id uuid not null,
      account_id uuid not null,
      item_id uuid not null,
      employee_id uuid not null,
      device_id uuid not null,
      kind text not null check (kind in ('entry.put','entry.delete','day.submit')),
      entry_id uuid,
      -- 'applied', or 'incomplete' (the entry is stored, evidence still missing; a repeat completes it).
      status text not null check (status in ('applied','incomplete')),
      missing_evidence text[] not null default '{}',
      device_time timestamptz,
      received_at timestamptz not null,
      primary key (agency_id, account_id, item_id),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    );
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table if exists sync_applied_items;
    drop trigger if exists journal_entries_change on journal_entries;
    drop function if exists journal_entries_touch_change();
    drop index if exists journal_entries_changes;
    alter table journal_entries drop column if exists change_seq, drop column if exists change_at, drop column if exists clock_skew_seconds;
    drop sequence if exists journal_change_seq;
  `);
}
