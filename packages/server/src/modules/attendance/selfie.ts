/**
 * The selfie check-in (issue 18 item 3): office areas, face references an admin approves, check-ins
 * from the phone, and the anomaly report. The face is matched on the phone (Human's models, served by
 * this server); the server stores the scores, the photo (evidence store), the fix and the device, and
 * decides with core's rules whether the check-in counts as a punch (source 'selfie').
 */
import {
  DEFAULT_ANOMALY_RULE,
  DEFAULT_FACE_RULE,
  DEFAULT_PLACE_RULE,
  FACE_MESSAGES,
  PLACE_MESSAGES,
  checkGeofence,
  isSkewed,
  judgeFace,
  judgePlace,
  judgedInstant,
  resolveJournalSettings,
  type Geofence,
  type GeofenceShape,
  type Principal,
} from '@kinerja/core';
import type { AnomaliesAnswer, AnomalyItem, CheckinAnswer, CheckinBody, EnrolmentBody, EnrolmentItem, GeofenceBody, GeofenceItem, SelfieSetupAnswer } from '@kinerja/core/api';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.js';
import type { SelfieGeofencesTable } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { actingEmployee, evidenceAccess, requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { findEvidence, type EvidenceMeta } from '../evidence/index.js';
import { agencyToday } from '../org/index.js';
import { settingsOn } from '../settings/index.js';
import {
  checkinById,
  checkinsWithPeople,
  decideReference,
  deleteGeofence,
  geofencesOf,
  impossibleTravel,
  insertCheckin,
  insertReference,
  outsideGeofence,
  referenceById,
  referencesOfAgency,
  referencesOfEmployee,
  replaceApproved,
  sharedCoordinates,
  tooPerfectAccuracy,
  upsertGeofence,
} from './queries/selfie.js';
import { otherFaceOf } from './selfie-disputes.js';

const MESSAGES = {
  photoNotYours: 'Foto swafoto belum diunggah dari akun Anda. Unggah fotonya dulu lalu kirim ulang.',
  noReference: 'Foto acuan wajah Anda belum disetujui admin.',
  geofenceNotFound: 'Area kantor tidak ditemukan.',
  enrolmentNotFound: 'Pengajuan foto acuan tidak ditemukan atau sudah diputuskan.',
  checkinOtherPerson: 'Presensi dengan id ini sudah tercatat untuk pegawai lain.',
  range: 'Rentang waktu laporan paling lama 31 hari dan harus berurutan.',
  photoNotFound: 'Foto presensi tidak ditemukan.',
  staleReference: 'Foto acuan yang dipakai ponsel sudah diganti. Buka ulang layar presensi lalu coba lagi.',
  faceOfAnother: 'Wajah lebih cocok dengan foto acuan pegawai lain; presensi menunggu pemeriksaan admin instansi.',
};

function toShape(r: Selectable<SelfieGeofencesTable>): GeofenceShape {
  if (r.kind === 'radius') return { kind: 'radius', center: { lat: r.center_lat!, lon: r.center_lon! }, radiusMeters: r.radius_meters! };
  return { kind: 'polygon', points: (r.points ?? []).map(([lat, lon]) => ({ lat, lon })) };
}

function toGeofenceItem(r: Selectable<SelfieGeofencesTable>): GeofenceItem {
  return { id: r.id, name: r.name, shape: toShape(r), updatedAt: new Date(r.updated_at).toISOString() };
}

async function fencesOf(ctx: AppContext, agencyId: string): Promise<GeofenceItem[]> {
  return (await geofencesOf(ctx.db, agencyId)).map(toGeofenceItem);
}

export async function listGeofences(ctx: AppContext, p: Principal, agencyId: string): Promise<GeofenceItem[]> {
  await requireAccess(ctx, p, 'attendance.geofences.read', { agencyId });
  return fencesOf(ctx, agencyId);
}

export async function putGeofence(ctx: AppContext, p: Principal, agencyId: string, id: string, body: GeofenceBody): Promise<{ item: GeofenceItem; created: boolean }> {
  await requireAccess(ctx, p, 'attendance.selfie.manage', { agencyId });
  const problem = checkGeofence(body.shape);
  if (problem) throw new AppError('VALIDATION', problem.message, [{ field: `shape.${problem.field}`, message: problem.message }]);
  const existed = (await geofencesOf(ctx.db, agencyId)).some((g) => g.id === id);
  const shape = body.shape;
  const row = await ctx.db.transaction().execute(async (tx) => {
    const saved = await upsertGeofence(tx, {
      agency_id: agencyId,
      id,
      name: body.name.trim(),
      kind: shape.kind,
      center_lat: shape.kind === 'radius' ? shape.center.lat : null,
      center_lon: shape.kind === 'radius' ? shape.center.lon : null,
      radius_meters: shape.kind === 'radius' ? shape.radiusMeters : null,
      points: shape.kind === 'polygon' ? JSON.stringify(shape.points.map((q) => [q.lat, q.lon])) : null,
      updated_at: ctx.now(),
      updated_by_account_id: p.accountId,
    });
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: existed ? 'attendance.geofence_changed' : 'attendance.geofence_added', entity: 'selfie_geofence', entityId: id, data: { name: body.name, shape: body.shape } });
    return saved!;
  });
  return { item: toGeofenceItem(row), created: !existed };
}

export async function removeGeofence(ctx: AppContext, p: Principal, agencyId: string, id: string): Promise<void> {
  await requireAccess(ctx, p, 'attendance.selfie.manage', { agencyId });
  await ctx.db.transaction().execute(async (tx) => {
    const gone = await deleteGeofence(tx, agencyId, id);
    if (!gone) throw new AppError('NOT_FOUND', MESSAGES.geofenceNotFound);
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'attendance.geofence_removed', entity: 'selfie_geofence', entityId: id });
  });
}

/** Whether this account sent these bytes (an upload of its own, not only a readable file). */
async function uploadedByMe(ctx: AppContext, p: Principal, sha256: string): Promise<boolean> {
  if (!(await findEvidence(ctx, sha256))) return false;
  const { allowed, through } = await evidenceAccess(ctx, p, [sha256]);
  return allowed.has(sha256) && through.length === 0;
}

export async function selfieSetup(ctx: AppContext, p: Principal): Promise<SelfieSetupAnswer> {
  const me = actingEmployee(p);
  const refs = await referencesOfEmployee(ctx.db, me.agencyId, me.employeeId);
  const latest = refs[0];
  const approved = refs.find((r) => r.state === 'approved');
  const settings = await placeRuleOf(ctx, me.agencyId);
  return {
    enrolment: latest ? { id: latest.id, state: latest.state, submittedAt: new Date(latest.submitted_at).toISOString(), note: latest.note } : null,
    reference: approved ? { id: approved.id, descriptor: approved.descriptor } : null,
    geofences: await fencesOf(ctx, me.agencyId),
    maxAccuracyMeters: settings.maxAccuracyMeters,
    face: DEFAULT_FACE_RULE,
  };
}

/** The agency's accuracy tolerance: `selfieMaxAccuracyMeters` in its settings, else core's default. */
async function placeRuleOf(ctx: AppContext, agencyId: string) {
  const { today } = await agencyToday(ctx, agencyId);
  const raw = (await settingsOn(ctx.db, agencyId, today)).selfieMaxAccuracyMeters;
  return typeof raw === 'number' && raw > 0 ? { maxAccuracyMeters: raw } : DEFAULT_PLACE_RULE;
}

export async function submitEnrolment(ctx: AppContext, p: Principal, body: EnrolmentBody): Promise<{ id: string; state: 'pending' }> {
  const me = actingEmployee(p);
  if (!(await uploadedByMe(ctx, p, body.photoSha256))) throw new AppError('VALIDATION', MESSAGES.photoNotYours, [{ field: 'photoSha256', message: MESSAGES.photoNotYours }]);
  await ctx.db.transaction().execute(async (tx) => {
    const inserted = await insertReference(tx, {
      agency_id: me.agencyId,
      id: body.requestId,
      employee_id: me.employeeId,
      photo_sha256: body.photoSha256,
      descriptor: JSON.stringify(body.descriptor),
      state: 'pending',
      submitted_at: ctx.now(),
      submitted_by_account_id: p.accountId,
    });
    if (inserted) await recordAudit(tx, { agencyId: me.agencyId, actorAccountId: p.accountId, action: 'attendance.face_reference_submitted', entity: 'selfie_reference', entityId: body.requestId, data: { employeeId: me.employeeId, photoSha256: body.photoSha256 } });
  });
  return { id: body.requestId, state: 'pending' };
}

export async function listEnrolments(ctx: AppContext, p: Principal, agencyId: string, state: EnrolmentItem['state']): Promise<EnrolmentItem[]> {
  await requireAccess(ctx, p, 'attendance.selfie.manage', { agencyId });
  return (await referencesOfAgency(ctx.db, agencyId, state, 200)).map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    nip: r.nip,
    name: r.name,
    state: r.state,
    submittedAt: new Date(r.submitted_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    note: r.note,
  }));
}

export async function decideEnrolment(ctx: AppContext, p: Principal, agencyId: string, id: string, approve: boolean, note: string | undefined): Promise<{ id: string; state: 'approved' | 'rejected' }> {
  await requireAccess(ctx, p, 'attendance.selfie.manage', { agencyId });
  const state = approve ? 'approved' : 'rejected';
  await ctx.db.transaction().execute(async (tx) => {
    const row = await referenceById(tx, agencyId, id);
    if (!row || row.state !== 'pending') throw new AppError('NOT_FOUND', MESSAGES.enrolmentNotFound);
    if (approve) await replaceApproved(tx, agencyId, row.employee_id);
    const decided = await decideReference(tx, agencyId, id, state, ctx.now(), p.accountId, note?.trim() || null);
    if (!decided) throw new AppError('NOT_FOUND', MESSAGES.enrolmentNotFound);
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: `attendance.face_reference_${state}`, entity: 'selfie_reference', entityId: id, data: { employeeId: row.employee_id } });
  });
  return { id, state };
}

/**
 * Stores a check-in and judges it: the instant (the device's time corrected by the clock skew
 * measured at this request, as the journal's offline items; beyond the agency's tolerance, the
 * receipt, flagged), the place (core's judgePlace on the agency's fences), the face (core's judgeFace
 * on the phone's scores against the approved reference it names). Only an inside, matched check-in
 * counts as a punch. A resend of the same id answers the stored judgement.
 */
export async function recordCheckin(ctx: AppContext, p: Principal, body: CheckinBody): Promise<{ answer: CheckinAnswer; created: boolean }> {
  const me = actingEmployee(p);
  const existing = await checkinById(ctx.db, me.agencyId, body.id);
  if (existing) {
    if (existing.employee_id !== me.employeeId) throw new AppError('CONFLICT', MESSAGES.checkinOtherPerson);
    return { answer: answerOf(existing), created: false };
  }
  if (!(await uploadedByMe(ctx, p, body.photoSha256))) throw new AppError('VALIDATION', MESSAGES.photoNotYours, [{ field: 'photoSha256', message: MESSAGES.photoNotYours }]);
  const received = ctx.now();
  const skewSeconds = Math.round((received.getTime() - Date.parse(body.deviceNow)) / 1000);
  const { today } = await agencyToday(ctx, me.agencyId);
  const settings = await settingsOn(ctx.db, me.agencyId, today);
  const journal = resolveJournalSettings(settings);
  const judged = judgedInstant(new Date(body.deviceTime), { received, skewSeconds }, journal);
  const clockSkewed = isSkewed(skewSeconds, journal);

  const fences: Geofence[] = (await geofencesOf(ctx.db, me.agencyId)).map((r) => ({ id: r.id, name: r.name, shape: toShape(r) }));
  const placeRule = await placeRuleOf(ctx, me.agencyId);
  const place = judgePlace({ lat: body.lat, lon: body.lon, accuracyMeters: body.accuracyMeters }, fences, placeRule);
  const refs = await referencesOfEmployee(ctx.db, me.agencyId, me.employeeId);
  const approved = refs.find((r) => r.state === 'approved');
  if (!approved && !refs.some((r) => r.id === body.referenceId)) throw new AppError('VALIDATION', MESSAGES.noReference, [{ field: 'referenceId', message: MESSAGES.noReference }]);
  const face = approved?.id === body.referenceId ? judgeFace({ match: body.match, liveness: body.liveness, antispoof: body.antispoof }) : 'stale_reference';
  // The face closer to a colleague's approved reference than to one's own: no punch until an admin accepts it.
  const other = await otherFaceOf(ctx.db, me.agencyId, me.employeeId, body.descriptor);
  const accepted = place.verdict === 'inside' && face === 'matched' && !other;

  const row = {
    agency_id: me.agencyId,
    id: body.id,
    employee_id: me.employeeId,
    account_id: p.accountId,
    device_id: body.deviceId,
    device_time: new Date(body.deviceTime),
    received_at: received,
    skew_seconds: skewSeconds,
    clock_skewed: clockSkewed,
    at: judged.at,
    lat: body.lat,
    lon: body.lon,
    accuracy_meters: body.accuracyMeters,
    place: place.verdict,
    geofence_id: place.fenceId,
    distance_meters: place.distanceMeters,
    photo_sha256: body.photoSha256,
    reference_id: refs.some((r) => r.id === body.referenceId) ? body.referenceId : null,
    match_score: body.match,
    liveness_score: body.liveness,
    antispoof_score: body.antispoof,
    face,
    descriptor: body.descriptor ? JSON.stringify(body.descriptor) : null,
    accepted,
    other_employee_id: other?.employeeId ?? null,
    other_match: other?.similarity ?? null,
  } as const;
  const inserted = await insertCheckin(ctx.db, row);
  if (!inserted) {
    // A concurrent resend of the same id won: answer with its row.
    const again = await checkinById(ctx.db, me.agencyId, body.id);
    if (!again || again.employee_id !== me.employeeId) throw new AppError('CONFLICT', MESSAGES.checkinOtherPerson);
    return { answer: answerOf(again), created: false };
  }
  return { answer: answerOf(row), created: true };
}

function answerOf(r: {
  id: string;
  accepted: boolean;
  at: Date | string;
  received_at: Date | string;
  clock_skewed: boolean;
  skew_seconds: number;
  place: CheckinAnswer['place'];
  distance_meters: number | null;
  face: CheckinAnswer['face'];
  other_employee_id: string | null;
}): CheckinAnswer {
  const reasons: string[] = [];
  if (r.place !== 'inside') reasons.push(PLACE_MESSAGES[r.place]);
  if (r.face === 'stale_reference') reasons.push(MESSAGES.staleReference);
  else if (r.face !== 'matched') reasons.push(FACE_MESSAGES[r.face]);
  if (r.other_employee_id) reasons.push(MESSAGES.faceOfAnother);
  return {
    id: r.id,
    accepted: r.accepted,
    at: new Date(r.at).toISOString(),
    receivedAt: new Date(r.received_at).toISOString(),
    clockSkewed: r.clock_skewed,
    skewSeconds: r.skew_seconds,
    place: r.place,
    distanceMeters: r.distance_meters,
    face: r.face,
    reasons,
  };
}

const MAX_RANGE_MS = 31 * 86_400_000;

/** The admin's anomaly report over a window (at most 31 days): one set-based statement per kind. */
export async function selfieAnomalies(ctx: AppContext, p: Principal, agencyId: string, fromIso: string, toIso: string): Promise<AnomaliesAnswer> {
  await requireAccess(ctx, p, 'attendance.selfie.manage', { agencyId });
  const from = new Date(fromIso);
  const to = new Date(toIso);
  if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_RANGE_MS) throw new AppError('VALIDATION', MESSAGES.range, [{ field: 'to', message: MESSAGES.range }]);
  const R = DEFAULT_ANOMALY_RULE;
  const [shared, travel, perfect, outside] = [
    await sharedCoordinates(ctx.db, agencyId, from, to, R.coordinateDecimals, R.sharedMinPeople),
    await impossibleTravel(ctx.db, agencyId, from, to, R.travelMinMeters, R.maxSpeedKmh),
    await tooPerfectAccuracy(ctx.db, agencyId, from, to, R.minRealAccuracyMeters),
    await outsideGeofence(ctx.db, agencyId, from, to),
  ];
  const ids = new Set<string>([...shared.flatMap((s) => s.ids), ...travel.flatMap((t) => [t.prev_id, t.id]), ...perfect.map((x) => x.id), ...outside.map((x) => x.id)]);
  const people = new Map((await checkinsWithPeople(ctx.db, agencyId, [...ids])).map((c) => [c.id, c]));
  const view = (id: string): AnomalyItem['checkins'][number] => {
    const c = people.get(id)!;
    // The report reads only check-ins not redacted by retention, which keep their point (constraint selfie_checkins_kept).
    return { id, employeeId: c.employee_id, nip: c.nip, name: c.name, at: new Date(c.at).toISOString(), lat: c.lat!, lon: c.lon!, accuracyMeters: c.accuracy_meters! };
  };
  const items: AnomalyItem[] = [
    ...shared.map((s) => ({ kind: 'shared_coordinates' as const, checkins: s.ids.map(view), detail: s.people })),
    ...travel.map((t) => ({ kind: 'impossible_travel' as const, checkins: [view(t.prev_id), view(t.id)], detail: t.kmh === null ? -1 : Math.round(t.kmh) })),
    ...perfect.map((x) => ({ kind: 'too_perfect_accuracy' as const, checkins: [view(x.id)], detail: x.accuracy_meters! })),
    ...outside.map((x) => ({ kind: 'outside_geofence' as const, checkins: [view(x.id)], detail: Math.round(x.distance_meters ?? 0) })),
  ];
  const everyone = new Set(items.flatMap((i) => i.checkins.map((c) => c.employeeId)));
  await recordReads(ctx, p, agencyId, everyone, 'evidence');
  return { items };
}

/**
 * The photo of a check-in or a face reference, for the employee, their supervisor and the agency's
 * admins (`attendance.selfie.photo`); anyone else is told it does not exist. Recorded as a read.
 */
export async function selfiePhoto(ctx: AppContext, p: Principal, agencyId: string, kind: 'checkin' | 'reference', id: string): Promise<EvidenceMeta & { sha256: string }> {
  const row = kind === 'checkin' ? await checkinById(ctx.db, agencyId, id) : await referenceById(ctx.db, agencyId, id);
  if (!row) throw new AppError('NOT_FOUND', MESSAGES.photoNotFound);
  await requireAccess(ctx, p, 'attendance.selfie.photo', { agencyId, ids: [row.employee_id] });
  // Past the retention period an accepted check-in has no photo any more: the same 404.
  if (!row.photo_sha256) throw new AppError('NOT_FOUND', MESSAGES.photoNotFound);
  const file = await findEvidence(ctx, row.photo_sha256);
  if (!file) throw new AppError('NOT_FOUND', MESSAGES.photoNotFound);
  await recordReads(ctx, p, agencyId, [row.employee_id], 'evidence');
  return { sha256: file.sha256, mediaType: file.media_type, byteSize: file.byte_size, storedSize: file.stored_size, width: file.width, height: file.height, capturedAt: null };
}
