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

const SHA = 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c';
const ACCOUNT = '0190b7a0-0000-7000-8000-0000000000ac';
const AT = new Date('2026-01-20T02:00:00Z');

/** Keeps a scan with an SKP; false when this file is already kept with it (a repeated upload). */
export const insertSignedScan = defineQuery(
  'skp-print',
  'insertSignedScan',
  [[{ agency_id: A, skp_id: S, sha256: SHA, version: 1, uploaded_by: ACCOUNT, uploaded_at: AT }]],
  async (db, row: { agency_id: string; skp_id: string; sha256: string; version: number; uploaded_by: string; uploaded_at: Date }) => {
    const inserted = await db
      .insertInto('signed_skp_scans')
      .values(row)
      .onConflict((oc) => oc.columns(['agency_id', 'skp_id', 'sha256']).doNothing())
      .returning('sha256')
      .executeTakeFirst();
    return inserted !== undefined;
  },
);

// The uploader's employee name: org's employeesOfAccounts (another agency's shard on Citus).
const SCAN_COLUMNS = ['x.sha256', 'x.version', 'x.uploaded_at', 'f.media_type', 'f.byte_size', 'a.agency_id as actor_agency_id', 'a.employee_id as actor_employee_id', 'a.display_name'] as const;

/** The scans kept with an SKP, oldest first, with the file's type and who uploaded it. */
export const signedScans = defineQuery('skp-print', 'signedScans', [[A, S]], (db, agencyId: string, skpId: string) =>
  db
    .selectFrom('signed_skp_scans as x')
    .innerJoin('evidence_files as f', 'f.sha256', 'x.sha256')
    .innerJoin('accounts as a', 'a.id', 'x.uploaded_by')
    .select(SCAN_COLUMNS)
    .where('x.agency_id', '=', agencyId)
    .where('x.skp_id', '=', skpId)
    .orderBy('x.uploaded_at')
    .orderBy('x.sha256')
    .execute(),
);

/** One scan of an SKP, if it is kept with it. */
export const signedScan = defineQuery('skp-print', 'signedScan', [[A, S, SHA]], (db, agencyId: string, skpId: string, sha256: string) =>
  db
    .selectFrom('signed_skp_scans as x')
    .innerJoin('evidence_files as f', 'f.sha256', 'x.sha256')
    .innerJoin('accounts as a', 'a.id', 'x.uploaded_by')
    .select(SCAN_COLUMNS)
    .where('x.agency_id', '=', agencyId)
    .where('x.skp_id', '=', skpId)
    .where('x.sha256', '=', sha256)
    .executeTakeFirst(),
);
