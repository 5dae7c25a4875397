/**
 * Disputed selfie check-ins, pure: the face that matches another employee, and why a check-in is
 * disputed (the words the agency admin reads before judging it).
 *
 * Face of another (documented fraud: one person checks in for colleagues). The phone's scores are
 * the device's word; the descriptor it sends is not a verdict but the face itself (Human's faceres
 * embedding), so the server compares it with the agency's approved references. A check-in is marked
 * when another employee's reference is at least as similar as a match needs (`minMatch`, the same
 * threshold the phone uses) and more similar than the employee's own reference by more than
 * `margin`. Similarity is Human's own (`human.match.similarity` with its defaults: Euclidean
 * distance × 25, normalised to 0.2..0.8, rounded to hundredths), so the server's number is the one
 * the phone would show for the same two descriptors.
 */
import { DEFAULT_FACE_RULE, type AnomalyKind } from './selfie.js';

/** Human 3.3's `match.similarity(a, b)` with its default options (order 2, multiplier 25, range 0.2..0.8). */
export function descriptorSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    sum += d * d;
  }
  const dist = Math.round(100 * 25 * sum) / 100;
  if (dist === 0) return 1;
  const norm = (1 - Math.sqrt(dist) / 100 - 0.2) / (0.8 - 0.2);
  return Math.round(100 * Math.max(Math.min(norm, 1), 0)) / 100;
}

export interface OtherFaceRule {
  /** The similarity a match needs (the phone's own threshold). */
  minMatch: number;
  /** How much more similar another's reference must be than one's own. */
  margin: number;
}

export const DEFAULT_OTHER_FACE_RULE: OtherFaceRule = { minMatch: DEFAULT_FACE_RULE.minMatch, margin: 0 };

export interface ReferenceDescriptor {
  employeeId: string;
  descriptor: readonly number[];
}

export interface FaceOfAnother {
  /** The employee whose reference the face matches best. */
  employeeId: string;
  similarity: number;
  /** Similarity to the employee's own approved reference; null when there is none. */
  ownSimilarity: number | null;
}

/**
 * The other employee whose approved reference the submitted face matches better than the
 * employee's own, or null. `references` may include the employee's own (skipped by id); of equal
 * similarities the smallest employee id wins, so the answer does not depend on the list's order.
 */
export function faceOfAnother(
  descriptor: readonly number[],
  employeeId: string,
  own: readonly number[] | null,
  references: readonly ReferenceDescriptor[],
  rule: OtherFaceRule = DEFAULT_OTHER_FACE_RULE,
): FaceOfAnother | null {
  const ownSimilarity = own ? descriptorSimilarity(descriptor, own) : null;
  let best: { employeeId: string; similarity: number } | null = null;
  for (const r of references) {
    if (r.employeeId === employeeId) continue;
    const s = descriptorSimilarity(descriptor, r.descriptor);
    if (!best || s > best.similarity || (s === best.similarity && r.employeeId < best.employeeId)) best = { employeeId: r.employeeId, similarity: s };
  }
  if (!best || best.similarity < rule.minMatch) return null;
  if (best.similarity <= (ownSimilarity ?? 0) + rule.margin) return null;
  return { ...best, ownSimilarity };
}

/** Why a check-in is disputed: what the admin reads before accepting it or confirming its rejection. */
export type DisputeReason =
  | 'outside'
  | 'inaccurate'
  | 'no_fence'
  | 'invalid_fix'
  | 'no_match'
  | 'not_live'
  | 'invalid_scores'
  | 'stale_reference'
  | 'clock_skewed'
  | 'face_of_another'
  | AnomalyKind;

export interface DisputeFacts {
  place: 'inside' | 'outside' | 'inaccurate' | 'no_fence' | 'invalid_fix';
  face: 'matched' | 'no_match' | 'not_live' | 'invalid_scores' | 'stale_reference';
  clockSkewed: boolean;
  accuracyMeters: number | null;
  faceOfAnother: boolean;
  /** Anomalies of the report that name this check-in (shared coordinates, impossible travel). */
  flagged: readonly AnomalyKind[];
}

/** The reasons in a fixed order: place, face, then the anomalies; empty means not disputed. */
export function disputeReasons(f: DisputeFacts, minRealAccuracyMeters = 3): DisputeReason[] {
  const out: DisputeReason[] = [];
  if (f.place !== 'inside') out.push(f.place);
  if (f.face !== 'matched') out.push(f.face);
  if (f.faceOfAnother) out.push('face_of_another');
  if (f.clockSkewed) out.push('clock_skewed');
  if (f.accuracyMeters !== null && f.accuracyMeters < minRealAccuracyMeters) out.push('too_perfect_accuracy');
  for (const k of ['shared_coordinates', 'impossible_travel'] as const) if (f.flagged.includes(k)) out.push(k);
  return out;
}

export const DISPUTE_MESSAGES: Record<DisputeReason, string> = {
  outside: 'Di luar area kantor.',
  inaccurate: 'Lokasi kurang akurat.',
  no_fence: 'Area kantor belum ditetapkan.',
  invalid_fix: 'Lokasi tidak terbaca.',
  no_match: 'Wajah tidak cocok dengan foto acuan pegawai.',
  not_live: 'Pemeriksaan keaktifan wajah gagal (mungkin foto atau layar).',
  invalid_scores: 'Nilai pencocokan wajah tidak valid.',
  stale_reference: 'Ponsel memakai foto acuan yang sudah diganti.',
  clock_skewed: 'Jam ponsel berbeda jauh dari jam server.',
  face_of_another: 'Wajah lebih cocok dengan foto acuan pegawai lain.',
  too_perfect_accuracy: 'Akurasi lokasi terlalu sempurna (kemungkinan lokasi palsu).',
  shared_coordinates: 'Koordinat yang sama dipakai banyak orang.',
  impossible_travel: 'Perpindahan mustahil dari presensi sebelumnya.',
};
