/**
 * Effective-dated settings: an agency's settings are a list of versions, each in force from its
 * `effectiveFrom` date until the next version's. A past date is answered with the version in force
 * then, so a past month is recomputed with the rules it had (TPP), not today's.
 */

/** One version of something that changes over time, in force from `effectiveFrom` (yyyy-mm-dd). */
export interface EffectiveDated {
  effectiveFrom: string;
}

/**
 * The version in force on `date`: the one with the greatest `effectiveFrom` on or before it, or
 * undefined when every version starts later (the caller then uses its defaults). Order of `versions`
 * does not matter; two versions never share a date (the key forbids it).
 */
export function versionInForce<T extends EffectiveDated>(versions: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  // ISO dates compare correctly as strings.
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  return best;
}

/**
 * Why a change effective from `effectiveFrom` may not be made on `today` (the agency's local date), or
 * undefined when it may. A change may not reach back: days already past were logged, judged and may
 * already be paid (TPP) under the rules then in force, and rewriting those rules would silently change
 * those results. A change from today applies to today's open days, as an unversioned setting did.
 */
export function settingsChangeRefusal(effectiveFrom: string, today: string): string | undefined {
  if (effectiveFrom < today) {
    return `Pengaturan tidak dapat diubah untuk tanggal yang sudah lewat (${effectiveFrom}); berlakukan paling cepat mulai hari ini (${today}).`;
  }
  return undefined;
}
