/**
 * The selfie check-in's statements: geofences, face references, check-ins, and the anomaly report
 * (set-based, one statement per kind over an agency's window; core's findAnomalies is their reference).
 */
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import type { SelfieCheckinsTable, SelfieGeofencesTable, SelfieReferencesTable } from '../../../db/schema.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const G = '0190b7a0-0000-7000-8000-000000000006';
const T = new Date('2026-12-07T00:00:00Z');
const T2 = new Date('2026-12-08T00:00:00Z');

export const geofencesOf = defineQuery('attendance', 'selfieGeofencesOf', [[A]], (db, agencyId: string) =>
  db.selectFrom('selfie_geofences').selectAll().where('agency_id', '=', agencyId).orderBy('name').orderBy('id').execute(),
);

export const upsertGeofence = defineQuery(
  'attendance',
  'upsertSelfieGeofence',
  [[{ agency_id: A, id: G, name: 'Kantor', kind: 'radius', center_lat: -0.02, center_lon: 109.34, radius_meters: 100, points: null, updated_at: T, updated_by_account_id: E }]],
  (db, row: Insertable<SelfieGeofencesTable>) =>
    db
      .insertInto('selfie_geofences')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['agency_id', 'id']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          center_lat: eb.ref('excluded.center_lat'),
          center_lon: eb.ref('excluded.center_lon'),
          radius_meters: eb.ref('excluded.radius_meters'),
          points: eb.ref('excluded.points'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by_account_id: eb.ref('excluded.updated_by_account_id'),
        })),
      )
      .returningAll()
      .executeTakeFirst(),
);

export const deleteGeofence = defineQuery('attendance', 'deleteSelfieGeofence', [[A, G]], (db, agencyId: string, id: string) =>
  db.deleteFrom('selfie_geofences').where('agency_id', '=', agencyId).where('id', '=', id).returning('id').executeTakeFirst(),
);

export const insertReference = defineQuery(
  'attendance',
  'insertSelfieReference',
  [[{ agency_id: A, id: G, employee_id: E, photo_sha256: 'a'.repeat(64), descriptor: '[]', state: 'pending', submitted_at: T, submitted_by_account_id: E }]],
  (db, row: Insertable<SelfieReferencesTable>) =>
    db.insertInto('selfie_references').values(row).onConflict((oc) => oc.columns(['agency_id', 'id']).doNothing()).returning('id').executeTakeFirst(),
);

/** The employee's latest submitted reference and the approved one (they may be the same). */
export const referencesOfEmployee = defineQuery('attendance', 'selfieReferencesOfEmployee', [[A, E]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('selfie_references')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .execute(),
);

export const referenceById = defineQuery('attendance', 'selfieReferenceById', [[A, G]], (db, agencyId: string, id: string) =>
  db.selectFrom('selfie_references').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst(),
);

/** References of the agency in a state (pending first for the admin), with the employee's NIP and name. */
export const referencesOfAgency = defineQuery('attendance', 'selfieReferencesOfAgency', [[A, 'pending', 200]], (db, agencyId: string, state: SelfieReferencesTable['state'], limit: number) =>
  db
    .selectFrom('selfie_references as r')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'r.agency_id').onRef('e.id', '=', 'r.employee_id'))
    .select(['r.id', 'r.employee_id', 'r.state', 'r.submitted_at', 'r.decided_at', 'r.note', 'e.nip', 'e.name'])
    .where('r.agency_id', '=', agencyId)
    .where('r.state', '=', state)
    .orderBy('r.submitted_at')
    .limit(limit)
    .execute(),
);

/** An approval replaces the employee's earlier approved reference; then this one is decided. */
export const replaceApproved = defineQuery('attendance', 'replaceApprovedSelfieReference', [[A, E]], (db, agencyId: string, employeeId: string) =>
  db.updateTable('selfie_references').set({ state: 'replaced' }).where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).where('state', '=', 'approved').execute(),
);

export const decideReference = defineQuery(
  'attendance',
  'decideSelfieReference',
  [[A, G, 'approved', T, E, null]],
  (db, agencyId: string, id: string, state: 'approved' | 'rejected', at: Date, accountId: string, note: string | null) =>
    db
      .updateTable('selfie_references')
      .set({ state, decided_at: at, decided_by_account_id: accountId, note })
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .returning(['id', 'employee_id'])
      .executeTakeFirst(),
);

export const insertCheckin = defineQuery(
  'attendance',
  'insertSelfieCheckin',
  [
    [
      {
        agency_id: A, id: G, employee_id: E, account_id: E, device_id: 'd', device_time: T, received_at: T, skew_seconds: 0, clock_skewed: false, at: T,
        lat: 0, lon: 0, accuracy_meters: 10, place: 'inside', geofence_id: G, distance_meters: 0, photo_sha256: 'a'.repeat(64), reference_id: G,
        match_score: 0.9, liveness_score: 0.9, antispoof_score: 0.9, face: 'matched', descriptor: null, accepted: true,
      },
    ],
  ],
  (db, row: Insertable<SelfieCheckinsTable>) =>
    db.insertInto('selfie_checkins').values(row).onConflict((oc) => oc.columns(['agency_id', 'id']).doNothing()).returning('id').executeTakeFirst(),
);

export const checkinById = defineQuery('attendance', 'selfieCheckinById', [[A, G]], (db, agencyId: string, id: string) =>
  db.selectFrom('selfie_checkins').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst(),
);

/** Check-ins by id with the employee's NIP and name, for the anomaly report. */
export const checkinsWithPeople = defineQuery('attendance', 'selfieCheckinsWithPeople', [[A, [G]]], (db, agencyId: string, ids: readonly string[]) =>
  db
    .selectFrom('selfie_checkins as c')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'c.agency_id').onRef('e.id', '=', 'c.employee_id'))
    .select(['c.id', 'c.employee_id', 'c.at', 'c.lat', 'c.lon', 'c.accuracy_meters', 'e.nip', 'e.name'])
    .where('c.agency_id', '=', agencyId)
    .where('c.id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000'])
    .where('c.redacted_at', 'is', null)
    .execute(),
);

/** Coordinates (rounded to `decimals`) sent by at least `minPeople` different employees in the window. */
export const sharedCoordinates = defineQuery(
  'attendance',
  'selfieSharedCoordinates',
  [[A, T, T2, 5, 3]],
  async (db, agencyId: string, from: Date, to: Date, decimals: number, minPeople: number) =>
    (
      await sql<{ ids: string[]; people: number }>`
        select array_agg(id order by id) as ids, count(distinct employee_id)::int as people
          from selfie_checkins
         where agency_id = ${agencyId} and at >= ${from} and at < ${to} and redacted_at is null
         group by round(lat::numeric, ${decimals}::int), round(lon::numeric, ${decimals}::int)
        having count(distinct employee_id) >= ${minPeople}
         order by 1`.execute(db)
    ).rows,
);

/**
 * Consecutive check-ins of one person (by time, then id) further apart than `minMeters` and faster
 * than `maxKmh` (any distance in no time), great-circle distance on the mean Earth radius as core's.
 */
export const impossibleTravel = defineQuery(
  'attendance',
  'selfieImpossibleTravel',
  [[A, T, T2, 2000, 250]],
  async (db, agencyId: string, from: Date, to: Date, minMeters: number, maxKmh: number) =>
    (
      await sql<{ prev_id: string; id: string; kmh: number | null }>`
        with c as (
          select id, employee_id, at, lat, lon,
                 lag(id) over w as prev_id, lag(at) over w as prev_at, lag(lat) over w as prev_lat, lag(lon) over w as prev_lon
            from selfie_checkins
           where agency_id = ${agencyId} and at >= ${from} and at < ${to} and redacted_at is null
          window w as (partition by employee_id order by at, id)
        ), d as (
          select prev_id, id,
                 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(lat - prev_lat) / 2), 2)
                   + cos(radians(prev_lat)) * cos(radians(lat)) * power(sin(radians(lon - prev_lon) / 2), 2)))) as metres,
                 extract(epoch from at - prev_at)::float8 as seconds
            from c
           where prev_id is not null
        )
        select prev_id, id, case when seconds = 0 then null else metres / 1000 / (seconds / 3600) end as kmh
          from d
         where metres > ${minMeters} and (seconds = 0 or metres / 1000 / (seconds / 3600) > ${maxKmh})
         order by prev_id, id`.execute(db)
    ).rows,
);

/** Check-ins whose reported accuracy is under `minMeters` (mock locations report 0 or 1 m). */
export const tooPerfectAccuracy = defineQuery('attendance', 'selfieTooPerfectAccuracy', [[A, T, T2, 3]], (db, agencyId: string, from: Date, to: Date, minMeters: number) =>
  db
    .selectFrom('selfie_checkins')
    .select(['id', 'accuracy_meters'])
    .where('agency_id', '=', agencyId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .where('redacted_at', 'is', null)
    .where('accuracy_meters', '<', minMeters)
    .orderBy('id')
    .execute(),
);

/** Check-ins whose point was outside every fence of the agency. */
export const outsideGeofence = defineQuery('attendance', 'selfieOutsideGeofence', [[A, T, T2]], (db, agencyId: string, from: Date, to: Date) =>
  db
    .selectFrom('selfie_checkins')
    .select(['id', 'distance_meters'])
    .where('agency_id', '=', agencyId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .where('redacted_at', 'is', null)
    .where('place', '=', 'outside')
    .orderBy('id')
    .execute(),
);
