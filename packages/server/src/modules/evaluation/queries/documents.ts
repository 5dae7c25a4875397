import { defineQuery } from '../../../db/query.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const S = '0190b7a0-0000-7000-8000-000000000005';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const SHA = 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c';
const ACCOUNT = '0190b7a0-0000-7000-8000-0000000000ac';
const AT = new Date('2026-04-02T02:00:00Z');

/**
 * What the Evaluasi Kinerja form needs of the SKP beyond the evaluation screen: its form and
 * pendekatan (the title lines and columns) and, per RHK of the version in force (the one the
 * evaluation reads), the intervened RHK it names, its perspektif and penugasan (JPT).
 */
export const skpFormFacts = defineQuery('evaluation', 'skpFormFacts', [[A, S]], async (db, agencyId: string, skpId: string) => {
  const [skp, rhk] = await Promise.all([
    db.selectFrom('skp').select(['form', 'pendekatan', 'version_in_force']).where('agency_id', '=', agencyId).where('id', '=', skpId).executeTakeFirst(),
    db
      .selectFrom('skp_rhk as r')
      .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'r.agency_id').onRef('s.id', '=', 'r.skp_id').onRef('s.version_in_force', '=', 'r.version'))
      .select(['r.id', 'r.parent_rhk_id', 'r.perspektif', 'r.penugasan_dari'])
      .where('r.agency_id', '=', agencyId)
      .where('r.skp_id', '=', skpId)
      .execute(),
  ]);
  return { skp, rhk };
});

/** Keeps a signed scan with a finalised evaluation; false when this file is already kept with it (a repeated upload). */
export const insertEvaluationScan = defineQuery(
  'evaluation',
  'insertEvaluationScan',
  [[{ agency_id: A, evaluation_id: E, sha256: SHA, finalised_at: AT, uploaded_by: ACCOUNT, uploaded_at: AT }]],
  async (db, row: { agency_id: string; evaluation_id: string; sha256: string; finalised_at: Date; uploaded_by: string; uploaded_at: Date }) => {
    const inserted = await db
      .insertInto('signed_evaluation_scans')
      .values(row)
      .onConflict((oc) => oc.columns(['agency_id', 'evaluation_id', 'sha256']).doNothing())
      .returning('sha256')
      .executeTakeFirst();
    return inserted !== undefined;
  },
);

// The uploader's employee name: org's employeesOfAccounts (another agency's shard on Citus).
const SCAN_COLUMNS = ['x.sha256', 'x.finalised_at', 'x.uploaded_at', 'f.media_type', 'f.byte_size', 'a.agency_id as actor_agency_id', 'a.employee_id as actor_employee_id', 'a.display_name'] as const;

/** The scans kept with an evaluation, oldest first, with the file's type and who uploaded it. */
export const evaluationScans = defineQuery('evaluation', 'evaluationScans', [[A, E]], (db, agencyId: string, evaluationId: string) =>
  db
    .selectFrom('signed_evaluation_scans as x')
    .innerJoin('evidence_files as f', 'f.sha256', 'x.sha256')
    .innerJoin('accounts as a', 'a.id', 'x.uploaded_by')
    .select(SCAN_COLUMNS)
    .where('x.agency_id', '=', agencyId)
    .where('x.evaluation_id', '=', evaluationId)
    .orderBy('x.uploaded_at')
    .orderBy('x.sha256')
    .execute(),
);

/** One scan of an evaluation, if it is kept with it. */
export const evaluationScan = defineQuery('evaluation', 'evaluationScan', [[A, E, SHA]], (db, agencyId: string, evaluationId: string, sha256: string) =>
  db
    .selectFrom('signed_evaluation_scans as x')
    .innerJoin('evidence_files as f', 'f.sha256', 'x.sha256')
    .innerJoin('accounts as a', 'a.id', 'x.uploaded_by')
    .select(SCAN_COLUMNS)
    .where('x.agency_id', '=', agencyId)
    .where('x.evaluation_id', '=', evaluationId)
    .where('x.sha256', '=', sha256)
    .executeTakeFirst(),
);
