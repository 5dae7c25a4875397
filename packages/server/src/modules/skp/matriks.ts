import { matriksPeranHasil, type CascadingType, type Principal } from '@kinerja/core';
import type { MatriksAnswer, SkpSummary } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { actingEmployee } from '../access/index.js';
import { lastVersionRhk, skpsRatedBy, versionContent, type SkpRow } from './queries.js';
import { summaryOf } from './read.js';

/**
 * The Matriks Peran Hasil of a leader's SKP (core's matriksPeranHasil): its version in force (the
 * last one before the first approval) against the last version of every SKP that names the leader
 * as pejabat penilai for an overlapping period, in any agency (the Sekda's covers every Kepala Dinas).
 */
export async function matriksOf(ctx: AppContext, leader: SkpRow): Promise<MatriksAnswer> {
  const version = leader.version_in_force ?? leader.current_version;
  const content = await versionContent(ctx.db, leader.agency_id, leader.id, version);
  const leaderRhk = content?.rhk ?? [];
  const subordinates = await skpsRatedBy(ctx.db, leader.agency_id, leader.employee_id, null, { from: leader.period_from, to: leader.period_to });
  const byAgency = new Map<string, string[]>();
  for (const s of subordinates) byAgency.set(s.agency_id, [...(byAgency.get(s.agency_id) ?? []), s.id]);
  const rhkOf = new Map<string, { id: string; text: string; parentRhkId: string | null; cascadingType: CascadingType | null }[]>();
  for (const [agencyId, ids] of byAgency) {
    for (const r of await lastVersionRhk(ctx.db, agencyId, ids)) {
      rhkOf.set(r.skp_id, [...(rhkOf.get(r.skp_id) ?? []), { id: r.id, text: r.text, parentRhkId: r.parent_rhk_id, cascadingType: r.cascading_type as CascadingType | null }]);
    }
  }
  // An employee may hold two SKP in the leader's period (a move): each SKP is its own column.
  const m = matriksPeranHasil(
    leaderRhk.map((r) => r.id),
    subordinates.map((s) => ({ employeeId: s.id, rhk: rhkOf.get(s.id) ?? [] })),
  );
  const skpById = new Map(subordinates.map((s) => [s.id, s]));
  const textOf = new Map([...rhkOf.values()].flat().map((r) => [r.id, r.text]));
  const carrier = (c: { employeeId: string; rhkId: string; cascadingType: CascadingType | null }) => {
    const s = skpById.get(c.employeeId)!;
    return { employeeId: s.employee_id, employeeName: s.employee_name, skpId: s.id, rhkId: c.rhkId, rhkText: textOf.get(c.rhkId) ?? '', cascadingType: c.cascadingType };
  };
  return {
    version,
    rows: m.rows.map((row) => ({ leaderRhkId: row.leaderRhkId, leaderRhkText: leaderRhk.find((r) => r.id === row.leaderRhkId)?.text ?? '', carriers: row.carriers.map(carrier) })),
    uncarried: [...m.uncarried],
    subordinatesWithoutLink: m.subordinatesWithoutLink.map((id) => ({ employeeId: skpById.get(id)!.employee_id, employeeName: skpById.get(id)!.employee_name })),
    brokenLinks: m.brokenLinks.map(carrier),
  };
}

/** The SKP waiting for the caller's decision as pejabat penilai, oldest first. */
export async function waitingForMe(ctx: AppContext, p: Principal): Promise<SkpSummary[]> {
  const me = actingEmployee(p);
  return (await skpsRatedBy(ctx.db, me.agencyId, me.employeeId, 'diajukan', null)).map(summaryOf);
}
