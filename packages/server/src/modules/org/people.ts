import { pangkatName, type OrgChart, type SupervisorLink } from '@kinerja/core';
import type { Db } from '../../db/query.js';
import { employeeNames, positionsWithUnits } from './queries.js';

export interface PersonLink {
  employeeId: string;
  agencyId: string;
  nip: string;
  name: string;
  positionName: string | null;
  unitName: string | null;
  capacity: SupervisorLink['capacity'];
}

export function displayName(e: { name: string; front_title: string | null; back_title: string | null }): string {
  return [e.front_title, e.back_title ? `${e.name},` : e.name, e.back_title].filter(Boolean).join(' ');
}

export function rankName(code: string | null): string | null {
  return code ? (pangkatName(code) ?? null) : null;
}

/**
 * Names and posts for a set of people in one agency. For someone acting (Plt/Plh) the post shown is
 * the one acted in, because that is why they appear as a supervisor.
 */
export async function describePeople(
  db: Db,
  agencyId: string,
  chart: OrgChart,
  links: readonly SupervisorLink[],
): Promise<PersonLink[]> {
  if (links.length === 0) return [];
  const postOf = (l: SupervisorLink) =>
    (l.capacity === 'plt' || l.capacity === 'plh') && l.unitId ? chart.headPositionOf(l.unitId) : chart.positionOf(l.employeeId);
  const employeeIds = [...new Set(links.map((l) => l.employeeId))];
  const positionIds = [...new Set(links.map(postOf).filter((p): p is string => !!p))];
  const [employees, positions] = await Promise.all([
    employeeNames(db, agencyId, employeeIds),
    positionIds.length ? positionsWithUnits(db, agencyId, positionIds) : Promise.resolve([]),
  ]);
  const emp = new Map(employees.map((e) => [e.id, e]));
  const pos = new Map(positions.map((p) => [p.id, p]));
  return links.flatMap((l) => {
    const e = emp.get(l.employeeId);
    if (!e) return [];
    const p = pos.get(postOf(l) ?? '');
    return [
      {
        employeeId: e.id,
        agencyId,
        nip: e.nip,
        name: displayName(e),
        positionName: p?.position_name ?? null,
        unitName: p?.unit_name ?? null,
        capacity: l.capacity,
      },
    ];
  });
}
