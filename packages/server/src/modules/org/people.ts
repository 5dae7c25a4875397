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

export interface EmployeeName {
  id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
}

/**
 * The employees behind accounts of any agency (the actors of a history, the authors of feedback): one
 * read of each agency's employees by id. A single statement joining `accounts` to `employees` on the
 * account's agency is refused on Citus, or reaches every shard (the actor's agency is not the one the
 * route names: a regional penilai, a BKD admin); grouped by agency, each read is a single-shard plan,
 * and the usual history (every actor of the route's own agency) is one read. `nameOf` answers a row
 * carrying the account's `agency_id` and `employee_id` (an account with no employee: undefined).
 */
export async function employeesOfAccounts(
  db: Db,
  accounts: readonly { actor_agency_id: string | null; actor_employee_id: string | null }[],
): Promise<(a: { actor_agency_id: string | null; actor_employee_id: string | null }) => EmployeeName | undefined> {
  const byAgency = new Map<string, Set<string>>();
  for (const a of accounts) {
    if (a.actor_agency_id === null || a.actor_employee_id === null) continue;
    const ids = byAgency.get(a.actor_agency_id) ?? new Set<string>();
    ids.add(a.actor_employee_id);
    byAgency.set(a.actor_agency_id, ids);
  }
  const found = new Map<string, EmployeeName>();
  await Promise.all(
    [...byAgency].map(async ([agencyId, ids]) => {
      for (const e of await employeeNames(db, agencyId, [...ids])) found.set(`${agencyId}|${e.id}`, e);
    }),
  );
  return (a) => (a.actor_agency_id === null || a.actor_employee_id === null ? undefined : found.get(`${a.actor_agency_id}|${a.actor_employee_id}`));
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
