import { absenceFlag, dayKey, dayTotalFlags, type Absence, type Flag } from '@kinerja/core';
import type { Deadline, Inbox } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import type { ActingEmployee as Decider } from '../access/index.js';
import { type JournalContext, loadJournalContext, targetFor } from '../journal/index.js';
import { describePeople, todayChart } from '../org/index.js';
import { absenceSource } from './absences.js';
import { deadlinesOf, reviewDays, type ReviewDay } from './day-view.js';
import { overdueSpans } from './overdue.js';
import { pendingDaysOf, type PendingDayRow } from './queries/inbox.js';

export const INBOX_PAGE_DEFAULT = 10;
export const INBOX_PAGE_MAX = 50;

/**
 * Whom `people` lists: `all` (the default) every subordinate with something waiting; `page` only
 * those whose days are on this page, so the answer stays small whatever the team's size.
 */
export const INBOX_PEOPLE = ['all', 'page'] as const;
export type InboxPeople = (typeof INBOX_PEOPLE)[number];

type Position = [oldest: string, employeeId: string, date: string];

function encodeCursor(p: Position): string {
  return Buffer.from(JSON.stringify(p)).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  try {
    const p = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(p) && p.length === 3 && p.every((x) => typeof x === 'string')) return p as Position;
  } catch {
    // fall through
  }
  throw new AppError('VALIDATION', 'Penanda halaman (cursor) tidak valid. Muat ulang kotak masuk.', [{ field: 'cursor', message: 'Tidak valid.' }]);
}

const before = (a: Position, b: Position) => (a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2]);

/**
 * My subordinates' pending entries, grouped by person then day, oldest first. The counts cover every
 * pending day; entries, evidence and flags come for one page of days at a time, continued with
 * `cursor`. With `listing` 'all' every waiting person comes with a summary of each pending day (a
 * supervisor of 80 people × 3 days gets 240 summaries, 66 KB, on every page); with 'page' only the
 * people of this page do, which is all a screen showing one page needs. Attendance (the ABSENT_DAY
 * flag) is judged for the listed people only, so with 'page' the counts of entries on flagged days
 * (`counts.onFlaggedDays`, `page.rest.onFlaggedDays`) know absences on the page's people's days and
 * over-target and cap flags on every day. People are ordered by their
 * oldest pending day; a person whose oldest day is decided meanwhile may come round again on a later
 * page, which repeats but never hides anything.
 */
export async function loadInbox(ctx: AppContext, who: Decider, cursor: string | undefined, limit: number, listing: InboxPeople = 'all'): Promise<Inbox> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const now = ctx.now();
  const [{ chart, today, timeZone }, jc] = await Promise.all([todayChart(ctx, who.agencyId), loadJournalContext(ctx, who.agencyId)]);
  const subordinates = chart.subordinatesOf(who.employeeId);
  const empty: Inbox = {
    asOf: now.toISOString(),
    today,
    counts: { people: 0, days: 0, entries: 0, overdue: 0, onFlaggedDays: 0 },
    people: [],
    page: { items: [], nextCursor: null, rest: { days: 0, entries: 0, onFlaggedDays: 0 } },
  };
  if (subordinates.length === 0) return empty;

  const rows = await pendingDaysOf(ctx.db, jc.agencyId, subordinates, overdueSpans(jc, today));
  if (rows.length === 0) return empty;

  const byPerson = new Map<string, PendingDayRow[]>();
  for (const r of rows) {
    const days = byPerson.get(r.employeeId);
    if (days) days.push(r);
    else byPerson.set(r.employeeId, [r]);
  }
  const persons = [...byPerson.entries()]
    .map(([employeeId, days]) => ({ employeeId, days: days.sort((a, b) => (a.workDate < b.workDate ? -1 : 1)) }))
    .sort((a, b) => (a.days[0]!.workDate !== b.days[0]!.workDate ? (a.days[0]!.workDate < b.days[0]!.workDate ? -1 : 1) : a.employeeId < b.employeeId ? -1 : 1));

  // Every pending day in inbox order, with its place for the cursor.
  const ordered = persons.flatMap((p) => p.days.map((d) => ({ row: d, position: [p.days[0]!.workDate, p.employeeId, d.workDate] as Position })));
  const remaining = after ? ordered.filter((o) => before(after, o.position)) : ordered;
  const pageRows = remaining.slice(0, limit);
  const onPage = new Set(pageRows.map((o) => o.row.employeeId));
  const listed = listing === 'page' ? persons.filter((p) => onPage.has(p.employeeId)) : persons;

  // Attendance is judged for the listed people only (with 'page', the page's people: judging is the
  // costlier part of a page and grows with the team), over their pending days; the page's flags take
  // theirs from the same read. Days of people not listed carry their day-total flags without
  // ABSENT_DAY in the counts of entries on flagged days. The agency's zone is the one todayChart just
  // read: attendance's judging does not read it again.
  const listedRows = listed.flatMap((p) => p.days);
  const absencesRead =
    listedRows.length === 0
      ? Promise.resolve([])
      : absenceSource(ctx, { timeZone }).absencesBetween(
          who.agencyId,
          listed.map((p) => p.employeeId),
          listedRows.reduce((m, r) => (r.workDate < m ? r.workDate : m), listedRows[0]!.workDate),
          listedRows.reduce((m, r) => (r.workDate > m ? r.workDate : m), listedRows[0]!.workDate),
        );
  const [items, people, absences] = await Promise.all([
    reviewDays(
      ctx,
      jc,
      today,
      pageRows.map((o) => ({ employeeId: o.row.employeeId, date: o.row.workDate })),
      ['submitted'],
      absencesRead,
    ),
    // Described by their own post (capacity 'definitive' picks it), not by how they relate to me.
    describePeople(
      ctx.db,
      who.agencyId,
      chart,
      listed.map((p) => ({ employeeId: p.employeeId, unitId: null, capacity: 'definitive' as const })),
    ),
    absencesRead,
  ]);
  const absent = new Map(absences.map((a) => [dayKey(a.employeeId, a.date), a]));
  const describe = new Map(people.map((p) => [p.employeeId, p]));
  const flags = new Map(rows.map((r) => [r, dayFlags(jc, r, absent.get(dayKey(r.employeeId, r.workDate)))]));
  const onFlaggedDays = (days: readonly PendingDayRow[]) => days.reduce((s, r) => s + (flags.get(r)!.length > 0 ? r.pending : 0), 0);
  const rest = remaining.slice(limit).map((o) => o.row);
  const deadline = deadlinesOf(jc, today);
  return {
    asOf: now.toISOString(),
    today,
    counts: {
      people: persons.length,
      days: rows.length,
      entries: rows.reduce((s, r) => s + r.pending, 0),
      overdue: rows.reduce((s, r) => s + r.overdue, 0),
      onFlaggedDays: onFlaggedDays(rows),
    },
    people: listed.map((p) => {
      const d = describe.get(p.employeeId);
      return {
        employee: { employeeId: p.employeeId, nip: d?.nip ?? '', name: d?.name ?? '', positionName: d?.positionName ?? null, unitName: d?.unitName ?? null },
        capacity: chart.supervisorOf(p.employeeId)!.capacity,
        pendingCount: p.days.reduce((s, r) => s + r.pending, 0),
        days: p.days.map((r) => summaryOf(jc, r, flags.get(r)!, deadline)),
      };
    }),
    page: {
      items,
      nextCursor: rest.length > 0 ? encodeCursor(pageRows[pageRows.length - 1]!.position) : null,
      rest: { days: rest.length, entries: rest.reduce((s, r) => s + r.pending, 0), onFlaggedDays: onFlaggedDays(rest) },
    },
  };
}

/** The flags of a whole day as its summary knows them: absence, and the day's total against its target and the cap. */
function dayFlags(jc: JournalContext, r: PendingDayRow, absence: Absence | undefined): Flag[] {
  // The day's cap is the one in force on that day, like its target.
  const total = dayTotalFlags([{ creditedMinutes: r.claimedMinutes }], targetFor(jc, r.workDate), jc.rulesOn(r.workDate).settings.maxMinutesPerDay);
  return absence ? [absenceFlag(absence), ...total] : total;
}

function summaryOf(jc: JournalContext, r: PendingDayRow, flags: Flag[], deadline: (submittedAt: Date) => Deadline): ReviewDay {
  return {
    employeeId: r.employeeId,
    date: r.workDate,
    targetMinutes: targetFor(jc, r.workDate),
    claimedMinutes: r.claimedMinutes,
    pendingCount: r.pending,
    pendingMinutes: r.pendingMinutes,
    deadline: deadline(new Date(r.oldest)),
    flags,
  };
}
