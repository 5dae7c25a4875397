/**
 * Selfie retention's statements (selfie-retention.ts): the agencies with check-ins past the period,
 * a page of an agency's check-ins not yet redacted, the redaction itself, and the photo files no
 * longer named by anything (removed from the evidence store's table; the caller removes the bytes).
 */
import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const G = '0190b7a0-0000-7000-8000-000000000006';
const T = new Date('2026-09-01T00:00:00Z');
const S = 'a'.repeat(64);

/** Agencies with a check-in before `before` whose photo is still kept. */
export const selfieRetentionAgencies = defineQuery('attendance', 'selfieRetentionAgencies', [[T]], async (db, before: Date) =>
  (await db.selectFrom('selfie_checkins').select('agency_id').distinct().where('redacted_at', 'is', null).where('at', '<', before).orderBy('agency_id').execute()).map((r) => r.agency_id),
);

/** One page of an agency's not-yet-redacted check-ins before `before`, by (at, id) after the given pair. */
export const unredactedCheckins = defineQuery('attendance', 'selfieUnredactedCheckins', [[A, T, T, G, 500]], (db, agencyId: string, before: Date, afterAt: Date, afterId: string, limit: number) =>
  db
    .selectFrom('selfie_checkins')
    .select(['id', 'employee_id', 'at', 'accepted', 'clock_skewed', 'accuracy_meters', 'place', 'face', 'resolved_at', 'photo_sha256'])
    .where('agency_id', '=', agencyId)
    .where('redacted_at', 'is', null)
    .where('at', '<', before)
    .where((eb) => eb.or([eb('at', '>', afterAt), eb.and([eb('at', '=', afterAt), eb('id', '>', afterId)])]))
    .orderBy('at')
    .orderBy('id')
    .limit(limit)
    .execute(),
);

/** Removes the photo, the precise location and the face descriptor of these check-ins; the time, the verdicts and the office area stay. */
export const redactCheckins = defineQuery('attendance', 'redactSelfieCheckins', [[A, [G], T]], async (db, agencyId: string, ids: readonly string[], now: Date) =>
  Number(
    (
      await db
        .updateTable('selfie_checkins')
        .set({ photo_sha256: null, lat: null, lon: null, accuracy_meters: null, distance_meters: null, descriptor: null, redacted_at: now })
        .where('agency_id', '=', agencyId)
        .where('id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
        .where('redacted_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  ),
);

/** Of these files, the ones something still names (a check-in or reference, a journal entry, a scan, a leave letter, a realisasi). */
export const photosStillNamed = defineQuery('attendance', 'selfiePhotosStillNamed', [[[S]]], async (db, shas: readonly string[]) => {
  if (!shas.length) return new Set<string>();
  const list = sql.join(shas.map((s) => sql`${s}`));
  const rows = (
    await sql<{ sha256: string }>`
      select photo_sha256 as sha256 from selfie_checkins where photo_sha256 in (${list})
      union select photo_sha256 from selfie_references where photo_sha256 in (${list})
      union select sha256 from journal_entry_evidence where sha256 in (${list})
      union select sha256 from signed_skp_scans where sha256 in (${list})
      union select sha256 from signed_evaluation_scans where sha256 in (${list})
      union select attachment_sha256 from attendance_leave_requests where attachment_sha256 in (${list})
      union select f.sha from unnest(array[${list}]::text[]) as f(sha)
        where exists (select 1 from evaluation_realisasi x where x.bukti @> jsonb_build_array(jsonb_build_object('kind', 'file', 'sha256', f.sha)))`.execute(db)
  ).rows;
  return new Set(rows.map((r) => r.sha256));
});

/** Removes these files' upload records and rows from the evidence store's table; answers the ones removed. */
export const deletePhotoFiles = defineQuery('attendance', 'deleteSelfiePhotoFiles', [[[S]]], async (db, shas: readonly string[]) => {
  if (!shas.length) return [];
  await db.deleteFrom('evidence_uploads').where('sha256', 'in', shas).execute();
  return db.deleteFrom('evidence_files').where('sha256', 'in', shas).returning(['sha256', 'media_type']).execute();
});
