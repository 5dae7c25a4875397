import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeInOrganisation } from './organisation.js';

// Dinas (top) → Bidang → Seksi; Sekretariat → Subbag.
const PARENT: Record<string, string | null> = { dinas: null, bidang: 'dinas', seksi: 'bidang', sekretariat: 'dinas', subbag: 'sekretariat' };
const place = (unitId: string, isUnitHead: boolean, withCapaian: string[]) =>
  placeInOrganisation({ unitId, isUnitHead, parentOf: (u) => PARENT[u] ?? null, hasCapaian: (u) => withCapaian.includes(u) });

describe('placeInOrganisation', () => {
  it('puts everyone under the agency when only the agency has a capaian; its head leads it and has no curve above', () => {
    expect(place('seksi', false, ['dinas'])).toEqual({ curveUnit: 'dinas', ledUnit: undefined });
    expect(place('seksi', true, ['dinas'])).toEqual({ curveUnit: 'dinas', ledUnit: undefined });
    expect(place('dinas', true, ['dinas'])).toEqual({ curveUnit: undefined, ledUnit: 'dinas' });
  });

  it('uses the nearest unit with a capaian, and counts its head in the curve above', () => {
    expect(place('seksi', false, ['dinas', 'bidang'])).toEqual({ curveUnit: 'bidang', ledUnit: undefined });
    expect(place('bidang', false, ['dinas', 'bidang'])).toEqual({ curveUnit: 'bidang', ledUnit: undefined });
    expect(place('bidang', true, ['dinas', 'bidang'])).toEqual({ curveUnit: 'dinas', ledUnit: 'bidang' });
    expect(place('subbag', false, ['dinas', 'bidang'])).toEqual({ curveUnit: 'dinas', ledUnit: undefined });
  });

  it('finds nothing when no unit above has a capaian, and ends on a cycle in bad data', () => {
    expect(place('seksi', false, [])).toEqual({ curveUnit: undefined, ledUnit: undefined });
    const cyclic = placeInOrganisation<string>({ unitId: 'a', isUnitHead: false, parentOf: (u) => (u === 'a' ? 'b' : 'a'), hasCapaian: () => false });
    expect(cyclic).toEqual({ curveUnit: undefined, ledUnit: undefined });
  });

  it('never places a leader in the curve of the unit they lead, and always in a unit with a capaian', () => {
    const units = Object.keys(PARENT);
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.boolean(), fc.subarray(units), (unit, head, withCapaian) => {
        const p = place(unit, head, withCapaian);
        if (p.curveUnit !== undefined) expect(withCapaian).toContain(p.curveUnit);
        if (p.ledUnit !== undefined) {
          expect(p.ledUnit).toBe(unit);
          expect(p.curveUnit).not.toBe(unit);
        }
        if (!head) expect(p.ledUnit).toBeUndefined();
      }),
    );
  });
});
