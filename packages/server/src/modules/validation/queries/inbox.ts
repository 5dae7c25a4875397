import { sql } from 'kysely';
import { defineQuery } from '../../db/query.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';

/** One person-day with something waiting for a decision. */
export interface PendingDayRow {
  employeeId: string;
  workDate: string;
  /** Entries waiting, their credited minutes, and how many were sent before the overdue line. */
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
  [[AGENCY, [EMPLOYEE], new Date('2026-11-20T17:00:00Z')]],
  async (db, agencyId: string, employeeIds: readonly string[], overdueBefore: Date): Promise<PendingDayRow[]> => {
    const result = await sql<RawPendingDay>`
      select d.employee_id, d.work_date, d.pending, d.pending_minutes, c.claimed_minutes, d.oldest, d.overdue
      from unnest(${[...employeeIds]}::uuid[]) as p(employee_id)
      cross join lateral (
        select s.employee_id, s.work_date, count(*) as pending, coalesce(sum(s.credited_minutes), 0) as pending_minutes,
          min(s.submitted_at) as oldest, count(*) filter (where s.submitted_at < ${overdueBefore}) as overdue
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
