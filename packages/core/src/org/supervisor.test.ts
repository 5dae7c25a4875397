import { describe, expect, it } from 'vitest';
import type { AssignmentRole } from './positions.js';
import {
  isActiveOn,
  OrgChart,
  type OrgAssignment,
  type OrgEmployee,
  type OrgPosition,
  type OrgSnapshot,
  type OrgUnit,
} from './supervisor.js';

// ---------------------------------------------------------------------------------------------
// A small agency:
//
//   D   Dinas (head: kadis)            staff: stD
//   ├── SEK Sekretariat (head: sek)    staff: stSek
//   ├── B1  Bidang 1 (head: kabid1)    staff: stB1
//   │   ├── S11 Seksi 1.1 (kasi11)     staff: st11a, st11b
//   │   └── S12 Seksi 1.2 (kasi12)     staff: st12
//   └── B2  Bidang 2 (head: kabid2)    staff: stB2
//       └── S21 Seksi 2.1 (kasi21)     staff: st21
//
// Every unit has a head post `head:<unit>` and a staff post `staff:<unit>`.
// ---------------------------------------------------------------------------------------------

const UNITS: OrgUnit[] = [
  { id: 'D', parentId: null },
  { id: 'SEK', parentId: 'D' },
  { id: 'B1', parentId: 'D' },
  { id: 'S11', parentId: 'B1' },
  { id: 'S12', parentId: 'B1' },
  { id: 'B2', parentId: 'D' },
  { id: 'S21', parentId: 'B2' },
];

const head = (unit: string) => `head:${unit}`;
const staff = (unit: string) => `staff:${unit}`;

function positionsFor(units: readonly OrgUnit[]): OrgPosition[] {
  return units.flatMap((u) => [
    { id: head(u.id), unitId: u.id, isUnitHead: true },
    { id: staff(u.id), unitId: u.id, isUnitHead: false },
  ]);
}

const START = '2020-01-01';
const DATE = '2024-06-15';

function def(employeeId: string, positionId: string, startsOn = START, endsOn: string | null = null): OrgAssignment {
  return { employeeId, positionId, role: 'definitive', startsOn, endsOn };
}
function acting(
  role: Exclude<AssignmentRole, 'definitive'>,
  employeeId: string,
  positionId: string,
  startsOn: string,
  endsOn: string | null,
): OrgAssignment {
  return { employeeId, positionId, role, startsOn, endsOn };
}

const BASE_ASSIGNMENTS: OrgAssignment[] = [
  def('kadis', head('D')),
  def('stD', staff('D')),
  def('sek', head('SEK')),
  def('stSek', staff('SEK')),
  def('kabid1', head('B1')),
  def('stB1', staff('B1')),
  def('kasi11', head('S11')),
  def('st11a', staff('S11')),
  def('st11b', staff('S11')),
  def('kasi12', head('S12')),
  def('st12', staff('S12')),
  def('kabid2', head('B2')),
  def('stB2', staff('B2')),
  def('kasi21', head('S21')),
  def('st21', staff('S21')),
];

const ALL_IDS = [...new Set(BASE_ASSIGNMENTS.map((a) => a.employeeId))];

interface Options {
  /** Employees whose default definitive assignment is dropped (their post falls vacant). */
  without?: string[];
  extra?: OrgAssignment[];
  inactive?: string[];
  overrides?: Record<string, string>;
  /** Employees that exist but hold no assignment. */
  extraEmployees?: string[];
  units?: OrgUnit[];
  assignments?: OrgAssignment[];
}

function snapshot(o: Options = {}): OrgSnapshot {
  const units = o.units ?? UNITS;
  const assignments = o.assignments ?? [
    ...BASE_ASSIGNMENTS.filter((a) => !(o.without ?? []).includes(a.employeeId)),
    ...(o.extra ?? []),
  ];
  const ids = [...new Set([...ALL_IDS, ...assignments.map((a) => a.employeeId), ...(o.extraEmployees ?? [])])];
  const employees: OrgEmployee[] = ids.map((id) => ({
    id,
    active: !(o.inactive ?? []).includes(id),
    supervisorOverrideId: o.overrides?.[id] ?? null,
  }));
  return { units, positions: positionsFor(units), assignments, employees };
}

function chart(o: Options = {}, date = DATE): OrgChart {
  return new OrgChart(snapshot(o), date);
}

const sorted = (xs: readonly string[]) => [...xs].sort();

// ---------------------------------------------------------------------------------------------

describe('isActiveOn', () => {
  it('is inclusive at both ends', () => {
    const a = { startsOn: '2024-03-01', endsOn: '2024-03-10' };
    expect(isActiveOn(a, '2024-02-29')).toBe(false);
    expect(isActiveOn(a, '2024-03-01')).toBe(true);
    expect(isActiveOn(a, '2024-03-05')).toBe(true);
    expect(isActiveOn(a, '2024-03-10')).toBe(true);
    expect(isActiveOn(a, '2024-03-11')).toBe(false);
  });
  it('treats a null end as open', () => {
    expect(isActiveOn({ startsOn: '2024-03-01', endsOn: null }, '2099-12-31')).toBe(true);
    expect(isActiveOn({ startsOn: '2024-03-01', endsOn: null }, '2024-02-29')).toBe(false);
  });
  it('a one-day assignment is active on that day only', () => {
    const a = { startsOn: '2024-03-01', endsOn: '2024-03-01' };
    expect([isActiveOn(a, '2024-02-29'), isActiveOn(a, '2024-03-01'), isActiveOn(a, '2024-03-02')]).toEqual([false, true, false]);
  });
});

describe('OrgChart: the plain tree', () => {
  const c = chart();

  it('staff report to the head of their unit', () => {
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
    expect(c.supervisorOf('st12')).toEqual({ employeeId: 'kasi12', unitId: 'S12', capacity: 'definitive' });
    expect(c.supervisorOf('stB1')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.supervisorOf('stSek')).toEqual({ employeeId: 'sek', unitId: 'SEK', capacity: 'definitive' });
    expect(c.supervisorOf('stD')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
  });

  it('unit heads report to the head of the parent unit', () => {
    expect(c.supervisorOf('kasi11')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.supervisorOf('kasi21')).toEqual({ employeeId: 'kabid2', unitId: 'B2', capacity: 'definitive' });
    expect(c.supervisorOf('kabid1')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.supervisorOf('sek')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
  });

  it('the head of the top unit has no supervisor', () => {
    expect(c.supervisorOf('kadis')).toBeNull();
  });

  it('unknown employees have no supervisor', () => {
    expect(c.supervisorOf('nobody')).toBeNull();
    expect(c.atasanPejabatPenilaiOf('nobody')).toBeNull();
    expect(c.subordinatesOf('nobody')).toEqual([]);
  });

  it('an employee without any post has no supervisor', () => {
    const c2 = chart({ extraEmployees: ['floating'] });
    expect(c2.supervisorOf('floating')).toBeNull();
    expect(c2.positionOf('floating')).toBeUndefined();
  });

  it('exposes positionOf, headPositionOf, occupantOf', () => {
    expect(c.positionOf('st11a')).toBe('staff:S11');
    expect(c.positionOf('kasi11')).toBe('head:S11');
    expect(c.headPositionOf('S11')).toBe('head:S11');
    expect(c.headPositionOf('nope')).toBeUndefined();
    expect(c.occupantOf('head:S11')).toEqual(def('kasi11', head('S11')));
    expect(c.occupantOf('nope')).toBeUndefined();
    expect(c.actingPostsOf('kasi11')).toEqual([]);
    expect(c.date).toBe(DATE);
  });

  it('the atasan pejabat penilai is the supervisor of the supervisor', () => {
    expect(c.atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.atasanPejabatPenilaiOf('kasi11')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.atasanPejabatPenilaiOf('stB1')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.atasanPejabatPenilaiOf('kabid1')).toBeNull();
    expect(c.atasanPejabatPenilaiOf('stD')).toBeNull();
    expect(c.atasanPejabatPenilaiOf('kadis')).toBeNull();
  });

  it('subordinates are exactly the direct reports', () => {
    expect(sorted(c.subordinatesOf('kadis'))).toEqual(['kabid1', 'kabid2', 'sek', 'stD']);
    expect(sorted(c.subordinatesOf('kabid1'))).toEqual(['kasi11', 'kasi12', 'stB1']);
    expect(sorted(c.subordinatesOf('kasi11'))).toEqual(['st11a', 'st11b']);
    expect(c.subordinatesOf('st11a')).toEqual([]);
  });
});

describe('OrgChart: vacancies', () => {
  it('a vacant head post passes to the next unit up', () => {
    const c = chart({ without: ['kasi11'] });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.occupantOf(head('S11'))).toBeUndefined();
    expect(sorted(c.subordinatesOf('kabid1'))).toEqual(['kasi12', 'st11a', 'st11b', 'stB1']);
  });

  it('several vacant levels pass to the first occupied head above', () => {
    const c = chart({ without: ['kasi11', 'kabid1'] });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.supervisorOf('kasi12')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.supervisorOf('stB1')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.supervisorOf('st12')).toEqual({ employeeId: 'kasi12', unitId: 'S12', capacity: 'definitive' });
  });

  it('vacant all the way up means no supervisor', () => {
    const c = chart({ without: ['kasi11', 'kabid1', 'kadis'] });
    expect(c.supervisorOf('st11a')).toBeNull();
    expect(c.supervisorOf('kasi12')).toBeNull();
    expect(c.supervisorOf('sek')).toBeNull();
  });

  it('a unit without any head post is passed over like a vacancy', () => {
    const c = new OrgChart(
      {
        units: UNITS,
        positions: positionsFor(UNITS).filter((p) => p.id !== head('S11')),
        assignments: BASE_ASSIGNMENTS.filter((a) => a.positionId !== head('S11')),
        employees: ALL_IDS.map((id) => ({ id, active: true, supervisorOverrideId: null })),
      },
      DATE,
    );
    expect(c.headPositionOf('S11')).toBeUndefined();
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
  });

  it('the appraiser also skips vacancies', () => {
    const c = chart({ without: ['kabid1'] });
    expect(c.atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    const c2 = chart({ without: ['kadis'] });
    expect(c2.atasanPejabatPenilaiOf('kasi11')).toBeNull();
  });
});

describe('OrgChart: Plt (vacant post)', () => {
  // B1 is vacant; kasi21 (head of S21 under B2) is Plt Kabid 1.
  const plt = acting('plt', 'kasi21', head('B1'), '2024-01-01', '2024-12-31');
  const c = chart({ without: ['kabid1'], extra: [plt] });

  it('the Plt is the supervisor, in capacity plt', () => {
    expect(c.supervisorOf('kasi11')).toEqual({ employeeId: 'kasi21', unitId: 'B1', capacity: 'plt' });
    expect(c.supervisorOf('stB1')).toEqual({ employeeId: 'kasi21', unitId: 'B1', capacity: 'plt' });
    expect(c.occupantOf(head('B1'))).toEqual(plt);
    expect(c.actingPostsOf('kasi21')).toEqual([plt]);
  });

  it('the Plt keeps their own definitive post and supervisor', () => {
    expect(c.positionOf('kasi21')).toBe(head('S21'));
    expect(c.supervisorOf('kasi21')).toEqual({ employeeId: 'kabid2', unitId: 'B2', capacity: 'definitive' });
    expect(c.supervisorOf('st21')).toEqual({ employeeId: 'kasi21', unitId: 'S21', capacity: 'definitive' });
  });

  it('the appraiser follows the post acted for (head above B1), not the Plt person\'s supervisor', () => {
    expect(c.atasanPejabatPenilaiOf('kasi11')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.atasanPejabatPenilaiOf('stB1')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    // whereas for the Plt's own staff the appraiser is via their definitive post
    expect(c.atasanPejabatPenilaiOf('st21')).toEqual({ employeeId: 'kabid2', unitId: 'B2', capacity: 'definitive' });
  });

  it('the Plt has the subordinates of both posts', () => {
    expect(sorted(c.subordinatesOf('kasi21'))).toEqual(['kasi11', 'kasi12', 'st21', 'stB1']);
  });

  it('is active on its first and last day only, inclusive', () => {
    expect(chart({ without: ['kabid1'], extra: [plt] }, '2023-12-31').supervisorOf('kasi11')).toEqual({
      employeeId: 'kadis',
      unitId: 'D',
      capacity: 'definitive',
    });
    expect(chart({ without: ['kabid1'], extra: [plt] }, '2024-01-01').supervisorOf('kasi11')?.employeeId).toBe('kasi21');
    expect(chart({ without: ['kabid1'], extra: [plt] }, '2024-12-31').supervisorOf('kasi11')?.employeeId).toBe('kasi21');
    expect(chart({ without: ['kabid1'], extra: [plt] }, '2025-01-01').supervisorOf('kasi11')).toEqual({
      employeeId: 'kadis',
      unitId: 'D',
      capacity: 'definitive',
    });
    expect(chart({ without: ['kabid1'], extra: [plt] }, '2025-01-01').actingPostsOf('kasi21')).toEqual([]);
  });

  it('an open-ended Plt stays active', () => {
    const open = acting('plt', 'kasi21', head('B1'), '2024-01-01', null);
    expect(chart({ without: ['kabid1'], extra: [open] }, '2030-01-01').supervisorOf('kasi11')?.capacity).toBe('plt');
  });

  it('a Plt of the top unit is the top: appraiser above is none', () => {
    const c2 = chart({ without: ['kadis'], extra: [acting('plt', 'sek', head('D'), '2024-01-01', null)] });
    expect(c2.supervisorOf('kabid1')).toEqual({ employeeId: 'sek', unitId: 'D', capacity: 'plt' });
    expect(c2.atasanPejabatPenilaiOf('kabid1')).toBeNull();
    expect(c2.atasanPejabatPenilaiOf('kasi11')).toEqual({ employeeId: 'sek', unitId: 'D', capacity: 'plt' });
    // sek acts as head of the unit above their own; they are skipped for themselves.
    expect(c2.supervisorOf('sek')).toBeNull();
    expect(c2.supervisorOf('stSek')).toEqual({ employeeId: 'sek', unitId: 'SEK', capacity: 'definitive' });
  });
});

describe('OrgChart: Plh (holder temporarily away)', () => {
  // kabid1 stays the definitive holder; kasi12 is Plh Kabid 1 from 1 to 10 March 2024.
  const plh = acting('plh', 'kasi12', head('B1'), '2024-03-01', '2024-03-10');
  const at = (date: string) => chart({ extra: [plh] }, date);

  it('the Plh is the supervisor while active', () => {
    expect(at('2024-03-05').supervisorOf('kasi11')).toEqual({ employeeId: 'kasi12', unitId: 'B1', capacity: 'plh' });
    expect(at('2024-03-05').supervisorOf('stB1')).toEqual({ employeeId: 'kasi12', unitId: 'B1', capacity: 'plh' });
  });

  it('inclusive at both ends', () => {
    expect(at('2024-03-01').supervisorOf('kasi11')?.capacity).toBe('plh');
    expect(at('2024-03-10').supervisorOf('kasi11')?.capacity).toBe('plh');
  });

  it('the holder is the supervisor the day before and the day after', () => {
    const holder = { employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' };
    expect(at('2024-02-29').supervisorOf('kasi11')).toEqual(holder);
    expect(at('2024-03-11').supervisorOf('kasi11')).toEqual(holder);
    expect(at('2024-06-15').supervisorOf('kasi11')).toEqual(holder);
  });

  it('the Plh acting as head of their own parent unit is skipped for themselves', () => {
    // kasi12's own supervisor would be the head of B1, which is kasi12 as Plh: go above.
    expect(at('2024-03-05').supervisorOf('kasi12')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(at('2024-03-11').supervisorOf('kasi12')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
  });

  it('the away holder keeps their own supervisor and is nobody\'s supervisor meanwhile', () => {
    const c = at('2024-03-05');
    expect(c.supervisorOf('kabid1')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.subordinatesOf('kabid1')).toEqual([]);
    expect(sorted(c.subordinatesOf('kasi12'))).toEqual(['kasi11', 'st12', 'stB1']);
  });

  it('the appraiser under a Plh is the head above the acted-for unit', () => {
    expect(at('2024-03-05').atasanPejabatPenilaiOf('kasi11')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(at('2024-03-05').atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'kasi12', unitId: 'B1', capacity: 'plh' });
  });
});

describe('OrgChart: precedence on one post', () => {
  it('Plh over Plt over definitive', () => {
    const plt = acting('plt', 'kasi21', head('B1'), '2024-01-01', null);
    const plh = acting('plh', 'kasi12', head('B1'), '2024-06-01', '2024-06-30');
    const c = chart({ extra: [plt, plh] });
    expect(c.occupantOf(head('B1'))).toEqual(plh);
    expect(c.supervisorOf('kasi11')?.capacity).toBe('plh');
    const c2 = chart({ extra: [plt, plh] }, '2024-07-01');
    expect(c2.occupantOf(head('B1'))).toEqual(plt);
    expect(c2.supervisorOf('kasi11')).toEqual({ employeeId: 'kasi21', unitId: 'B1', capacity: 'plt' });
  });

  it('among acting officials of the same role, the later start wins', () => {
    const early = acting('plt', 'kasi21', head('B1'), '2024-01-01', null);
    const late = acting('plt', 'sek', head('B1'), '2024-05-01', null);
    for (const extra of [
      [early, late],
      [late, early],
    ]) {
      expect(chart({ without: ['kabid1'], extra }).supervisorOf('kasi11')?.employeeId).toBe('sek');
      expect(chart({ without: ['kabid1'], extra }, '2024-04-30').supervisorOf('kasi11')?.employeeId).toBe('kasi21');
    }
  });
});

describe('OrgChart: acting as head of one\'s own unit', () => {
  it('a staff member acting as head of their unit reports above; colleagues report to them', () => {
    const c = chart({ without: ['kasi11'], extra: [acting('plt', 'st11a', head('S11'), '2024-01-01', null)] });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.supervisorOf('st11b')).toEqual({ employeeId: 'st11a', unitId: 'S11', capacity: 'plt' });
    expect(c.subordinatesOf('st11a')).toEqual(['st11b']);
  });

  it('skips to the first head above who is someone else', () => {
    const c = chart({
      without: ['kasi11', 'kabid1'],
      extra: [acting('plt', 'st11a', head('S11'), '2024-01-01', null), acting('plt', 'st11a', head('B1'), '2024-01-01', null)],
    });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.supervisorOf('kasi12')).toEqual({ employeeId: 'st11a', unitId: 'B1', capacity: 'plt' });
  });

  it('a unit head acting as head of the parent unit reports to the head above that', () => {
    const c = chart({ without: ['kabid1'], extra: [acting('plt', 'kasi11', head('B1'), '2024-01-01', null)] });
    expect(c.supervisorOf('kasi11')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    expect(c.supervisorOf('kasi12')).toEqual({ employeeId: 'kasi11', unitId: 'B1', capacity: 'plt' });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
  });
});

describe('OrgChart: acting above one\'s own supervisor (no cycles)', () => {
  // kasi11 is made Plt Kepala Dinas while kabid1 is still Kabid 1. kabid1 reports to the Plt
  // Kepala Dinas (kasi11); kasi11 must then not report to kabid1, or the two would supervise
  // each other. Someone acting as head of a unit above their own post reports from above the
  // highest such unit.
  const plt = acting('plt', 'kasi11', head('D'), '2024-01-01', null);
  const c = chart({ without: ['kadis'], extra: [plt] });

  it('the subordinate-turned-Plt is not supervised by their usual superior', () => {
    expect(c.supervisorOf('kabid1')).toEqual({ employeeId: 'kasi11', unitId: 'D', capacity: 'plt' });
    expect(c.supervisorOf('kasi11')).toBeNull();
  });

  it('nobody is their own appraiser', () => {
    expect(c.atasanPejabatPenilaiOf('kasi11')).toBeNull();
    expect(c.atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.atasanPejabatPenilaiOf('kasi12')).toEqual({ employeeId: 'kasi11', unitId: 'D', capacity: 'plt' });
  });

  it('staff of the Plt still report to them in their own post', () => {
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
  });

  it('a staff member who is Plh two levels up reports above that post', () => {
    const c2 = chart({ extra: [acting('plh', 'st11a', head('B1'), '2024-06-01', '2024-06-30')] });
    expect(c2.supervisorOf('kasi11')).toEqual({ employeeId: 'st11a', unitId: 'B1', capacity: 'plh' });
    expect(c2.supervisorOf('st11a')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
    // before the Plh starts, the usual chain
    const c3 = chart({ extra: [acting('plh', 'st11a', head('B1'), '2024-06-01', '2024-06-30')] }, '2024-05-31');
    expect(c3.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
  });

  it('acting posts outside the own chain do not change one\'s own supervisor', () => {
    const c2 = chart({ without: ['kabid2'], extra: [acting('plt', 'kasi11', head('B2'), '2024-01-01', null)] });
    expect(c2.supervisorOf('kasi11')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c2.supervisorOf('kasi21')).toEqual({ employeeId: 'kasi11', unitId: 'B2', capacity: 'plt' });
  });
});

describe('OrgChart: overrides', () => {
  it('an override wins over the org chart', () => {
    const c = chart({ overrides: { st11a: 'sek' } });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'sek', unitId: null, capacity: 'override' });
    expect(c.supervisorOf('st11b')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
    expect(c.subordinatesOf('kasi11')).toEqual(['st11b']);
    expect(sorted(c.subordinatesOf('sek'))).toEqual(['st11a', 'stSek']);
  });

  it('an override works even for someone with no post', () => {
    const c = chart({ extraEmployees: ['floating'], overrides: { floating: 'kabid2' } });
    expect(c.supervisorOf('floating')).toEqual({ employeeId: 'kabid2', unitId: null, capacity: 'override' });
  });

  it('an override to the top works (kadis himself may be overridden too)', () => {
    const c = chart({ overrides: { kadis: 'sek' } });
    expect(c.supervisorOf('kadis')).toEqual({ employeeId: 'sek', unitId: null, capacity: 'override' });
  });

  it('an override pointing to an inactive employee is ignored', () => {
    const c = chart({ overrides: { st11a: 'sek' }, inactive: ['sek'] });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
  });

  it('an override pointing to an unknown employee is ignored', () => {
    const c = chart({ overrides: { st11a: 'ghost' } });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
  });

  it('a self-override is ignored', () => {
    const c = chart({ overrides: { st11a: 'st11a', kasi11: 'kasi11' } });
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kasi11', unitId: 'S11', capacity: 'definitive' });
    expect(c.supervisorOf('kasi11')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
  });

  it('the appraiser of an overridden employee is the supervisor of the override person', () => {
    const c = chart({ overrides: { st11a: 'kasi21' } });
    expect(c.atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'kabid2', unitId: 'B2', capacity: 'definitive' });
    const c2 = chart({ overrides: { st11a: 'kadis' } });
    expect(c2.atasanPejabatPenilaiOf('st11a')).toBeNull();
    const c3 = chart({ overrides: { st11a: 'kasi21', kasi21: 'sek' } });
    expect(c3.atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'sek', unitId: null, capacity: 'override' });
  });

  it('an override person as Plt: the appraiser is their own supervisor, not the acted-for post\'s', () => {
    // Overrides name a person, not a post; the appraiser of an override is that person's supervisor.
    const c = chart({
      without: ['kabid1'],
      extra: [acting('plt', 'kasi21', head('B1'), '2024-01-01', null)],
      overrides: { st12: 'kasi21' },
    });
    expect(c.supervisorOf('st12')).toEqual({ employeeId: 'kasi21', unitId: null, capacity: 'override' });
    expect(c.atasanPejabatPenilaiOf('st12')).toEqual({ employeeId: 'kabid2', unitId: 'B2', capacity: 'definitive' });
  });
});

describe('OrgChart: inactive employees', () => {
  it('have no supervisor, appraiser or subordinates', () => {
    const c = chart({ inactive: ['kasi11'] });
    expect(c.supervisorOf('kasi11')).toBeNull();
    expect(c.atasanPejabatPenilaiOf('kasi11')).toBeNull();
    expect(c.subordinatesOf('kasi11')).toEqual([]);
    expect(c.positionOf('kasi11')).toBeUndefined();
  });

  it('are skipped as heads (their post counts as vacant)', () => {
    const c = chart({ inactive: ['kasi11'] });
    expect(c.occupantOf(head('S11'))).toBeUndefined();
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
  });

  it('are skipped as Plt/Plh: the holder or the next level takes over', () => {
    const c = chart({ extra: [acting('plh', 'kasi12', head('B1'), '2024-01-01', null)], inactive: ['kasi12'] });
    expect(c.supervisorOf('kasi11')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.actingPostsOf('kasi12')).toEqual([]);
  });

  it('are skipped as appraisers', () => {
    const c = chart({ inactive: ['kabid1'] });
    expect(c.atasanPejabatPenilaiOf('st11a')).toEqual({ employeeId: 'kadis', unitId: 'D', capacity: 'definitive' });
  });
});

describe('OrgChart: assignment dates', () => {
  it('ended assignments are ignored', () => {
    const assignments = BASE_ASSIGNMENTS.map((a) => (a.employeeId === 'kasi11' ? def('kasi11', head('S11'), START, '2024-06-14') : a));
    const c = chart({ assignments });
    expect(c.occupantOf(head('S11'))).toBeUndefined();
    expect(c.positionOf('kasi11')).toBeUndefined();
    expect(c.supervisorOf('kasi11')).toBeNull();
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    // on the last day it still counts
    expect(chart({ assignments }, '2024-06-14').supervisorOf('st11a')?.employeeId).toBe('kasi11');
  });

  it('assignments starting later are ignored', () => {
    const c = chart({ without: ['kasi11'], extra: [def('kasi11', head('S11'), '2024-06-16')] });
    expect(c.supervisorOf('st11a')?.employeeId).toBe('kabid1');
    expect(chart({ without: ['kasi11'], extra: [def('kasi11', head('S11'), '2024-06-16')] }, '2024-06-16').supervisorOf('st11a')?.employeeId).toBe(
      'kasi11',
    );
  });

  it('two overlapping definitive assignments: the later start wins, whatever the input order', () => {
    const a = def('mover', staff('S11'), '2020-01-01', null);
    const b = def('mover', staff('S21'), '2024-01-01', null);
    for (const extra of [
      [a, b],
      [b, a],
    ]) {
      const c = chart({ extra });
      expect(c.positionOf('mover')).toBe(staff('S21'));
      expect(c.supervisorOf('mover')).toEqual({ employeeId: 'kasi21', unitId: 'S21', capacity: 'definitive' });
      expect(chart({ extra }, '2023-12-31').positionOf('mover')).toBe(staff('S11'));
    }
  });

  it('the superseded definitive assignment no longer occupies its post', () => {
    // kasi11 moved to a staff post in S21 in 2024, but the old SK was never ended in the data.
    const assignments = [...BASE_ASSIGNMENTS.filter((a) => a.employeeId !== 'kasi11'), def('kasi11', head('S11'), START), def('kasi11', staff('S21'), '2024-01-01')];
    const c = chart({ assignments });
    expect(c.positionOf('kasi11')).toBe(staff('S21'));
    expect(c.occupantOf(head('S11'))).toBeUndefined();
    expect(c.supervisorOf('st11a')).toEqual({ employeeId: 'kabid1', unitId: 'B1', capacity: 'definitive' });
    expect(c.supervisorOf('kasi11')).toEqual({ employeeId: 'kasi21', unitId: 'S21', capacity: 'definitive' });
    expect(c.subordinatesOf('kasi11')).toEqual([]);
    // before the move, the old post is theirs
    expect(chart({ assignments }, '2023-12-31').supervisorOf('st11a')?.employeeId).toBe('kasi11');
  });

  it('a transfer with the old post ended the day before', () => {
    const extra = [def('mover', staff('S11'), '2020-01-01', '2024-06-14'), def('mover', staff('B2'), '2024-06-15', null)];
    expect(chart({ extra }, '2024-06-14').supervisorOf('mover')?.employeeId).toBe('kasi11');
    expect(chart({ extra }, '2024-06-15').supervisorOf('mover')?.employeeId).toBe('kabid2');
  });
});

describe('OrgChart: malformed unit data', () => {
  it('a cycle in unit parents does not loop forever', () => {
    const units: OrgUnit[] = [
      { id: 'A', parentId: 'B' },
      { id: 'B', parentId: 'A' },
    ];
    const assignments = [def('hb', head('B')), def('sa', staff('A')), def('sb', staff('B'))];
    const c = chart({ units, assignments });
    expect(c.supervisorOf('sa')).toEqual({ employeeId: 'hb', unitId: 'B', capacity: 'definitive' });
    expect(c.supervisorOf('sb')).toEqual({ employeeId: 'hb', unitId: 'B', capacity: 'definitive' });
    expect(c.supervisorOf('hb')).toBeNull();
    expect(c.atasanPejabatPenilaiOf('sa')).toBeNull();
    expect(sorted(c.subordinatesOf('hb'))).toEqual(['sa', 'sb']);
  });

  it('a cycle with every head post vacant yields no supervisor', () => {
    const units: OrgUnit[] = [
      { id: 'A', parentId: 'B' },
      { id: 'B', parentId: 'C' },
      { id: 'C', parentId: 'A' },
    ];
    const c = chart({ units, assignments: [def('sa', staff('A'))] });
    expect(c.supervisorOf('sa')).toBeNull();
  });

  it('a unit that is its own parent does not loop', () => {
    const units: OrgUnit[] = [{ id: 'A', parentId: 'A' }];
    const c = chart({ units, assignments: [def('ha', head('A')), def('sa', staff('A'))] });
    expect(c.supervisorOf('ha')).toBeNull();
    expect(c.supervisorOf('sa')).toEqual({ employeeId: 'ha', unitId: 'A', capacity: 'definitive' });
    expect(c.atasanPejabatPenilaiOf('sa')).toBeNull();
  });

  it('a parent that is not in the snapshot ends the search', () => {
    const units: OrgUnit[] = [{ id: 'A', parentId: 'elsewhere' }];
    const c = chart({ units, assignments: [def('ha', head('A')), def('sa', staff('A'))] });
    expect(c.supervisorOf('ha')).toBeNull();
    expect(c.supervisorOf('sa')?.employeeId).toBe('ha');
  });

  it('an assignment to an unknown post gives no supervisor', () => {
    const c = chart({ extra: [def('lost', 'no-such-post')] });
    expect(c.positionOf('lost')).toBe('no-such-post');
    expect(c.supervisorOf('lost')).toBeNull();
  });
});

describe('OrgChart: subordinatesOf is the inverse of supervisorOf', () => {
  const scenarios: [string, OrgChart][] = [
    ['plain', chart()],
    ['vacancies', chart({ without: ['kasi11', 'kabid2'] })],
    ['plt + plh', chart({ without: ['kabid1'], extra: [acting('plt', 'kasi21', head('B1'), '2024-01-01', null), acting('plh', 'sek', head('D'), '2024-06-01', '2024-06-30')] })],
    ['overrides + inactive', chart({ overrides: { st11a: 'sek', st21: 'kasi11', stD: 'gone' }, inactive: ['kasi12', 'gone'] })],
  ];

  it.each(scenarios)('%s', (_label, c) => {
    const ids = [...ALL_IDS, 'gone', 'nobody'];
    for (const s of ids) {
      const expected = ids.filter((e) => c.supervisorOf(e)?.employeeId === s);
      expect(sorted(c.subordinatesOf(s))).toEqual(sorted(expected));
    }
  });
});
