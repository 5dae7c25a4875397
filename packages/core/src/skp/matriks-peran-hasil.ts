/**
 * Matriks Peran Hasil: each RHK of a leader against the subordinates whose RHK intervene it
 * (PermenPANRB 6/2022; e-Kinerja's "Matriks Bawahan"). A leader RHK nobody carries is a gap in the
 * cascade; a subordinate RHK that points at an RHK the leader no longer has is a broken link. Both
 * are shown, neither dropped.
 */
import type { CascadingType } from './forms.js';

export interface MatriksSubordinateRhk {
  id: string;
  parentRhkId: string | null;
  cascadingType: CascadingType | null;
}

export interface MatriksSubordinate {
  employeeId: string;
  rhk: readonly MatriksSubordinateRhk[];
}

export interface MatriksCarrier {
  employeeId: string;
  rhkId: string;
  cascadingType: CascadingType | null;
}

export interface MatriksRow {
  leaderRhkId: string;
  carriers: readonly MatriksCarrier[];
}

export interface MatriksPeranHasil {
  /** In the leader's RHK order. */
  rows: readonly MatriksRow[];
  /** Leader RHK that no subordinate intervenes, in the leader's order: shown highlighted. */
  uncarried: readonly string[];
  /** Subordinates with no RHK intervening any of the leader's RHK. */
  subordinatesWithoutLink: readonly string[];
  /** Subordinate RHK linked to an RHK the leader's SKP in force does not have. */
  brokenLinks: readonly MatriksCarrier[];
}

export function matriksPeranHasil(leaderRhkIds: readonly string[], subordinates: readonly MatriksSubordinate[]): MatriksPeranHasil {
  const carriersOf = new Map<string, MatriksCarrier[]>(leaderRhkIds.map((id) => [id, []]));
  const brokenLinks: MatriksCarrier[] = [];
  const subordinatesWithoutLink: string[] = [];
  for (const s of subordinates) {
    let linked = false;
    for (const r of s.rhk) {
      if (r.parentRhkId === null) continue;
      const carrier = { employeeId: s.employeeId, rhkId: r.id, cascadingType: r.cascadingType };
      const list = carriersOf.get(r.parentRhkId);
      if (list) {
        list.push(carrier);
        linked = true;
      } else {
        brokenLinks.push(carrier);
      }
    }
    if (!linked) subordinatesWithoutLink.push(s.employeeId);
  }
  const rows = leaderRhkIds.map((id) => ({ leaderRhkId: id, carriers: carriersOf.get(id)! }));
  return { rows, uncarried: rows.filter((r) => r.carriers.length === 0).map((r) => r.leaderRhkId), subordinatesWithoutLink, brokenLinks };
}
