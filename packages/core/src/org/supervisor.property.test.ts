import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import type { AssignmentRole } from './positions.js';
import { isActiveOn, OrgChart, type OrgAssignment, type OrgEmployee, type OrgPosition, type OrgSnapshot, type OrgUnit } from './supervisor.js';

// ---------------------------------------------------------------------------------------------
// Random org charts. Units form a forest (a unit's parent has a lower index); each unit may have
// a head post and 0–2 staff posts. Employees get a definitive post (sometimes none, sometimes a
// second overlapping one), and some act as Plt/Plh on head posts with random date ranges. All
// dates are days 0..40 after BASE so that assignments start, end and overlap around the chart date.
// ---------------------------------------------------------------------------------------------

const BASE = '2024-01-01';
const day = (n: number) => addDays(BASE, n);

interface Range {
  start: number;
  length: number | null; // null = open-ended
}
const rangeArb: fc.Arbitrary<Range> = fc.record({
  start: fc.integer({ min: 0, max: 30 }),
  length: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 3 }),
});
/** Definitive posts mostly started early and are mostly open-ended. */
const definitiveRangeArb: fc.Arbitrary<Range> = fc.record({
  start: fc.integer({ min: 0, max: 10 }),
  length: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }) }),
});
const toDates = (r: Range) => ({ startsOn: day(r.start), endsOn: r.length === null ? null : day(r.start + r.length) });

interface UnitSpec {
  parentSeed: number | null; // null = a root
  hasHead: boolean;
  staffPosts: number;
}
interface ActingSpec {
  role: 'plt' | 'plh';
  unitSeed: number;
  range: Range;
}
interface PostSpec {
  /** Pick among head posts (else among all posts), so that many head posts are filled. */
  head: boolean;
  positionSeed: number;
  range: Range;
}
interface EmployeeSpec {
  active: boolean;
  definitive: PostSpec | null;
  second: PostSpec | null;
  acting: ActingSpec[];
  overrideSeed: number | null;
}
interface World {
  units: UnitSpec[];
  employees: EmployeeSpec[];
  dateOffset: number;
}

const unitArb: fc.Arbitrary<UnitSpec> = fc.record({
  parentSeed: fc.option(fc.nat(1000), { freq: 8 }),
  hasHead: fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())), // ~75 % have a head post
  staffPosts: fc.integer({ min: 0, max: 2 }),
});
const actingArb: fc.Arbitrary<ActingSpec> = fc.record({
  role: fc.constantFrom('plt' as const, 'plh' as const),
  unitSeed: fc.nat(1000),
  range: rangeArb,
});
const postArb: fc.Arbitrary<PostSpec> = fc.record({
  head: fc.oneof({ weight: 2, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) }),
  positionSeed: fc.nat(10_000),
  range: definitiveRangeArb,
});
const employeeArb = (withOverrides: boolean): fc.Arbitrary<EmployeeSpec> =>
  fc.record({
    active: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    // ~10 % have no definitive post; ~20 % have a second, overlapping one.
    definitive: fc.option(postArb, { freq: 10 }),
    second: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: postArb }),
    acting: fc.array(actingArb, { maxLength: 2 }),
    overrideSeed: withOverrides ? fc.option(fc.nat(1000), { freq: 4 }) : fc.constant(null),
  });

const worldArb = (withOverrides: boolean): fc.Arbitrary<World> =>
  fc.record({
    units: fc.array(unitArb, { minLength: 1, maxLength: 40, size: 'medium' }),
    employees: fc.array(employeeArb(withOverrides), { minLength: 1, maxLength: 60, size: 'medium' }),
    dateOffset: fc.integer({ min: 0, max: 40 }),
  });

interface Built {
  snapshot: OrgSnapshot;
  date: string;
  /** parent of each unit id */
  parent: Map<string, string | null>;
}

/**
 * Builds a snapshot. With `actingOnOwnChain`, Plt/Plh posts are only taken on the head post of
 * the employee's own unit or a unit above it (the usual practice: an acting official comes from
 * within the line), and every employee has at most one definitive assignment.
 */
function build(world: World, opts: { actingOnOwnChain: boolean; cyclicUnits?: boolean }): Built {
  const units: OrgUnit[] = world.units.map((u, i) => {
    let parentId: string | null = null;
    if (opts.cyclicUnits) parentId = u.parentSeed === null ? null : `u${u.parentSeed % world.units.length}`;
    else if (i > 0 && u.parentSeed !== null) parentId = `u${u.parentSeed % i}`;
    return { id: `u${i}`, parentId };
  });
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const positions: OrgPosition[] = [];
  world.units.forEach((u, i) => {
    if (u.hasHead) positions.push({ id: `h${i}`, unitId: `u${i}`, isUnitHead: true });
    for (let k = 0; k < u.staffPosts; k++) positions.push({ id: `s${i}.${k}`, unitId: `u${i}`, isUnitHead: false });
  });
  const headPosts = positions.filter((p) => p.isUnitHead);

  const ancestorsOrSelf = (unitId: string): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let u: string | null = unitId; u !== null && !seen.has(u); u = parent.get(u) ?? null) {
      seen.add(u);
      out.push(u);
    }
    return out;
  };

  const employees: OrgEmployee[] = [];
  const assignments: OrgAssignment[] = [];
  world.employees.forEach((e, i) => {
    const id = `e${i}`;
    employees.push({
      id,
      active: e.active,
      supervisorOverrideId: e.overrideSeed === null ? null : `e${e.overrideSeed % world.employees.length}`,
    });
    const pick = (p: PostSpec): OrgPosition | undefined => {
      const pool = p.head && headPosts.length > 0 ? headPosts : positions;
      return pool[p.positionSeed % pool.length];
    };
    let defUnit: string | undefined;
    const first = e.definitive && pick(e.definitive);
    if (e.definitive && first) {
      defUnit = first.unitId;
      assignments.push({ employeeId: id, positionId: first.id, role: 'definitive', ...toDates(e.definitive.range) });
    }
    const second = e.second && pick(e.second);
    if (e.second && second && !opts.actingOnOwnChain) {
      assignments.push({ employeeId: id, positionId: second.id, role: 'definitive', ...toDates(e.second.range) });
    }
    for (const a of e.acting) {
      let candidates: OrgPosition[] = headPosts;
      if (opts.actingOnOwnChain) {
        if (defUnit === undefined) continue;
        const chain = new Set(ancestorsOrSelf(defUnit));
        candidates = headPosts.filter((p) => chain.has(p.unitId));
      }
      if (candidates.length === 0) continue;
      const pos = candidates[a.unitSeed % candidates.length]!;
      assignments.push({ employeeId: id, positionId: pos.id, role: a.role, ...toDates(a.range) });
    }
  });
  return { snapshot: { units, positions, assignments, employees }, date: day(world.dateOffset), parent };
}

// ---------------------------------------------------------------------------------------------
// Invariant checks
// ---------------------------------------------------------------------------------------------

const PRECEDENCE: Record<AssignmentRole, number> = { plh: 0, plt: 1, definitive: 2 };

function ancestors(parent: Map<string, string | null>, from: string | null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let u = from; u !== null && !seen.has(u); u = parent.get(u) ?? null) {
    seen.add(u);
    out.push(u);
  }
  return out;
}

function checkInvariants({ snapshot, date, parent }: Built, opts: { overrides: boolean }): void {
  const chart = new OrgChart(snapshot, date);
  const empById = new Map(snapshot.employees.map((e) => [e.id, e]));
  const posById = new Map(snapshot.positions.map((p) => [p.id, p]));
  const ids = snapshot.employees.map((e) => e.id);
  const activeAssignments = snapshot.assignments.filter((a) => isActiveOn(a, date) && empById.get(a.employeeId)?.active);

  // The definitive post: the active definitive assignment with the latest start.
  for (const id of ids) {
    const defs = activeAssignments.filter((a) => a.employeeId === id && a.role === 'definitive');
    const pos = chart.positionOf(id);
    if (defs.length === 0) expect(pos).toBeUndefined();
    else {
      const latest = Math.max(...defs.map((a) => Date.parse(a.startsOn)));
      expect(defs.some((a) => a.positionId === pos && Date.parse(a.startsOn) === latest)).toBe(true);
    }
  }

  // Occupants: the highest-precedence active assignment, latest start among equals; superseded
  // definitive assignments do not count.
  const counts = (a: OrgAssignment) => a.role !== 'definitive' || chart.positionOf(a.employeeId) === a.positionId;
  for (const p of snapshot.positions) {
    const candidates = activeAssignments.filter((a) => a.positionId === p.id && counts(a));
    const occ = chart.occupantOf(p.id);
    if (candidates.length === 0) {
      expect(occ).toBeUndefined();
      continue;
    }
    expect(occ).toBeDefined();
    expect(candidates).toContain(occ);
    const best = Math.min(...candidates.map((a) => PRECEDENCE[a.role]));
    expect(PRECEDENCE[occ!.role]).toBe(best);
    const latest = candidates.filter((a) => PRECEDENCE[a.role] === best).map((a) => a.startsOn).sort().at(-1);
    expect(occ!.startsOn).toBe(latest);
  }

  const occupantOfUnit = (u: string) => {
    const h = chart.headPositionOf(u);
    return h === undefined ? undefined : chart.occupantOf(h);
  };

  const sups = new Map(ids.map((id) => [id, chart.supervisorOf(id)]));

  for (const e of ids) {
    const emp = empById.get(e)!;
    const s = sups.get(e)!;
    if (!emp.active) {
      expect(s).toBeNull();
      expect(chart.atasanPejabatPenilaiOf(e)).toBeNull();
      continue;
    }
    if (s === null) {
      // Either no post, or nobody but e occupies a head post on the way up.
      const pid = chart.positionOf(e);
      if (pid !== undefined && posById.has(pid)) {
        const pos = posById.get(pid)!;
        const chain = ancestors(parent, pos.isUnitHead ? (parent.get(pos.unitId) ?? null) : pos.unitId);
        // Every occupied head post on the way up is e's own, or below one that e occupies.
        const highestSelf = Math.max(-1, ...chain.map((u, i) => (occupantOfUnit(u)?.employeeId === e ? i : -1)));
        chain.forEach((u, i) => {
          if (occupantOfUnit(u) !== undefined) expect(i).toBeLessThanOrEqual(highestSelf);
        });
      }
      continue;
    }

    // Never oneself; always an active, known employee.
    expect(s.employeeId).not.toBe(e);
    expect(empById.get(s.employeeId)?.active).toBe(true);

    const ov = emp.supervisorOverrideId;
    const overrideValid = ov !== null && ov !== e && empById.get(ov)?.active === true;
    if (overrideValid) {
      expect(s).toEqual({ employeeId: ov, unitId: null, capacity: 'override' });
      expect(chart.atasanPejabatPenilaiOf(e)).toEqual(chart.supervisorOf(ov));
      continue;
    }
    expect(s.capacity).not.toBe('override');
    expect(s.unitId).not.toBeNull();
    const unitId = s.unitId!;

    // s occupies the head post of s.unitId in the stated capacity...
    const headPos = chart.headPositionOf(unitId);
    expect(headPos).toBeDefined();
    const occ = chart.occupantOf(headPos!)!;
    expect(occ.employeeId).toBe(s.employeeId);
    expect(occ.role).toBe(s.capacity);
    expect(isActiveOn(occ, date)).toBe(true);
    if (s.capacity === 'plt' || s.capacity === 'plh') {
      // ...and an acting supervisor has an acting assignment of that kind active on the date.
      expect(chart.actingPostsOf(s.employeeId).some((a) => a.role === s.capacity && a.positionId === headPos && isActiveOn(a, date))).toBe(true);
    } else {
      expect(chart.positionOf(s.employeeId)).toBe(headPos);
    }

    // s.unitId is e's own unit (staff) or a unit above e's post.
    const pos = posById.get(chart.positionOf(e)!)!;
    const start = pos.isUnitHead ? (parent.get(pos.unitId) ?? null) : pos.unitId;
    const chain = ancestors(parent, start);
    const at = chain.indexOf(unitId);
    expect(at).toBeGreaterThanOrEqual(0);
    if (pos.isUnitHead) expect(unitId).not.toBe(pos.unitId);

    // The nearest such head: e occupies no head post at or above s.unitId on the chain, and every
    // unit between e's highest self-occupied unit and s.unitId is vacant.
    const selfIdx = chain.map((u, i) => (occupantOfUnit(u)?.employeeId === e ? i : -1));
    const highestSelf = Math.max(-1, ...selfIdx);
    expect(at).toBeGreaterThan(highestSelf);
    for (let i = highestSelf + 1; i < at; i++) expect(occupantOfUnit(chain[i]!)).toBeUndefined();

    // The appraiser follows the supervisor's post: the nearest head above s.unitId other than s.
    const a = chart.atasanPejabatPenilaiOf(e);
    const above = ancestors(parent, parent.get(unitId) ?? null);
    const expected = above.find((u) => {
      const o = occupantOfUnit(u);
      return o !== undefined && o.employeeId !== s.employeeId;
    });
    if (expected === undefined) expect(a).toBeNull();
    else {
      const o = occupantOfUnit(expected)!;
      expect(a).toEqual({ employeeId: o.employeeId, unitId: expected, capacity: o.role });
      if (!opts.overrides) expect(a!.employeeId).not.toBe(e);
    }
  }

  // subordinatesOf is exactly the inverse of supervisorOf (for everyone, and for strangers).
  for (const s of [...ids, 'nobody']) {
    const expected = ids.filter((e) => sups.get(e)?.employeeId === s).sort();
    expect([...chart.subordinatesOf(s)].sort()).toEqual(expected);
  }
}

/** Follows supervisorOf from every employee; returns a cycle if there is one. */
function findCycle(chart: OrgChart, ids: readonly string[]): string[] | null {
  for (const start of ids) {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let cur: string | undefined = start; cur !== undefined; cur = chart.supervisorOf(cur)?.employeeId) {
      if (seen.has(cur)) return [...path.slice(path.indexOf(cur)), cur];
      seen.add(cur);
      path.push(cur);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

describe('OrgChart properties', () => {
  it('invariants hold on random charts (acting officials from their own line, no overrides)', () => {
    fc.assert(
      fc.property(worldArb(false), (world) => {
        checkInvariants(build(world, { actingOnOwnChain: true }), { overrides: false });
      }),
      { numRuns: 300 },
    );
  });

  it('the supervisor chain terminates without cycles when there are no overrides', () => {
    fc.assert(
      fc.property(worldArb(false), (world) => {
        const { snapshot, date } = build(world, { actingOnOwnChain: true });
        const chart = new OrgChart(snapshot, date);
        expect(findCycle(chart, snapshot.employees.map((e) => e.id))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('invariants hold with acting posts anywhere, overlapping definitive posts and overrides', () => {
    fc.assert(
      fc.property(worldArb(true), (world) => {
        checkInvariants(build(world, { actingOnOwnChain: false }), { overrides: true });
      }),
      { numRuns: 300 },
    );
  });

  it('invariants hold with acting posts anywhere and no overrides; nobody is their own appraiser', () => {
    fc.assert(
      fc.property(worldArb(false), (world) => {
        checkInvariants(build(world, { actingOnOwnChain: false }), { overrides: false });
      }),
      { numRuns: 300 },
    );
  });

  it('cyclic unit data: every query terminates, nobody is their own supervisor, subordinates invert', () => {
    fc.assert(
      fc.property(worldArb(true), (world) => {
        const { snapshot, date } = build(world, { actingOnOwnChain: false, cyclicUnits: true });
        const chart = new OrgChart(snapshot, date);
        const ids = snapshot.employees.map((e) => e.id);
        for (const e of ids) {
          const s = chart.supervisorOf(e);
          if (s) expect(s.employeeId).not.toBe(e);
          chart.atasanPejabatPenilaiOf(e);
        }
        for (const s of ids) {
          expect([...chart.subordinatesOf(s)].sort()).toEqual(ids.filter((e) => chart.supervisorOf(e)?.employeeId === s).sort());
        }
      }),
      { numRuns: 200 },
    );
  });
});
