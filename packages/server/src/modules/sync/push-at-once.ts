import { canLogEntry, overlapMessage, type JudgedInstant } from '@kinerja/core';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import {
  appendEntryEvents,
  autoApproverFor,
  claimEntryIds,
  countedEntriesOn,
  entryValues,
  insertEvidence,
  labelled,
  lateColumns,
  listedEvidenceRows,
  lockEmployeeDay,
  minuteToTime,
  needsApprovedRhk,
  approvedRhkBetween,
  rhkRefusal,
  submitDayWithin,
  toEntryDto,
  type ActivityRow,
  type EntryDto,
  type EntryValues,
} from '../journal/index.js';
import { judged, type BatchContext } from './batch-context.js';
import type { PushResult } from './push-result.js';
import { anyItemOrEntryKnown, insertAppliedItems, insertNewEntries, uploadedMediaTypes } from './queries.js';
import { listedFiles, type DaySubmit, type EntryPut, type SyncItem } from '@kinerja/core/api';

/** Thrown inside the transaction when the batch turns out not to be the simple case: roll back, go item by item. */
class NotAtOnce extends Error {}

interface NewEntry {
  item: EntryPut;
  values: EntryValues;
  activity: ActivityRow;
  judged: JudgedInstant;
  /** When the entry's reporting window closes. */
  closesAt: Date;
}

/**
 * The usual push: a day logged offline, sent as new entries with their files and then the day's
 * submit. It is applied in one transaction with one statement per table, where the item-by-item path
 * spends a transaction per item (about 75 statements for a day of 8 entries against about 15 here).
 *
 * It answers exactly what the item-by-item path would, because it only runs when every item would
 * simply be applied there: all are new to the server, valid, inside their deadlines, free of
 * overlaps, with every file uploaded. Anything else (a repeat, an edit, a delete, a refusal, a
 * missing file, a write that races another device) answers undefined before anything is kept, and
 * the caller applies the batch item by item, which gives each item its own answer.
 */
export async function pushAtOnce(ctx: AppContext, bc: BatchContext, items: readonly SyncItem[]): Promise<PushResult[] | undefined> {
  const puts: EntryPut[] = [];
  const submits: DaySubmit[] = [];
  const submitted = new Set<string>();
  for (const item of items) {
    if (item.kind === 'entry.delete') return undefined;
    if (item.kind === 'day.submit') {
      submits.push(item);
      submitted.add(item.date);
    } else {
      // Baseless (new) entries only; one sent after its day's submit would stay a draft, which order matters for.
      if (item.baseVersion !== null || submitted.has(item.entry.workDate)) return undefined;
      puts.push(item);
    }
  }
  if (puts.length === 0 || new Set(puts.map((p) => p.entryId)).size !== puts.length) return undefined;

  const checked = await checkedEntries(ctx, bc, puts, submits);
  if (!checked) return undefined;
  const automatic = submits.length ? await autoApproverFor(ctx, bc.who.agencyId, bc.jc.settings) : undefined;
  const now = ctx.now();
  try {
    const mediaTypes = await ctx.db.transaction().execute(async (trx) => {
      const files = await writeEntries(trx, bc, checked, items, now);
      for (const s of submits) await submitDayWithin(trx, bc.who, s.date, now, automatic!);
      await rememberAll(trx, bc, items, now);
      return files;
    });
    return items.map((item): PushResult => {
      const made = item.kind === 'entry.put' ? checked.find((c) => c.item === item) : undefined;
      return made ? { itemId: item.itemId, status: 'applied', entry: entryDtoOf(made, mediaTypes, now) } : { itemId: item.itemId, status: 'applied' };
    });
  } catch (error) {
    // A race with another device (a unique key, a deadlock) or any refusal: the item-by-item path decides.
    if (error instanceof NotAtOnce || error instanceof AppError || isDatabaseRefusal(error)) return undefined;
    throw error;
  }
}

/** The entries' values, when every one is valid and open at its judged time (and every submitted day too). */
async function checkedEntries(ctx: AppContext, bc: BatchContext, puts: EntryPut[], submits: DaySubmit[]): Promise<NewEntry[] | undefined> {
  const out: NewEntry[] = [];
  const windowOf = (date: string, at: JudgedInstant) => {
    const rules = bc.jc.rulesOn(date); // as in save-entry: the window in force on that day
    return canLogEntry(date, at.at, rules.settings, rules.calendar, bc.jc.outages, bc.jc.timeZone);
  };
  // The RHK rule as writeEntry applies it, with the employee's approved RHK read once for the batch's dates.
  const rhkDates = puts.filter((p) => needsApprovedRhk(bc.jc, p.entry)).map((p) => p.entry.workDate).sort();
  const approved = rhkDates.length ? await approvedRhkBetween(ctx, bc.who, rhkDates[0]!, rhkDates[rhkDates.length - 1]!) : [];
  for (const item of puts) {
    const { evidence: _files, ...input } = item.entry;
    const at = judged(bc, item.deviceTime);
    const can = windowOf(input.workDate, at);
    if (!can.ok || rhkRefusal(bc.jc, input, approved)) return undefined;
    try {
      out.push({ item, ...(await entryValues(ctx, bc.jc, input)), judged: at, closesAt: can.closesAt });
    } catch (error) {
      if (error instanceof AppError) return undefined;
      throw error;
    }
  }
  return submits.every((s) => windowOf(s.date, judged(bc, s.deviceTime)).ok) ? out : undefined;
}

async function writeEntries(trx: Transaction<Database>, bc: BatchContext, entries: NewEntry[], items: readonly SyncItem[], now: Date): Promise<Map<string, string>> {
  const { who } = bc;
  const itemIds = items.map((i) => i.itemId);
  const entryIds = entries.map((e) => e.item.entryId);
  // An item seen before or an entry id already taken (by anyone, in any agency): one statement asks both.
  if (await anyItemOrEntryKnown(trx, who.agencyId, who.accountId, itemIds, entryIds)) throw new NotAtOnce();

  const dates = [...new Set(entries.map((e) => e.values.work_date))].sort();
  // In date order, so two pushes of the same person cannot hold each other's days.
  for (const date of dates) await lockEmployeeDay(trx, who.agencyId, who.employeeId, date);
  await assertNoOverlaps(trx, bc, entries, dates);

  const listed = [...new Set(entries.flatMap((e) => listedFiles(e.item.entry.evidence).map((f) => f.sha256)))];
  const mediaTypes = listed.length ? await uploadedMediaTypes(trx, who.accountId, listed) : new Map<string, string>();
  if (listed.length) {
    // A file not uploaded yet makes its item incomplete: that answer is the item-by-item path's.
    if (mediaTypes.size !== listed.length) throw new NotAtOnce();
  }

  // A claim made meanwhile by another writer is a refusal: the item-by-item path answers it.
  await claimEntryIds(trx, who, entryIds);
  await insertNewEntries(
    trx,
    entries.map((e) => ({
      agency_id: who.agencyId,
      id: e.item.entryId,
      employee_id: who.employeeId,
      ...e.values,
      device_recorded_at: new Date(e.item.deviceTime),
      clock_skew_seconds: bc.skewSeconds,
      ...lateColumns(e.judged, now, [e.closesAt]),
      received_at: now,
      created_at: now,
      updated_at: now,
    })),
  );
  await insertEvidence(trx, who, entries.flatMap((e) => listedEvidenceRows(e.item.entryId, listedFiles(e.item.entry.evidence), now)));
  await appendEntryEvents(
    trx,
    who.agencyId,
    who.accountId,
    entries.flatMap((e) => [
      { entryId: e.item.entryId, action: 'created' },
      ...listedFiles(e.item.entry.evidence).map(({ sha256 }) => ({ entryId: e.item.entryId, action: 'evidence_added', data: { sha256 } })),
    ]),
  );
  return mediaTypes;
}

/** Each new entry against the day's stored entries and the batch's earlier ones. */
async function assertNoOverlaps(trx: Transaction<Database>, bc: BatchContext, entries: NewEntry[], dates: string[]): Promise<void> {
  if (!entries.some((e) => e.values.start_minute !== null && e.values.end_minute !== null)) return;
  const byDate = await countedEntriesOn(trx, bc.who, dates);
  for (const e of entries) {
    const { start_minute: start, end_minute: end, work_date: date } = e.values;
    const sameDay = byDate.get(date)!;
    if (start !== null && end !== null && overlapMessage({ id: e.item.entryId, startTime: minuteToTime(start)!, endTime: minuteToTime(end)! }, sameDay)) {
      throw new NotAtOnce();
    }
    sameDay.push(labelled(e.item.entryId, e.activity.name, start, end));
  }
}

async function rememberAll(trx: Transaction<Database>, bc: BatchContext, items: readonly SyncItem[], now: Date): Promise<void> {
  await insertAppliedItems(
    trx,
    items.map((item) => ({
      agency_id: bc.who.agencyId,
      account_id: bc.who.accountId,
      item_id: item.itemId,
      employee_id: bc.who.employeeId,
      device_id: bc.deviceId,
      kind: item.kind,
      entry_id: item.kind === 'day.submit' ? null : item.entryId,
      status: 'applied',
      missing_evidence: [],
      device_time: new Date(item.deviceTime),
      received_at: now,
    })),
  );
}

/** What the item-by-item path answers for a new entry: a draft at version 1 with its files. */
function entryDtoOf(e: NewEntry, mediaTypes: Map<string, string>, now: Date): EntryDto {
  const evidence = listedFiles(e.item.entry.evidence).map(({ sha256, fileName }) => ({ sha256, fileName, mediaType: mediaTypes.get(sha256)! }));
  return toEntryDto(
    {
      id: e.item.entryId,
      ...e.values,
      volume: String(e.values.volume),
      activity_name: e.activity.name,
      activity_unit: e.activity.unit,
      status: 'draft',
      version: 1,
      device_recorded_at: new Date(e.item.deviceTime),
      received_at: now,
      updated_at: now,
    },
    evidence,
  );
}

/** A unique-key violation or deadlock from a concurrent writer (SQLSTATE class 23 or 40). */
function isDatabaseRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(23|40)/.test(code);
}
