import { defineQuery } from '../../../db/query.js';
import { AGENCY, EMPLOYEE } from './examples.js';

/** The employee's favourite activity codes, oldest first. */
export const favouriteCodes = defineQuery('journal', 'favouriteCodes', [[AGENCY, EMPLOYEE]], async (db, agencyId: string, employeeId: string): Promise<string[]> => {
  const rows = await db
    .selectFrom('activity_favourites')
    .select('activity_code')
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.activity_code);
});

/** Marks an activity as the employee's favourite (again: nothing changes). */
export const insertFavourite = defineQuery('journal', 'insertFavourite', [[AGENCY, EMPLOYEE, 'UMM-001']], async (db, agencyId: string, employeeId: string, code: string): Promise<void> => {
  await db
    .insertInto('activity_favourites')
    .values({ agency_id: agencyId, employee_id: employeeId, activity_code: code })
    .onConflict((oc) => oc.columns(['agency_id', 'employee_id', 'activity_code']).doNothing())
    .execute();
});

/** Unmarks a favourite activity of the employee. */
export const deleteFavourite = defineQuery('journal', 'deleteFavourite', [[AGENCY, EMPLOYEE, 'UMM-001']], async (db, agencyId: string, employeeId: string, code: string): Promise<void> => {
  await db.deleteFrom('activity_favourites').where('agency_id', '=', agencyId).where('employee_id', '=', employeeId).where('activity_code', '=', code).execute();
});

/** The employee's most recently used activity codes (up to `limit`) with when each was last used, newest first. */
export const recentActivityCodes = defineQuery('journal', 'recentActivityCodes', [[AGENCY, EMPLOYEE, 40]], async (db, agencyId: string, employeeId: string, limit: number) =>
  db
    .selectFrom('journal_entries')
    .select(['activity_code', (eb) => eb.fn.max('created_at').as('last_used')])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('deleted_at', 'is', null)
    .groupBy('activity_code')
    .orderBy('last_used', 'desc')
    .limit(limit)
    .execute(),
);
