/**
 * Disputed selfie check-ins' statements (selfie-disputes.ts): the agency's approved face references
 * for the server's face-of-another check (and a cheap stamp that says when they changed), the
 * admin's list of open or judged disputes of a window, and the verdict.
 */
import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const G = '0190b7a0-0000-7000-8000-000000000006';
const T = new Date('2026-12-07T00:00:00Z');
const T2 = new Date('2026-12-08T00:00:00Z');

/** How many approved references the agency has and when the last was approved: changes whenever the set does. */
export const approvedReferencesStamp = defineQuery('attendance', 'selfieApprovedReferencesStamp', [[A]], async (db, agencyId: string) => {
  const r = await db
    .selectFrom('selfie_references')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('decided_at').as('last')])
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'approved')
    .executeTakeFirst();
  return `${Number(r?.n ?? 0)}:${r?.last ? new Date(r.last).toISOString() : ''}`;
});

/** Every approved reference of the agency (one per employee): its descriptor. */
export const approvedDescriptors = defineQuery('attendance', 'selfieApprovedDescriptors', [[A]], (db, agencyId: string) =>
  db.selectFrom('selfie_references').select(['employee_id', 'descriptor']).where('agency_id', '=', agencyId).where('state', '=', 'approved').orderBy('employee_id').execute(),
);

/**
 * Check-ins of a window with their people: `open` — not judged, photo still kept, and rejected,
 * clock-skewed, too perfect in accuracy, matching another's face, or named in `flaggedIds` (the
 * report's shared coordinates and impossible travel); `resolved` — judged. Oldest first.
 */
export const disputedCheckins = defineQuery(
  'attendance',
  'selfieDisputedCheckins',
  [
    [A, 'open', T, T2, 3, [G], 200],
    [A, 'resolved', T, T2, 3, [], 200],
  ],
  (db, agencyId: string, state: 'open' | 'resolved', from: Date, to: Date, minAccuracy: number, flaggedIds: readonly string[], limit: number) => {
    let q = db
      .selectFrom('selfie_checkins as c')
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'c.agency_id').onRef('e.id', '=', 'c.employee_id'))
      .leftJoin('employees as o', (j) => j.onRef('o.agency_id', '=', 'c.agency_id').onRef('o.id', '=', 'c.other_employee_id'))
      .leftJoin('selfie_geofences as g', (j) => j.onRef('g.agency_id', '=', 'c.agency_id').onRef('g.id', '=', 'c.geofence_id'))
      .leftJoin('selfie_references as r', (j) => j.onRef('r.agency_id', '=', 'c.agency_id').onRef('r.employee_id', '=', 'c.other_employee_id').on('r.state', '=', 'approved'))
      .select([
        'c.id', 'c.employee_id', 'c.at', 'c.received_at', 'c.accepted', 'c.place', 'c.face', 'c.lat', 'c.lon', 'c.accuracy_meters', 'c.distance_meters',
        'c.match_score', 'c.liveness_score', 'c.antispoof_score', 'c.clock_skewed', 'c.skew_seconds', 'c.device_id', 'c.reference_id', 'c.other_employee_id', 'c.other_match',
        'c.resolution', 'c.resolution_note', 'c.resolved_at', 'c.resolved_by_account_id', 'e.nip', 'e.name', 'o.nip as other_nip', 'o.name as other_name', 'g.name as geofence_name', 'r.id as other_reference_id',
      ])
      .where('c.agency_id', '=', agencyId)
      .where('c.at', '>=', from)
      .where('c.at', '<', to)
      .where('c.redacted_at', 'is', null);
    if (state === 'resolved') q = q.where('c.resolved_at', 'is not', null);
    else
      q = q.where('c.resolved_at', 'is', null).where((eb) =>
        eb.or([
          eb('c.accepted', '=', false),
          eb('c.clock_skewed', '=', true),
          eb('c.accuracy_meters', '<', minAccuracy),
          eb('c.other_employee_id', 'is not', null),
          ...(flaggedIds.length ? [eb('c.id', 'in', flaggedIds)] : []),
        ]),
      );
    return q.orderBy('c.at').orderBy('c.id').limit(limit).execute();
  },
);

/**
 * The verdict: accepted makes the check-in a punch, rejected makes it none; only once (a judged or
 * redacted check-in is not changed; the service answers a repeat from the stored verdict).
 */
export const resolveCheckin = defineQuery(
  'attendance',
  'resolveSelfieCheckin',
  [[A, G, 'accepted', 'Dinas luar, surat tugas ada', T, E]],
  (db, agencyId: string, id: string, verdict: 'accepted' | 'rejected', note: string, at: Date, accountId: string) =>
    db
      .updateTable('selfie_checkins')
      .set({ resolution: verdict, resolution_note: note, resolved_at: at, resolved_by_account_id: accountId, accepted: verdict === 'accepted' })
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .where('resolved_at', 'is', null)
      .where('redacted_at', 'is', null)
      .returning(['id', 'employee_id', 'accepted', 'resolved_at'])
      .executeTakeFirst(),
);
