import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPUTE_MESSAGES, descriptorSimilarity, disputeReasons, faceOfAnother, type DisputeFacts, type ReferenceDescriptor } from './face-dispute.js';

const base = Array.from({ length: 1024 }, (_, i) => Math.sin(i) / 10);
/** A face `k` steps away from `base` (k = 3 gives 0.77, 4 gives 0.58, 5 gives 0.39 with Human's similarity). */
const away = (k: number, seed = 7) => base.map((x, i) => x + (k * Math.cos(i * seed)) / 10);

describe('descriptorSimilarity', () => {
  it("equals Human 3.3's match.similarity on fixed pairs (values computed with Human's own function)", () => {
    expect(descriptorSimilarity(base, base)).toBe(1);
    expect(descriptorSimilarity(base, away(2))).toBe(0.96);
    expect(descriptorSimilarity(base, away(3))).toBe(0.77);
    expect(descriptorSimilarity(base, away(4))).toBe(0.58);
    expect(descriptorSimilarity(base, away(5))).toBe(0.39);
    expect(descriptorSimilarity(base, away(8))).toBe(0);
  });
  it('is symmetric, in 0..1, and 0 for descriptors of different lengths', () => {
    const vec = fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 64, maxLength: 64 });
    fc.assert(
      fc.property(vec, vec, (a, b) => {
        const s = descriptorSimilarity(a, b);
        expect(s).toBe(descriptorSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
    expect(descriptorSimilarity(base, base.slice(1))).toBe(0);
  });
});

describe('faceOfAnother', () => {
  const me = 'e-1';
  it("names the colleague whose reference the face matches better than one's own", () => {
    // The face sent is the colleague's (base); my own reference is 4 steps away (0.58).
    const refs: ReferenceDescriptor[] = [
      { employeeId: me, descriptor: away(4) },
      { employeeId: 'e-2', descriptor: base },
      { employeeId: 'e-3', descriptor: away(5) },
    ];
    expect(faceOfAnother(base, me, away(4), refs)).toEqual({ employeeId: 'e-2', similarity: 1, ownSimilarity: 0.58 });
  });
  it('says nothing when my own reference matches best, or when no other reaches the match threshold', () => {
    expect(faceOfAnother(base, me, base, [{ employeeId: 'e-2', descriptor: away(3) }])).toBeNull();
    // Another is closer than my own, but 0.39 is no match at all.
    expect(faceOfAnother(base, me, away(6), [{ employeeId: 'e-2', descriptor: away(5) }])).toBeNull();
  });
  it('a tie with my own reference is not a warning; the margin asks for more', () => {
    expect(faceOfAnother(base, me, away(3), [{ employeeId: 'e-2', descriptor: away(3, 11) }])).toBeNull();
    expect(faceOfAnother(base, me, away(4), [{ employeeId: 'e-2', descriptor: away(3) }], { minMatch: 0.55, margin: 0.2 })).toBeNull();
    expect(faceOfAnother(base, me, away(4), [{ employeeId: 'e-2', descriptor: away(3) }], { minMatch: 0.55, margin: 0.1 })).toMatchObject({ employeeId: 'e-2' });
  });
  it('with no own reference any match of another is a warning; my own entry in the list is skipped', () => {
    expect(faceOfAnother(base, me, null, [{ employeeId: me, descriptor: base }])).toBeNull();
    expect(faceOfAnother(base, me, null, [{ employeeId: 'e-9', descriptor: away(4) }])).toEqual({ employeeId: 'e-9', similarity: 0.58, ownSimilarity: null });
  });
  it("does not depend on the references' order (equal similarities: the smallest id)", () => {
    const refs: ReferenceDescriptor[] = [
      { employeeId: 'e-5', descriptor: base },
      { employeeId: 'e-4', descriptor: base },
      { employeeId: 'e-6', descriptor: away(3) },
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(refs, { minLength: refs.length }), (order) => {
        expect(faceOfAnother(base, me, away(5), order)?.employeeId).toBe('e-4');
      }),
    );
  });
});

describe('disputeReasons', () => {
  const clean: DisputeFacts = { place: 'inside', face: 'matched', clockSkewed: false, accuracyMeters: 12, faceOfAnother: false, flagged: [] };
  it('a clean check-in has none; each fact gives its reason in a fixed order, each with an Indonesian message', () => {
    expect(disputeReasons(clean)).toEqual([]);
    const all = disputeReasons({ place: 'outside', face: 'not_live', clockSkewed: true, accuracyMeters: 1, faceOfAnother: true, flagged: ['impossible_travel', 'shared_coordinates'] });
    expect(all).toEqual(['outside', 'not_live', 'face_of_another', 'clock_skewed', 'too_perfect_accuracy', 'shared_coordinates', 'impossible_travel']);
    for (const r of all) expect(DISPUTE_MESSAGES[r]).toMatch(/\.$/);
    expect(disputeReasons({ ...clean, accuracyMeters: null })).toEqual([]);
  });
});
