import { sql, type Insertable } from 'kysely';
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

/**
 * Of these files, the ones something still names: a journal entry, a signed SKP or evaluation scan, a
 * leave letter, a selfie check-in or reference photo, a realisasi's bukti dukung. The store is
 * content-addressed and shared by every agency (one row for the same bytes, whoever attached them), so
 * the question names no agency: each table is asked on its own, for the files not yet found named (on
 * Citus each statement runs on every shard of its table, which Citus plans; a single statement joining
 * them all to evidence_files it refuses). For the retention jobs only.
 */
export const filesStillNamed = defineQuery('evidence', 'filesStillNamed', [[[SHA]]], async (db, sha256s: readonly string[]) => {
  const named = new Set<string>();
  const open = () => [...new Set(sha256s)].filter((s) => !named.has(s));
  const asks = [
    ['journal_entry_evidence', 'sha256'],
    ['signed_skp_scans', 'sha256'],
    ['signed_evaluation_scans', 'sha256'],
    ['attendance_leave_requests', 'attachment_sha256'],
    ['selfie_checkins', 'photo_sha256'],
    ['selfie_references', 'photo_sha256'],
  ].map(([table, column]) => (list: string[]) => sql<{ sha256: string }>`select distinct ${sql.ref(column!)} as sha256 from ${sql.table(table!)} where ${sql.ref(column!)} in (${sql.join(list)})`);
  // A realisasi names a file as one of its bukti: {"kind": "file", "sha256": …}.
  asks.push((list) => sql`select distinct e.value ->> 'sha256' as sha256 from evaluation_realisasi x cross join lateral jsonb_array_elements(x.bukti) e
                          where e.value ->> 'kind' = 'file' and e.value ->> 'sha256' in (${sql.join(list)})`);
  for (const ask of asks) {
    const list = open();
    if (!list.length) break;
    for (const r of (await ask(list).execute(db)).rows) named.add(r.sha256);
  }
  return named;
});

/**
 * These files' rows locked for removal (FOR UPDATE: an attach through a foreign key waits for the
 * transaction), but not one uploaded since `uploadedSince` (about to be attached; null: no such grace).
 * Citus: the transaction then reads distributed tables on every shard (filesStillNamed) and deletes from
 * these reference tables, which it allows only in sequential mode (a placeholder setting elsewhere).
 */
export const lockFilesToRemove = defineQuery('evidence', 'lockFilesToRemove', [[[SHA], AT], [[SHA], null]], async (db, sha256s: readonly string[], uploadedSince: Date | null) => {
  await sql`set local citus.multi_shard_modify_mode to 'sequential'`.execute(db);
  let query = db.selectFrom('evidence_files as f').select(['f.sha256', 'f.media_type']).where('f.sha256', 'in', sha256s);
  if (uploadedSince) query = query.where((eb) => eb.not(eb.exists(eb.selectFrom('evidence_uploads as x').select('x.sha256').whereRef('x.sha256', '=', 'f.sha256').where('x.uploaded_at', '>=', uploadedSince))));
  return query.forUpdate().execute();
});

/** Removes these files' upload records and rows (locked by lockFilesToRemove). */
export const deleteFiles = defineQuery('evidence', 'deleteFiles', [[[SHA]]], async (db, sha256s: readonly string[]) => {
  await db.deleteFrom('evidence_uploads').where('sha256', 'in', sha256s).execute();
  await db.deleteFrom('evidence_files').where('sha256', 'in', sha256s).execute();
});
