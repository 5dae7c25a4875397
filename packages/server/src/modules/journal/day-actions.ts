import { canEdit, canLogEntry, copiedEntryId, nextStatus } from '@kinerja/core';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';
import { approveAutomatically, autoApproverFor, type AutoApprover } from './auto-approve.js';
import { loadJournalContext, type JournalContext } from './context.js';
import { minuteToTime } from './dto.js';
import { writeEntry } from './entry-writes.js';
import { appendEntryEvent, appendEntryEvents } from './queries.js';
import { copyableEntriesOn, lockedEntryState, markEntriesSubmitted, markEntryDeleted, sendableEntriesOn } from './queries/days.js';
import { lockEmployeeDay, type EntryInput } from './save-entry.js';
import type { Journalist } from './who.js';

function assertOpen(jc: JournalContext, date: string, now: Date): void {
  const rules = jc.rulesOn(date); // the window of a day is the one in force on that day
  const can = canLogEntry(date, now, rules.settings, rules.calendar, jc.outages, jc.timeZone);
  if (!can.ok) throw new AppError(can.code, can.message, [{ field: 'date', message: can.message }]);
}

/** `judgeAt`: the instant the deadline is judged at, when an offline sync push says so (default now). */
export async function deleteEntry(ctx: AppContext, who: Journalist, id: string, judgeAt?: Date): Promise<void> {
  const jc = await loadJournalContext(ctx, who.agencyId);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const entry = await lockedEntryState(trx, who.agencyId, id);
    if (!entry || entry.employee_id !== who.employeeId) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
    if (entry.deleted_at) return; // deleting twice is the same as once
    if (!canEdit(entry.status)) throw new AppError('ENTRY_NOT_EDITABLE');
    assertOpen(jc, entry.work_date, judgeAt ?? now);
    // Soft delete: the row and its history stay for the audit trail.
    await markEntryDeleted(trx, who.agencyId, id, now);
    await appendEntryEvent(trx, { agencyId: who.agencyId, entryId: id, actorAccountId: who.accountId, action: 'deleted' });
  });
}

/**
 * Submitting is explicit: the employee sends the day to the supervisor with one tap. Drafts and
 * entries returned for revision go; approved, rejected and already submitted entries stay as they are.
 * Someone nobody validates (a JPT by default, or without any supervisor) is approved at once.
 */
export async function submitDay(ctx: AppContext, who: Journalist, date: string, judgeAt?: Date): Promise<number> {
  const jc = await loadJournalContext(ctx, who.agencyId);
  const now = ctx.now();
  assertOpen(jc, date, judgeAt ?? now);
  const automatic = await autoApproverFor(ctx, who.agencyId, jc.settings);
  return ctx.db.transaction().execute((trx) => submitDayWithin(trx, who, date, now, automatic));
}

/**
 * Submits a day in the caller's transaction, once its deadline has been judged open (the sync push
 * applies a whole logged day and its submit in one transaction).
 */
export async function submitDayWithin(trx: Transaction<Database>, who: Journalist, date: string, now: Date, automatic: AutoApprover): Promise<number> {
  await lockEmployeeDay(trx, who.agencyId, who.employeeId, date);
  const entries = await sendableEntriesOn(trx, who.agencyId, who.employeeId, date);
  // One UPDATE and one history insert for the whole day, whatever its size.
  const moving = entries.map((e) => ({ ...e, next: nextStatus(e.status, e.status === 'returned' ? 'resubmit' : 'submit') }));
  const sent = moving.filter((e) => e.next.ok && e.next.status === 'submitted');
  if (sent.length) {
    await markEntriesSubmitted(
      trx,
      who.agencyId,
      sent.map((e) => e.id),
      now,
    );
    await appendEntryEvents(
      trx,
      who.agencyId,
      who.accountId,
      sent.map((e) => ({ entryId: e.id, action: e.status === 'returned' ? 'resubmitted' : 'submitted' })),
    );
  }
  const reason = entries.length ? (await automatic.reasonsFor(trx, [who.employeeId])).get(who.employeeId) : undefined;
  if (reason) {
    await approveAutomatically(
      trx,
      who.agencyId,
      entries.map((e) => e.id),
      reason,
      now,
    );
  }
  return entries.length;
}

/**
 * "Copy yesterday": the source day's entries become drafts on the target day with the same times
 * and activities but no evidence (today's work needs today's proof). Each copy is written like a
 * hand-made entry (writeEntry: today's dictionary and rules); one that would overlap something
 * already there, or that the rules now refuse, is skipped, and copying twice adds nothing.
 */
export async function copyDay(ctx: AppContext, who: Journalist, fromDate: string, toDate: string): Promise<{ copied: number; skipped: number }> {
  if (fromDate === toDate) throw new AppError('VALIDATION', 'Tanggal sumber dan tujuan tidak boleh sama.', [{ field: 'fromDate', message: 'Harus berbeda dari tanggal tujuan.' }]);
  const jc = await loadJournalContext(ctx, who.agencyId);
  assertOpen(jc, toDate, ctx.now());
  const source = await copyableEntriesOn(ctx.db, who.agencyId, who.employeeId, fromDate);
  let copied = 0;
  let skipped = 0;
  for (const s of source) {
    const copy: EntryInput = {
      workDate: toDate,
      startTime: minuteToTime(s.start_minute),
      endTime: minuteToTime(s.end_minute),
      durationMinutes: s.duration_minutes,
      activityCode: s.activity_code,
      volume: Number(s.volume),
      description: s.description,
      rhkId: s.rhk_id,
      // New only: a copy made before (even if edited since) is left as it is.
      baseVersion: 0,
    };
    try {
      const { created } = await writeEntry(ctx, who, copiedEntryId(s.id, toDate), copy, { createdData: { copiedFrom: s.id } });
      if (created) copied++;
      else skipped++;
    } catch (error) {
      // The day closing meanwhile ends the copy; any other refusal (an overlap, a copy deleted or edited since) skips one entry.
      if (!(error instanceof AppError) || error.status >= 500 || error.code === 'WINDOW_CLOSED' || error.code === 'FUTURE_DATE') throw error;
      skipped++;
    }
  }
  return { copied, skipped };
}
