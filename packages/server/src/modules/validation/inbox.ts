import { absenceFlag, dayKey, dayTotalFlags, firstOpenSubmissionDate, startOfLocalDay, type Absence, type Flag, type SupervisorLink } from '@kinerja/core';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { loadJournalContext, type JournalContext } from '../journal/context.js';
import { targetFor } from '../journal/days.js';
import { describePeople, type PersonLink } from '../org/people.js';
import { absenceSource } from './absences.js';
import { deadlinesOf, reviewDays, type Deadline, type ReviewDay } from './day-view.js';
import type { ActingEmployee as Decider } from '../access/index.js';
import { todayChart } from '../org/today-chart.js';

export const INBOX_PAGE_DEFAULT = 10;
export const INBOX_PAGE_MAX = 50;

export interface InboxPerson {
  employee: Omit<PersonLink, 'capacity' | 'agencyId'>;
  /** How I supervise this person: own post, Plt/Plh, or named by an admin. */
  capacity: SupervisorLink['capacity'];
  pendingCount: number;
  /** Every pending day, as a summary without entries. */
  days: ReviewDay[];
}

export interface Inbox {
  /** The instant the inbox was read; "approve all" with this asOf leaves later arrivals alone. */
  asOf: string;
  today: string;
  counts: { people: number; days: number; entries: number; overdue: number };
  people: InboxPerson[];
  page: { items: ReviewDay[]; nextCursor: string | null };
}

interface DayRow {
  employee_id: string;
  work_date: string;
  pending: number;
  pending_minutes: number;
  claimed_minutes: number;
  oldest: Date;
  overdue: number;
}

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
 * My subordinates' pending entries, grouped by person then day, oldest first. Every pending day
 * comes as a summary (a supervisor of 40 people × 7 days sees 280 small rows); entries, evidence
 * and flags come for one page of days at a time, continued with `cursor`. People are ordered by
 * their oldest pending day; a person whose oldest day is decided meanwhile may come round again
 * on a later page, which repeats but never hides anything.
 */
export async function loadInbox(ctx: AppContext, who: Decider, cursor: string | undefined, limit: number): Promise<Inbox> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const now = ctx.now();
  const [{ chart, today }, jc] = await Promise.all([todayChart(ctx, who.agencyId), loadJournalContext(ctx, who.agencyId)]);
  const subordinates = chart.subordinatesOf(who.employeeId);
  const empty: Inbox = { asOf: now.toISOString(), today, counts: { people: 0, days: 0, entries: 0, overdue: 0 }, people: [], page: { items: [], nextCursor: null } };
  if (subordinates.length === 0) return empty;

  const overdueBefore = startOfLocalDay(firstOpenSubmissionDate(today, jc.settings, jc.calendar), jc.timeZone);
  const rows = await pendingDays(ctx, jc, subordinates, overdueBefore);
  if (rows.length === 0) return empty;

  const employeeIds = [...new Set(rows.map((r) => r.employee_id))];
  const [people, absences] = await Promise.all([
    // Described by their own post (capacity 'definitive' picks it), not by how they relate to me.
    describePeople(
      ctx.db,
      who.agencyId,
      chart,
      employeeIds.map((id) => ({ employeeId: id, unitId: null, capacity: 'definitive' as const })),
    ),
    absenceSource.absencesBetween(
      who.agencyId,
      employeeIds,
      rows.reduce((m, r) => (r.work_date < m ? r.work_date : m), rows[0]!.work_date),
      rows.reduce((m, r) => (r.work_date > m ? r.work_date : m), rows[0]!.work_date),
    ),
  ]);
  const absent = new Map(absences.map((a) => [dayKey(a.employeeId, a.date), a]));
  const describe = new Map(people.map((p) => [p.employeeId, p]));

  const byPerson = new Map<string, DayRow[]>();
  for (const r of rows) {
    const days = byPerson.get(r.employee_id);
    if (days) days.push(r);
    else byPerson.set(r.employee_id, [r]);
  }
  const persons = [...byPerson.entries()]
    .map(([employeeId, days]) => ({ employeeId, days: days.sort((a, b) => (a.work_date < b.work_date ? -1 : 1)) }))
    .sort((a, b) => (a.days[0]!.work_date !== b.days[0]!.work_date ? (a.days[0]!.work_date < b.days[0]!.work_date ? -1 : 1) : a.employeeId < b.employeeId ? -1 : 1));

  // Every pending day in inbox order, with its place for the cursor.
  const ordered = persons.flatMap((p) => p.days.map((d) => ({ row: d, position: [p.days[0]!.work_date, p.employeeId, d.work_date] as Position })));
  const remaining = after ? ordered.filter((o) => before(after, o.position)) : ordered;
  const pageRows = remaining.slice(0, limit);
  const items = await reviewDays(
    ctx.db,
    jc,
    today,
    pageRows.map((o) => ({ employeeId: o.row.employee_id, date: o.row.work_date })),
    ['submitted'],
  );

  const deadline = deadlinesOf(jc, today);
  return {
    asOf: now.toISOString(),
    today,
    counts: {
      people: persons.length,
      days: rows.length,
      entries: rows.reduce((s, r) => s + r.pending, 0),
      overdue: rows.reduce((s, r) => s + r.overdue, 0),
    },
    people: persons.map((p) => {
      const d = describe.get(p.employeeId);
      return {
        employee: { employeeId: p.employeeId, nip: d?.nip ?? '', name: d?.name ?? '', positionName: d?.positionName ?? null, unitName: d?.unitName ?? null },
        capacity: chart.supervisorOf(p.employeeId)!.capacity,
        pendingCount: p.days.reduce((s, r) => s + r.pending, 0),
        days: p.days.map((r) => summaryOf(jc, r, absent.get(dayKey(r.employee_id, r.work_date)), deadline)),
      };
    }),
    page: { items, nextCursor: remaining.length > limit ? encodeCursor(pageRows[pageRows.length - 1]!.position) : null },
  };
}

function summaryOf(jc: JournalContext, r: DayRow, absence: Absence | undefined, deadline: (submittedAt: Date) => Deadline): ReviewDay {
  const target = targetFor(jc, r.work_date);
  const flags: Flag[] = [...(absence ? [absenceFlag(absence)] : []), ...dayTotalFlags([{ creditedMinutes: r.claimed_minutes }], target, jc.settings.maxMinutesPerDay)];
  return {
    employeeId: r.employee_id,
    date: r.work_date,
    targetMinutes: target,
    claimedMinutes: r.claimed_minutes,
    pendingCount: r.pending,
    pendingMinutes: r.pending_minutes,
    deadline: deadline(new Date(r.oldest)),
    flags,
  };
}

/**
 * One row per person-day with something pending, with the day's claimed total (submitted + approved).
 * Person by person: the pending days from the index of pending entries, then each such day's claimed
 * total by its (agency, employee, date) key. Every step is a lookup by key, so no plan can turn into
 * a read of the agency's journal, which both engines chose without statistics when the people came
 * as a list. The people come as one array parameter: one statement text whatever the team's size, so
 * PGlite keeps one prepared statement for it.
 */
async function pendingDays(ctx: AppContext, jc: JournalContext, employeeIds: readonly string[], overdueBefore: Date): Promise<DayRow[]> {
  const result = await sql<DayRow>`
    select d.employee_id, d.work_date, d.pending, d.pending_minutes, c.claimed_minutes, d.oldest, d.overdue
    from unnest(${[...employeeIds]}::uuid[]) as p(employee_id)
    cross join lateral (
      select s.employee_id, s.work_date, count(*) as pending, coalesce(sum(s.credited_minutes), 0) as pending_minutes,
        min(s.submitted_at) as oldest, count(*) filter (where s.submitted_at < ${overdueBefore}) as overdue
      from journal_entries s
      where s.agency_id = ${jc.agencyId} and s.employee_id = p.employee_id and s.status = 'submitted' and s.deleted_at is null
      group by s.employee_id, s.work_date
    ) d
    cross join lateral (
      select coalesce(sum(a.credited_minutes) filter (where a.status in ('submitted', 'approved')), 0) as claimed_minutes
      from journal_entries a
      where a.agency_id = ${jc.agencyId} and a.employee_id = d.employee_id and a.work_date = d.work_date and a.deleted_at is null
    ) c
  `.execute(ctx.db);
  return result.rows.map((r) => ({
    ...r,
    pending: Number(r.pending),
    pending_minutes: Number(r.pending_minutes),
    claimed_minutes: Number(r.claimed_minutes),
    overdue: Number(r.overdue),
  }));
}
