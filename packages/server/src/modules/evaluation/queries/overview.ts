import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';

/** The agency's heading (the overview and its downloads). */
export const overviewAgencyRow = defineQuery('evaluation', 'overviewAgencyRow', [[A]], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['id', 'code', 'name']).where('id', '=', agencyId).executeTakeFirst(),
);

/** The agency's units with their codes (the overview's tree, siblings by code). */
export const overviewUnitTree = defineQuery('evaluation', 'overviewUnitTree', [[A]], (db, agencyId: string) =>
  db.selectFrom('units').select(['id', 'code', 'name', 'parent_id']).where('agency_id', '=', agencyId).execute(),
);

/**
 * Every approved SKP of the agency overlapping a period, with the unit of its post, the employee,
 * the pejabat penilai named on its snapshot and its evaluation of the period if opened: one
 * statement, every join on the agency (one shard on Citus).
 */
export const overviewEvaluations = defineQuery('evaluation', 'overviewEvaluations', [[A, '2026-01-01', '2026-03-31']], (db, agencyId: string, from: string, to: string) =>
  db
    .selectFrom('skp as s')
    .innerJoin('employees as e', (j) => j.onRef('e.agency_id', '=', 's.agency_id').onRef('e.id', '=', 's.employee_id'))
    .innerJoin('positions as p', (j) => j.onRef('p.agency_id', '=', 's.agency_id').onRef('p.id', '=', 's.position_id'))
    .leftJoin('skp_people as n', (j) => j.onRef('n.agency_id', '=', 's.agency_id').onRef('n.skp_id', '=', 's.id').on('n.role', '=', 'pejabat_penilai'))
    .leftJoin('evaluations as v', (j) =>
      j.onRef('v.agency_id', '=', 's.agency_id').onRef('v.skp_id', '=', 's.id').on('v.period_from', '=', from).on('v.period_to', '=', to),
    )
    .select([
      's.id as skp_id',
      's.employee_id',
      'e.nip',
      'e.name',
      'e.front_title',
      'e.back_title',
      'p.name as position_name',
      'p.unit_id',
      'n.name as penilai_name',
      'v.id as evaluation_id',
      'v.status',
    ])
    .where('s.agency_id', '=', agencyId)
    .where('s.version_in_force', 'is not', null)
    .where('s.period_from', '<=', to)
    .where('s.period_to', '>=', from)
    .execute(),
);
