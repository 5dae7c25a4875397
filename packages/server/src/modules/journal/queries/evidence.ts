import { defineQuery } from '../../../db/query.js';
import { changedNow } from './change-time.js';
import { ACCOUNT, AGENCY, ENTRY, SHA } from './examples.js';

// The files on entries (journal_entry_evidence) and what an account has uploaded (evidence_uploads).

const AT = new Date('2026-11-23T08:00:00Z');

/** Which of these files this account has uploaded (only its own uploads may be attached). */
export const uploadedByAccount = defineQuery('journal', 'uploadedByAccount', [[ACCOUNT, [SHA]]], async (db, accountId: string, sha256s: readonly string[]): Promise<string[]> =>
  (await db.selectFrom('evidence_uploads').select('sha256').where('account_id', '=', accountId).where('sha256', 'in', [...sha256s]).execute()).map((u) => u.sha256),
);

/** The files on one entry. */
export const attachedEvidence = defineQuery('journal', 'attachedEvidence', [[AGENCY, ENTRY]], async (db, agencyId: string, entryId: string): Promise<string[]> =>
  (await db.selectFrom('journal_entry_evidence').select('sha256').where('agency_id', '=', agencyId).where('entry_id', '=', entryId).execute()).map((a) => a.sha256),
);

/** Takes files off one entry; answers how many were on it. */
export const deleteEntryEvidence = defineQuery('journal', 'deleteEntryEvidence', [[AGENCY, ENTRY, [SHA]]], async (db, agencyId: string, entryId: string, sha256s: readonly string[]): Promise<number> => {
  const removed = await db.deleteFrom('journal_entry_evidence').where('agency_id', '=', agencyId).where('entry_id', '=', entryId).where('sha256', 'in', [...sha256s]).executeTakeFirst();
  return Number(removed.numDeletedRows);
});

/** One file on one entry, as stored. */
export interface EntryEvidenceRow {
  entry_id: string;
  sha256: string;
  file_name: string;
  added_at: Date;
}

/** Puts files on entries; a file already on its entry is left as it is. */
export const insertEntryEvidence = defineQuery(
  'journal',
  'insertEntryEvidence',
  [[AGENCY, [{ entry_id: ENTRY, sha256: SHA, file_name: 'foto.jpg', added_at: AT }]]],
  async (db, agencyId: string, rows: readonly EntryEvidenceRow[]): Promise<void> => {
    await db
      .insertInto('journal_entry_evidence')
      .values(rows.map((r) => ({ agency_id: agencyId, ...r })))
      .onConflict((oc) => oc.columns(['agency_id', 'entry_id', 'sha256']).doNothing())
      .execute();
  },
);

/** Moves an entry for offline sync (its change time moves) without a new version. */
export const touchEntry = defineQuery('journal', 'touchEntry', [[AGENCY, ENTRY, AT]], async (db, agencyId: string, entryId: string, now: Date): Promise<void> => {
  await db.updateTable('journal_entries').set({ updated_at: now, change_at: changedNow }).where('agency_id', '=', agencyId).where('id', '=', entryId).execute();
});

/** An entry's status (any owner, deleted or not), or undefined. */
export const entryStatusById = defineQuery('journal', 'entryStatusById', [[AGENCY, ENTRY]], async (db, agencyId: string, entryId: string) =>
  db.selectFrom('journal_entries').select('status').where('agency_id', '=', agencyId).where('id', '=', entryId).executeTakeFirst(),
);
