/**
 * Selfie retention's statements (selfie-retention.ts): the agencies with check-ins past the period,
 * a page of an agency's check-ins not yet redacted, and the redaction itself. The photo files nothing
 * names any more are the evidence module's to remove (removeUnnamedFiles).
 */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const G = '0190b7a0-0000-7000-8000-000000000006';
const T = new Date('2026-09-01T00:00:00Z');

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
