import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * The selfie check-in (issue 18 item 3).
 *
 * - selfie_geofences: an agency's office areas, a circle (centre, radius) or a polygon (corners as
 *   JSON [[lat, lon], …]), entered or imported by its admins.
 * - selfie_references: an employee's face reference: the photo (an evidence file) and Human's
 *   faceres descriptor computed on the phone; `pending` until an admin approves or rejects it; at
 *   most one `approved` per employee (an approval marks the earlier one `replaced`).
 * - selfie_checkins: one row per check-in, keyed by the id the phone made (a resend stores nothing
 *   twice): the device's time, the receipt and the skew between the clocks, the instant judged, the
 *   fix with its accuracy, the place and face verdicts, the scores, the photo, the device; `accepted`
 *   check-ins are punches (source 'selfie') that attendance judging reads beside the machines'.
 * The photos stay in the evidence store (evidence_files, a reference table): no foreign key to it
 * (a new table keeps none to a distributed one). Every tenant table has agency_id first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table selfie_geofences (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      name text not null,
      kind text not null check (kind in ('radius','polygon')),
      center_lat double precision,
      center_lon double precision,
      radius_meters double precision,
      points jsonb,
      updated_at timestamptz not null,
      updated_by_account_id uuid,
      primary key (agency_id, id),
      check ((kind = 'radius') = (center_lat is not null and center_lon is not null and radius_meters is not null)),
      check ((kind = 'polygon') = (points is not null))
    )`);
  await ddl(db, sql`
    create table selfie_references (
      agency_id uuid not null,
      id uuid not null,
      employee_id uuid not null,
      photo_sha256 text not null check (photo_sha256 ~ '^[0-9a-f]{64}$'),
      descriptor jsonb not null,
      state text not null check (state in ('pending','approved','rejected','replaced')),
      submitted_at timestamptz not null,
      submitted_by_account_id uuid not null,
      decided_at timestamptz,
      decided_by_account_id uuid,
      note text,
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    )`);
  await ddl(db, sql`create unique index selfie_references_one_approved on selfie_references (agency_id, employee_id) where state = 'approved'`);
  await ddl(db, sql`create index selfie_references_by_state on selfie_references (agency_id, state, submitted_at)`);
  await ddl(db, sql`
    create table selfie_checkins (
      agency_id uuid not null,
      id uuid not null,
      employee_id uuid not null,
      account_id uuid not null,
      device_id text not null,
      device_time timestamptz not null,
      received_at timestamptz not null,
      skew_seconds integer not null,
      clock_skewed boolean not null,
      at timestamptz not null,
      lat double precision not null,
      lon double precision not null,
      accuracy_meters double precision not null,
      place text not null check (place in ('inside','outside','inaccurate','no_fence','invalid_fix')),
      geofence_id uuid,
      distance_meters double precision,
      photo_sha256 text not null check (photo_sha256 ~ '^[0-9a-f]{64}$'),
      reference_id uuid,
      match_score real not null,
      liveness_score real not null,
      antispoof_score real not null,
      face text not null check (face in ('matched','no_match','not_live','invalid_scores','stale_reference')),
      descriptor jsonb,
      accepted boolean not null,
      primary key (agency_id, id),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    )`);
  await ddl(db, sql`create index selfie_checkins_punches on selfie_checkins (agency_id, employee_id, at) where accepted`);
  await ddl(db, sql`create index selfie_checkins_by_time on selfie_checkins (agency_id, at)`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`drop table if exists selfie_checkins`);
  await ddl(db, sql`drop table if exists selfie_references`);
  await ddl(db, sql`drop table if exists selfie_geofences`);
}
