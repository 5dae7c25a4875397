import { defineQuery } from '../../../db/query.js';
import { AGENCY, EMPLOYEE, SET } from './examples.js';

/** The employee's routine sets by name, items as stored. */
export const setsOf = defineQuery('journal', 'setsOf', [[AGENCY, EMPLOYEE]], async (db, agencyId: string, employeeId: string) =>
  db.selectFrom('activity_sets').select(['id', 'name', 'items']).where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).orderBy('name').execute(),
);

/** Who owns a set id in the agency, if anyone. */
export const setOwner = defineQuery('journal', 'setOwner', [[AGENCY, SET]], async (db, agencyId: string, id: string): Promise<string | undefined> =>
  (await db.selectFrom('activity_sets').select('employee_id').where('agency_id', '=', agencyId).where('id', '=', id).executeTakeFirst())?.employee_id,
);

/** Creates a set, or replaces the name and items of the one with this id. */
export const upsertSet = defineQuery(
  'journal',
  'upsertSet',
  [[AGENCY, EMPLOYEE, SET, 'Rutin pagi', '[]']],
  async (db, agencyId: string, employeeId: string, id: string, name: string, itemsJson: string): Promise<void> => {
    await db
      .insertInto('activity_sets')
      .values({ agency_id: agencyId, id, employee_id: employeeId, name, items: itemsJson })
      .onConflict((oc) => oc.columns(['agency_id', 'id']).doUpdateSet({ name, items: itemsJson }))
      .execute();
  },
);

/** Deletes one of the employee's sets (another's id: nothing). */
export const deleteSetOf = defineQuery('journal', 'deleteSetOf', [[AGENCY, EMPLOYEE, SET]], async (db, agencyId: string, employeeId: string, id: string): Promise<void> => {
  await db.deleteFrom('activity_sets').where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).where('id', '=', id).execute();
});
