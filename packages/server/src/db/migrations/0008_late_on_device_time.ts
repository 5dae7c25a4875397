import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * An entry written by an offline push after its reporting window had closed, accepted because the
 * device's time lay inside the window, keeps when the server received it and when the window had
 * closed: the supervisor's review flags it LATE_ON_DEVICE_TIME. Both are null for an entry written in
 * time (or online), and set or cleared together by every later write of the entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    alter table journal_entries
      add column late_received_at timestamptz,
      add column late_window_closed_at timestamptz;
    -- Its own statement: Citus refuses ADD CONSTRAINT beside other subcommands.
    alter table journal_entries
      add constraint journal_entries_late_pair check ((late_received_at is null) = (late_window_closed_at is null))
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    alter table journal_entries
      drop constraint if exists journal_entries_late_pair;
    alter table journal_entries
      drop column if exists late_received_at,
      drop column if exists late_window_closed_at
  `);
}
