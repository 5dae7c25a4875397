/**
 * The selfie check-in's face and fraud rules, pure.
 *
 * The phone compares the face it sees with the employee's approved reference (Human's faceres
 * descriptor, similarity 0..1) and runs the liveness and antispoof models (0..1 each). The server
 * stores the scores and decides with these thresholds; it cannot re-run the model, so the scores
 * are the device's word, stored as evidence with the photo for a person to check.
 *
 * Anomalies over an agency's check-ins (the admin's report; the server runs them as set-based SQL
 * with the same thresholds, and `findAnomalies` here is their reference):
 * - shared_coordinates: the same coordinates (rounded to `coordinateDecimals`, about 1 m) sent by
 *   `sharedMinPeople` or more different people: a fake-GPS app's fixed point;
 * - impossible_travel: two consecutive check-ins of one person further apart than `maxSpeedKmh`
 *   allows in the time between them (and more than `travelMinMeters` apart, above GPS noise);
 * - too_perfect_accuracy: an accuracy under `minRealAccuracyMeters` (phones report 3 m or worse
 *   outdoors; mock locations report 0 or 1);
 * - face_of_another: the face matched another employee's reference better than the threshold.
 */
import { haversineMeters, type GeoPoint } from './geofence.js';

export interface FaceScores {
  /** Similarity to the employee's reference, 0..1. */
  match: number;
  /** Liveness model score, 0..1. */
  liveness: number;
  /** Antispoof ("real") model score, 0..1. */
  antispoof: number;
}

export interface FaceRule {
  minMatch: number;
  minLiveness: number;
  minAntispoof: number;
}

/** Human's own demo (faceid) accepts a match at 0.5 and live/real at 0.5; we ask a little more of the match. */
export const DEFAULT_FACE_RULE: FaceRule = { minMatch: 0.55, minLiveness: 0.5, minAntispoof: 0.5 };

export type FaceVerdict = 'matched' | 'no_match' | 'not_live' | 'invalid_scores';

const score = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;

export function judgeFace(s: FaceScores, rule: FaceRule = DEFAULT_FACE_RULE): FaceVerdict {
  if (!score(s.match) || !score(s.liveness) || !score(s.antispoof)) return 'invalid_scores';
  if (s.liveness < rule.minLiveness || s.antispoof < rule.minAntispoof) return 'not_live';
  if (s.match < rule.minMatch) return 'no_match';
  return 'matched';
}

export const FACE_MESSAGES: Record<Exclude<FaceVerdict, 'matched'>, string> = {
  no_match: 'Wajah tidak cocok dengan foto acuan Anda.',
  not_live: 'Pemeriksaan keaktifan wajah gagal. Hadapkan wajah langsung ke kamera, bukan foto atau layar.',
  invalid_scores: 'Nilai pencocokan wajah tidak valid.',
};

export interface AnomalyRule {
  coordinateDecimals: number;
  sharedMinPeople: number;
  maxSpeedKmh: number;
  travelMinMeters: number;
  minRealAccuracyMeters: number;
}

export const DEFAULT_ANOMALY_RULE: AnomalyRule = {
  coordinateDecimals: 5,
  sharedMinPeople: 3,
  maxSpeedKmh: 250,
  travelMinMeters: 2000,
  minRealAccuracyMeters: 3,
};

export interface CheckinForAnomaly extends GeoPoint {
  id: string;
  employeeId: string;
  at: Date;
  accuracyMeters: number;
}

export type AnomalyKind = 'shared_coordinates' | 'impossible_travel' | 'too_perfect_accuracy';

export interface Anomaly {
  kind: AnomalyKind;
  /** The check-ins it names (for travel: the earlier and the later). */
  checkinIds: string[];
  employeeIds: string[];
  detail: number;
}

/** Coordinates rounded as the report groups them (half away from zero, as PostgreSQL's round(numeric)). */
export function roundCoordinate(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(x) * f;
  // Rounding on the decimal string, not on a binary product: 0.125 * 100 must give 13, not 12.
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * r) / f;
}

/** Km/h needed to go from a to b, or Infinity when no time passed between two different places. */
export function speedKmh(a: CheckinForAnomaly, b: CheckinForAnomaly): number {
  const metres = haversineMeters(a, b);
  const hours = Math.abs(b.at.getTime() - a.at.getTime()) / 3_600_000;
  if (hours === 0) return metres === 0 ? 0 : Infinity;
  return metres / 1000 / hours;
}

/** The reference the server's SQL is checked against. Order: by kind, then ids. */
export function findAnomalies(checkins: readonly CheckinForAnomaly[], rule: AnomalyRule = DEFAULT_ANOMALY_RULE): Anomaly[] {
  const out: Anomaly[] = [];
  const groups = new Map<string, CheckinForAnomaly[]>();
  for (const c of checkins) {
    const key = `${roundCoordinate(c.lat, rule.coordinateDecimals)},${roundCoordinate(c.lon, rule.coordinateDecimals)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const g of groups.values()) {
    const people = [...new Set(g.map((c) => c.employeeId))].sort();
    if (people.length >= rule.sharedMinPeople)
      out.push({ kind: 'shared_coordinates', checkinIds: g.map((c) => c.id).sort(), employeeIds: people, detail: people.length });
  }
  const byPerson = new Map<string, CheckinForAnomaly[]>();
  for (const c of checkins) byPerson.set(c.employeeId, [...(byPerson.get(c.employeeId) ?? []), c]);
  for (const list of byPerson.values()) {
    const sorted = [...list].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      if (haversineMeters(a, b) > rule.travelMinMeters && speedKmh(a, b) > rule.maxSpeedKmh)
        out.push({ kind: 'impossible_travel', checkinIds: [a.id, b.id], employeeIds: [a.employeeId], detail: speedKmh(a, b) });
    }
  }
  for (const c of checkins)
    if (c.accuracyMeters < rule.minRealAccuracyMeters) out.push({ kind: 'too_perfect_accuracy', checkinIds: [c.id], employeeIds: [c.employeeId], detail: c.accuracyMeters });
  const order: AnomalyKind[] = ['shared_coordinates', 'impossible_travel', 'too_perfect_accuracy'];
  return out.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind) || x.checkinIds.join().localeCompare(y.checkinIds.join()));
}
