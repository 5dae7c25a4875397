import { sql, type Kysely } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { Database } from '../../db/schema.js';

/**
 * Active agencies with their counts of active units and employees. Three statements: the agencies
 * (a reference table on Citus), then each count grouped by agency, so one agency's summary is read on
 * its own shard (a count correlated with the agency row Citus refuses to plan).
 */
export const agencySummaries = defineQuery('org', 'agencySummaries', [['all'], [['00000000-0000-4000-8000-00000000000a']]], async (db, agencyIds: string[] | 'all') => {
  if (agencyIds !== 'all' && agencyIds.length === 0) return [];
  let q = db.selectFrom('agencies as a').select(['a.id', 'a.code', 'a.name']).where('a.active', '=', true).orderBy('a.name');
  if (agencyIds !== 'all') q = q.where('a.id', 'in', agencyIds);
  const rows = await q.execute();
  const countsOf = async (table: 'units' | 'employees') => {
    let c = db.selectFrom(table).select(['agency_id', (eb) => eb.fn.countAll<number>().as('n')]).where('active', '=', true);
    if (agencyIds !== 'all') c = c.where('agency_id', 'in', agencyIds);
    return new Map((await c.groupBy('agency_id').execute()).map((r) => [r.agency_id, Number(r.n)]));
  };
  const units = await countsOf('units');
  const employees = await countsOf('employees');
  return rows.map((r) => ({ ...r, unitCount: units.get(r.id) ?? 0, employeeCount: employees.get(r.id) ?? 0 }));
});

/** Holder of each unit's head post today, and each unit's headcount, in two grouped queries. */
export const unitRows = defineQuery('org', 'unitRows', [['00000000-0000-4000-8000-00000000000a', '2026-01-05']], async (db, agencyId: string, today: string) => {
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
});

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

export const employeeRows = defineQuery('org', 'employeeRows', [
    ['00000000-0000-4000-8000-00000000000a', '2026-01-05', { limit: 50, offset: 0 }],
    ['00000000-0000-4000-8000-00000000000a', '2026-01-05', { q: '1980', unitId: '00000000-0000-4000-8000-0000000000c0', limit: 50, offset: 50 }],
    ['00000000-0000-4000-8000-00000000000a', '2026-01-05', { q: 'Sari', limit: 50, offset: 0 }],
  ], async (db, agencyId: string, today: string, f: EmployeeListFilter) => {
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
});

export const employeeRow = defineQuery('org', 'employeeRow', [['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000e', '2026-01-05']], async (db, agencyId: string, employeeId: string, today: string) => {
  const r = await employeeRowsQuery(db, agencyId, today).select(ROW_COLUMNS).where('e.id', '=', employeeId).executeTakeFirst();
  return r ? { ...toRow(r), supervisorOverrideId: r.supervisor_override_id } : undefined;
});

export const positionHistory = defineQuery('org', 'positionHistory', [['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000e']], async (db, agencyId: string, employeeId: string) => {
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
});

/** The agency's clock and org version: what today's org chart is looked up with (see today-chart.ts). */
export const agencyClock = defineQuery('org', 'agencyClock', [['agency-id']], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['time_zone', 'org_version']).where('id', '=', agencyId).executeTakeFirst(),
);

// Queries of the org module's services (me.ts, people.ts, snapshot.ts, changes.ts, routes.ts, chart-cache.ts).
const EXAMPLE_AGENCY = '00000000-0000-4000-8000-00000000000a';
const EXAMPLE_EMPLOYEE = '00000000-0000-4000-8000-00000000000e';
const EXAMPLE_POSITION = '00000000-0000-4000-8000-00000000000b0';
const EXAMPLE_DAY = '2026-01-05';

export const accountDisplayName = defineQuery('org', 'accountDisplayName', [[EXAMPLE_EMPLOYEE]], (db, accountId: string) =>
  db.selectFrom('accounts').select('display_name').where('id', '=', accountId).executeTakeFirst(),
);

export const agencyHeader = defineQuery('org', 'agencyHeader', [[EXAMPLE_AGENCY]], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['id', 'code', 'name', 'time_zone', 'org_version']).where('id', '=', agencyId).executeTakeFirst(),
);

export const agencyOrgVersion = defineQuery('org', 'agencyOrgVersion', [[EXAMPLE_AGENCY]], (db, agencyId: string) =>
  db.selectFrom('agencies').select('org_version').where('id', '=', agencyId).executeTakeFirst(),
);

/** Every change to an agency's organisation runs this in the same transaction: cached charts of the old version go stale. */
export const bumpOrgVersion = defineQuery('org', 'bumpOrgVersion', [[EXAMPLE_AGENCY]], async (db, agencyId: string) => {
  await db
    .updateTable('agencies')
    .set({ org_version: sql`org_version + 1`, updated_at: new Date() })
    .where('id', '=', agencyId)
    .execute();
});

export const employeeProfile = defineQuery('org', 'employeeProfile', [[EXAMPLE_AGENCY, EXAMPLE_EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('employees')
    .select(['id', 'nip', 'name', 'front_title', 'back_title', 'kind', 'sex', 'birth_date', 'rank_code'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', employeeId)
    .executeTakeFirst(),
);

/** An employee's own and acting posts with their units, and since when the employee holds each definitively. */
export const postsOfEmployee = defineQuery(
  'org',
  'postsOfEmployee',
  [[EXAMPLE_AGENCY, EXAMPLE_EMPLOYEE, [EXAMPLE_POSITION]]],
  (db, agencyId: string, employeeId: string, positionIds: string[]) =>
    db
      .selectFrom('positions as p')
      .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
      .leftJoin('position_assignments as a', (j) =>
        j
          .onRef('a.agency_id', '=', 'p.agency_id')
          .onRef('a.position_id', '=', 'p.id')
          .on('a.employee_id', '=', employeeId)
          .on('a.role', '=', 'definitive'),
      )
      .select(['p.id', 'p.name', 'p.kind', 'p.jf_level', 'p.kelas_jabatan', 'p.is_unit_head', 'u.id as unit_id', 'u.name as unit_name', 'a.starts_on'])
      .where('p.agency_id', '=', agencyId)
      .where('p.id', 'in', positionIds)
      .orderBy('a.starts_on', 'desc')
      .execute(),
);

export const employeeNames = defineQuery('org', 'employeeNames', [[EXAMPLE_AGENCY, [EXAMPLE_EMPLOYEE]]], (db, agencyId: string, employeeIds: string[]) =>
  db
    .selectFrom('employees')
    .select(['id', 'nip', 'name', 'front_title', 'back_title'])
    .where('agency_id', '=', agencyId)
    .where('id', 'in', employeeIds)
    .execute(),
);

export const positionsWithUnits = defineQuery('org', 'positionsWithUnits', [[EXAMPLE_AGENCY, [EXAMPLE_POSITION]]], (db, agencyId: string, positionIds: string[]) =>
  db
    .selectFrom('positions as p')
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .select(['p.id', 'p.name as position_name', 'u.name as unit_name'])
    .where('p.agency_id', '=', agencyId)
    .where('p.id', 'in', positionIds)
    .execute(),
);

export const chartUnits = defineQuery('org', 'chartUnits', [[EXAMPLE_AGENCY]], (db, agencyId: string) =>
  db.selectFrom('units').select(['id', 'parent_id']).where('agency_id', '=', agencyId).where('active', '=', true).execute(),
);

export const chartPositions = defineQuery('org', 'chartPositions', [[EXAMPLE_AGENCY]], (db, agencyId: string) =>
  db.selectFrom('positions').select(['id', 'unit_id', 'is_unit_head']).where('agency_id', '=', agencyId).where('active', '=', true).execute(),
);

export const chartAssignments = defineQuery('org', 'chartAssignments', [[EXAMPLE_AGENCY]], (db, agencyId: string) =>
  db.selectFrom('position_assignments').select(['employee_id', 'position_id', 'role', 'starts_on', 'ends_on']).where('agency_id', '=', agencyId).execute(),
);

export const chartEmployees = defineQuery('org', 'chartEmployees', [[EXAMPLE_AGENCY]], (db, agencyId: string) =>
  db.selectFrom('employees').select(['id', 'active', 'supervisor_override_id']).where('agency_id', '=', agencyId).execute(),
);

export const employeeNip = defineQuery('org', 'employeeNip', [[EXAMPLE_AGENCY, EXAMPLE_EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db.selectFrom('employees').select('nip').where('agency_id', '=', agencyId).where('id', '=', employeeId).executeTakeFirst(),
);

export const employeeActive = defineQuery('org', 'employeeActive', [[EXAMPLE_AGENCY, EXAMPLE_EMPLOYEE]], (db, agencyId: string, employeeId: string) =>
  db.selectFrom('employees').select(['id', 'active']).where('agency_id', '=', agencyId).where('id', '=', employeeId).executeTakeFirst(),
);

/** Locks the employee's row while its supervisor override changes. */
export const employeeOverrideForUpdate = defineQuery(
  'org',
  'employeeOverrideForUpdate',
  [[EXAMPLE_AGENCY, EXAMPLE_EMPLOYEE]],
  (db, agencyId: string, employeeId: string) =>
    db
      .selectFrom('employees')
      .select(['id', 'supervisor_override_id'])
      .where('agency_id', '=', agencyId)
      .where('id', '=', employeeId)
      .forUpdate()
      .executeTakeFirst(),
);

export const setSupervisorOverrideRow = defineQuery(
  'org',
  'setSupervisorOverrideRow',
  [[EXAMPLE_AGENCY, EXAMPLE_EMPLOYEE, null, new Date('2026-01-05T08:00:00Z')]],
  async (db, agencyId: string, employeeId: string, supervisorId: string | null, now: Date) => {
    await db
      .updateTable('employees')
      .set({ supervisor_override_id: supervisorId, updated_at: now })
      .where('agency_id', '=', agencyId)
      .where('id', '=', employeeId)
      .execute();
  },
);

/** Locks the post while an acting assignment to it is checked for overlap and added. */
export const positionForUpdate = defineQuery('org', 'positionForUpdate', [[EXAMPLE_AGENCY, EXAMPLE_POSITION]], (db, agencyId: string, positionId: string) =>
  db
    .selectFrom('positions')
    .select(['id', 'is_unit_head', 'active'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', positionId)
    .forUpdate()
    .executeTakeFirst(),
);

export const overlappingActing = defineQuery(
  'org',
  'overlappingActing',
  [[EXAMPLE_AGENCY, { positionId: EXAMPLE_POSITION, role: 'plt', startsOn: EXAMPLE_DAY, endsOn: '2026-01-31' }]],
  (db, agencyId: string, a: { positionId: string; role: 'plt' | 'plh'; startsOn: string; endsOn: string }) =>
    db
      .selectFrom('position_assignments')
      .select(['starts_on', 'ends_on'])
      .where('agency_id', '=', agencyId)
      .where('position_id', '=', a.positionId)
      .where('role', '=', a.role)
      .where('starts_on', '<=', a.endsOn)
      .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', a.startsOn)]))
      .executeTakeFirst(),
);

export const insertActingAssignment = defineQuery(
  'org',
  'insertActingAssignment',
  [[{ agencyId: EXAMPLE_AGENCY, id: EXAMPLE_POSITION, employeeId: EXAMPLE_EMPLOYEE, positionId: EXAMPLE_POSITION, role: 'plt', startsOn: EXAMPLE_DAY, endsOn: '2026-01-31', decreeNumber: null }]],
  async (
    db,
    a: { agencyId: string; id: string; employeeId: string; positionId: string; role: 'plt' | 'plh'; startsOn: string; endsOn: string; decreeNumber: string | null },
  ) => {
    await db
      .insertInto('position_assignments')
      .values({
        agency_id: a.agencyId,
        id: a.id,
        employee_id: a.employeeId,
        position_id: a.positionId,
        role: a.role,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        decree_number: a.decreeNumber,
      })
      .execute();
  },
);

/** The account a password reset is for, locked; limited to one agency unless the actor is province-wide. */
export const accountByNipForUpdate = defineQuery(
  'org',
  'accountByNipForUpdate',
  [
    ['198001012006041001', EXAMPLE_AGENCY],
    ['198001012006041001', null],
  ],
  (db, nip: string, agencyId: string | null) => {
    let q = db.selectFrom('accounts').select(['id', 'agency_id']).where('nip', '=', nip);
    if (agencyId) q = q.where('agency_id', '=', agencyId);
    return q.forUpdate().executeTakeFirst();
  },
);

export const setTemporaryPassword = defineQuery(
  'org',
  'setTemporaryPassword',
  [[EXAMPLE_EMPLOYEE, 'argon2-hash', new Date('2026-01-05T08:00:00Z'), new Date('2026-01-08T08:00:00Z')]],
  async (db, accountId: string, hash: string, now: Date, expiresAt: Date) => {
    await db
      .updateTable('accounts')
      .set({ password_hash: hash, must_change_password: true, temporary_password_expires_at: expiresAt, failed_attempts: 0, locked_until: null, updated_at: now })
      .where('id', '=', accountId)
      .execute();
  },
);
