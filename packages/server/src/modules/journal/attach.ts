import { canEdit } from '@kinerja/core';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { appendEntryEvent } from './queries.js';
import type { Journalist } from './who.js';

const MAX_EVIDENCE_PER_ENTRY = 5;

/** Locks one of my entries for a change to its evidence; only draft and returned entries may change. */
async function lockEditableEntry(trx: Transaction<Database>, who: Journalist, entryId: string): Promise<void> {
  const entry = await trx
    .selectFrom('journal_entries')
    .select(['employee_id', 'status', 'deleted_at'])
    .where('agency_id', '=', who.agencyId)
    .where('id', '=', entryId)
    .forUpdate()
    .executeTakeFirst();
  if (!entry || entry.employee_id !== who.employeeId || entry.deleted_at) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
  if (!canEdit(entry.status)) throw new AppError('ENTRY_NOT_EDITABLE');
}

/** The entry changed for offline sync (its change_seq moves, by trigger) though its version does not. */
async function touchEntry(trx: Transaction<Database>, who: Journalist, entryId: string, now: Date): Promise<void> {
  await trx.updateTable('journal_entries').set({ updated_at: now }).where('agency_id', '=', who.agencyId).where('id', '=', entryId).execute();
}

/**
 * Attaches an uploaded file to one of my editable entries. Only the account that uploaded a file
 * may attach it: knowing a file's hash (seen in a URL, say) must not let anyone read it through
 * their own entry.
 */
export async function attachEvidence(ctx: AppContext, who: Journalist, entryId: string, sha256: string, fileName: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockEditableEntry(trx, who, entryId);
    const upload = await trx.selectFrom('evidence_uploads').select('sha256').where('sha256', '=', sha256).where('account_id', '=', who.accountId).executeTakeFirst();
    if (!upload) throw new AppError('EVIDENCE_MISSING', 'Berkas bukti belum diunggah dari akun ini. Unggah berkasnya dahulu.', [{ field: 'sha256', message: 'Belum diunggah.' }]);
    const attached = await trx
      .selectFrom('journal_entry_evidence')
      .select('sha256')
      .where('agency_id', '=', who.agencyId)
      .where('entry_id', '=', entryId)
      .execute();
    if (attached.some((a) => a.sha256 === sha256)) return;
    if (attached.length >= MAX_EVIDENCE_PER_ENTRY) {
      throw new AppError('VALIDATION', `Satu kegiatan paling banyak ${MAX_EVIDENCE_PER_ENTRY} berkas bukti.`, [{ field: 'sha256', message: 'Terlalu banyak berkas.' }]);
    }
    await trx.insertInto('journal_entry_evidence').values({ agency_id: who.agencyId, entry_id: entryId, sha256, file_name: fileName.slice(0, 200), added_at: ctx.now() }).execute();
    await touchEntry(trx, who, entryId, ctx.now());
    await appendEntryEvent(trx, { agencyId: who.agencyId, entryId, actorAccountId: who.accountId, action: 'evidence_added', data: { sha256 } });
  });
}

export async function detachEvidence(ctx: AppContext, who: Journalist, entryId: string, sha256: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockEditableEntry(trx, who, entryId);
    const removed = await trx
      .deleteFrom('journal_entry_evidence')
      .where('agency_id', '=', who.agencyId)
      .where('entry_id', '=', entryId)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) > 0) {
      await touchEntry(trx, who, entryId, ctx.now());
      await appendEntryEvent(trx, { agencyId: who.agencyId, entryId, actorAccountId: who.accountId, action: 'evidence_removed', data: { sha256 } });
    }
  });
}
