import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Selfie retention (issue 18 item 3, UU PDP): after KINERJA_RETENTION_SELFIES_DAYS an accepted
 * check-in keeps only what a punch needs — the time, the verdicts and the office area — and loses
 * its photo and precise location (`redacted_at` says when). A rejected or anomalous check-in keeps
 * its photo until an admin resolves it (`resolved_at`). The partial index serves the daily pass,
 * which reads an agency's not-yet-redacted check-ins by time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['photo_sha256', 'lat', 'lon', 'accuracy_meters']) await ddl(db, sql`alter table selfie_checkins alter column ${sql.id(column)} drop not null`);
  await ddl(db, sql`alter table selfie_checkins add column redacted_at timestamptz`);
  await ddl(db, sql`alter table selfie_checkins add column resolved_at timestamptz`);
  await ddl(db, sql`alter table selfie_checkins add column resolved_by_account_id uuid`);
  // Redacted means no photo and no point: the two go together.
  await ddl(db, sql`alter table selfie_checkins add constraint selfie_checkins_redacted check (redacted_at is null or (photo_sha256 is null and lat is null and lon is null))`);
  await ddl(db, sql`alter table selfie_checkins add constraint selfie_checkins_kept check (redacted_at is not null or (photo_sha256 is not null and lat is not null and lon is not null and accuracy_meters is not null))`);
  await ddl(db, sql`create index selfie_checkins_unredacted on selfie_checkins (agency_id, at, id) where redacted_at is null`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop index if exists selfie_checkins_unredacted`);
  await ddl(db, sql`alter table selfie_checkins drop constraint if exists selfie_checkins_kept`);
  await ddl(db, sql`alter table selfie_checkins drop constraint if exists selfie_checkins_redacted`);
  for (const column of ['redacted_at', 'resolved_at', 'resolved_by_account_id']) await ddl(db, sql`alter table selfie_checkins drop column if exists ${sql.id(column)}`);
}
