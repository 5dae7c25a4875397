import { countsTowardDay, dayKey, type Absence, isOverdue, localDateOf, validationDeadline, workingDaysLeft } from '@kinerja/core';
import type { Deadline, ReviewDay as ApiReviewDay, ReviewEntry as ApiReviewEntry } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import type { EntryStatus } from '../../db/schema.js';
import { type JournalContext, latestDecisions, targetFor } from '../journal/index.js';
import { flagsFor } from './flag-data.js';
import { entriesOfDays, type PersonDay, type ReviewEntry } from './review-entries.js';

/**
 * A reviewed entry: the API's, with the fields its flags were computed from (see ReviewEntry). Its
 * decision is the latest one: for a pending entry, the one before it was sent again (a return note).
 */
export type ReviewedEntry = ReviewEntry & Pick<ApiReviewEntry, 'flags' | 'deadline' | 'decision'>;

/** A person's day: its deadline is the earliest among its pending entries; its flags are the whole day's (each entry carries its own). */
export type ReviewDay = Omit<ApiReviewDay, 'entries'> & { entries?: ReviewedEntry[] };

/**
 * dueOn: the last day on which a decision is on time; daysLeft: working days left, 0 on the due day,
 * negative once overdue. The window and its calendar are those in force on the (local) day of
 * submission, when the supervisor's window opened (core WindowRulesOn).
 */
export function deadlineOf(jc: JournalContext, submittedAt: Date, today: string): Deadline {
  const { settings, calendar } = jc.rulesOn(localDateOf(submittedAt, jc.timeZone));
  const { dueOn } = validationDeadline(submittedAt, settings, calendar, jc.timeZone);
  return { dueOn, daysLeft: workingDaysLeft(dueOn, today, calendar), overdue: isOverdue(dueOn, today) };
}

/**
 * deadlineOf for many entries of one request: the deadline depends only on the local day of
 * submission, and a supervisor's hundreds of pending days were sent on a handful of days, so each
 * day's calendar walk is done once. Answers a fresh object each time (callers may keep it).
 */
export function deadlinesOf(jc: JournalContext, today: string): (submittedAt: Date) => Deadline {
  const byDay = new Map<string, Deadline>();
  // A day's entries are sent together, so most share the instant too: that skips the time-zone
  // formatting (localDateOf), which a CPU profile showed as the larger cost.
  const byInstant = new Map<number, Deadline>();
  return (submittedAt) => {
    let d = byInstant.get(submittedAt.getTime());
    if (!d) {
      const day = localDateOf(submittedAt, jc.timeZone);
      d = byDay.get(day);
      if (!d) byDay.set(day, (d = deadlineOf(jc, submittedAt, today)));
      byInstant.set(submittedAt.getTime(), d);
    }
    return { ...d };
  };
}

/**
 * Person-days with their entries, flags, deadlines and latest decisions. `show` picks the entries
 * listed; flags are always computed over every counted entry of the day. `absences`: as flagsFor's
 * (absent: read for these days).
 */
export async function reviewDays(ctx: AppContext, jc: JournalContext, today: string, days: readonly PersonDay[], show: readonly EntryStatus[], absences?: Promise<readonly Absence[]>): Promise<ReviewDay[]> {
  if (days.length === 0) return [];
  const statuses = [...new Set<EntryStatus>(['submitted', 'approved', ...show])];
  const db = ctx.db;
  const entries = await entriesOfDays(db, jc.agencyId, days, statuses);
  const counted = entries.filter((e) => countsTowardDay(e.status));
  const [flags, decisions] = await Promise.all([
    flagsFor(ctx, jc, counted, absences),
    latestDecisions(
      db,
      jc.agencyId,
      entries.filter((e) => e.submittedAt !== null).map((e) => e.id),
    ),
  ]);
  const byDay = new Map<string, ReviewEntry[]>();
  for (const e of entries) {
    const key = dayKey(e.employeeId, e.workDate);
    const list = byDay.get(key);
    if (list) list.push(e);
    else byDay.set(key, [e]);
  }
  const deadline = deadlinesOf(jc, today);
  return days.map((d) => {
    const key = dayKey(d.employeeId, d.date);
    const list = byDay.get(key) ?? [];
    const shown: ReviewedEntry[] = list
      .filter((e) => show.includes(e.status))
      .map((e) => ({
        ...e,
        flags: flags.entries.get(e.id) ?? [],
        deadline: e.status === 'submitted' && e.submittedAt ? deadline(new Date(e.submittedAt)) : null,
        decision: decisions.get(e.id) ?? null,
      }));
    const pending = list.filter((e) => e.status === 'submitted');
    const deadlines = pending.filter((e) => e.submittedAt).map((e) => deadline(new Date(e.submittedAt!)));
    return {
      employeeId: d.employeeId,
      date: d.date,
      targetMinutes: targetFor(jc, d.date),
      claimedMinutes: list.filter((e) => countsTowardDay(e.status)).reduce((s, e) => s + e.creditedMinutes, 0),
      pendingCount: pending.length,
      pendingMinutes: pending.reduce((s, e) => s + e.creditedMinutes, 0),
      deadline: deadlines.length ? deadlines.reduce((a, b) => (b.dueOn < a.dueOn ? b : a)) : null,
      flags: flags.days.get(key) ?? [],
      entries: shown,
    };
  });
}
