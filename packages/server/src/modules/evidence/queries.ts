import type { Insertable } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { EvidenceFilesTable } from '../../db/schema.js';

const SHA = 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c';
const ACCOUNT = '00000000-0000-4000-8000-000000000001';
const AGENCY = '00000000-0000-4000-8000-00000000000a';
const AT = new Date('2026-01-05T08:00:00Z');

export const evidenceBySha = defineQuery('evidence', 'evidenceBySha', [[SHA]], (db, sha256: string) =>
  db.selectFrom('evidence_files').selectAll().where('sha256', '=', sha256).executeTakeFirst(),
);

/** Inserts a file's row; undefined when a concurrent upload of the same bytes inserted it first. */
export const insertEvidenceFile = defineQuery(
  'evidence',
  'insertEvidenceFile',
  [[{ sha256: SHA, byte_size: 1000, stored_size: 900, media_type: 'image/jpeg', width: 800, height: 600, captured_at: null, created_at: AT }]],
  (db, values: Insertable<EvidenceFilesTable>) =>
    db
      .insertInto('evidence_files')
      .values(values)
      .onConflict((oc) => oc.column('sha256').doNothing())
      .returningAll()
      .executeTakeFirst(),
);

/** Restoring a lost file: the new copy may differ in size if the encoder settings changed since. */
export const updateRestoredEvidence = defineQuery(
  'evidence',
  'updateRestoredEvidence',
  [[SHA, { stored_size: 900, width: 800, height: 600 }]],
  async (db, sha256: string, stored: { stored_size: number; width: number | null; height: number | null }) => {
    await db.updateTable('evidence_files').set(stored).where('sha256', '=', sha256).execute();
  },
);

/** Records who sent the bytes (access to a file follows its uploads); once per account and file. */
export const insertEvidenceUpload = defineQuery('evidence', 'insertEvidenceUpload', [[SHA, ACCOUNT, AT]], async (db, sha256: string, accountId: string, at: Date) => {
  await db
    .insertInto('evidence_uploads')
    .values({ sha256, account_id: accountId, uploaded_at: at })
    .onConflict((oc) => oc.columns(['sha256', 'account_id']).doNothing())
    .execute();
});

/** The size of a file this account has completely uploaded, if it has. */
export const uploadedByteSize = defineQuery('evidence', 'uploadedByteSize', [[SHA, ACCOUNT]], (db, sha256: string, accountId: string) =>
  db
    .selectFrom('evidence_uploads as u')
    .innerJoin('evidence_files as f', 'f.sha256', 'u.sha256')
    .select('f.byte_size')
    .where('u.sha256', '=', sha256)
    .where('u.account_id', '=', accountId)
    .executeTakeFirst(),
);

/** The uploader's agency's time zone: a photo's capture time without an offset is read in it. */
export const agencyTimeZone = defineQuery('evidence', 'agencyTimeZone', [[AGENCY]], (db, agencyId: string) =>
  db.selectFrom('agencies').select('time_zone').where('id', '=', agencyId).executeTakeFirst(),
);
