import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Agency settings become effective-dated: each version is in force from its `effective_from` until the
 * next version's, so a past date is answered with the settings in force then (a past month recomputed
 * for TPP uses the rules it had, not today's). The rule lives in core (`versionInForce`); a change may
 * be made from the agency's today onwards, never for a day already past.
 *
 * `settings` holds the whole agency blob (today `{ journal: … }`), so every later module's settings are
 * versioned the same way. A date without any version on or before it uses the defaults (an agency with
 * no row behaves as `{}` did). Tenant table: agency_id first in the key (Citus, docs/scaling.md).
 *
 * Each agency's current blob becomes its version from 1900-01-01 (the start of the supported date
 * range), so every existing day keeps the answer it had. `agencies.settings` is dropped: a second copy
 * could not stay current (a version dated tomorrow comes into force at midnight with no write), and one
 * source means no reader can pick the wrong one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table agency_settings_versions (
      agency_id uuid not null references agencies(id),
      effective_from date not null check (effective_from >= date '1900-01-01'),
      settings jsonb not null default '{}'::jsonb check (jsonb_typeof(settings) = 'object'),
      created_at timestamptz not null default now(),
      created_by_account_id uuid references accounts(id),
      note text check (note is null or length(btrim(note)) between 1 and 500),
      primary key (agency_id, effective_from)
    );
    insert into agency_settings_versions (agency_id, effective_from, settings, note)
      select id, date '1900-01-01', settings, 'Pengaturan yang berlaku sebelum pengaturan berversi'
        from agencies;
    alter table agencies drop column settings;
  `);
}

/** Back to one blob per agency: the version in force today (UTC date; versions start on whole days). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`alter table agencies add column settings jsonb not null default '{}'::jsonb`);
  // Read, then written agency by agency: Citus refuses an UPDATE of a reference table (agencies) that
  // reads a distributed one (the versions) in the same statement.
  const inForce = await sql<{ agency_id: string; settings: unknown }>`
    select distinct on (agency_id) agency_id, settings
      from agency_settings_versions
     where effective_from <= current_date
     order by agency_id, effective_from desc`.execute(db);
  for (const v of inForce.rows) {
    await sql`update agencies set settings = ${JSON.stringify(v.settings)}::jsonb where id = ${v.agency_id}`.execute(db);
  }
  await ddl(db, sql`drop table agency_settings_versions`);
}
