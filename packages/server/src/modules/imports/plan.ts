import type { Insertable } from 'kysely';
import type { AgenciesTable, PositionsTable, UnitsTable } from '../../db/schema.js';
import { ABSENT } from './checker.js';
import { planEmployees, type EmployeePlan } from './plan-employees.js';
import { IdMap, type Counts, type ImportSummary, type PlanInput } from './plan-input.js';
import { headAfterImport } from './rules-positions.js';

export type UnitWrite = Pick<Insertable<UnitsTable>, 'agency_id' | 'id' | 'code' | 'name' | 'parent_id'>;
export type PositionWrite = Pick<
  Insertable<PositionsTable>,
  'agency_id' | 'id' | 'unit_id' | 'code' | 'name' | 'kind' | 'jf_level' | 'kelas_jabatan' | 'is_unit_head'
>;

/** Every write the import makes, computed in memory before the first statement. */
export interface Plan extends EmployeePlan {
  agencyInserts: Insertable<AgenciesTable>[];
  /** Parents before children, so each batch only refers to rows already inserted. */
  unitInserts: UnitWrite[];
  unitUpdates: UnitWrite[];
  /** Head flags are cleared before new heads are set: the one-head-per-unit index is checked per row. */
  positionUpdatesFirst: PositionWrite[];
  positionInserts: PositionWrite[];
  positionUpdatesLast: PositionWrite[];
  touchedAgencyIds: Set<string>;
  summary: ImportSummary;
}

const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

export function planImport(input: PlanInput): Plan {
  const { validated: v, existing, now, newId } = input;
  const summary: ImportSummary = {
    ...counts(),
    sheets: {},
    agenciesCreated: [],
    accounts: { created: 0, relinked: 0, adminRoleRevoked: [] },
    positionChanges: 0,
    transfers: 0,
  };
  const touched = new Set<string>();

  const agencyIds = new Map([...existing.agencyByCode].map(([code, a]) => [code, a.id]));
  const agencyInserts: Insertable<AgenciesTable>[] = v.newAgencies.map((a) => {
    const id = newId();
    agencyIds.set(a.code, id);
    summary.agenciesCreated.push(a.code);
    touched.add(id);
    return { id, code: a.code, name: a.name, short_name: null, ...(input.newAgencyTimeZone ? { time_zone: input.newAgencyTimeZone } : {}) };
  });
  const agencyId = (code: string) => agencyIds.get(code)!;

  const unitIds = new IdMap((a, code) => existing.units.get(agencyId(a))?.get(code)?.id);
  for (const u of v.units) unitIds.set(u.agencyCode, u.code, u.existing?.id ?? newId());
  const unitInserts: (UnitWrite & { depth: number })[] = [];
  const unitUpdates: UnitWrite[] = [];
  const newUnitDepth = new Map<string, number>();
  const unitCounts = counts();
  for (const u of v.units) {
    const parentId = u.parentCode === ABSENT ? (u.existing?.parent_id ?? null) : u.parentCode === null ? null : unitIds.get(u.agencyCode, u.parentCode);
    const row: UnitWrite = { agency_id: agencyId(u.agencyCode), id: unitIds.get(u.agencyCode, u.code), code: u.code, name: u.name, parent_id: parentId };
    if (!u.existing) {
      unitInserts.push({ ...row, depth: 0 });
      unitCounts.created++;
    } else if (u.existing.name !== u.name || u.existing.parent_id !== parentId || !u.existing.active) {
      unitUpdates.push(row);
      unitCounts.updated++;
    } else {
      unitCounts.unchanged++;
      continue;
    }
    touched.add(row.agency_id);
  }
  // Depth among new units only: a stored parent is already there.
  const parentOf = new Map(unitInserts.map((u) => [u.id, u.parent_id]));
  const depthOf = (id: string, guard = 0): number => {
    const known = newUnitDepth.get(id);
    if (known !== undefined) return known;
    const p = parentOf.get(id);
    const d = p && parentOf.has(p) && guard < 10_000 ? depthOf(p, guard + 1) + 1 : 0;
    newUnitDepth.set(id, d);
    return d;
  };
  for (const u of unitInserts) u.depth = depthOf(u.id);
  unitInserts.sort((a, b) => a.depth - b.depth);

  const positionIds = new IdMap((a, code) => existing.positions.get(agencyId(a))?.get(code)?.id);
  for (const p of v.positions) positionIds.set(p.agencyCode, p.code, p.existing?.id ?? newId());
  const plan = {
    positionUpdatesFirst: [] as PositionWrite[],
    positionInserts: [] as PositionWrite[],
    positionUpdatesLast: [] as PositionWrite[],
  };
  const positionCounts = counts();
  for (const p of v.positions) {
    const row: PositionWrite = {
      agency_id: agencyId(p.agencyCode),
      id: positionIds.get(p.agencyCode, p.code),
      unit_id: unitIds.get(p.agencyCode, p.unitCode),
      code: p.code,
      name: p.name,
      kind: p.kind,
      jf_level: p.jfLevel,
      kelas_jabatan: p.kelasJabatan,
      is_unit_head: headAfterImport(p),
    };
    const e = p.existing;
    if (!e) {
      plan.positionInserts.push(row);
      positionCounts.created++;
    } else if (
      e.unit_id !== row.unit_id ||
      e.name !== row.name ||
      e.kind !== row.kind ||
      e.jf_level !== row.jf_level ||
      e.kelas_jabatan !== row.kelas_jabatan ||
      e.is_unit_head !== row.is_unit_head ||
      !e.active
    ) {
      (row.is_unit_head ? plan.positionUpdatesLast : plan.positionUpdatesFirst).push(row);
      positionCounts.updated++;
    } else {
      positionCounts.unchanged++;
      continue;
    }
    touched.add(row.agency_id);
  }

  const employees = planEmployees({ ...input, agencyId, positionIds, touched, summary });

  if (v.units.length || v.newAgencies.length) summary.sheets.Unit = unitCounts;
  if (v.positions.length) summary.sheets.Jabatan = positionCounts;
  for (const c of Object.values(summary.sheets)) {
    summary.created += c.created;
    summary.updated += c.updated;
    summary.unchanged += c.unchanged;
  }
  return {
    agencyInserts,
    unitInserts: unitInserts.map(({ depth: _depth, ...u }) => u),
    unitUpdates,
    ...plan,
    ...employees,
    touchedAgencyIds: touched,
    summary,
  };
}
