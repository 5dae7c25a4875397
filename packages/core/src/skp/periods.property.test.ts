import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, periodContains } from '../calendar/index.js';
import type { OrgAssignment } from '../org/supervisor.js';
import { skpPeriodsOf } from './periods.js';

/** Independent of the code under test: sort the candidates in force and take the first. */
function inForceOracle(rows: readonly OrgAssignment[], day: string): OrgAssignment | undefined {
  return rows
    .filter((a) => a.role === 'definitive' && a.startsOn <= day && (a.endsOn === null || day <= a.endsOn))
    .sort((x, y) => y.startsOn.localeCompare(x.startsOn) || y.positionId.localeCompare(x.positionId))[0];
}

// Random histories of one employee around 2025: a few posts, definitive and acting, starting and
// ending anywhere from mid-2024 to mid-2026, open-ended or not, sometimes overlapping.
const BASE = '2024-07-01';
const WINDOW = { from: '2025-01-01', to: '2025-12-31' };
const assignmentArb: fc.Arbitrary<OrgAssignment> = fc
  .record({
    positionId: fc.constantFrom('p1', 'p2', 'p3'),
    role: fc.constantFrom<OrgAssignment['role']>('definitive', 'definitive', 'plt', 'plh'),
    start: fc.integer({ min: 0, max: 720 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { freq: 3 }),
    employeeId: fc.constantFrom('e1', 'e1', 'e1', 'e2'),
  })
  .map((r) => ({
    employeeId: r.employeeId,
    positionId: r.positionId,
    role: r.role,
    startsOn: addDays(BASE, r.start),
    endsOn: r.length === null ? null : addDays(BASE, r.start + r.length),
  }));
const historyArb = fc.array(assignmentArb, { maxLength: 8 });

describe('skpPeriodsOf (properties)', () => {
  it('gives ordered, disjoint periods inside the window; neighbours that touch hold different posts', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const ps = skpPeriodsOf('e1', history, 2025);
        for (const [i, p] of ps.entries()) {
          expect(p.period.from <= p.period.to).toBe(true);
          expect(p.period.from >= WINDOW.from && p.period.to <= WINDOW.to).toBe(true);
          const next = ps[i + 1];
          if (next) {
            expect(p.period.to < next.period.from).toBe(true);
            if (addDays(p.period.to, 1) === next.period.from) expect(next.positionId).not.toBe(p.positionId);
          }
        }
      }),
    );
  });

  it('covers exactly the days with a definitive post, with the post in force that day', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 364 }), (history, offset) => {
        const day = addDays(WINDOW.from, offset);
        const own = history.filter((a) => a.employeeId === 'e1');
        const inForce = inForceOracle(own, day);
        const holding = skpPeriodsOf('e1', history, 2025).filter((p) => periodContains(p.period, day));
        expect(holding.map((p) => p.positionId)).toEqual(inForce ? [inForce.positionId] : []);
      }),
    );
  });

  it('never opens an SKP for Plt/Plh: adding or removing acting assignments changes no period', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const withoutActing = history.filter((a) => a.role === 'definitive');
        const strip = (ps: ReturnType<typeof skpPeriodsOf>) => ps.map(({ positionId, period }) => ({ positionId, period }));
        expect(strip(skpPeriodsOf('e1', history, 2025))).toEqual(strip(skpPeriodsOf('e1', withoutActing, 2025)));
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(historyArb, fc.func(fc.integer()), (history, key) => {
        const shuffled = [...history].sort((x, y) => key(x.startsOn + x.positionId) - key(y.startsOn + y.positionId));
        const strip = (ps: ReturnType<typeof skpPeriodsOf>) => ps.map(({ positionId, period }) => ({ positionId, period }));
        expect(strip(skpPeriodsOf('e1', shuffled, 2025))).toEqual(strip(skpPeriodsOf('e1', history, 2025)));
      }),
    );
  });

  it('lists each acting assignment with the SKP it overlaps, clipped inside it', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        for (const p of skpPeriodsOf('e1', history, 2025)) {
          for (const act of p.acting) {
            expect(act.role).not.toBe('definitive');
            expect(act.startsOn >= p.period.from && act.endsOn !== null && act.endsOn <= p.period.to).toBe(true);
          }
        }
      }),
    );
  });
});
