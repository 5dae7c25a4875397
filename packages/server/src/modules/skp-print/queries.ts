import { defineQuery } from '../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const S = '0190b7a0-0000-7000-8000-000000000005';
const R = '0190b7a0-0000-7000-8000-000000000002';

/** The agency's name (the form's heading) and time zone (the approval day on the signature line). */
export const agencyHeading = defineQuery('skp-print', 'agencyHeading', [[A]], (db, agencyId: string) =>
  db.selectFrom('agencies').select(['name', 'time_zone']).where('id', '=', agencyId).executeTakeFirst(),
);

/**
 * The texts of RHK by id within one agency (the pejabat penilai's), each from the SKP's version in
 * force when it is there, else from its latest version: what the column "RHK pimpinan yang
 * diintervensi" prints. The caller picks the first row per id.
 */
export const rhkTexts = defineQuery('skp-print', 'rhkTexts', [[A, [R]]], (db, agencyId: string, ids: readonly string[]) =>
  db
    .selectFrom('skp_rhk as r')
    .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'r.agency_id').onRef('s.id', '=', 'r.skp_id'))
    .select(['r.id', 'r.text', 'r.version', 's.version_in_force'])
    .where('r.agency_id', '=', agencyId)
    .where('r.id', 'in', ids)
    .orderBy('r.id')
    .orderBy((eb) => eb.case().when('r.version', '=', eb.ref('s.version_in_force')).then(0).else(1).end())
    .orderBy('r.version', 'desc')
    .execute(),
);

/** When a version was approved (the last approval of it), for the date above the signatures. */
export const approvedAt = defineQuery('skp-print', 'approvedAt', [[A, S, 1]], (db, agencyId: string, skpId: string, version: number) =>
  db
    .selectFrom('skp_events')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('agency_id', '=', agencyId)
    .where('skp_id', '=', skpId)
    .where('version', '=', version)
    .where('to_status', '=', 'disetujui')
    .executeTakeFirst(),
);
