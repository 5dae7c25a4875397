import type { AssignmentRole } from './positions.js';

/**
 * Who is whose direct supervisor (pejabat penilai) and their supervisor (atasan pejabat penilai),
 * derived from the org chart on a given date. Pure: the caller supplies the agency's snapshot.
 *
 * Rules:
 * - An employee's supervisor is whoever occupies the head post of their unit; a unit head's
 *   supervisor is the head of the parent unit.
 * - A head post is occupied, in order of precedence, by an active Plh (the holder is away),
 *   an active Plt (the post is vacant), or the definitive holder.
 * - A vacant head post (nobody in it on that date) passes to the next unit up.
 * - A per-employee override names the supervisor directly.
 * - Someone who occupies (as Plt/Plh) the head post of their own unit or of a unit above is
 *   skipped for themselves: their supervisor is the head above the highest such unit.
 * - The atasan pejabat penilai follows the supervisor's *post*: for an acting supervisor it is
 *   the head above the unit acted for, not the acting person's own supervisor.
 */
export interface OrgUnit {
  id: string;
  parentId: string | null;
}

export interface OrgPosition {
  id: string;
  unitId: string;
  isUnitHead: boolean;
}

export interface OrgAssignment {
  employeeId: string;
  positionId: string;
  role: AssignmentRole;
  startsOn: string; // yyyy-mm-dd, inclusive
  endsOn: string | null; // inclusive; null = open
}

export interface OrgEmployee {
  id: string;
  active: boolean;
  supervisorOverrideId: string | null;
}

export interface OrgSnapshot {
  units: readonly OrgUnit[];
  positions: readonly OrgPosition[];
  assignments: readonly OrgAssignment[];
  employees: readonly OrgEmployee[];
}

export interface SupervisorLink {
  employeeId: string;
  /** The unit whose head post gives the link; null when it comes from an override. */
  unitId: string | null;
  /** How the supervisor occupies that post. */
  capacity: AssignmentRole | 'override';
}

export function isActiveOn(a: { startsOn: string; endsOn: string | null }, date: string): boolean {
  return a.startsOn <= date && (a.endsOn === null || a.endsOn >= date);
}

const ROLE_PRECEDENCE: Record<AssignmentRole, number> = { plh: 0, plt: 1, definitive: 2 };

/** An index over one snapshot for one date; build once, ask many times. */
export class OrgChart {
  private readonly unitParent = new Map<string, string | null>();
  private readonly headPositionOfUnit = new Map<string, string>();
  private readonly positionById = new Map<string, OrgPosition>();
  private readonly occupantsOfPosition = new Map<string, OrgAssignment[]>();
  private readonly definitiveOfEmployee = new Map<string, OrgAssignment>();
  private readonly actingOfEmployee = new Map<string, OrgAssignment[]>();
  private readonly employeeById = new Map<string, OrgEmployee>();
  private subordinatesCache: Map<string, string[]> | undefined;

  constructor(snapshot: OrgSnapshot, readonly date: string) {
    for (const u of snapshot.units) this.unitParent.set(u.id, u.parentId);
    for (const p of snapshot.positions) {
      this.positionById.set(p.id, p);
      if (p.isUnitHead) this.headPositionOfUnit.set(p.unitId, p.id);
    }
    for (const e of snapshot.employees) this.employeeById.set(e.id, e);
    const active: OrgAssignment[] = [];
    for (const a of snapshot.assignments) {
      if (!isActiveOn(a, date)) continue;
      const emp = this.employeeById.get(a.employeeId);
      if (!emp || !emp.active) continue;
      active.push(a);
      if (a.role === 'definitive') {
        // Two overlapping definitive posts are a data error; the latest start wins, as in SK order.
        const prev = this.definitiveOfEmployee.get(a.employeeId);
        if (!prev || prev.startsOn <= a.startsOn) this.definitiveOfEmployee.set(a.employeeId, a);
      } else {
        const acting = this.actingOfEmployee.get(a.employeeId) ?? [];
        acting.push(a);
        this.actingOfEmployee.set(a.employeeId, acting);
      }
    }
    for (const a of active) {
      // A superseded definitive assignment no longer occupies its post: otherwise someone moved
      // to a new post (old SK not ended in the data) would still head their old unit as well.
      if (a.role === 'definitive' && this.definitiveOfEmployee.get(a.employeeId) !== a) continue;
      const list = this.occupantsOfPosition.get(a.positionId) ?? [];
      list.push(a);
      this.occupantsOfPosition.set(a.positionId, list);
    }
    for (const list of this.occupantsOfPosition.values()) {
      // Latest appointment first; equal dates fall back to the employee id so the answer never depends on row order.
      list.sort(
        (x, y) =>
          ROLE_PRECEDENCE[x.role] - ROLE_PRECEDENCE[y.role] ||
          (x.startsOn === y.startsOn ? (x.employeeId < y.employeeId ? -1 : x.employeeId > y.employeeId ? 1 : 0) : x.startsOn < y.startsOn ? 1 : -1),
      );
    }
  }

  /** The definitive post an employee holds on the chart's date. */
  positionOf(employeeId: string): string | undefined {
    return this.definitiveOfEmployee.get(employeeId)?.positionId;
  }

  /** Posts the employee acts in (Plt/Plh) on the chart's date. */
  actingPostsOf(employeeId: string): readonly OrgAssignment[] {
    return this.actingOfEmployee.get(employeeId) ?? [];
  }

  headPositionOf(unitId: string): string | undefined {
    return this.headPositionOfUnit.get(unitId);
  }

  /** Who occupies a post on the chart's date, with the capacity in which they do. */
  occupantOf(positionId: string): OrgAssignment | undefined {
    return this.occupantsOfPosition.get(positionId)?.[0];
  }

  /** The head of `unitId` or, when that post is empty, of the nearest unit above; skipping `exclude`. */
  headFrom(unitId: string | null, exclude: string): SupervisorLink | null {
    const seen = new Set<string>();
    let current = unitId;
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      const headPos = this.headPositionOfUnit.get(current);
      const occupant = headPos ? this.occupantOf(headPos) : undefined;
      if (occupant && occupant.employeeId !== exclude) {
        return { employeeId: occupant.employeeId, unitId: current, capacity: occupant.role };
      }
      current = this.unitParent.get(current) ?? null;
    }
    return null;
  }

  /**
   * The unit from which to look for the supervisor of `employeeId`, who holds `positionId`.
   * Someone who also occupies (as Plt/Plh) the head post of a unit above their own post looks
   * from above the highest such unit: otherwise a subordinate acting above their own superior
   * (a Kasi as Plt Kepala Dinas while the Kabid is in post) and that superior would supervise
   * each other, and the acting official would be their own atasan pejabat penilai.
   */
  private startUnitFor(positionId: string, employeeId: string): string | null {
    const pos = this.positionById.get(positionId);
    if (!pos) return null;
    let start = pos.isUnitHead ? (this.unitParent.get(pos.unitId) ?? null) : pos.unitId;
    const seen = new Set<string>();
    for (let u = start; u !== null && !seen.has(u); u = this.unitParent.get(u) ?? null) {
      seen.add(u);
      const headPos = this.headPositionOfUnit.get(u);
      if (headPos && this.occupantOf(headPos)?.employeeId === employeeId) start = this.unitParent.get(u) ?? null;
    }
    return start;
  }

  /** The pejabat penilai: the employee's direct supervisor. */
  supervisorOf(employeeId: string): SupervisorLink | null {
    const emp = this.employeeById.get(employeeId);
    if (!emp || !emp.active) return null;
    if (emp.supervisorOverrideId && emp.supervisorOverrideId !== employeeId) {
      const over = this.employeeById.get(emp.supervisorOverrideId);
      if (over?.active) return { employeeId: over.id, unitId: null, capacity: 'override' };
    }
    const positionId = this.positionOf(employeeId);
    if (!positionId) return null;
    return this.headFrom(this.startUnitFor(positionId, employeeId), employeeId);
  }

  /**
   * The atasan pejabat penilai (PermenPANRB 6/2022): the supervisor of the pejabat penilai's
   * post, so for an acting pejabat penilai the head above the unit acted for.
   */
  atasanPejabatPenilaiOf(employeeId: string): SupervisorLink | null {
    const sup = this.supervisorOf(employeeId);
    if (!sup) return null;
    if (sup.unitId === null) return this.supervisorOf(sup.employeeId);
    return this.headFrom(this.unitParent.get(sup.unitId) ?? null, sup.employeeId);
  }

  /** Everyone whose direct supervisor is `employeeId` on the chart's date. */
  subordinatesOf(employeeId: string): readonly string[] {
    if (!this.subordinatesCache) {
      const map = new Map<string, string[]>();
      for (const id of this.employeeById.keys()) {
        const sup = this.supervisorOf(id);
        if (!sup) continue;
        const list = map.get(sup.employeeId) ?? [];
        list.push(id);
        map.set(sup.employeeId, list);
      }
      this.subordinatesCache = map;
    }
    return this.subordinatesCache.get(employeeId) ?? [];
  }
}
