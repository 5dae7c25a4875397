import { defineQuery } from '../../../db/query.js';
import { ACCOUNT, AGENCY, AT } from './examples.js';

// Posts' TPP position groups (migration 0046): a rule set scoped to a group applies to the post's holder.
const POSITION = '00000000-0000-7000-8000-000000000006';

/** Every post of the agency that has a group: post id → group code. */
export const positionGroupsOf = defineQuery('tpp', 'positionGroupsOf', [[AGENCY]], (db, agencyId: string) =>
  db.selectFrom('tpp_position_groups').select(['position_id', 'group_code']).where('agency_id', '=', agencyId).execute(),
);

/** The agency's active posts with their unit, kelas and group (none: null), by unit and name. */
export const positionsWithGroups = defineQuery('tpp', 'positionsWithGroups', [[AGENCY]], (db, agencyId: string) =>
  db
    .selectFrom('positions as p')
    .innerJoin('units as u', (j) => j.onRef('u.agency_id', '=', 'p.agency_id').onRef('u.id', '=', 'p.unit_id'))
    .leftJoin('tpp_position_groups as g', (j) => j.onRef('g.agency_id', '=', 'p.agency_id').onRef('g.position_id', '=', 'p.id'))
    .select(['p.id', 'p.code', 'p.name', 'p.kind', 'p.kelas_jabatan', 'u.name as unit_name', 'g.group_code', 'g.updated_at'])
    .where('p.agency_id', '=', agencyId)
    .where('p.active', '=', true)
    .orderBy('u.name')
    .orderBy('p.name')
    .orderBy('p.id')
    .execute(),
);

/** Which of these ids are the agency's posts. */
export const positionsOfAgency = defineQuery('tpp', 'positionsOfAgency', [[AGENCY, [POSITION]]], (db, agencyId: string, ids: readonly string[]) =>
  db.selectFrom('positions').select(['id']).where('agency_id', '=', agencyId).where('id', 'in', [...ids]).execute(),
);

/** Sets (or replaces) posts' group. */
export const upsertPositionGroups = defineQuery(
  'tpp',
  'upsertPositionGroups',
  [[AGENCY, [POSITION], 'guru', ACCOUNT, AT]],
  async (db, agencyId: string, positionIds: readonly string[], group: string, accountId: string, at: Date) => {
    await db
      .insertInto('tpp_position_groups')
      .values(positionIds.map((id) => ({ agency_id: agencyId, position_id: id, group_code: group, updated_at: at, updated_by_account_id: accountId })))
      .onConflict((oc) => oc.columns(['agency_id', 'position_id']).doUpdateSet((eb) => ({ group_code: eb.ref('excluded.group_code'), updated_at: eb.ref('excluded.updated_at'), updated_by_account_id: eb.ref('excluded.updated_by_account_id') })))
      .execute();
  },
);

/** Takes posts out of any group. */
export const clearPositionGroups = defineQuery('tpp', 'clearPositionGroups', [[AGENCY, [POSITION]]], async (db, agencyId: string, positionIds: readonly string[]) => {
  await db.deleteFrom('tpp_position_groups').where('agency_id', '=', agencyId).where('position_id', 'in', [...positionIds]).execute();
});
