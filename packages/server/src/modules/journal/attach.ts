import { canEdit } from '@kinerja/core';
import type { ListedFile } from '@kinerja/core/api';
import { MAX_EVIDENCE_PER_ENTRY } from '@kinerja/core/api/limits';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { appendEntryEvent, appendEntryEvents } from './queries.js';
import { lockedEntryState } from './queries/days.js';
import { attachedEvidence, deleteEntryEvidence, entryStatusById, insertEntryEvidence, touchEntry, uploadedByAccount } from './queries/evidence.js';
import type { Journalist } from './who.js';

/** Locks one of my entries for a change to its evidence; only draft and returned entries may change. */
async function lockEditableEntry(trx: Transaction<Database>, who: Journalist, entryId: string): Promise<void> {
  const entry = await lockedEntryState(trx, who.agencyId, entryId);
  if (!entry || entry.employee_id !== who.employeeId || entry.deleted_at) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
  if (!canEdit(entry.status)) throw new AppError('ENTRY_NOT_EDITABLE');
}

/**
 * Attaches an uploaded file to one of my editable entries. Only the account that uploaded a file
 * may attach it: knowing a file's hash (seen in a URL, say) must not let anyone read it through
 * their own entry.
 */
export async function attachEvidence(ctx: AppContext, who: Journalist, entryId: string, sha256: string, fileName: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockEditableEntry(trx, who, entryId);
    const uploaded = await uploadedByAccount(trx, who.accountId, [sha256]);
    if (uploaded.length === 0) throw new AppError('EVIDENCE_MISSING', 'Berkas bukti belum diunggah dari akun ini. Unggah berkasnya dahulu.', [{ field: 'sha256', message: 'Belum diunggah.' }]);
    const attached = await attachedEvidence(trx, who.agencyId, entryId);
    if (attached.includes(sha256)) return;
    if (attached.length >= MAX_EVIDENCE_PER_ENTRY) {
      throw new AppError('VALIDATION', `Satu kegiatan paling banyak ${MAX_EVIDENCE_PER_ENTRY} berkas bukti.`, [{ field: 'sha256', message: 'Terlalu banyak berkas.' }]);
    }
    await insertEvidence(trx, who, [{ entryId, sha256, fileName, addedAt: ctx.now() }]);
    await touchEntry(trx, who.agencyId, entryId, ctx.now());
    await appendEntryEvent(trx, { agencyId: who.agencyId, entryId, actorAccountId: who.accountId, action: 'evidence_added', data: { sha256 } });
  });
}

export async function detachEvidence(ctx: AppContext, who: Journalist, entryId: string, sha256: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockEditableEntry(trx, who, entryId);
    const removed = await deleteEntryEvidence(trx, who.agencyId, entryId, [sha256]);
    if (removed > 0) {
      await touchEntry(trx, who.agencyId, entryId, ctx.now());
      await appendEntryEvent(trx, { agencyId: who.agencyId, entryId, actorAccountId: who.accountId, action: 'evidence_removed', data: { sha256 } });
    }
  });
}

/** One file on an entry: its name as given, and when it was added (which orders an entry's files). */
export interface EvidenceRow {
  entryId: string;
  sha256: string;
  fileName?: string;
  addedAt: Date;
}

/**
 * Puts files on entries: the one insert every attach goes through (online, the sync push, the
 * all-at-once push). Attaching a file already on the entry changes nothing.
 */
export async function insertEvidence(trx: Transaction<Database>, who: Journalist, rows: readonly EvidenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await insertEntryEvidence(
    trx,
    who.agencyId,
    rows.map((r) => ({ entry_id: r.entryId, sha256: r.sha256, file_name: (r.fileName ?? '').slice(0, 200), added_at: r.addedAt })),
  );
}

/** The rows of an entry's listed files: added_at one millisecond apart orders them as listed. */
export function listedEvidenceRows(entryId: string, listed: readonly ListedFile[], now: Date, only?: ReadonlySet<string>): EvidenceRow[] {
  return listed.flatMap(({ sha256, fileName }, i) => (only && !only.has(sha256) ? [] : [{ entryId, sha256, fileName, addedAt: new Date(now.getTime() + i) }]));
}

/**
 * Makes the entry's files exactly the listed ones (in list order, with their names) among those this
 * account has uploaded; files not uploaded yet are answered as missing. The caller holds the entry's row lock.
 * `completing`: the list was sent before and answered incomplete; its files may still join an entry
 * submitted meanwhile (the same batch often submits the day): they were part of what the employee sent.
 */
export async function setListedEvidence(
  trx: Transaction<Database>,
  who: Journalist,
  entryId: string,
  files: readonly ListedFile[],
  now: Date,
  completing: boolean,
): Promise<{ missing: string[]; changed: boolean }> {
  const evidence = files.map((f) => f.sha256);
  const uploaded = new Set(evidence.length ? await uploadedByAccount(trx, who.accountId, evidence) : []);
  const missing = evidence.filter((s) => !uploaded.has(s));
  const attached = await attachedEvidence(trx, who.agencyId, entryId);
  // The list is the entry's whole evidence: files not on it are taken off (unless not yet uploaded).
  const toRemove = attached.filter((s) => !evidence.includes(s));
  const toAdd = evidence.filter((s) => uploaded.has(s) && !attached.includes(s));
  if (!toRemove.length && !toAdd.length) return { missing, changed: false };
  const row = await entryStatusById(trx, who.agencyId, entryId);
  // The caller holds the entry's row lock, so it is there.
  if (!row) throw new Error(`entry ${entryId} vanished under its row lock`);
  const mayAdd = canEdit(row.status) || (completing && row.status === 'submitted');
  if ((toRemove.length && !canEdit(row.status)) || (toAdd.length && !mayAdd)) throw new AppError('ENTRY_NOT_EDITABLE');
  if (toRemove.length) {
    await deleteEntryEvidence(trx, who.agencyId, entryId, toRemove);
  }
  await insertEvidence(trx, who, listedEvidenceRows(entryId, files, now, new Set(toAdd)));
  await appendEntryEvents(trx, who.agencyId, who.accountId, [
    ...toRemove.map((sha256) => ({ entryId, action: 'evidence_removed', data: { sha256 } })),
    ...toAdd.map((sha256) => ({ entryId, action: 'evidence_added', data: { sha256 } })),
  ]);
  // The entry changed for pull (its change time moves) though its version does not, as with attaching online.
  await touchEntry(trx, who.agencyId, entryId, now);
  return { missing, changed: true };
}

/**
 * Completes a listed write answered incomplete before: only its files are new. `within` runs in the
 * same transaction (the sync push records its item there).
 */
export async function completeListedEvidence(
  ctx: AppContext,
  who: Journalist,
  entryId: string,
  evidence: readonly ListedFile[] | undefined,
  within: (trx: Transaction<Database>, attached: { missing: string[] }) => Promise<void>,
): Promise<{ missing: string[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockedEntryState(trx, who.agencyId, entryId);
    if (!row || row.employee_id !== who.employeeId) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
    if (row.deleted_at) throw new AppError('NOT_FOUND', 'Kegiatan ini sudah dihapus.');
    const { missing } = evidence ? await setListedEvidence(trx, who, entryId, evidence, ctx.now(), true) : { missing: [] };
    await within(trx, { missing });
    return { missing };
  });
}
