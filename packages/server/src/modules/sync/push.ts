import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { translateValidation } from '../../http/validation-messages.js';
import { completeListedEvidence, deleteEntry, ENTRY_ID_TAKEN_MESSAGE, EntryIdTaken, entryById, submitDay, writeEntry, type EntryDto, type Journalist } from '../journal/index.js';
import { batchContext, judgeAt, judged, type BatchContext } from './batch-context.js';
import { pushAtOnce } from './push-at-once.js';
import type { PushResult } from './push-result.js';
import { appliedItem, entryOwnership, upsertAppliedItem } from './queries.js';
import { listedFiles, type DaySubmit, type EntryDelete, type EntryPut, type ItemKind, type SyncItem } from '@kinerja/core/api';
import { ITEM_VALIDATORS } from './schemas.js';

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
    return {
      itemId,
      status: 'rejected',
      code: 'VALIDATION',
      message: first ? `${MESSAGES.invalid} ${first.field}: ${first.message}` : MESSAGES.invalid,
      ...(details.length ? { details } : {}),
    };
  }
  const item = raw as unknown as SyncItem;
  const { who } = bc;
  const done = await appliedItem(ctx.db, who.agencyId, who.accountId, itemId);
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
  const details = error.details?.length ? { details: error.details } : {};
  return { itemId: item.itemId, status: 'rejected', code: error.code, message: error.message, ...details, ...copy };
}

async function putEntry(ctx: AppContext, bc: BatchContext, item: EntryPut, completing: boolean): Promise<PushResult> {
  const { who } = bc;
  const { evidence: listed, ...body } = item.entry;
  const evidence = listed ? listedFiles(listed) : undefined;
  // The item is recorded in the write's own transaction: one transaction per item.
  const record = (trx: Db, written: { missingEvidence: string[] }) =>
    remember(trx, ctx, bc, item, written.missingEvidence.length ? 'incomplete' : 'applied', written.missingEvidence);
  let entry: EntryDto | undefined;
  let missing: string[];
  if (!completing) {
    const existing = await entryOwnership(ctx.db, who.agencyId, item.entryId);
    // Ids are never reused: a deleted entry stays deleted, another person's id stays theirs.
    if (existing?.deleted_at && existing.employee_id === who.employeeId) return { itemId: item.itemId, status: 'rejected', code: 'ENTRY_DELETED', message: MESSAGES.deletedEntry };
    if (existing && existing.employee_id !== who.employeeId) throw new AppError('VALIDATION', ENTRY_ID_TAKEN_MESSAGE);
    // A null base version means "new": an existing entry with other content is a conflict (0 never matches).
    const written = await writeEntry(
      ctx,
      who,
      item.entryId,
      { ...body, baseVersion: item.baseVersion ?? 0, deviceRecordedAt: item.deviceTime },
      { ...(evidence ? { evidence } : {}), judged: judged(bc, item.deviceTime), clockSkewSeconds: bc.skewSeconds, within: record },
    ).catch((error: unknown) => {
      // Claimed in another agency: answered exactly like another person's id in this one.
      throw error instanceof EntryIdTaken ? new AppError('VALIDATION', ENTRY_ID_TAKEN_MESSAGE) : error;
    });
    entry = written.entry;
    missing = written.missingEvidence;
  } else {
    // Completing an item held as incomplete: only its files are new.
    ({ missing } = await completeListedEvidence(ctx, who, item.entryId, evidence, (trx, attached) => record(trx, { missingEvidence: attached.missing })));
    entry = await entryById(ctx.db, who.agencyId, who.employeeId, item.entryId);
  }
  if (missing.length) {
    return { itemId: item.itemId, status: 'incomplete', code: 'EVIDENCE_MISSING', message: MESSAGES.incomplete(missing.length), missingEvidence: missing, ...(entry ? { entry } : {}) };
  }
  return { itemId: item.itemId, status: 'applied', ...(entry ? { entry } : {}) };
}

async function removeEntry(ctx: AppContext, bc: BatchContext, item: EntryDelete): Promise<PushResult> {
  const { who } = bc;
  const row = await entryOwnership(ctx.db, who.agencyId, item.entryId);
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

async function remember(trx: Db, ctx: AppContext, bc: BatchContext, item: SyncItem, status: 'applied' | 'incomplete', missing: string[]): Promise<void> {
  const { who } = bc;
  await upsertAppliedItem(trx, {
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
  });
}
