import { canEdit, canLogEntry, closedBeforeReceipt, creditedMinutes, ENTRY_ID_TAKEN_MESSAGE, overlapMessage, validateEntry, type JudgedInstant, type LabelledEntry } from '@kinerja/core';
import type { EntryBody } from '@kinerja/core/api';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { loadJournalContext, type JournalContext } from './context.js';
import { findActivities, usableBy, type ActivityRow } from './dictionary.js';
import { minuteToTime, timeToMinute, toEntryDto, type EntryDto } from './dto.js';
import { appendEntryEvent, entryById } from './queries.js';
import { countedEntryRowsOn, insertEntryIdClaims, insertEntryRow, lockedEntryRow, lockEmployeeDay, updateEntryRow } from './queries/entries.js';
import type { Journalist } from './who.js';

/** The body of PUT /journal/entries/:entryId (EntryBody in @kinerja/core/api). */
export type EntryInput = EntryBody;

/** What a write adds to the entry's fields (entry-writes.ts); not part of the HTTP body. */
export interface SaveOptions {
  /**
   * The instant the reporting deadline is judged at (the device's time, per the agency's policy and
   * never later than the push). On the device's word after the window closed, the entry is kept
   * marked late (LATE_ON_DEVICE_TIME).
   */
  judged?: JudgedInstant;
  /** Server − device clock in seconds, kept on the entry for the CLOCK_SKEW flag. */
  clockSkewSeconds?: number | null;
  /**
   * More work in the save's own transaction, after the entry is written or found unchanged (the sync
   * push attaches evidence and records the item there: one transaction per item). Answers true when
   * it changed the entry, so the answer is read back rather than built from what was written.
   */
  within?: (trx: Transaction<Database>) => Promise<boolean>;
  /** Kept on the entry's 'created' event (a copy names its source). */
  createdData?: Record<string, unknown>;
}

export { ENTRY_ID_TAKEN_MESSAGE };

/** Refusal of an entry id already used for another entry, in this agency or any other (409, the same either way). */
export class EntryIdTaken extends AppError {
  constructor() {
    super('CONFLICT', ENTRY_ID_TAKEN_MESSAGE);
  }
}

/**
 * Claims new entries' ids province-wide (entry_id_claims, keyed by the id alone) in the transaction
 * that writes them; an id anyone has claimed before is refused without saying whose it is. A
 * concurrent claim of the same id waits for the first to commit, then finds it taken.
 */
export async function claimEntryIds(trx: Transaction<Database>, who: Journalist, ids: readonly string[]): Promise<void> {
  const claimed = await insertEntryIdClaims(trx, who.agencyId, who.employeeId, ids);
  if (claimed.length !== ids.length) throw new EntryIdTaken();
}

/** Serialises writes to one employee's day so two overlapping entries cannot both slip in. */
export { lockEmployeeDay };

/**
 * Creates or updates one entry, idempotently by its client-generated id: sending the same entry
 * twice answers with the stored entry and writes nothing the second time. Called only by
 * entry-writes.ts (writeEntry), the one way an entry is written.
 */
export async function saveEntry(
  ctx: AppContext,
  who: Journalist,
  id: string,
  input: EntryInput,
  sync: SaveOptions = {},
): Promise<{ entry: EntryDto; created: boolean }> {
  const jc = await loadJournalContext(ctx, who.agencyId);
  const { values, activity } = await entryValues(ctx, jc, input);

  const now = ctx.now();
  const writeEntry = async (trx: Transaction<Database>): Promise<{ created: boolean; changed: boolean }> => {
    const existing = await lockedEntryRow(trx, who.agencyId, id);
    // Another person's id, or a deleted entry: ids are never reused.
    if (existing && (existing.employee_id !== who.employeeId || existing.deleted_at)) throw new EntryIdTaken();
    if (existing && sameContent(existing, values)) return { created: false, changed: false };

    if (existing) {
      if (!canEdit(existing.status)) throw new AppError('ENTRY_NOT_EDITABLE');
      if (input.baseVersion !== undefined && input.baseVersion !== existing.version) {
        throw new AppError('CONFLICT', 'Kegiatan ini telah diubah di perangkat lain. Muat ulang untuk melihat versi terbaru.');
      }
    }
    // Both the new date and, when moving an entry, the old date must still be open.
    const closes: Date[] = [];
    for (const date of new Set([input.workDate, existing?.work_date].filter((d): d is string => !!d))) {
      const rules = jc.rulesOn(date); // the window of a day is the one in force on that day
      const can = canLogEntry(date, sync.judged?.at ?? now, rules.settings, rules.calendar, jc.outages, jc.timeZone);
      if (!can.ok) throw new AppError(can.code, can.message, [{ field: 'workDate', message: can.message }]);
      closes.push(can.closesAt);
    }
    const late = lateColumns(sync.judged, now, closes);

    await lockEmployeeDay(trx, who.agencyId, who.employeeId, input.workDate);
    await assertNoOverlap(trx, who, id, input);

    if (existing) {
      await updateEntryRow(trx, who.agencyId, id, {
        ...values,
        version: existing.version + 1,
        updated_at: now,
        clock_skew_seconds: sync.clockSkewSeconds ?? null,
        ...late,
        ...(input.deviceRecordedAt ? { device_recorded_at: new Date(input.deviceRecordedAt) } : {}),
      });
      await appendEntryEvent(trx, { agencyId: who.agencyId, entryId: id, actorAccountId: who.accountId, action: 'updated', data: changes(existing, values) });
      return { created: false, changed: true };
    }
    await claimEntryIds(trx, who, [id]);
    await insertEntryRow(trx, {
      agency_id: who.agencyId,
      id,
      employee_id: who.employeeId,
      ...values,
      device_recorded_at: input.deviceRecordedAt ? new Date(input.deviceRecordedAt) : null,
      clock_skew_seconds: sync.clockSkewSeconds ?? null,
      ...late,
      received_at: now,
      created_at: now,
      updated_at: now,
    });
    await appendEntryEvent(trx, { agencyId: who.agencyId, entryId: id, actorAccountId: who.accountId, action: 'created', ...(sync.createdData ? { data: sync.createdData } : {}) });
    return { created: true, changed: true };
  };
  const result = await ctx.db.transaction().execute(async (trx) => {
    const written = await writeEntry(trx);
    const touched = sync.within ? await sync.within(trx) : false;
    return { ...written, touched };
  });
  if (result.created && !result.touched) {
    // A new entry is exactly what was just written: a draft without evidence or decision. No re-read.
    const entry = toEntryDto({
      id,
      ...values,
      volume: String(values.volume),
      activity_name: activity.name,
      activity_unit: activity.unit,
      status: 'draft',
      version: 1,
      device_recorded_at: input.deviceRecordedAt ? new Date(input.deviceRecordedAt) : null,
      received_at: now,
      updated_at: now,
    });
    return { entry, created: true };
  }
  const entry = await entryById(ctx.db, who.agencyId, who.employeeId, id);
  if (!entry) throw new AppError('NOT_FOUND');
  return { entry, created: result.created };
}

/** The LATE_ON_DEVICE_TIME columns of a write received at `now` whose dates close at `closes`. */
export function lateColumns(judged: JudgedInstant | undefined, now: Date, closes: readonly Date[]): { late_received_at: Date | null; late_window_closed_at: Date | null } {
  const closed = judged ? closedBeforeReceipt(judged, now, closes) : undefined;
  return { late_received_at: closed ? now : null, late_window_closed_at: closed ?? null };
}

/** The row values of an entry as typed, checked against the agency's rules and the dictionary (throws a 4xx AppError). */
export async function entryValues(ctx: AppContext, jc: JournalContext, input: EntryInput): Promise<{ values: EntryValues; activity: ActivityRow }> {
  const timing = {
    ...(input.startTime ? { startTime: input.startTime } : {}),
    ...(input.endTime ? { endTime: input.endTime } : {}),
    // 0 is a duration (refused by validateEntry), not a missing one.
    ...(input.durationMinutes !== undefined && input.durationMinutes !== null ? { durationMinutes: input.durationMinutes } : {}),
    volume: input.volume,
  };
  // Checked and credited under the settings in force on the work date (its credit mode).
  const { settings } = jc.rulesOn(input.workDate);
  const issues = validateEntry(timing, settings);
  if (issues.length) throw new AppError('VALIDATION', issues[0]!.message, issues.map((i) => ({ field: i.field, message: i.message })));

  const found = (await findActivities(ctx.db, [input.activityCode])).get(input.activityCode);
  const activity = found && usableBy(jc.agencyCode, found) ? found : undefined;
  if (!activity) {
    throw new AppError('UNKNOWN_ACTIVITY', `Kode kegiatan '${input.activityCode}' tidak ada dalam kamus aktivitas yang berlaku.`, [
      { field: 'activityCode', message: 'Kode tidak dikenal.' },
    ]);
  }
  const values: EntryValues = {
    work_date: input.workDate,
    start_minute: timeToMinute(input.startTime),
    end_minute: timeToMinute(input.endTime),
    duration_minutes: input.durationMinutes ?? null,
    activity_code: activity.code,
    activity_version: activity.version,
    volume: input.volume,
    description: input.description ?? '',
    rhk_id: input.rhkId ?? null,
    credited_minutes: creditedMinutes(timing, settings, activity),
  };
  return { values, activity };
}

async function assertNoOverlap(trx: Transaction<Database>, who: Journalist, id: string, input: EntryInput): Promise<void> {
  if (!input.startTime || !input.endTime) return;
  const sameDay = (await countedEntriesOn(trx, who, [input.workDate])).get(input.workDate) ?? [];
  const message = overlapMessage({ id, startTime: input.startTime, endTime: input.endTime }, sameDay);
  if (message) throw new AppError('OVERLAP', message, [{ field: 'startTime', message }]);
}

/** An entry as the overlap rule reads it: its id, a title to name it by, and its times when it has them. */
export function labelled(id: string, title: string, startMinute: number | null, endMinute: number | null): LabelledEntry {
  return {
    id,
    title,
    ...(startMinute !== null ? { startTime: minuteToTime(startMinute)! } : {}),
    ...(endMinute !== null ? { endTime: minuteToTime(endMinute)! } : {}),
  };
}

/** The employee's counted entries (not deleted, not rejected) on the given dates, by date. The caller holds those days' locks. */
export async function countedEntriesOn(trx: Transaction<Database>, who: Journalist, dates: readonly string[]): Promise<Map<string, LabelledEntry[]>> {
  const rows = await countedEntryRowsOn(trx, who.agencyId, who.employeeId, dates);
  const byDate = new Map<string, LabelledEntry[]>(dates.map((d) => [d, []]));
  for (const r of rows) byDate.get(r.work_date)?.push(labelled(r.id, r.name, r.start_minute, r.end_minute));
  return byDate;
}

export type EntryValues = {
  work_date: string;
  start_minute: number | null;
  end_minute: number | null;
  duration_minutes: number | null;
  activity_code: string;
  activity_version: number;
  volume: number;
  description: string;
  rhk_id: string | null;
  credited_minutes: number;
};

function sameContent(row: Record<string, unknown>, v: EntryValues): boolean {
  return (
    row.work_date === v.work_date &&
    row.start_minute === v.start_minute &&
    row.end_minute === v.end_minute &&
    row.duration_minutes === v.duration_minutes &&
    row.activity_code === v.activity_code &&
    Number(row.volume) === v.volume &&
    row.description === v.description &&
    row.rhk_id === v.rhk_id
  );
}

function changes(row: Record<string, unknown>, v: EntryValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v)) {
    const before = k === 'volume' ? Number(row[k]) : row[k];
    if (before !== value) out[k] = { from: before, to: value };
  }
  return out;
}
