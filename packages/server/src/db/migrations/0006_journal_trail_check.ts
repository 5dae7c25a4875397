import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The entry history loses its foreign key to the entry; entries can no longer be deleted.
 *
 * The key checked every inserted event with a query of its own, and a day's push writes 16 events.
 * Measured on the day push (bench/day-push.bench.ts, PGlite in memory): 152 days/s with the key, 192
 * without. Worse, on PGlite, which never runs ANALYZE, a plan made while the table was empty uses the
 * (agency_id, employee_id, change_seq) index with only agency_id to go on (EXPLAIN of the key's check
 * shows it), so each check can read the agency's whole journal. A probe of the entry inside the insert,
 * tried in place of the key, did exactly that: 7 → 16 ms of CPU a day over 72,000 entries, flat at 5 ms
 * without it. A statement-level trigger (147 days/s) was tried and dropped too.
 *
 * "Every event belongs to an entry" is kept by the one statement that writes events,
 * appendEntryEvents, whose callers name entries they have just written or read in the same
 * transaction (the automatic submit derives its events from the entry's existing history). What the
 * key also gave, that an entry cannot disappear under its history, is kept by refusing DELETE on
 * journal_entries: entries are withdrawn with deleted_at. (TRUNCATE, used only by restore into an
 * emptied database, is not DELETE.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    alter table journal_entry_events drop constraint journal_entry_events_agency_id_entry_id_fkey;

    create function forbid_delete() returns trigger language plpgsql as $$
    begin
      raise exception '% rows are never deleted (withdraw them instead)', tg_table_name;
    end $$;
    create trigger journal_entries_no_delete before delete on journal_entries
      for each statement execute function forbid_delete();
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop trigger if exists journal_entries_no_delete on journal_entries;
    drop function if exists forbid_delete();
    alter table journal_entry_events add constraint journal_entry_events_agency_id_entry_id_fkey
      foreign key (agency_id, entry_id) references journal_entries(agency_id, id);
  `);
}
