import { describe, expect, it } from 'vitest';
import type { OrgAssignment } from '../org/supervisor.js';
import { skpPeriodsOf } from './periods.js';

const a = (positionId: string, startsOn: string, endsOn: string | null, role: OrgAssignment['role'] = 'definitive', employeeId = 'e1'): OrgAssignment => ({
  employeeId,
  positionId,
  role,
  startsOn,
  endsOn,
});
const spans = (ps: ReturnType<typeof skpPeriodsOf>) => ps.map((p) => `${p.positionId} ${p.period.from}..${p.period.to}`);

describe('skpPeriodsOf', () => {
  it('gives one SKP for the calendar year when the post does not change', () => {
    expect(spans(skpPeriodsOf('e1', [a('kasi', '2019-03-01', null)], 2025))).toEqual(['kasi 2025-01-01..2025-12-31']);
  });

  it('closes one SKP and opens another on a mid-year move', () => {
    const moves = [a('kasi', '2019-03-01', '2025-06-30'), a('kabid', '2025-07-01', null)];
    expect(spans(skpPeriodsOf('e1', moves, 2025))).toEqual(['kasi 2025-01-01..2025-06-30', 'kabid 2025-07-01..2025-12-31']);
  });

  it('keeps one SKP when a new decree confirms the same post (e.g. a promotion in rank)', () => {
    const decrees = [a('kasi', '2019-03-01', '2025-03-31'), a('kasi', '2025-04-01', null)];
    expect(spans(skpPeriodsOf('e1', decrees, 2025))).toEqual(['kasi 2025-01-01..2025-12-31']);
  });

  it('opens no SKP for the days without a definitive post (e.g. CLTN) nor for Plt/Plh', () => {
    const history = [
      a('kasi', '2019-03-01', '2025-02-28'),
      a('kadis', '2025-03-01', '2025-05-31', 'plt'),
      a('kasi', '2025-06-01', null),
    ];
    expect(spans(skpPeriodsOf('e1', history, 2025))).toEqual(['kasi 2025-01-01..2025-02-28', 'kasi 2025-06-01..2025-12-31']);
  });

  it('lists the Plt/Plh assignments overlapping each SKP, clipped to it', () => {
    const history = [a('kasi', '2019-03-01', null), a('kabid', '2025-11-15', '2026-02-01', 'plh')];
    const [only] = skpPeriodsOf('e1', history, 2025);
    expect(only!.acting).toEqual([a('kabid', '2025-11-15', '2025-12-31', 'plh')]);
  });

  it('ignores other employees and assignments outside the year', () => {
    const rows = [a('kasi', '2025-01-01', null, 'definitive', 'e2'), a('old', '2020-01-01', '2024-12-31'), a('new', '2026-01-01', null)];
    expect(skpPeriodsOf('e1', rows, 2025)).toEqual([]);
  });

  it('lets the later start win when definitive posts overlap (a decree not closed in the data)', () => {
    const rows = [a('kasi', '2019-03-01', null), a('kabid', '2025-07-01', null)];
    expect(spans(skpPeriodsOf('e1', rows, 2025))).toEqual(['kasi 2025-01-01..2025-06-30', 'kabid 2025-07-01..2025-12-31']);
  });

  it('breaks a tie between definitive posts starting the same day by position id, not row order', () => {
    const rows = [a('p-b', '2025-03-01', null), a('p-a', '2025-03-01', null)];
    expect(spans(skpPeriodsOf('e1', rows, 2025))).toEqual(['p-b 2025-03-01..2025-12-31']);
    expect(spans(skpPeriodsOf('e1', [...rows].reverse(), 2025))).toEqual(['p-b 2025-03-01..2025-12-31']);
  });

  it('accepts a window other than the calendar year and refuses a reversed one', () => {
    expect(spans(skpPeriodsOf('e1', [a('kasi', '2019-03-01', null)], { from: '2025-01-01', to: '2025-06-30' }))).toEqual(['kasi 2025-01-01..2025-06-30']);
    expect(() => skpPeriodsOf('e1', [], { from: '2025-02-01', to: '2025-01-01' })).toThrow(RangeError);
  });
});
