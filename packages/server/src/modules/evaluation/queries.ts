import { sql } from 'kysely';
import { defineQuery, type Db } from '../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const S = '0190b7a0-0000-7000-8000-000000000005';
const V = '0190b7a0-0000-7000-8000-000000000006';
const I = '0190b7a0-0000-7000-8000-000000000007';
const U = '0190b7a0-0000-7000-8000-000000000001';
const ACC = '0190b7a0-0000-7000-8000-000000000003';
const E = '0190b7a0-0000-7000-8000-00000000000e';

/** The SKP an evaluation is of, with its post (unit, head, kind, jenjang) and employee. */
export const evaluationSkp = defineQuery('evaluation', 'evaluationSkp', [[A, S]], (db, agencyId: string, skpId: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
    .select([
      's.agency_id',
      's.id',
      's.employee_id',
      's.period_from',
      's.period_to',
      's.status',
      's.version_in_force',
      'e.name as employee_name',
      'p.unit_id',
      'p.is_unit_head',
      'p.kind as position_kind',
      'p.jf_level',
    ])
    .where('s.agency_id', '=', agencyId)
    .where('s.id', '=', skpId)
    .executeTakeFirst(),
);
export type EvaluationSkpRow = NonNullable<Awaited<ReturnType<typeof evaluationSkp>>>;

/** The RHK and IKI of one version of the SKP (the version in force), in order. */
export const skpRhkIki = defineQuery('evaluation', 'skpRhkIki', [[A, S, 1]], async (db, agencyId: string, skpId: string, version: number) => {
  const [rhk, iki, v] = await Promise.all([
    db.selectFrom('skp_rhk').select(['id', 'jenis', 'text']).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('version', '=', version).orderBy('ordinal').execute(),
    db.selectFrom('skp_iki').select(['id', 'rhk_id', 'aspek', 'text', 'target']).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('version', '=', version).orderBy('ordinal').execute(),
    db.selectFrom('skp_versions').select(['perilaku']).where('agency_id', '=', agencyId).where('skp_id', '=', skpId).where('version', '=', version).executeTakeFirst(),
  ]);
  return { rhk, iki, perilaku: v?.perilaku ?? [] };
});

/** The pejabat penilai named on the SKP (for the list of who has not finished). */
export const penilaiNames = defineQuery('evaluation', 'penilaiNames', [[A, [S]]], (db, agencyId: string, skpIds: readonly string[]) =>
  skpIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('skp_people').select(['skp_id', 'name']).where('agency_id', '=', agencyId).where('skp_id', 'in', skpIds).where('role', '=', 'pejabat_penilai').execute(),
);

const EVALUATION_COLUMNS = [
  'v.agency_id',
  'v.id',
  'v.skp_id',
  'v.kind',
  'v.label',
  'v.period_from',
  'v.period_to',
  'v.covered_from',
  'v.covered_to',
  'v.credited_months',
  'v.status',
  'v.rating_hasil_kerja',
  'v.rating_perilaku_kerja',
  'v.rating_note',
  'v.predikat',
  'v.angka_kredit',
  'v.finalised_at',
  'v.updated_at',
] as const;

/** One evaluation; `lock` takes the row lock that orders every write to it. */
export const evaluationRow = defineQuery(
  'evaluation',
  'evaluationRow',
  [
    [A, V, false],
    [A, V, true],
  ],
  (db, agencyId: string, evaluationId: string, lock: boolean) => {
    let q = db.selectFrom('evaluations as v').select(EVALUATION_COLUMNS).where('v.agency_id', '=', agencyId).where('v.id', '=', evaluationId);
    if (lock) q = q.forUpdate();
    return q.executeTakeFirst();
  },
);
export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof evaluationRow>>>;

/** The evaluations of one SKP, in period order. */
export const evaluationsOfSkp = defineQuery('evaluation', 'evaluationsOfSkp', [[A, S]], (db, agencyId: string, skpId: string) =>
  db.selectFrom('evaluations as v').select(EVALUATION_COLUMNS).where('v.agency_id', '=', agencyId).where('v.skp_id', '=', skpId).orderBy('v.period_from').orderBy('v.period_to').execute(),
);

/** Opens an evaluation; an existing one for the same SKP and period is left as it is. */
export const insertEvaluation = defineQuery(
  'evaluation',
  'insertEvaluation',
  [[{ agency_id: A, id: V, skp_id: S, kind: 'periodik', label: 'Triwulan I', period_from: '2026-01-01', period_to: '2026-03-31', covered_from: '2026-01-01', covered_to: '2026-03-31', credited_months: 3 }]],
  (db, row: { agency_id: string; id: string; skp_id: string; kind: 'periodik' | 'tahunan'; label: string; period_from: string; period_to: string; covered_from: string; covered_to: string; credited_months: number }) =>
    db.insertInto('evaluations').values(row).onConflict((oc) => oc.columns(['agency_id', 'skp_id', 'period_from', 'period_to']).doNothing()).execute(),
);

export const evaluationOfPeriod = defineQuery('evaluation', 'evaluationOfPeriod', [[A, S, '2026-01-01', '2026-03-31']], (db, agencyId: string, skpId: string, from: string, to: string) =>
  db
    .selectFrom('evaluations as v')
    .select(EVALUATION_COLUMNS)
    .where('v.agency_id', '=', agencyId)
    .where('v.skp_id', '=', skpId)
    .where('v.period_from', '=', from)
    .where('v.period_to', '=', to)
    .executeTakeFirst(),
);

export const realisasiOf = defineQuery('evaluation', 'realisasiOf', [[A, V]], (db, agencyId: string, evaluationId: string) =>
  db.selectFrom('evaluation_realisasi').select(['iki_id', 'rhk_id', 'text', 'bukti', 'updated_at']).where('agency_id', '=', agencyId).where('evaluation_id', '=', evaluationId).execute(),
);

export const upsertRealisasi = defineQuery(
  'evaluation',
  'upsertRealisasi',
  [[{ agencyId: A, evaluationId: V, ikiId: I, rhkId: I, text: '12 laporan', bukti: [], accountId: ACC, at: new Date(0) }]],
  (db, r: { agencyId: string; evaluationId: string; ikiId: string; rhkId: string; text: string; bukti: unknown[]; accountId: string; at: Date }) =>
    db
      .insertInto('evaluation_realisasi')
      .values({ agency_id: r.agencyId, evaluation_id: r.evaluationId, iki_id: r.ikiId, rhk_id: r.rhkId, text: r.text, bukti: JSON.stringify(r.bukti), updated_by_account_id: r.accountId, updated_at: r.at })
      .onConflict((oc) =>
        oc.columns(['agency_id', 'evaluation_id', 'iki_id']).doUpdateSet({ text: r.text, bukti: JSON.stringify(r.bukti), rhk_id: r.rhkId, updated_by_account_id: r.accountId, updated_at: r.at }),
      )
      .execute(),
);

export const feedbackOf = defineQuery('evaluation', 'feedbackOf', [[A, V]], (db, agencyId: string, evaluationId: string) =>
  db
    .selectFrom('evaluation_feedback as f')
    .leftJoin('accounts as a', 'a.id', 'f.author_account_id')
    // The author's employee name: org's employeesOfAccounts (another agency's shard on Citus).
    .select(['f.id', 'f.evaluation_id', 'f.target', 'f.target_id', 'f.preset', 'f.text', 'f.author_account_id', 'f.created_at', 'f.answer_text', 'f.answered_at', 'a.agency_id as actor_agency_id', 'a.employee_id as actor_employee_id', 'a.display_name'])
    .where('f.agency_id', '=', agencyId)
    .where('f.evaluation_id', '=', evaluationId)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute(),
);

export const feedbackRow = defineQuery('evaluation', 'feedbackRow', [[A, V]], (db, agencyId: string, feedbackId: string) =>
  db
    .selectFrom('evaluation_feedback')
    .select(['id', 'evaluation_id', 'target', 'target_id', 'preset', 'text', 'author_account_id', 'answer_text'])
    .where('agency_id', '=', agencyId)
    .where('id', '=', feedbackId)
    .executeTakeFirst(),
);

export const insertFeedback = defineQuery(
  'evaluation',
  'insertFeedback',
  [[{ agency_id: A, id: I, evaluation_id: V, target: 'iki', target_id: I, preset: null, text: 'Baik', author_account_id: ACC, created_at: new Date(0), updated_at: new Date(0) }]],
  (db, row: { agency_id: string; id: string; evaluation_id: string; target: string; target_id: string; preset: string | null; text: string; author_account_id: string; created_at: Date; updated_at: Date }) =>
    db.insertInto('evaluation_feedback').values(row).execute(),
);

export const updateFeedback = defineQuery('evaluation', 'updateFeedback', [[A, I, { preset: null, text: 'Baik', at: new Date(0) }]], (db, agencyId: string, id: string, f: { preset: string | null; text: string; at: Date }) =>
  db.updateTable('evaluation_feedback').set({ preset: f.preset, text: f.text, updated_at: f.at }).where('agency_id', '=', agencyId).where('id', '=', id).execute(),
);

export const answerFeedback = defineQuery('evaluation', 'answerFeedback', [[A, I, 'Siap', ACC, new Date(0)]], (db, agencyId: string, id: string, text: string, accountId: string, at: Date) =>
  db.updateTable('evaluation_feedback').set({ answer_text: text, answered_at: at, answered_by_account_id: accountId }).where('agency_id', '=', agencyId).where('id', '=', id).execute(),
);

export const saveRating = defineQuery(
  'evaluation',
  'saveRating',
  [[A, V, { hasil: 'sesuai_ekspektasi', perilaku: null, note: '', accountId: ACC, at: new Date(0) }]],
  (db, agencyId: string, id: string, r: { hasil: string | null; perilaku: string | null; note: string; accountId: string; at: Date }) =>
    db
      .updateTable('evaluations')
      .set({ rating_hasil_kerja: r.hasil, rating_perilaku_kerja: r.perilaku, rating_note: r.note, rated_by_account_id: r.accountId, rated_at: r.at, updated_at: r.at })
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .execute(),
);

export const setFinal = defineQuery(
  'evaluation',
  'setFinal',
  [[A, V, { final: true, predikat: 'baik', angkaKredit: 3.125, accountId: ACC, at: new Date(0) }]],
  (db, agencyId: string, id: string, f: { final: boolean; predikat: string | null; angkaKredit: number | null; accountId: string; at: Date }) =>
    db
      .updateTable('evaluations')
      .set(
        f.final
          ? { status: 'final', predikat: f.predikat, angka_kredit: f.angkaKredit, finalised_at: f.at, finalised_by_account_id: f.accountId, updated_at: f.at }
          : { status: 'berjalan', predikat: null, angka_kredit: null, finalised_at: null, finalised_by_account_id: null, updated_at: f.at },
      )
      .where('agency_id', '=', agencyId)
      .where('id', '=', id)
      .execute(),
);

export const eventOfRequest = defineQuery('evaluation', 'eventOfRequest', [[A, V, I]], (db, agencyId: string, evaluationId: string, requestId: string) =>
  db.selectFrom('evaluation_events').select(['action']).where('agency_id', '=', agencyId).where('evaluation_id', '=', evaluationId).where('request_id', '=', requestId).executeTakeFirst(),
);

export const insertEvent = defineQuery(
  'evaluation',
  'insertEvent',
  [[{ agency_id: A, evaluation_id: V, id: I, action: 'reopen', reason: 'Koreksi', actor_account_id: ACC, request_id: null, at: new Date(0) }]],
  (db, row: { agency_id: string; evaluation_id: string; id: string; action: 'finalise' | 'reopen'; reason: string | null; actor_account_id: string; request_id: string | null; at: Date }) =>
    db.insertInto('evaluation_events').values(row).execute(),
);

export const eventsOf = defineQuery('evaluation', 'eventsOf', [[A, V]], (db, agencyId: string, evaluationId: string) =>
  db
    .selectFrom('evaluation_events as x')
    .innerJoin('accounts as a', 'a.id', 'x.actor_account_id')
    // The actor's employee name: org's employeesOfAccounts (another agency's shard on Citus).
    .select(['x.action', 'x.reason', 'x.at', 'a.agency_id as actor_agency_id', 'a.employee_id as actor_employee_id', 'a.display_name'])
    .where('x.agency_id', '=', agencyId)
    .where('x.evaluation_id', '=', evaluationId)
    .orderBy('x.at')
    .orderBy('x.id')
    .execute(),
);

/** The units of an agency (for the organisation a unit belongs to, and the curve's names). */
export const agencyUnits = defineQuery('evaluation', 'agencyUnits', [[A]], (db, agencyId: string) =>
  db.selectFrom('units').select(['id', 'parent_id', 'name']).where('agency_id', '=', agencyId).execute(),
);

export const organisationResults = defineQuery('evaluation', 'organisationResults', [[A, '2026-01-01', '2026-03-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('organisation_results')
    .select(['unit_id', 'capaian', 'note', 'set_at'])
    .where('agency_id', '=', agencyId)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .execute(),
);

export const upsertOrganisationResult = defineQuery(
  'evaluation',
  'upsertOrganisationResult',
  [[{ agency_id: A, unit_id: U, period_from: '2026-01-01', period_to: '2026-03-31', capaian: 'baik', note: null, set_by_account_id: ACC, set_at: new Date(0) }]],
  (db, row: { agency_id: string; unit_id: string; period_from: string; period_to: string; capaian: string; note: string | null; set_by_account_id: string; set_at: Date }) =>
    db
      .insertInto('organisation_results')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['agency_id', 'unit_id', 'period_from', 'period_to']).doUpdateSet({ capaian: row.capaian, note: row.note, set_by_account_id: row.set_by_account_id, set_at: row.set_at }),
      )
      .execute(),
);

/**
 * Every evaluation of an agency for one calendar period, with the post it counts under and the
 * employee as on the SKP: the curve's input and the Penetapan Predikat's rows, by name.
 */
export const evaluationsOfPeriod = defineQuery('evaluation', 'evaluationsOfPeriod', [[A, '2026-01-01', '2026-03-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('evaluations as v')
    .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'v.agency_id').onRef('s.id', '=', 'v.skp_id'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
    .innerJoin('skp_people as g', (j) => j.onRef('g.agency_id', '=', 's.agency_id').onRef('g.skp_id', '=', 's.id').on('g.role', '=', 'pegawai'))
    .select(['v.id', 'v.status', 'v.rating_hasil_kerja', 'v.rating_perilaku_kerja', 'v.predikat', 'p.unit_id', 'p.is_unit_head', 'g.name', 'g.nip', 'g.position_name'])
    .where('v.agency_id', '=', agencyId)
    .where('v.period_from', '=', from)
    .where('v.period_to', '=', to)
    .orderBy('g.name')
    .orderBy('v.id')
    .execute(),
);

/** Approved SKP overlapping a period, with their evaluation of it if opened: who has not finished. */
export const skpsWithEvaluation = defineQuery('evaluation', 'skpsWithEvaluation', [[A, '2026-01-01', '2026-03-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .leftJoin('evaluations as v', (j) =>
      j.onRef('v.agency_id', '=', 's.agency_id').onRef('v.skp_id', '=', 's.id').on('v.period_from', '=', from).on('v.period_to', '=', to),
    )
    .select(['s.id as skp_id', 's.employee_id', 'e.name as employee_name', 'e.nip', 'v.id as evaluation_id', 'v.status'])
    .where('s.agency_id', '=', agencyId)
    .where('s.version_in_force', 'is not', null)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('e.name')
    .orderBy('s.id')
    .execute(),
);

/**
 * The journal's proposal: approved entries of the employee in the covered days, per RHK named on
 * them (minutes credited, volume summed). Entries with no RHK, or one not of this SKP, are counted
 * apart by the caller.
 */
export const approvedWorkPerRhk = defineQuery('evaluation', 'approvedWorkPerRhk', [[A, E, '2026-01-01', '2026-03-31']], (db, agencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('journal_entries')
    .select(['rhk_id', sql<string>`count(*)`.as('entries'), sql<string>`coalesce(sum(credited_minutes), 0)`.as('minutes'), sql<string>`coalesce(sum(volume), 0)`.as('volume')])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('work_date', '>=', from)
    .where('work_date', '<=', to)
    .where('status', '=', 'approved')
    .where('deleted_at', 'is', null)
    .groupBy('rhk_id')
    .execute(),
);

export type { Db };

/**
 * The penilai's team: approved SKP overlapping a period that name this person as pejabat penilai
 * (in any agency: a Sekda rates the heads of other OPD), with the employee as on the SKP, the post
 * it counts under, and its evaluation of the period if opened. Reads skp_people_by_person.
 */
export const penilaiTeam = defineQuery('evaluation', 'penilaiTeam', [[A, E, '2026-01-01', '2026-03-31']], (db, personAgencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('skp_people as x')
    .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'x.agency_id').onRef('s.id', '=', 'x.skp_id'))
    .innerJoin('skp_people as g', (j) => j.onRef('g.agency_id', '=', 's.agency_id').onRef('g.skp_id', '=', 's.id').on('g.role', '=', 'pegawai'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
    .leftJoin('evaluations as v', (j) =>
      j.onRef('v.agency_id', '=', 's.agency_id').onRef('v.skp_id', '=', 's.id').on('v.period_from', '=', from).on('v.period_to', '=', to),
    )
    .select([
      's.agency_id',
      's.id as skp_id',
      's.employee_id',
      'g.name',
      'g.nip',
      'g.position_name',
      'p.unit_id',
      'p.is_unit_head',
      'v.id as evaluation_id',
      'v.status',
      'v.rating_hasil_kerja',
      'v.rating_perilaku_kerja',
      'v.predikat',
    ])
    .where('x.person_agency_id', '=', personAgencyId)
    .where('x.employee_id', '=', employeeId)
    .where('x.role', '=', 'pejabat_penilai')
    .where('s.version_in_force', 'is not', null)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('g.name')
    .orderBy('s.id')
    .execute(),
);

/** An employee's approved SKP overlapping a year, with the post and the pejabat penilai named on it. */
export const employeeSkpsOfYear = defineQuery('evaluation', 'employeeSkpsOfYear', [[A, E, '2026-01-01', '2026-12-31']], (db, agencyId: string, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
    .leftJoin('skp_people as n', (j) => j.onRef('n.agency_id', '=', 's.agency_id').onRef('n.skp_id', '=', 's.id').on('n.role', '=', 'pejabat_penilai'))
    .select(['s.id', 's.period_from', 's.period_to', 'p.name as position_name', 'p.unit_id', 'p.is_unit_head', 'n.name as penilai_name'])
    .where('s.agency_id', '=', agencyId)
    .where('s.employee_id', '=', employeeId)
    .where('s.version_in_force', 'is not', null)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('s.period_from')
    .orderBy('s.id')
    .execute(),
);

/** The evaluations of several SKP of one agency, in period order. */
export const evaluationsOfSkps = defineQuery('evaluation', 'evaluationsOfSkps', [[A, [S]]], (db, agencyId: string, skpIds: readonly string[]) =>
  skpIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('evaluations as v').select(EVALUATION_COLUMNS).where('v.agency_id', '=', agencyId).where('v.skp_id', 'in', skpIds).orderBy('v.period_from').orderBy('v.period_to').execute(),
);


/**
 * Every approved SKP of an agency overlapping a period, with the employee's NIP and the pejabat
 * penilai and atasan pejabat penilai as taken on the SKP (the SIASN export).
 */
export const agencySkpsOfYear = defineQuery('evaluation', 'agencySkpsOfYear', [[A, '2026-01-01', '2026-12-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
    .leftJoin('skp_people as n', (j) => j.onRef('n.agency_id', '=', 's.agency_id').onRef('n.skp_id', '=', 's.id').on('n.role', '=', 'pejabat_penilai'))
    .leftJoin('skp_people as a', (j) => j.onRef('a.agency_id', '=', 's.agency_id').onRef('a.skp_id', '=', 's.id').on('a.role', '=', 'atasan_pejabat_penilai'))
    .select([
      's.id',
      's.employee_id',
      's.period_from',
      's.period_to',
      'p.name as position_name',
      'p.unit_id',
      'p.is_unit_head',
      'e.nip',
      'e.name',
      'n.name as penilai_name',
      'n.nip as penilai_nip',
      'n.rank as penilai_rank',
      'n.position_name as penilai_position',
      'n.unit_name as penilai_unit',
      'n.status as penilai_status',
      'a.name as atasan_name',
      'a.nip as atasan_nip',
    ])
    .where('s.agency_id', '=', agencyId)
    .where('s.version_in_force', 'is not', null)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .orderBy('e.name')
    .orderBy('s.period_from')
    .orderBy('s.id')
    .execute(),
);

/** The agency's active employees (those with no approved SKP in the year are listed as missing). */
export const activeEmployees = defineQuery('evaluation', 'activeEmployees', [[A]], (db, agencyId: string) =>
  db.selectFrom('employees').select(['id', 'nip', 'name']).where('agency_id', '=', agencyId).where('active', '=', true).orderBy('name').orderBy('id').execute(),
);
