import { defineQuery } from '../../../db/query.js';

/** The agency's IANA time zone (its schedules' default zone). */
export const agencyZone = defineQuery('attendance', 'agencyZone', [['0190b7a0-0000-7000-8000-00000000000a']], (db, agencyId: string) =>
  db.selectFrom('agencies').select('time_zone').where('id', '=', agencyId).executeTakeFirst(),
);
