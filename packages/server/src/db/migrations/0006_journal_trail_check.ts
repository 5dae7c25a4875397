import { sql, type Kysely } from 'kysely';

/**
 * The entry history keeps "every event belongs to an entry" without a foreign key's check per row.
 *
 * A foreign key checks each inserted event with a query of its own, through the after-trigger queue,
 * and a day's push writes 16 events. Measured on the day push (bench/day-push.bench.ts): PGlite 152 →
 * 211 days/s without it, PostgreSQL about 0.5 ms less per day. A statement-level trigger doing the same
 * check as one anti-join cost as much as the key (147 days/s), so the rule moves to the one statement
 * that writes events: appendEntryEvents inserts only rows whose entry it finds (a join through the
 * primary key) and fails the transaction when any is missing. The automatic submit derives its events
 * from the entry's existing history, so it cannot name a missing entry either.
 *
 * What the key also gave, that an entry cannot disappear under its history, stays true because
 * entries are never removed: they are withdrawn with deleted_at, and DELETE on journal_entries is now
 * refused outright. (TRUNCATE, used only by restore into an emptied database, is not DELETE.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table journal_entry_events drop constraint journal_entry_events_agency_id_entry_id_fkey;

    create function forbid_delete() returns trigger language plpgsql as $$
    begin
      raise exception '% rows are never deleted (withdraw them instead)', tg_table_name;
    end $$;
    create trigger journal_entries_no_delete before delete on journal_entries
      for each statement execute function forbid_delete();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger if exists journal_entries_no_delete on journal_entries;
    drop function if exists forbid_delete();
    alter table journal_entry_events add constraint journal_entry_events_agency_id_entry_id_fkey
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id);
  `.execute(db);
}
