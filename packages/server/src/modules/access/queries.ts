import { sql } from 'kysely';
import { defineQuery } from '../../db/query.js';

const SHA = 'a'.repeat(64);

/** Which of these evidence files the account uploaded itself. */
export const evidenceUploadedBy = defineQuery('access', 'evidenceUploadedBy', [[[SHA], 'account-id']], (db, sha256s: readonly string[], accountId: string) =>
  db.selectFrom('evidence_uploads').select('sha256').distinct().where('sha256', 'in', sha256s).where('account_id', '=', accountId).execute(),
);

/**
 * Whose live entries hold these evidence files, limited to one agency unless `agencyId` is null
 * (province-wide readers). The limit keeps this small even for a circular attached by thousands.
 */
export const evidenceOwners = defineQuery(
  'access',
  'evidenceOwners',
  [
    [[SHA], 'agency-id'],
    [[SHA], null],
  ],
  (db, sha256s: readonly string[], agencyId: string | null) => {
    let query = db
      .selectFrom('journal_entry_evidence as x')
      .innerJoin('journal_entries as e', (join) => join.onRef('e.agency_id', '=', 'x.agency_id').onRef('e.id', '=', 'x.entry_id'))
      .select(['x.sha256', 'e.agency_id', 'e.employee_id'])
      .distinct()
      .where('x.sha256', 'in', sha256s)
      .where('e.deleted_at', 'is', null);
    if (agencyId !== null) query = query.where('e.agency_id', '=', agencyId);
    return query.execute();
  },
);

/** Which of these import jobs the account started. */
export const importsStartedBy = defineQuery('access', 'importsStartedBy', [[['import-id'], 'account-id']], (db, importIds: readonly string[], accountId: string) =>
  db.selectFrom('import_jobs').select('id').where('id', 'in', importIds).where('account_id', '=', accountId).execute(),
);

/** The employee of each SKP and the people its snapshot names as pejabat penilai and atasan (any agency). */
export const skpParties = defineQuery('access', 'skpParties', [[['skp-id'], 'agency-id']], (db, skpIds: readonly string[], agencyId: string) =>
  db
    .selectFrom('skp as s')
    .leftJoin('skp_people as x', (join) => join.onRef('x.agency_id', '=', 's.agency_id').onRef('x.skp_id', '=', 's.id').on('x.role', '<>', 'pegawai'))
    .select(['s.id', 's.employee_id', 'x.role', 'x.person_agency_id', 'x.employee_id as person_employee_id'])
    .where('s.agency_id', '=', agencyId)
    .where('s.id', 'in', skpIds)
    .execute(),
);

/** The roles of these accounts of one agency (absent: not of this agency). */
export const accountRoles = defineQuery('access', 'accountRoles', [['agency-id', ['account-id']]], (db, agencyId: string, accountIds: readonly string[]) =>
  db.selectFrom('accounts').select(['id', 'role']).where('agency_id', '=', agencyId).where('id', 'in', accountIds).execute(),
);

/**
 * Evidence files named as bukti dukung on realisasi of evaluations whose SKP names this person as
 * pejabat penilai or atasan pejabat penilai (any agency: a Sekda rates heads of other OPD). From the
 * person's snapshot rows (skp_people_by_person) to the evaluations of those SKP and their realisasi,
 * keeping those whose bukti holds one of the files.
 */
export const evidenceInRatedRealisasi = defineQuery(
  'access',
  'evidenceInRatedRealisasi',
  [[[SHA], 'agency-id', 'employee-id']],
  (db, sha256s: readonly string[], personAgencyId: string, employeeId: string) =>
    db
      .selectFrom('skp_people as x')
      .innerJoin('skp as s', (j) => j.onRef('s.agency_id', '=', 'x.agency_id').onRef('s.id', '=', 'x.skp_id'))
      .innerJoin('evaluations as v', (j) => j.onRef('v.agency_id', '=', 'x.agency_id').onRef('v.skp_id', '=', 'x.skp_id'))
      .innerJoin('evaluation_realisasi as r', (j) => j.onRef('r.agency_id', '=', 'v.agency_id').onRef('r.evaluation_id', '=', 'v.id'))
      .select(['r.agency_id', 's.employee_id', 'r.bukti'])
      .where('x.person_agency_id', '=', personAgencyId)
      .where('x.employee_id', '=', employeeId)
      .where('x.role', 'in', ['pejabat_penilai', 'atasan_pejabat_penilai'])
      .where(sql<boolean>`r.bukti @> any(${sha256s.map((sha256) => JSON.stringify([{ kind: 'file', sha256 }]))}::jsonb[])`)
      .execute(),
);

/** The leave requests (any status) of one agency that carry these files as their attachment. */
export const evidenceInLeaveRequests = defineQuery('access', 'evidenceInLeaveRequests', [[[SHA], 'agency-id']], (db, sha256s: readonly string[], agencyId: string) =>
  db
    .selectFrom('attendance_leave_requests')
    .select(['attachment_sha256 as sha256', 'employee_id'])
    .distinct()
    .where('agency_id', '=', agencyId)
    .where('attachment_sha256', 'in', sha256s)
    .execute(),
);
