import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import type { EntryStatus } from '../../../db/schema.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
const ENTRY = '00000000-0000-7000-8000-000000000003';

/**
 * Spans of submission instants, as two arrays of ISO instants: span i is [from[i], to[i]) (a null from:
 * no lower bound). The overdue submissions are a few such spans, one per settings version at most
 * (core overdueSubmissionSpans); passed as arrays so the statement's text does not depend on how many.
 */
export interface SubmittedSpans {
  from: (string | null)[];
  to: string[];
}

/** The SQL test of one submission instant against the spans (an exists over their arrays). */
export const submittedWithin = (column: ReturnType<typeof sql.ref>, spans: SubmittedSpans) =>
  sql<boolean>`exists (select 1 from unnest(${spans.from}::timestamptz[], ${spans.to}::timestamptz[]) as o(f, t) where ${column} < o.t and (o.f is null or ${column} >= o.f))`;

const SPANS: SubmittedSpans = { from: [null, '2026-11-15T17:00:00.000Z'], to: ['2026-11-10T17:00:00.000Z', '2026-11-16T17:00:00.000Z'] };

/** One person-day with something waiting for a decision. */
export interface PendingDayRow {
  employeeId: string;
  workDate: string;
  /** Entries waiting, their credited minutes, and how many were sent within the overdue spans. */
  pending: number;
  pendingMinutes: number;
  overdue: number;
  /** The day's claimed total: submitted + approved minutes. */
  claimedMinutes: number;
  /** The earliest submission among the day's waiting entries. */
  oldest: Date;
}

interface RawPendingDay {
  employee_id: string;
  work_date: string;
  pending: string | number;
  pending_minutes: string | number;
  overdue: string | number;
  claimed_minutes: string | number;
  oldest: Date;
}

/**
 * One row per person-day with something pending, with the day's claimed total (submitted + approved).
 * Person by person: the pending days from the index of pending entries, then each such day's claimed
 * total by its (agency, employee, date) key. Every step is a lookup by key, so no plan can turn into
 * a read of the agency's journal, which both engines chose without statistics when the people came
 * as a list. The people come as one array parameter: one statement text whatever the team's size, so
 * PGlite keeps one prepared statement for it.
 */
export const pendingDaysOf = defineQuery(
  'validation',
  'pendingDaysOf',
  [[AGENCY, [EMPLOYEE], SPANS]],
  async (db, agencyId: string, employeeIds: readonly string[], overdue: SubmittedSpans): Promise<PendingDayRow[]> => {
    const result = await sql<RawPendingDay>`
      select d.employee_id, d.work_date, d.pending, d.pending_minutes, c.claimed_minutes, d.oldest, d.overdue
      from unnest(${[...employeeIds]}::uuid[]) as p(employee_id)
      cross join lateral (
        select s.employee_id, s.work_date, count(*) as pending, coalesce(sum(s.credited_minutes), 0) as pending_minutes,
          min(s.submitted_at) as oldest, count(*) filter (where ${submittedWithin(sql.ref('s.submitted_at'), overdue)}) as overdue
        from journal_entries s
        where s.agency_id = ${agencyId} and s.employee_id = p.employee_id and s.status = 'submitted' and s.deleted_at is null
        group by s.employee_id, s.work_date
      ) d
      cross join lateral (
        select coalesce(sum(a.credited_minutes) filter (where a.status in ('submitted', 'approved')), 0) as claimed_minutes
        from journal_entries a
        where a.agency_id = ${agencyId} and a.employee_id = d.employee_id and a.work_date = d.work_date and a.deleted_at is null
      ) c
    `.execute(db);
    return result.rows.map((r) => ({
      employeeId: r.employee_id,
      workDate: r.work_date,
      pending: Number(r.pending),
      pendingMinutes: Number(r.pending_minutes),
      overdue: Number(r.overdue),
      claimedMinutes: Number(r.claimed_minutes),
      oldest: r.oldest,
    }));
  },
);

/**
 * The distinct person-days of the people's pending entries (submitted by `asOf`, when given). Person
 * by person in the pending-entries index (see pendingDaysOf for why), one statement text whatever the
 * team's size.
 */
export const pendingDaysToDecide = defineQuery(
  'validation',
  'pendingDaysToDecide',
  [[AGENCY, [EMPLOYEE], new Date('2026-11-20T03:00:00Z')]],
  async (db, agencyId: string, employeeIds: readonly string[], asOf: Date | null): Promise<{ employee_id: string; work_date: string }[]> => {
    const { rows } = await sql<{ employee_id: string; work_date: string }>`
      select distinct s.employee_id, s.work_date
      from unnest(${[...employeeIds]}::uuid[]) as p(employee_id)
      cross join lateral (
        select x.employee_id, x.work_date from journal_entries x
        where x.agency_id = ${agencyId} and x.employee_id = p.employee_id and x.status = 'submitted' and x.deleted_at is null
          and (${asOf}::timestamptz is null or x.submitted_at <= ${asOf}::timestamptz)
        offset 0
      ) s
    `.execute(db);
    return rows;
  },
);

export interface PersonDayKey {
  employeeId: string;
  date: string;
}

/**
 * The entries (of the given statuses) on the given person-days with their activity, in day and time
 * order. The days are joined as two arrays: a row-value IN list made PostgreSQL filter the agency's
 * whole journal through a long OR (seconds at 160,000 entries), and PGlite 0.5 silently matches
 * nothing from about 275 pairs.
 */
export const entryRowsOfDays = defineQuery(
  'validation',
  'entryRowsOfDays',
  [[AGENCY, [{ employeeId: EMPLOYEE, date: '2026-11-18' }], ['submitted', 'approved']]],
  async (db, agencyId: string, days: readonly PersonDayKey[], statuses: readonly EntryStatus[]) => {
    const wanted = sql<{ employee_id: string; work_date: string }>`(select * from unnest(${days.map((d) => d.employeeId)}::uuid[], ${days.map((d) => d.date)}::date[]) as x(employee_id, work_date))`;
    return (
      db
        .selectFrom(wanted.as('d'))
        // Each day is found by its own lookup in the (agency, employee, date) index, whatever the planner
        // knows. As a plain join, PGlite without statistics read the agency's whole journal and matched
        // every entry against the list (12 ms for a page of 10 days at 2,500 staff, 0.6 ms this way).
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('journal_entries as j')
              .selectAll('j')
              .where('j.agency_id', '=', agencyId)
              .whereRef('j.employee_id', '=', 'd.employee_id')
              .whereRef('j.work_date', '=', 'd.work_date')
              .where('j.deleted_at', 'is', null)
              // OFFSET 0 keeps the subquery from being pulled up into a plain join (which PostgreSQL
              // without statistics planned as a scan of the agency's journal too).
              .offset(0)
              .as('e'),
          (j) => j.onTrue(),
        )
        .innerJoin('activities as a', (j) => j.onRef('a.code', '=', 'e.activity_code').onRef('a.version', '=', 'e.activity_version'))
        .select([
          'e.id',
          'e.employee_id',
          'e.work_date',
          'e.start_minute',
          'e.end_minute',
          'e.duration_minutes',
          'e.activity_code',
          'a.name as activity_name',
          'a.unit as activity_unit',
          'a.standard_minutes',
          'e.volume',
          'e.description',
          'e.rhk_id',
          'e.credited_minutes',
          'e.status',
          'e.version',
          'e.submitted_at',
          'e.clock_skew_seconds',
          'e.late_received_at',
          'e.late_window_closed_at',
          'e.device_recorded_at',
        ])
        .where('e.agency_id', '=', agencyId)
        .where('e.deleted_at', 'is', null)
        .where('e.status', 'in', [...statuses])
        .orderBy('e.employee_id')
        .orderBy('e.work_date')
        .orderBy('e.start_minute')
        .orderBy('e.created_at')
        .execute()
    );
  },
);

/** The files attached to the entries, in the order they were added. */
export const evidenceOfEntries = defineQuery(
  'validation',
  'evidenceOfEntries',
  [[AGENCY, [ENTRY]]],
  async (db, agencyId: string, entryIds: readonly string[]) =>
    db
      .selectFrom('journal_entry_evidence as je')
      .innerJoin('evidence_files as f', 'f.sha256', 'je.sha256')
      .select(['je.entry_id', 'je.sha256', 'je.file_name', 'f.media_type', 'f.captured_at'])
      .where('je.agency_id', '=', agencyId)
      .where(sql<boolean>`je.entry_id = any(${[...entryIds]}::uuid[])`)
      .orderBy('je.added_at')
      .execute(),
);

/** Whether the agency has this employee (active or not). */
export const employeeExists = defineQuery('validation', 'employeeExists', [[AGENCY, EMPLOYEE]], async (db, agencyId: string, employeeId: string): Promise<boolean> => {
  const row = await db.selectFrom('employees').select('id').where('agency_id', '=', agencyId).where('id', '=', employeeId).executeTakeFirst();
  return row !== undefined;
});
