import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';

/** The agency's name and code, and its units' names. */
export const agencyAndUnits = defineQuery('attendance', 'agencyAndUnits', [[A]], async (db, agencyId: string) => {
  const [agency, units] = await Promise.all([
    db.selectFrom('agencies').select(['code', 'name']).where('id', '=', agencyId).executeTakeFirst(),
    db.selectFrom('units').select(['id', 'name']).where('agency_id', '=', agencyId).execute(),
  ]);
  return { agency, units };
});
