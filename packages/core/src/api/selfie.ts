/**
 * The selfie check-in (issue 18 item 3): office geofences, the face reference an admin approves,
 * check-ins from the phone (online or queued offline), the anomaly report.
 */
import { Type, type Static } from 'typebox';
import { IsoDateTime, Literals, Nullable, Sha256, Uuid } from './common.js';

const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lon = Type.Number({ minimum: -180, maximum: 180 });
export const GeoPointSchema = Type.Object({ lat: Lat, lon: Lon }, { additionalProperties: false });
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const GeofenceShapeSchema = Type.Union([
  Type.Object({ kind: Type.Literal('radius'), center: GeoPointSchema, radiusMeters: Type.Number({ minimum: 10, maximum: 5000 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('polygon'), points: Type.Array(GeoPointSchema, { minItems: 3, maxItems: 201 }) }, { additionalProperties: false }),
]);

export const GeofenceBody = Type.Object({ name: Name, shape: GeofenceShapeSchema }, { additionalProperties: false });
export type GeofenceBody = Static<typeof GeofenceBody>;

export const GeofenceItem = Type.Object({ id: Uuid, name: Type.String(), shape: GeofenceShapeSchema, updatedAt: IsoDateTime });
export type GeofenceItem = Static<typeof GeofenceItem>;
export const GeofencesAnswer = Type.Object({ items: Type.Array(GeofenceItem) });
export type GeofencesAnswer = Static<typeof GeofencesAnswer>;
export const GeofenceParams = Type.Object({ agencyId: Uuid, geofenceId: Uuid });

/** Human's faceres descriptor (1024 numbers); a little room for other model versions. */
export const FaceDescriptor = Type.Array(Type.Number({ minimum: -1000, maximum: 1000 }), { minItems: 64, maxItems: 2048 });

export const EnrolmentBody = Type.Object(
  {
    requestId: Uuid,
    photoSha256: Sha256,
    descriptor: FaceDescriptor,
  },
  { additionalProperties: false },
);
export type EnrolmentBody = Static<typeof EnrolmentBody>;

export const ENROLMENT_STATES = ['pending', 'approved', 'rejected', 'replaced'] as const;
export const EnrolmentState = Literals(ENROLMENT_STATES);

export const EnrolmentItem = Type.Object({
  id: Uuid,
  employeeId: Uuid,
  nip: Type.String(),
  name: Type.String(),
  state: EnrolmentState,
  submittedAt: IsoDateTime,
  decidedAt: Nullable(IsoDateTime),
  note: Nullable(Type.String()),
});
export type EnrolmentItem = Static<typeof EnrolmentItem>;
export const EnrolmentsAnswer = Type.Object({ items: Type.Array(EnrolmentItem) });
export type EnrolmentsAnswer = Static<typeof EnrolmentsAnswer>;
export const EnrolmentParams = Type.Object({ agencyId: Uuid, enrolmentId: Uuid });
export const EnrolmentDecisionBody = Type.Object({ approve: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });

export const FaceRuleSchema = Type.Object({ minMatch: Type.Number(), minLiveness: Type.Number(), minAntispoof: Type.Number() });

/** What the phone needs to check in, kept for offline use: the approved reference, the fences, the rules. */
export const SelfieSetupAnswer = Type.Object({
  enrolment: Nullable(Type.Object({ id: Uuid, state: EnrolmentState, submittedAt: IsoDateTime, note: Nullable(Type.String()) })),
  /** The approved reference's descriptor; null until an admin approved one. */
  reference: Nullable(Type.Object({ id: Uuid, descriptor: FaceDescriptor })),
  geofences: Type.Array(GeofenceItem),
  maxAccuracyMeters: Type.Number(),
  face: FaceRuleSchema,
});
export type SelfieSetupAnswer = Static<typeof SelfieSetupAnswer>;

export const CheckinBody = Type.Object(
  {
    /** Made by the phone: a resend of a queued check-in stores nothing twice. */
    id: Uuid,
    deviceId: Type.String({ minLength: 1, maxLength: 100 }),
    /** When the photo was taken, on the phone's clock. */
    deviceTime: IsoDateTime,
    /** The phone's clock when it sent this (the server measures the skew from it). */
    deviceNow: IsoDateTime,
    lat: Lat,
    lon: Lon,
    accuracyMeters: Type.Number({ minimum: 0, maximum: 100000 }),
    photoSha256: Sha256,
    referenceId: Uuid,
    match: Type.Number({ minimum: 0, maximum: 1 }),
    liveness: Type.Number({ minimum: 0, maximum: 1 }),
    antispoof: Type.Number({ minimum: 0, maximum: 1 }),
    descriptor: Type.Optional(FaceDescriptor),
  },
  { additionalProperties: false },
);
export type CheckinBody = Static<typeof CheckinBody>;

export const CHECKIN_PLACES = ['inside', 'outside', 'inaccurate', 'no_fence', 'invalid_fix'] as const;
export const CHECKIN_FACES = ['matched', 'no_match', 'not_live', 'invalid_scores', 'stale_reference'] as const;

export const CheckinAnswer = Type.Object({
  id: Uuid,
  /** Counts as a punch (source 'selfie') for the day's attendance. */
  accepted: Type.Boolean(),
  /** The instant judged (the phone's time corrected by its clock skew, or the receipt). */
  at: IsoDateTime,
  receivedAt: IsoDateTime,
  clockSkewed: Type.Boolean(),
  skewSeconds: Type.Integer(),
  place: Literals(CHECKIN_PLACES),
  distanceMeters: Nullable(Type.Number()),
  face: Literals(CHECKIN_FACES),
  /** Why it does not count, in Bahasa Indonesia; empty when accepted. */
  reasons: Type.Array(Type.String()),
});
export type CheckinAnswer = Static<typeof CheckinAnswer>;

export const CheckinPhotoParams = Type.Object({ agencyId: Uuid, checkinId: Uuid });

export const ANOMALY_KINDS = ['shared_coordinates', 'impossible_travel', 'too_perfect_accuracy', 'outside_geofence'] as const;
export const AnomalyItem = Type.Object({
  kind: Literals(ANOMALY_KINDS),
  checkins: Type.Array(Type.Object({ id: Uuid, employeeId: Uuid, nip: Type.String(), name: Type.String(), at: IsoDateTime, lat: Type.Number(), lon: Type.Number(), accuracyMeters: Type.Number() })),
  /** People for shared coordinates, km/h for travel, metres for accuracy and distance outside. */
  detail: Type.Number(),
});
export type AnomalyItem = Static<typeof AnomalyItem>;
export const AnomaliesQuery = Type.Object({ from: IsoDateTime, to: IsoDateTime }, { additionalProperties: false });
export const AnomaliesAnswer = Type.Object({ items: Type.Array(AnomalyItem) });
export type AnomaliesAnswer = Static<typeof AnomaliesAnswer>;

/** Disputed check-ins (issue 18): rejected or anomalous, for the agency's admins to judge. */
export const DISPUTE_REASONS = [
  'outside',
  'inaccurate',
  'no_fence',
  'invalid_fix',
  'no_match',
  'not_live',
  'invalid_scores',
  'stale_reference',
  'clock_skewed',
  'face_of_another',
  'too_perfect_accuracy',
  'shared_coordinates',
  'impossible_travel',
] as const;
export const DisputesQuery = Type.Object(
  {
    /** open: not judged yet (default); resolved: judged in the window. */
    state: Type.Optional(Literals(['open', 'resolved'] as const)),
    /** The window of check-in times, at most 31 days; by default the 31 days before now. */
    from: Type.Optional(IsoDateTime),
    to: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);
export const DisputeItem = Type.Object({
  id: Uuid,
  employeeId: Uuid,
  nip: Type.String(),
  name: Type.String(),
  at: IsoDateTime,
  receivedAt: IsoDateTime,
  /** Counts as a punch now (before a verdict: as the server judged it on arrival). */
  accepted: Type.Boolean(),
  place: Literals(CHECKIN_PLACES),
  face: Literals(CHECKIN_FACES),
  lat: Type.Number(),
  lon: Type.Number(),
  accuracyMeters: Type.Number(),
  distanceMeters: Nullable(Type.Number()),
  /** The office area it was judged against (inside, or the nearest). */
  geofenceName: Nullable(Type.String()),
  match: Type.Number(),
  liveness: Type.Number(),
  antispoof: Type.Number(),
  clockSkewed: Type.Boolean(),
  skewSeconds: Type.Integer(),
  deviceId: Type.String(),
  /** The face reference the phone matched against (its photo: the enrolment photo route). */
  referenceId: Nullable(Uuid),
  /** The colleague whose reference the face matched better than the employee's own, and that reference (if still approved). */
  otherFace: Nullable(Type.Object({ employeeId: Uuid, nip: Type.String(), name: Type.String(), similarity: Type.Number(), referenceId: Nullable(Uuid) })),
  reasons: Type.Array(Type.Object({ code: Literals(DISPUTE_REASONS), message: Type.String() })),
  resolution: Nullable(
    Type.Object({ verdict: Literals(['accepted', 'rejected'] as const), note: Type.String(), at: IsoDateTime, byAccountId: Uuid }),
  ),
});
export type DisputeItem = Static<typeof DisputeItem>;
export const DisputesAnswer = Type.Object({ items: Type.Array(DisputeItem), from: IsoDateTime, to: IsoDateTime });
export type DisputesAnswer = Static<typeof DisputesAnswer>;
export const ResolutionBody = Type.Object(
  {
    /** accept: the check-in becomes a punch; reject: it is confirmed as none. */
    verdict: Literals(['accept', 'reject'] as const),
    note: Type.String({ minLength: 3, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type ResolutionBody = Static<typeof ResolutionBody>;
export const ResolutionAnswer = Type.Object({ id: Uuid, accepted: Type.Boolean(), verdict: Literals(['accepted', 'rejected'] as const), resolvedAt: IsoDateTime });
export type ResolutionAnswer = Static<typeof ResolutionAnswer>;
