/**
 * Disputed selfie check-ins (issue 18): a rejected or anomalous check-in keeps its photo until it is
 * judged. The agency's own admins judge (`attendance.selfie.resolve`): they approve the face
 * references, they already read the anomaly report, and they are the only admins who may open the
 * photos (the BKD and auditors may not); the direct supervisor is left out on purpose, because the
 * documented fraud is colleagues checking in for each other, and a verdict that makes a punch moves
 * the team's TPP, which the supervisor's own unit shares in. A supervisor who knows why someone was
 * elsewhere says so through leave or dinas luar, which they approve.
 *
 * Accepting makes the check-in a punch (`accepted`), rejecting confirms it is none; either way with
 * a note, once (a repeat of the same verdict answers the stored one; another verdict is 409),
 * audited. After the verdict the retention pass treats the check-in as any other: its photo goes
 * once it is past the period.
 *
 * The face of another: when the phone sends its descriptor, the server compares it with the agency's
 * approved references (core's `faceOfAnother`, Human's similarity); a face closer to a colleague's
 * reference than to one's own is not a punch until an admin accepts it.
 */
import { DEFAULT_ANOMALY_RULE, DEFAULT_OTHER_FACE_RULE, DISPUTE_MESSAGES, disputeReasons, faceOfAnother, type AnomalyKind, type FaceOfAnother, type Principal, type ReferenceDescriptor } from '@kinerja/core';
import type { DisputeItem, DisputesAnswer, ResolutionAnswer, ResolutionBody } from '@kinerja/core/api';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { impossibleTravel, sharedCoordinates, checkinById } from './queries/selfie.js';
import { approvedDescriptors, approvedReferencesStamp, disputedCheckins, resolveCheckin } from './queries/selfie-disputes.js';

const MESSAGES = {
  range: 'Rentang waktu paling lama 31 hari dan harus berurutan.',
  notFound: 'Presensi swafoto tidak ditemukan.',
  decidedOtherwise: 'Presensi ini sudah diputus dengan keputusan lain.',
  redacted: 'Foto presensi ini sudah dihapus menurut masa simpan; tidak dapat diputus lagi.',
};

const DAY = 86_400_000;
const LIST_LIMIT = 200;

/** The agency's approved references, read again only when their stamp changed (one small read a check-in). */
const cache = new WeakMap<object, Map<string, { stamp: string; refs: ReferenceDescriptor[] }>>();

async function agencyReferences(db: Kysely<Database>, agencyId: string): Promise<ReferenceDescriptor[]> {
  let byAgency = cache.get(db);
  if (!byAgency) cache.set(db, (byAgency = new Map()));
  const stamp = await approvedReferencesStamp(db, agencyId);
  const hit = byAgency.get(agencyId);
  if (hit && hit.stamp === stamp) return hit.refs;
  const refs = (await approvedDescriptors(db, agencyId)).map((r) => ({ employeeId: r.employee_id, descriptor: r.descriptor as number[] }));
  byAgency.set(agencyId, { stamp, refs });
  return refs;
}

/** The colleague whose approved reference this face matches better than the employee's own, or null. */
export async function otherFaceOf(db: Kysely<Database>, agencyId: string, employeeId: string, descriptor: readonly number[] | undefined): Promise<FaceOfAnother | null> {
  if (!descriptor) return null;
  const refs = await agencyReferences(db, agencyId);
  const own = refs.find((r) => r.employeeId === employeeId)?.descriptor ?? null;
  return faceOfAnother(descriptor, employeeId, own, refs, DEFAULT_OTHER_FACE_RULE);
}

function windowOf(now: Date, fromIso?: string, toIso?: string): { from: Date; to: Date } {
  const to = toIso ? new Date(toIso) : new Date(now.getTime() + 1);
  const from = fromIso ? new Date(fromIso) : new Date(to.getTime() - 31 * DAY);
  if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > 31 * DAY) throw new AppError('VALIDATION', MESSAGES.range, [{ field: 'to', message: MESSAGES.range }]);
  return { from, to };
}

/** The agency's disputed check-ins of a window (open by default), with the reasons, the place and the face's colleague. */
export async function listDisputes(ctx: AppContext, p: Principal, agencyId: string, state: 'open' | 'resolved', fromIso?: string, toIso?: string): Promise<DisputesAnswer> {
  await requireAccess(ctx, p, 'attendance.selfie.resolve', { agencyId });
  const { from, to } = windowOf(ctx.now(), fromIso, toIso);
  const R = DEFAULT_ANOMALY_RULE;
  const flagged = new Map<string, AnomalyKind[]>();
  const flag = (id: string, kind: AnomalyKind) => flagged.set(id, [...(flagged.get(id) ?? []), kind]);
  for (const s of await sharedCoordinates(ctx.db, agencyId, from, to, R.coordinateDecimals, R.sharedMinPeople)) for (const id of s.ids) flag(id, 'shared_coordinates');
  for (const t of await impossibleTravel(ctx.db, agencyId, from, to, R.travelMinMeters, R.maxSpeedKmh)) for (const id of [t.prev_id, t.id]) flag(id, 'impossible_travel');
  const rows = await disputedCheckins(ctx.db, agencyId, state, from, to, R.minRealAccuracyMeters, [...flagged.keys()], LIST_LIMIT);
  const items: DisputeItem[] = rows.map((r) => {
    const reasons = disputeReasons(
      { place: r.place, face: r.face, clockSkewed: r.clock_skewed, accuracyMeters: r.accuracy_meters, faceOfAnother: r.other_employee_id !== null, flagged: flagged.get(r.id) ?? [] },
      R.minRealAccuracyMeters,
    );
    return {
      id: r.id,
      employeeId: r.employee_id,
      nip: r.nip,
      name: r.name,
      at: new Date(r.at).toISOString(),
      receivedAt: new Date(r.received_at).toISOString(),
      accepted: r.accepted,
      place: r.place,
      face: r.face,
      // Not redacted (the query's filter), so the point is kept (constraint selfie_checkins_kept).
      lat: r.lat!,
      lon: r.lon!,
      accuracyMeters: r.accuracy_meters!,
      distanceMeters: r.distance_meters,
      geofenceName: r.geofence_name,
      match: r.match_score,
      liveness: r.liveness_score,
      antispoof: r.antispoof_score,
      clockSkewed: r.clock_skewed,
      skewSeconds: r.skew_seconds,
      deviceId: r.device_id,
      referenceId: r.reference_id,
      otherFace: r.other_employee_id
        ? { employeeId: r.other_employee_id, nip: r.other_nip ?? '', name: r.other_name ?? '', similarity: r.other_match ?? 0, referenceId: r.other_reference_id }
        : null,
      reasons: reasons.map((code) => ({ code, message: DISPUTE_MESSAGES[code] })),
      resolution:
        r.resolution && r.resolved_at && r.resolved_by_account_id
          ? { verdict: r.resolution, note: r.resolution_note ?? '', at: new Date(r.resolved_at).toISOString(), byAccountId: r.resolved_by_account_id }
          : null,
    };
  });
  const people = new Set(rows.flatMap((r) => (r.other_employee_id ? [r.employee_id, r.other_employee_id] : [r.employee_id])));
  await recordReads(ctx, p, agencyId, people, 'evidence');
  return { items, from: from.toISOString(), to: to.toISOString() };
}

/** The admin's verdict on one check-in: accept (a punch) or confirm the rejection, with a note; idempotent; audited. */
export async function resolveDispute(ctx: AppContext, p: Principal, agencyId: string, id: string, body: ResolutionBody): Promise<{ answer: ResolutionAnswer; changed: boolean }> {
  await requireAccess(ctx, p, 'attendance.selfie.resolve', { agencyId });
  const verdict = body.verdict === 'accept' ? 'accepted' : 'rejected';
  const note = body.note.trim();
  if (note.length < 3) throw new AppError('VALIDATION', 'Catatan keputusan wajib diisi.', [{ field: 'note', message: 'Catatan keputusan wajib diisi.' }]);
  return ctx.db.transaction().execute(async (tx) => {
    const before = await checkinById(tx, agencyId, id);
    if (!before) throw new AppError('NOT_FOUND', MESSAGES.notFound);
    const done = await resolveCheckin(tx, agencyId, id, verdict, note, ctx.now(), p.accountId);
    if (!done) {
      if (before.resolution === verdict && before.resolved_at)
        return { answer: { id, accepted: before.accepted, verdict, resolvedAt: new Date(before.resolved_at).toISOString() }, changed: false };
      if (before.resolution) throw new AppError('CONFLICT', MESSAGES.decidedOtherwise);
      throw new AppError('CONFLICT', MESSAGES.redacted);
    }
    await recordAudit(tx, {
      agencyId,
      actorAccountId: p.accountId,
      action: `attendance.selfie_checkin_${verdict}`,
      entity: 'selfie_checkin',
      entityId: id,
      data: { employeeId: before.employee_id, note, wasAccepted: before.accepted, place: before.place, face: before.face, otherEmployeeId: before.other_employee_id },
    });
    return { answer: { id, accepted: done.accepted, verdict, resolvedAt: new Date(done.resolved_at!).toISOString() }, changed: true };
  });
}
