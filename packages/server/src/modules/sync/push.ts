import { canEdit } from '@kinerja/core';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { translateValidation } from '../../http/validation-messages.js';
import { deleteEntry, submitDay } from '../journal/day-actions.js';
import type { EntryDto } from '../journal/dto.js';
import { appendEntryEvents, entryById } from '../journal/queries.js';
import { ENTRY_ID_TAKEN_MESSAGE, EntryIdTaken, saveEntry } from '../journal/save-entry.js';
import type { Journalist } from '../journal/who.js';
import { batchContext, judgeAt, judged, type BatchContext } from './batch-context.js';
import { pushAtOnce } from './push-at-once.js';
import { ITEM_VALIDATORS, type DaySubmit, type EntryDelete, type EntryPut, type ItemKind, type SyncItem } from './schemas.js';

export type PushStatus = 'applied' | 'already_applied' | 'conflict' | 'rejected' | 'incomplete';

export interface PushResult {
  itemId: string;
  status: PushStatus;
  code?: string;
  message?: string;
  entry?: EntryDto;
  missingEvidence?: string[];
}

export interface PushAnswer {
  serverTime: string;
  skewSeconds: number;
  results: PushResult[];
}

export interface PushBatch {
  deviceId: string;
  deviceNow: string;
  items: { itemId: string; kind: string; [k: string]: unknown }[];
}

const MESSAGES = {
  conflict: 'Kegiatan ini telah diubah di perangkat lain atau oleh atasan. Periksa versi di server, lalu pilih versi yang dipakai.',
  incomplete: (n: number) => `Kegiatan tersimpan, tetapi ${n} berkas bukti belum terunggah. Berkas akan dikirim ulang otomatis.`,
  deletedEntry: 'Kegiatan ini sudah dihapus.',
  notFound: 'Kegiatan tidak ditemukan.',
  unknownKind: (kind: string) => `Jenis perubahan '${kind.slice(0, 40)}' tidak dikenal oleh server.`,
  invalid: 'Data perubahan tidak valid.',
} as const;

/**
 * Applies a batch from a device's outbox, item by item and in order (or, for the usual batch of new
 * entries and a submit, all at once with the same answers: see push-at-once.ts). Each item is applied on its
 * own (a refused item never stops the next) and at most once per account: the applied item ids are
 * kept in sync_applied_items, and a repeat answers `already_applied` without changing anything.
 *
 * Every step of an item is idempotent (saving the same content, attaching the same file, deleting a
 * deleted entry, submitting a submitted day change nothing), and the item is recorded as applied
 * only after its last step, in the same transaction as the evidence. A crash anywhere in between
 * leaves an item that the client, never having seen an answer, sends again; the repeat completes it.
 */
export async function pushBatch(ctx: AppContext, who: Journalist, batch: PushBatch): Promise<PushAnswer> {
  const bc = await batchContext(ctx, who, batch);
  const valid = batch.items.every((raw) => {
    const validator = ITEM_VALIDATORS[raw.kind as ItemKind];
    return validator !== undefined && validator.Check(raw);
  });
  const atOnce = valid ? await pushAtOnce(ctx, bc, batch.items as unknown as SyncItem[]) : undefined;
  return { serverTime: bc.received.toISOString(), skewSeconds: bc.skewSeconds, results: atOnce ?? (await applyEach(ctx, bc, batch.items)) };
}

/** The batch applied strictly item by item: the reference the all-at-once path must answer like. */
export async function pushItemByItem(ctx: AppContext, who: Journalist, batch: PushBatch): Promise<PushAnswer> {
  const bc = await batchContext(ctx, who, batch);
  return { serverTime: bc.received.toISOString(), skewSeconds: bc.skewSeconds, results: await applyEach(ctx, bc, batch.items) };
}

async function applyEach(ctx: AppContext, bc: BatchContext, items: PushBatch['items']): Promise<PushResult[]> {
  const results: PushResult[] = [];
  for (const raw of items) results.push(await applyItem(ctx, bc, raw));
  return results;
}

async function applyItem(ctx: AppContext, bc: BatchContext, raw: PushBatch['items'][number]): Promise<PushResult> {
  const { itemId } = raw;
  const validator = ITEM_VALIDATORS[raw.kind as ItemKind];
  if (!validator) return { itemId, status: 'rejected', code: 'VALIDATION', message: MESSAGES.unknownKind(raw.kind) };
  if (!validator.Check(raw)) {
    const details = translateValidation(validator.Errors(raw), 'body');
    const first = details[0];
    return { itemId, status: 'rejected', code: 'VALIDATION', message: first ? `${MESSAGES.invalid} ${first.field}: ${first.message}` : MESSAGES.invalid };
  }
  const item = raw as unknown as SyncItem;
  const { who } = bc;
  const done = await ctx.db
    .selectFrom('sync_applied_items')
    .select(['status', 'kind', 'entry_id'])
    .where('agency_id', '=', who.agencyId)
    .where('account_id', '=', who.accountId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  if (done?.status === 'applied') {
    const entry = done.entry_id ? await entryById(ctx.db, who.agencyId, who.employeeId, done.entry_id) : undefined;
    return { itemId, status: 'already_applied', ...(entry ? { entry } : {}) };
  }
  try {
    if (item.kind === 'entry.put') return await putEntry(ctx, bc, item, done?.status === 'incomplete');
    if (item.kind === 'entry.delete') return await removeEntry(ctx, bc, item);
    return await submit(ctx, bc, item);
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    return await refused(ctx, bc, item, error);
  }
}

async function refused(ctx: AppContext, bc: BatchContext, item: SyncItem, error: AppError): Promise<PushResult> {
  const entry = item.kind === 'day.submit' ? undefined : await entryById(ctx.db, bc.who.agencyId, bc.who.employeeId, item.entryId);
  const copy = entry ? { entry } : {};
  if (error.code === 'CONFLICT') return { itemId: item.itemId, status: 'conflict', code: 'VERSION_CONFLICT', message: MESSAGES.conflict, ...copy };
  return { itemId: item.itemId, status: 'rejected', code: error.code, message: error.message, ...copy };
}

async function putEntry(ctx: AppContext, bc: BatchContext, item: EntryPut, completing: boolean): Promise<PushResult> {
  const { who } = bc;
  const { evidence, ...body } = item.entry;
  const now = ctx.now();
  let missing: string[] = [];
  // Evidence and the item's record go in the save's own transaction: one transaction per item.
  const attachAndRemember = async (trx: Transaction<Database>): Promise<boolean> => {
    const attached = evidence ? await attachListed(trx, who, item.entryId, evidence, now, completing) : { missing: [], changed: false };
    missing = attached.missing;
    await remember(trx, ctx, bc, item, missing.length ? 'incomplete' : 'applied', missing);
    return attached.changed;
  };
  let entry: EntryDto | undefined;
  if (!completing) {
    const existing = await ctx.db
      .selectFrom('journal_entries')
      .select(['employee_id', 'deleted_at'])
      .where('agency_id', '=', who.agencyId)
      .where('id', '=', item.entryId)
      .executeTakeFirst();
    // Ids are never reused: a deleted entry stays deleted, another person's id stays theirs.
    if (existing?.deleted_at && existing.employee_id === who.employeeId) return { itemId: item.itemId, status: 'rejected', code: 'ENTRY_DELETED', message: MESSAGES.deletedEntry };
    if (existing && existing.employee_id !== who.employeeId) throw new AppError('VALIDATION', ENTRY_ID_TAKEN_MESSAGE);
    // A null base version means "new": an existing entry with other content is a conflict (0 never matches).
    const saved = await saveEntry(
      ctx,
      who,
      item.entryId,
      { ...body, baseVersion: item.baseVersion ?? 0, deviceRecordedAt: item.deviceTime },
      { judged: judged(bc, item.deviceTime), clockSkewSeconds: bc.skewSeconds, within: attachAndRemember },
    ).catch((error: unknown) => {
      // Claimed in another agency: answered exactly like another person's id in this one.
      throw error instanceof EntryIdTaken ? new AppError('VALIDATION', ENTRY_ID_TAKEN_MESSAGE) : error;
    });
    entry = saved.entry;
  } else {
    // Completing an item held as incomplete: only its files are new.
    await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('journal_entries')
        .select(['employee_id', 'deleted_at'])
        .where('agency_id', '=', who.agencyId)
        .where('id', '=', item.entryId)
        .forUpdate()
        .executeTakeFirst();
      if (!row || row.employee_id !== who.employeeId) throw new AppError('NOT_FOUND', MESSAGES.notFound);
      if (row.deleted_at) throw new AppError('NOT_FOUND', MESSAGES.deletedEntry);
      await attachAndRemember(trx);
    });
    entry = await entryById(ctx.db, who.agencyId, who.employeeId, item.entryId);
  }
  if (missing.length) {
    return { itemId: item.itemId, status: 'incomplete', code: 'EVIDENCE_MISSING', message: MESSAGES.incomplete(missing.length), missingEvidence: missing, ...(entry ? { entry } : {}) };
  }
  return { itemId: item.itemId, status: 'applied', ...(entry ? { entry } : {}) };
}

/**
 * Makes the entry's files exactly the listed ones (in list order) among those this account has
 * uploaded; files not uploaded yet are answered as missing. The caller holds the entry's row lock.
 */
async function attachListed(
  trx: Transaction<Database>,
  who: Journalist,
  entryId: string,
  evidence: string[],
  now: Date,
  completing: boolean,
): Promise<{ missing: string[]; changed: boolean }> {
  const uploaded = new Set(
    evidence.length ? (await trx.selectFrom('evidence_uploads').select('sha256').where('account_id', '=', who.accountId).where('sha256', 'in', evidence).execute()).map((u) => u.sha256) : [],
  );
  const missing = evidence.filter((s) => !uploaded.has(s));
  const attached = (await trx.selectFrom('journal_entry_evidence').select('sha256').where('agency_id', '=', who.agencyId).where('entry_id', '=', entryId).execute()).map((a) => a.sha256);
  // The list is the entry's whole evidence: files not on it are taken off (unless not yet uploaded).
  const toRemove = attached.filter((s) => !evidence.includes(s));
  const toAdd = evidence.filter((s) => uploaded.has(s) && !attached.includes(s));
  if (!toRemove.length && !toAdd.length) return { missing, changed: false };
  const row = await trx.selectFrom('journal_entries').select('status').where('agency_id', '=', who.agencyId).where('id', '=', entryId).executeTakeFirstOrThrow();
  // Completing an incomplete item may still add the files it named to an entry sent meanwhile (the
  // same batch often submits the day): they were part of what the employee sent.
  const mayAdd = canEdit(row.status) || (completing && row.status === 'submitted');
  if ((toRemove.length && !canEdit(row.status)) || (toAdd.length && !mayAdd)) throw new AppError('ENTRY_NOT_EDITABLE');
  if (toRemove.length) {
    await trx.deleteFrom('journal_entry_evidence').where('agency_id', '=', who.agencyId).where('entry_id', '=', entryId).where('sha256', 'in', toRemove).execute();
  }
  if (toAdd.length) {
    await trx
      .insertInto('journal_entry_evidence')
      // added_at orders the files as listed.
      .values(toAdd.map((sha256) => ({ agency_id: who.agencyId, entry_id: entryId, sha256, file_name: '', added_at: new Date(now.getTime() + evidence.indexOf(sha256)) })))
      .onConflict((oc) => oc.columns(['agency_id', 'entry_id', 'sha256']).doNothing())
      .execute();
  }
  await appendEntryEvents(trx, who.agencyId, who.accountId, [
    ...toRemove.map((sha256) => ({ entryId, action: 'evidence_removed', data: { sha256 } })),
    ...toAdd.map((sha256) => ({ entryId, action: 'evidence_added', data: { sha256 } })),
  ]);
  // The entry changed for pull (its change_seq moves) though its version does not, as with attaching online.
  await trx.updateTable('journal_entries').set({ updated_at: now }).where('agency_id', '=', who.agencyId).where('id', '=', entryId).execute();
  return { missing, changed: true };
}

async function removeEntry(ctx: AppContext, bc: BatchContext, item: EntryDelete): Promise<PushResult> {
  const { who } = bc;
  const row = await ctx.db
    .selectFrom('journal_entries')
    .select(['employee_id', 'version', 'deleted_at'])
    .where('agency_id', '=', who.agencyId)
    .where('id', '=', item.entryId)
    .executeTakeFirst();
  if (!row || row.employee_id !== who.employeeId) throw new AppError('NOT_FOUND', MESSAGES.notFound);
  // Deleting a deleted entry is the same as deleting it once; otherwise the version must still be the one seen.
  if (!row.deleted_at) {
    if (row.version !== item.baseVersion) throw new AppError('CONFLICT');
    await deleteEntry(ctx, who, item.entryId, judgeAt(bc, item.deviceTime));
  }
  await ctx.db.transaction().execute((trx) => remember(trx, ctx, bc, item, 'applied', []));
  return { itemId: item.itemId, status: 'applied' };
}

async function submit(ctx: AppContext, bc: BatchContext, item: DaySubmit): Promise<PushResult> {
  await submitDay(ctx, bc.who, item.date, judgeAt(bc, item.deviceTime));
  await ctx.db.transaction().execute((trx) => remember(trx, ctx, bc, item, 'applied', []));
  return { itemId: item.itemId, status: 'applied' };
}

async function remember(trx: Transaction<Database>, ctx: AppContext, bc: BatchContext, item: SyncItem, status: 'applied' | 'incomplete', missing: string[]): Promise<void> {
  const { who } = bc;
  await trx
    .insertInto('sync_applied_items')
    .values({
      agency_id: who.agencyId,
      account_id: who.accountId,
      item_id: item.itemId,
      employee_id: who.employeeId,
      device_id: bc.deviceId,
      kind: item.kind,
      entry_id: item.kind === 'day.submit' ? null : item.entryId,
      status,
      missing_evidence: missing,
      device_time: new Date(item.deviceTime),
      received_at: ctx.now(),
    })
    .onConflict((oc) => oc.columns(['agency_id', 'account_id', 'item_id']).doUpdateSet({ status, missing_evidence: missing }))
    .execute();
}
