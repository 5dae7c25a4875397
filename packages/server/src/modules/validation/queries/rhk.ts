import { defineQuery } from '../../../db/query.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const RHK = '00000000-0000-7000-8000-000000000004';

/**
 * The text of each RHK an entry names (journal rhk_id): the one of its SKP's version in force, else of
 * its latest version. An RHK keeps its id across versions (migration 0012); found by skp_rhk_by_id
 * (migration 0018). An id not found (never an RHK) is simply missing from the answer.
 */
export const rhkTexts = defineQuery('validation', 'rhkTexts', [[AGENCY, [RHK]]], async (db, agencyId: string, rhkIds: readonly string[]) =>
  db
    .selectFrom('skp_rhk as r')
    .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'r.agency_id').onRef('s.id', '=', 'r.skp_id'))
    .distinctOn('r.id')
    .select(['r.id', 'r.text'])
    .where('r.agency_id', '=', agencyId)
    .where('r.id', 'in', [...rhkIds])
    .orderBy('r.id')
    .orderBy((eb) => eb.case().when('r.version', '=', eb.ref('s.version_in_force')).then(0).else(1).end())
    .orderBy('r.version', 'desc')
    .execute(),
);

/**
 * Approved entries of a month that name an RHK, per employee, RHK and activity unit: how many, their
 * credited minutes and their volume (volumes add up only within one unit, e.g. "Laporan").
 */
export const approvedByRhk = defineQuery('validation', 'approvedByRhk', [[AGENCY, '2026-11-01', '2026-11-30']], async (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('journal_entries as e')
    .innerJoin('activities as a', (j) => j.onRef('a.code', '=', 'e.activity_code').onRef('a.version', '=', 'e.activity_version'))
    .select((eb) => [
      'e.employee_id',
      'e.rhk_id',
      'a.unit',
      eb.fn.countAll<string>().as('entries'),
      eb.fn.sum<string>('e.credited_minutes').as('minutes'),
      eb.fn.sum<string>('e.volume').as('volume'),
    ])
    .where('e.agency_id', '=', agencyId)
    .where('e.work_date', '>=', from)
    .where('e.work_date', '<=', to)
    .where('e.deleted_at', 'is', null)
    .where('e.status', '=', 'approved')
    .where('e.rhk_id', 'is not', null)
    .groupBy(['e.employee_id', 'e.rhk_id', 'a.unit'])
    .orderBy('e.employee_id')
    .orderBy('e.rhk_id')
    .orderBy('a.unit')
    .execute(),
);
