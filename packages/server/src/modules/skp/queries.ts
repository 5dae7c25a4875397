import { sql } from 'kysely';
import { defineQuery, type Db } from '../../db/query.js';
import type { ManualIndikator } from '@kinerja/core';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const S = '0190b7a0-0000-7000-8000-000000000005';
const U = '0190b7a0-0000-7000-8000-000000000001';
const R = '0190b7a0-0000-7000-8000-000000000002';

/** The employee's posts (definitive and acting) with the post's name and kind, for the SKP periods. */
export const employeeAssignments = defineQuery('skp', 'employeeAssignments', [[A, E]], (db, agencyId: string, employeeId: string) =>
  db
    .selectFrom('position_assignments as a')
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .select(['a.employee_id', 'a.position_id', 'a.role', 'a.starts_on', 'a.ends_on', 'p.name as position_name', 'p.kind as position_kind'])
    .where('a.agency_id', '=', agencyId)
    .where('a.employee_id', '=', employeeId)
    .execute(),
);

const SKP_COLUMNS = [
  's.agency_id',
  's.id',
  's.employee_id',
  's.position_id',
  's.period_from',
  's.period_to',
  's.form',
  's.pendekatan',
  's.status',
  's.current_version',
  's.version_in_force',
  's.updated_at',
  'e.name as employee_name',
] as const;

/** The employee's SKP overlapping a period. */
export const employeeSkps = defineQuery('skp', 'employeeSkps', [[A, E, '2026-01-01', '2026-12-31']], (db, agencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .select(SKP_COLUMNS)
    .where('s.agency_id', '=', agencyId)
    .where('s.employee_id', '=', employeeId)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('s.period_from')
    .execute(),
);

/** One SKP; `lock` takes the row lock that orders every write to it. */
export const skpRow = defineQuery(
  'skp',
  'skpRow',
  [
    [A, S, false],
    [A, S, true],
  ],
  (db, agencyId: string, skpId: string, lock: boolean) => {
    let q = db
      .selectFrom('skp as s')
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
      .select(SKP_COLUMNS)
      .where('s.agency_id', '=', agencyId)
      .where('s.id', '=', skpId);
    if (lock) q = q.forUpdate('s');
    return q.executeTakeFirst();
  },
);
export type SkpRow = NonNullable<Awaited<ReturnType<typeof skpRow>>>;

/** The employee's last SKP that starts before `before` ("copy last year's"). */
export const previousSkp = defineQuery('skp', 'previousSkp', [[A, E, '2026-01-01']], (db, agencyId: string, employeeId: string, before: string) =>
  db
    .selectFrom('skp')
    .select(['id', 'current_version', 'version_in_force'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('period_from', '<', before)
    .orderBy('period_from', 'desc')
    .limit(1)
    .executeTakeFirst(),
);

export interface NewSkp {
  agencyId: string;
  id: string;
  employeeId: string;
  positionId: string;
  periodFrom: string;
  periodTo: string;
  form: string;
  pendekatan: string;
}

/** A new SKP with its version 1 in draft; false when the employee already has one for this post and period. */
export const insertSkp = defineQuery(
  'skp',
  'insertSkp',
  [[{ agencyId: A, id: S, employeeId: E, positionId: U, periodFrom: '2026-01-01', periodTo: '2026-12-31', form: 'ja', pendekatan: 'kuantitatif' }]],
  async (db, s: NewSkp) => {
    const inserted = await db
      .insertInto('skp')
      .values({
        agency_id: s.agencyId,
        id: s.id,
        employee_id: s.employeeId,
        position_id: s.positionId,
        period_from: s.periodFrom,
        period_to: s.periodTo,
        form: s.form,
        pendekatan: s.pendekatan,
        status: 'draft',
        current_version: 1,
        version_in_force: null,
      })
      .onConflict((oc) => oc.columns(['agency_id', 'employee_id', 'position_id', 'period_from']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  },
);

export const updateSkpState = defineQuery(
  'skp',
  'updateSkpState',
  [[A, S, { status: 'diajukan', currentVersion: 1, versionInForce: null }]],
  (db, agencyId: string, skpId: string, state: { status: string; currentVersion: number; versionInForce: number | null }) =>
    db
      .updateTable('skp')
      .set({ status: state.status, current_version: state.currentVersion, version_in_force: state.versionInForce, updated_at: new Date() })
      .where('agency_id', '=', agencyId)
      .where('id', '=', skpId)
      .execute(),
);

/** A version's statuses, oldest first: the workflow's state. */
export const versionStatuses = defineQuery('skp', 'versionStatuses', [[A, S]], (db, agencyId: string, skpId: string) =>
  db.selectFrom('skp_versions').select(['version', 'status', 'updated_at']).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).orderBy('version').execute(),
);

export const insertVersion = defineQuery('skp', 'insertVersion', [[A, S, 2]], (db, agencyId: string, skpId: string, version: number) =>
  db.insertInto('skp_versions').values({ agency_id: agencyId, skp_id: skpId, version, status: 'draft' }).execute(),
);

export const setVersionStatus = defineQuery('skp', 'setVersionStatus', [[A, S, 1, 'diajukan']], (db, agencyId: string, skpId: string, version: number, status: string) =>
  db
    .updateTable('skp_versions')
    .set({ status, updated_at: new Date() })
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .execute(),
);

export interface RhkRow {
  id: string;
  jenis: string;
  text: string;
  parentRhkId: string | null;
  cascadingType: string | null;
  perspektif: string | null;
  penugasanDari: string | null;
  iki: { id: string; aspek: string | null; text: string; target: string; mik?: ManualIndikator | null }[];
}

export interface VersionContentRows {
  rhk: RhkRow[];
  perilaku: { id: string; ekspektasi: string }[];
  lampiran: { id: string; jenis: string; text: string }[];
}

const EXAMPLE_CONTENT: VersionContentRows = {
  rhk: [{ id: R, jenis: 'utama', text: 'Laporan', parentRhkId: U, cascadingType: 'langsung', perspektif: null, penugasanDari: null, iki: [{ id: E, aspek: 'kuantitas', text: 'Jumlah laporan', target: '12 Laporan', mik: null }] }],
  perilaku: [{ id: 'akuntabel', ekspektasi: 'Tepat waktu' }],
  lampiran: [],
};

/** Replaces a version's content: its RHK and IKI rows, and its perilaku and lampiran. */
export const writeVersionContent = defineQuery('skp', 'writeVersionContent', [[A, S, 1, EXAMPLE_CONTENT]], async (db, agencyId: string, skpId: string, version: number, content: VersionContentRows) => {
  const ofVersion = { agency_id: agencyId, skp_id: skpId, version };
  await db.deleteFrom('skp_iki').where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('version', '=', version).execute();
  await db.deleteFrom('skp_rhk').where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('version', '=', version).execute();
  if (content.rhk.length > 0) {
    await db
      .insertInto('skp_rhk')
      .values(
        content.rhk.map((r, i) => ({
          ...ofVersion,
          id: r.id,
          ordinal: i,
          jenis: r.jenis,
          text: r.text,
          parent_rhk_id: r.parentRhkId,
          cascading_type: r.cascadingType,
          perspektif: r.perspektif,
          penugasan_dari: r.penugasanDari,
        })),
      )
      .execute();
  }
  const iki = content.rhk.flatMap((r) =>
    r.iki.map((k, i) => ({ ...ofVersion, rhk_id: r.id, id: k.id, ordinal: i, aspek: k.aspek, text: k.text, target: k.target, mik: k.mik ? JSON.stringify(k.mik) : null })),
  );
  if (iki.length > 0) await db.insertInto('skp_iki').values(iki).execute();
  await db
    .updateTable('skp_versions')
    .set({ perilaku: JSON.stringify(content.perilaku), lampiran: JSON.stringify(content.lampiran), updated_at: new Date() })
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .execute();
});

/** A version's content; undefined for a version that does not exist. */
export const versionContent = defineQuery('skp', 'versionContent', [[A, S, 1]], async (db, agencyId: string, skpId: string, version: number): Promise<VersionContentRows | undefined> => {
  const head = await db
    .selectFrom('skp_versions')
    .select(['perilaku', 'lampiran'])
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!head) return undefined;
  const rhk = await db
    .selectFrom('skp_rhk')
    .select(['id', 'jenis', 'text', 'parent_rhk_id', 'cascading_type', 'perspektif', 'penugasan_dari'])
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .orderBy('ordinal')
    .execute();
  const iki = await db
    .selectFrom('skp_iki')
    .select(['rhk_id', 'id', 'aspek', 'text', 'target', 'mik'])
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .orderBy('rhk_id')
    .orderBy('ordinal')
    .execute();
  return {
    rhk: rhk.map((r) => ({
      id: r.id,
      jenis: r.jenis,
      text: r.text,
      parentRhkId: r.parent_rhk_id,
      cascadingType: r.cascading_type,
      perspektif: r.perspektif,
      penugasanDari: r.penugasan_dari,
      iki: iki.filter((k) => k.rhk_id === r.id).map((k) => ({ id: k.id, aspek: k.aspek, text: k.text, target: k.target, mik: k.mik })),
    })),
    perilaku: head.perilaku,
    lampiran: head.lampiran,
  };
});

/** A version's perilaku only (the Ekspektasi Khusus Pimpinan an employee's save keeps); undefined for no such version. */
export const versionPerilaku = defineQuery('skp', 'versionPerilaku', [[A, S, 1]], async (db, agencyId: string, skpId: string, version: number) =>
  (
    await db
      .selectFrom('skp_versions')
      .select('perilaku')
      .where('agency_id', '=', agencyId)
      .where('skp_id', '=', skpId)
      .where('version', '=', version)
      .executeTakeFirst()
  )?.perilaku,
);

export interface NewSkpEvent {
  id: string;
  version: number;
  action: string;
  from: string | null;
  to: string;
  actorAccountId: string;
  capacity: string;
  onBehalf: boolean;
  note: string | null;
  requestId: string | null;
}

export const insertEvent = defineQuery(
  'skp',
  'insertEvent',
  [[A, S, { id: R, version: 1, action: 'submit', from: 'draft', to: 'diajukan', actorAccountId: U, capacity: 'pegawai', onBehalf: false, note: null, requestId: E }]],
  (db, agencyId: string, skpId: string, e: NewSkpEvent) =>
    db
      .insertInto('skp_events')
      .values({
        agency_id: agencyId,
        skp_id: skpId,
        id: e.id,
        version: e.version,
        action: e.action,
        from_status: e.from,
        to_status: e.to,
        actor_account_id: e.actorAccountId,
        capacity: e.capacity,
        on_behalf: e.onBehalf,
        note: e.note,
        request_id: e.requestId,
      })
      .execute(),
);

/** The event a request id already made, if any: a repeated save or action. */
export const eventOfRequest = defineQuery('skp', 'eventOfRequest', [[A, S, R]], (db, agencyId: string, skpId: string, requestId: string) =>
  db.selectFrom('skp_events').select(['action', 'version']).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('request_id', '=', requestId).executeTakeFirst(),
);

/** Every event of an SKP with the actor's name, oldest first. */
export const skpEvents = defineQuery('skp', 'skpEvents', [[A, S]], (db, agencyId: string, skpId: string) =>
  db
    .selectFrom('skp_events as v')
    .innerJoin('accounts as a', 'a.id', 'v.actor_account_id')
    // The actor's employee name: org's employeesOfAccounts (another agency's shard on Citus).
    .select(['v.version', 'v.action', 'v.from_status', 'v.to_status', 'v.capacity', 'v.on_behalf', 'v.note', 'v.at', 'a.agency_id as actor_agency_id', 'a.employee_id as actor_employee_id', 'a.display_name'])
    .where('v.agency_id', '=', agencyId)
    .where('v.skp_id', '=', skpId)
    .orderBy('v.at')
    .orderBy('v.id')
    .execute(),
);

export const skpPeople = defineQuery('skp', 'skpPeople', [[A, S]], (db, agencyId: string, skpId: string) =>
  db.selectFrom('skp_people').selectAll().where('agency_id', '=', agencyId).where('skp_id', '=', skpId).execute(),
);

export interface PersonSnapshotRow {
  role: 'pegawai' | 'pejabat_penilai' | 'atasan_pejabat_penilai';
  personAgencyId: string | null;
  employeeId: string | null;
  officialId: string | null;
  capacity: string;
  status: 'pns' | 'pppk' | 'non_asn';
  name: string;
  nip: string | null;
  rank: string | null;
  positionName: string;
  unitName: string;
}

/** Replaces the people on an SKP with these snapshots. */
export const replaceSkpPeople = defineQuery(
  'skp',
  'replaceSkpPeople',
  [[A, S, [{ role: 'pegawai', personAgencyId: A, employeeId: E, officialId: null, capacity: 'definitive', status: 'pns', name: 'Nama', nip: '1', rank: 'III/c', positionName: 'Jabatan', unitName: 'Unit' }]]],
  async (db, agencyId: string, skpId: string, people: readonly PersonSnapshotRow[]) => {
    await db.deleteFrom('skp_people').where('agency_id', '=', agencyId).where('skp_id', '=', skpId).execute();
    if (people.length === 0) return;
    await db
      .insertInto('skp_people')
      .values(
        people.map((p) => ({
          agency_id: agencyId,
          skp_id: skpId,
          role: p.role,
          person_agency_id: p.personAgencyId,
          employee_id: p.employeeId,
          official_id: p.officialId,
          capacity: p.capacity,
          status: p.status,
          name: p.name,
          nip: p.nip,
          rank: p.rank,
          position_name: p.positionName,
          unit_name: p.unitName,
        })),
      )
      .execute();
  },
);

/** The Sekda and kepala daerah terms of the province, with the official's name. */
export const regionalTerms = defineQuery('skp', 'regionalTerms', [[]], (db) =>
  db
    .selectFrom('regional_leadership_terms as t')
    .leftJoin('regional_officials as o', 'o.id', 't.official_id')
    .select(['t.post', 't.capacity', 't.official_id', 't.employee_agency_id', 't.employee_id', 't.starts_on', 't.ends_on', 'o.title', 'o.name as official_name'])
    .execute(),
);

/** An employee's record and their definitive post on `date` (the post's name and unit). */
export const employeeOnDate = defineQuery('skp', 'employeeOnDate', [[A, E, '2026-06-01']], (db, agencyId: string, employeeId: string, date: string) =>
  db
    .selectFrom('employees as e')
    .leftJoin('position_assignments as a', (j) =>
      j
        .onRef('a.agency_id', '=', 'e.agency_id')
        .onRef('a.employee_id', '=', 'e.id')
        .on('a.role', '=', 'definitive')
        .on('a.starts_on', '<=', date)
        .on((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', date)])),
    )
    .leftJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 'a.agency_id').onRef('p.id', '=', 'a.position_id'))
    .leftJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .select(['e.name', 'e.front_title', 'e.back_title', 'e.nip', 'e.kind', 'e.rank_code', 'p.name as position_name', 'u.name as unit_name', 'u.id as unit_id'])
    .where('e.agency_id', '=', agencyId)
    .where('e.id', '=', employeeId)
    .orderBy('a.starts_on', 'desc')
    .limit(1)
    .executeTakeFirst(),
);

/** The head post of a unit (for a Plt/Plh, who rates through the post they act in). */
export const headPostOfUnit = defineQuery('skp', 'headPostOfUnit', [[A, U]], (db, agencyId: string, unitId: string) =>
  db
    .selectFrom('positions as p')
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .select(['p.name as position_name', 'u.name as unit_name'])
    .where('p.agency_id', '=', agencyId)
    .where('p.unit_id', '=', unitId)
    .where('p.is_unit_head', '=', true)
    .executeTakeFirst(),
);

/** The agency's top unit: where its org chart ends and the regional chain begins. */
export const agencyRootUnit = defineQuery('skp', 'agencyRootUnit', [[A]], (db, agencyId: string) =>
  db.selectFrom('units').select('id').where('agency_id', '=', agencyId).where('parent_id', 'is', null).orderBy('id').limit(1).executeTakeFirst(),
);

/**
 * The RHK of a penilai's approved SKP (their versions in force) overlapping a period, with the
 * period of each: what a subordinate's RHK may intervene.
 */
export const rhkInForceOf = defineQuery('skp', 'rhkInForceOf', [[A, E, '2026-01-01', '2026-12-31']], (db, agencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('skp_rhk as r', (j) => j.onRef('r.agency_id', '=', 's.agency_id').onRef('r.skp_id', '=', 's.id').onRef('r.version', '=', 's.version_in_force'))
    .select(['s.id as skp_id', 's.period_from', 's.period_to', 'r.id', 'r.jenis', 'r.text'])
    .where('s.agency_id', '=', agencyId)
    .where('s.employee_id', '=', employeeId)
    .where('s.version_in_force', 'is not', null)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('s.period_from')
    .orderBy('r.ordinal')
    .execute(),
);

/**
 * The employee's approved journal entries naming an RHK within a period, per RHK: how many and their
 * credited minutes (the SKP screen's "logged against it"). Found by the journal's (agency, employee,
 * date) index.
 */
export const approvedJournalByRhk = defineQuery('skp', 'approvedJournalByRhk', [[A, E, '2026-01-01', '2026-12-31']], (db, agencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('journal_entries')
    .select((eb) => ['rhk_id', eb.fn.countAll<string>().as('entries'), eb.fn.sum<string>('credited_minutes').as('minutes')])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('work_date', '>=', from)
    .where('work_date', '<=', to)
    .where('deleted_at', 'is', null)
    .where('status', '=', 'approved')
    .where('rhk_id', 'is not', null)
    .groupBy('rhk_id')
    .orderBy('rhk_id')
    .execute(),
);

/** IKI of some RHK of one version ("start from my supervisor's RHK" copies them). */
export const ikiOfRhk = defineQuery('skp', 'ikiOfRhk', [[A, S, 1, [R]]], (db, agencyId: string, skpId: string, version: number, rhkIds: readonly string[]) =>
  db
    .selectFrom('skp_iki')
    .select(['rhk_id', 'aspek', 'text', 'target'])
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .where('rhk_id', 'in', rhkIds)
    .orderBy('rhk_id')
    .orderBy('ordinal')
    .execute(),
);

/**
 * SKP whose snapshot names this employee as pejabat penilai, in any agency (a Sekda rates every
 * Kepala Dinas), optionally only those in one status.
 */
export const skpsRatedBy = defineQuery(
  'skp',
  'skpsRatedBy',
  [
    [A, E, 'diajukan', null],
    [A, E, null, { from: '2026-01-01', to: '2026-12-31' }],
  ],
  (db, penilaiAgencyId: string, penilaiId: string, status: string | null, period: { from: string; to: string } | null) => {
    let q = db
      .selectFrom('skp_people as x')
      .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'x.agency_id').onRef('s.id', '=', 'x.skp_id'))
      .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
      .select(SKP_COLUMNS)
      .where('x.role', '=', 'pejabat_penilai')
      .where('x.person_agency_id', '=', penilaiAgencyId)
      .where('x.employee_id', '=', penilaiId);
    if (status !== null) q = q.where('s.status', '=', status);
    if (period !== null) q = q.where('s.period_from', '<=', period.to).where('s.period_to', '>=', period.from);
    return q.orderBy('s.updated_at').orderBy('s.id').execute();
  },
);

/** The RHK of the last version of several SKP of one agency (the subordinates in a Matriks Peran Hasil). */
export const lastVersionRhk = defineQuery('skp', 'lastVersionRhk', [[A, [S]]], (db: Db, agencyId: string, skpIds: readonly string[]) =>
  db
    .selectFrom('skp as s')
    .innerJoin('skp_rhk as r', (j) => j.onRef('r.agency_id', '=', 's.agency_id').onRef('r.skp_id', '=', 's.id').onRef('r.version', '=', 's.current_version'))
    .select(['s.id as skp_id', 'r.id', 'r.text', 'r.parent_rhk_id', 'r.cascading_type'])
    .where('s.agency_id', '=', agencyId)
    .where('s.id', 'in', skpIds)
    .orderBy('s.id')
    .orderBy('r.ordinal')
    .execute(),
);

/** Employees by NIP anywhere in the province (the many-employee RHK import names a NIP of another agency as such). */
export const employeesOfNips = defineQuery('skp', 'employeesOfNips', [[['198001012006041001']]], (db, nips: readonly string[]) =>
  db
    .selectFrom('employees')
    .select(['agency_id', 'id', 'nip', 'name', 'active'])
    .where(sql<boolean>`nip = any(${[...nips]}::text[])`)
    .execute(),
);

/** The SKP of some of an agency's employees overlapping a period, with the employee's NIP. */
export const skpsOfEmployees = defineQuery('skp', 'skpsOfEmployees', [[A, [E], '2026-01-01', '2026-12-31']], (db, agencyId: string, employeeIds: readonly string[], from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .select([...SKP_COLUMNS, 'e.nip'])
    .where('s.agency_id', '=', agencyId)
    .where(sql<boolean>`s.employee_id = any(${[...employeeIds]}::uuid[])`)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('s.period_from')
    .execute(),
);

/** The agency's SKP in a draft state (draft or returned) overlapping a period, with the employee's NIP: the many-employee template. */
export const editableSkpsOfAgency = defineQuery('skp', 'editableSkpsOfAgency', [[A, '2026-01-01', '2026-12-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .select([...SKP_COLUMNS, 'e.nip'])
    .where('s.agency_id', '=', agencyId)
    .where('s.status', 'in', ['draft', 'dikembalikan'])
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('e.name')
    .orderBy('s.period_from')
    .execute(),
);
