import { sql, type Kysely } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { Database } from '../../db/schema.js';

export async function agencySummaries(db: Kysely<Database>, agencyIds: string[] | 'all') {
  let q = db
    .selectFrom('agencies as a')
    .select((eb) => [
      'a.id',
      'a.code',
      'a.name',
      eb
        .selectFrom('units as u')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('u.agency_id', '=', 'a.id')
        .where('u.active', '=', true)
        .as('unitCount'),
      eb
        .selectFrom('employees as e')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.agency_id', '=', 'a.id')
        .where('e.active', '=', true)
        .as('employeeCount'),
    ])
    .where('a.active', '=', true)
    .orderBy('a.name');
  if (agencyIds !== 'all') {
    if (agencyIds.length === 0) return [];
    q = q.where('a.id', 'in', agencyIds);
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, unitCount: Number(r.unitCount ?? 0), employeeCount: Number(r.employeeCount ?? 0) }));
}

/** Holder of each unit's head post today, and each unit's headcount, in two grouped queries. */
export async function unitRows(db: Kysely<Database>, agencyId: string, today: string) {
  const units = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'parent_id'])
    .where('agency_id', '=', agencyId)
    .where('active', '=', true)
    .orderBy('code')
    .execute();
  const heads = await db
    .selectFrom('positions as p')
    .innerJoin('position_assignments as a', (j) => j.onRef('a.agency_id', '=', 'p.agency_id').onRef('a.position_id', '=', 'p.id'))
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 'a.agency_id').onRef('e.id', '=', 'a.employee_id'))
    .select(['p.unit_id', 'e.name', 'a.role'])
    .where('p.agency_id', '=', agencyId)
    .where('p.is_unit_head', '=', true)
    .where('a.starts_on', '<=', today)
    .where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', today)]))
    .execute();
  const counts = await db
    .selectFrom('position_assignments as a')
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .select(['p.unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.agency_id', '=', agencyId)
    .where('a.role', '=', 'definitive')
    .where('a.starts_on', '<=', today)
    .where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', today)]))
    .groupBy('p.unit_id')
    .execute();
  const rank = { plh: 0, plt: 1, definitive: 2 } as const;
  const headByUnit = new Map<string, { name: string; role: keyof typeof rank }>();
  for (const h of heads) {
    const prev = headByUnit.get(h.unit_id);
    if (!prev || rank[h.role] < rank[prev.role]) headByUnit.set(h.unit_id, { name: h.name, role: h.role });
  }
  const countByUnit = new Map(counts.map((c) => [c.unit_id, Number(c.n)]));
  return units.map((u) => {
    const head = headByUnit.get(u.id);
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      parentId: u.parent_id,
      headName: head ? (head.role === 'definitive' ? head.name : `${head.role === 'plt' ? 'Plt.' : 'Plh.'} ${head.name}`) : null,
      employeeCount: countByUnit.get(u.id) ?? 0,
    };
  });
}

export interface EmployeeListFilter {
  q?: string | undefined;
  unitId?: string | undefined;
  limit: number;
  offset: number;
}

function employeeRowsQuery(db: Kysely<Database>, agencyId: string, today: string) {
  return db
    .selectFrom('employees as e')
    .leftJoin('position_assignments as a', (j) =>
      j
        .onRef('a.agency_id', '=', 'e.agency_id')
        .onRef('a.employee_id', '=', 'e.id')
        .on('a.role', '=', 'definitive')
        .on('a.starts_on', '<=', today)
        .on((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', today)])),
    )
    .leftJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .leftJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .where('e.agency_id', '=', agencyId);
}

const ROW_COLUMNS = [
  'e.id',
  'e.nip',
  'e.name',
  'e.kind',
  'e.rank_code',
  'e.active',
  'e.supervisor_override_id',
  'p.name as position_name',
  'p.kind as position_kind',
  'p.kelas_jabatan',
  'u.name as unit_name',
] as const;

function toRow(r: {
  id: string;
  nip: string;
  name: string;
  kind: 'pns' | 'pppk';
  rank_code: string | null;
  active: boolean;
  position_name: string | null;
  position_kind: Database['positions']['kind'] | null;
  kelas_jabatan: number | null;
  unit_name: string | null;
}) {
  return {
    id: r.id,
    nip: r.nip,
    name: r.name,
    kind: r.kind,
    rankCode: r.rank_code,
    positionName: r.position_name,
    positionKind: r.position_kind,
    kelasJabatan: r.kelas_jabatan,
    unitName: r.unit_name,
    active: r.active,
  };
}

export async function employeeRows(db: Kysely<Database>, agencyId: string, today: string, f: EmployeeListFilter) {
  let q = employeeRowsQuery(db, agencyId, today).where('e.active', '=', true);
  if (f.unitId) q = q.where('p.unit_id', '=', f.unitId);
  const term = f.q?.trim();
  if (term) {
    const digits = term.replace(/\s/g, '');
    q = /^\d+$/.test(digits)
      ? q.where('e.nip', 'like', `${digits}%`)
      : q.where(sql<boolean>`lower(e.name) like ${'%' + term.toLowerCase().replace(/[%_\\]/g, (c) => '\\' + c) + '%'}`);
  }
  const rows = await q
    .select([...ROW_COLUMNS, sql<number>`count(*) over ()`.as('total')])
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const total = rows[0] ? Number(rows[0].total) : f.offset > 0 ? await countOnly() : 0;
  return { items: rows.map(toRow), total };

  async function countOnly(): Promise<number> {
    const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}

export async function employeeRow(db: Kysely<Database>, agencyId: string, employeeId: string, today: string) {
  const r = await employeeRowsQuery(db, agencyId, today).select(ROW_COLUMNS).where('e.id', '=', employeeId).executeTakeFirst();
  return r ? { ...toRow(r), supervisorOverrideId: r.supervisor_override_id } : undefined;
}

export async function positionHistory(db: Kysely<Database>, agencyId: string, employeeId: string) {
  const rows = await db
    .selectFrom('position_assignments as a')
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .select(['p.name as position_name', 'u.name as unit_name', 'a.role', 'a.starts_on', 'a.ends_on'])
    .where('a.agency_id', '=', agencyId)
    .where('a.employee_id', '=', employeeId)
    .orderBy('a.starts_on', 'desc')
    .execute();
  return rows.map((r) => ({ positionName: r.position_name, unitName: r.unit_name, role: r.role, startsOn: r.starts_on, endsOn: r.ends_on }));
}

/** The agency's clock and org version: what today's org chart is looked up with (see today-chart.ts). */
export const agencyClock = defineQuery('org', 'agencyClock', [['agency-id']], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['time_zone', 'org_version']).where('id', '=', agencyId).executeTakeFirst(),
);
