import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matriksPeranHasil, type MatriksSubordinate } from './matriks-peran-hasil.js';

describe('matriksPeranHasil', () => {
  const subs: MatriksSubordinate[] = [
    { employeeId: 'kasi-a', rhk: [{ id: 'a1', parentRhkId: 'L1', cascadingType: 'langsung' }, { id: 'a2', parentRhkId: 'L2', cascadingType: 'tidak_langsung' }] },
    { employeeId: 'kasi-b', rhk: [{ id: 'b1', parentRhkId: 'L1', cascadingType: 'tidak_langsung' }, { id: 'b2', parentRhkId: 'L-removed', cascadingType: 'langsung' }] },
    { employeeId: 'kasi-c', rhk: [{ id: 'c1', parentRhkId: null, cascadingType: null }] },
  ];

  it('maps each leader RHK to the subordinate RHK that intervene it, in the leader’s order', () => {
    const m = matriksPeranHasil(['L1', 'L2', 'L3'], subs);
    expect(m.rows.map((r) => [r.leaderRhkId, r.carriers.map((c) => `${c.employeeId}:${c.rhkId}`)])).toEqual([
      ['L1', ['kasi-a:a1', 'kasi-b:b1']],
      ['L2', ['kasi-a:a2']],
      ['L3', []],
    ]);
  });

  it('highlights leader RHK nobody carries, subordinates with no link, and broken links', () => {
    const m = matriksPeranHasil(['L1', 'L2', 'L3'], subs);
    expect(m.uncarried).toEqual(['L3']);
    expect(m.subordinatesWithoutLink).toEqual(['kasi-c']);
    expect(m.brokenLinks).toEqual([{ employeeId: 'kasi-b', rhkId: 'b2', cascadingType: 'langsung' }]);
  });

  it('accounts for every linked subordinate RHK exactly once (property)', () => {
    const subArb = fc.array(
      fc.record({
        employeeId: fc.constantFrom('s1', 's2', 's3'),
        rhk: fc.array(fc.record({ id: fc.string({ maxLength: 3 }), parentRhkId: fc.option(fc.constantFrom('L1', 'L2', 'L3', 'X')), cascadingType: fc.constant(null) }), { maxLength: 4 }),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.subarray(['L1', 'L2', 'L3']), subArb, (leader, subordinates) => {
        const m = matriksPeranHasil(leader, subordinates);
        const linked = subordinates.flatMap((s) => s.rhk.filter((r) => r.parentRhkId !== null));
        const placed = m.rows.reduce((n, r) => n + r.carriers.length, 0) + m.brokenLinks.length;
        expect(placed).toBe(linked.length);
        expect(m.uncarried).toEqual(m.rows.filter((r) => r.carriers.length === 0).map((r) => r.leaderRhkId));
        for (const row of m.rows) expect(row.carriers).toHaveLength(linked.filter((r) => r.parentRhkId === row.leaderRhkId).length);
        expect(m.brokenLinks).toHaveLength(linked.filter((r) => !leader.includes(r.parentRhkId!)).length);
      }),
    );
  });
});
