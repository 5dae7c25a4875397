import { defineQuery } from '../../../db/query.js';
import { AGENCY, EMPLOYEE } from './examples.js';

// The journal's part of a TPP month (modules/tpp): one statement each for a whole agency (or some
// of its employees), so a province's month is a few statements per agency, never one per person.

/**
 * Per employee: the minutes of live entries dated in [from, to] that are approved and were reported
 * on time (no late_received_at), and the count of those entries.
 */
export const approvedOnTimeMinutes = defineQuery(
  'journal',
  'approvedOnTimeMinutes',
  [
    [AGENCY, '2026-11-01', '2026-11-30', null],
    [AGENCY, '2026-11-01', '2026-11-30', [EMPLOYEE]],
  ],
  async (db, agencyId: string, from: string, to: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('journal_entries')
      .select((eb) => ['employee_id', eb.fn.sum<number>('credited_minutes').as('minutes'), eb.fn.countAll<number>().as('entries')])
      .where('agency_id', '=', agencyId)
      .where('work_date', '>=', from)
      .where('work_date', '<=', to)
      .where('status', '=', 'approved')
      .where('late_received_at', 'is', null)
      .where('deleted_at', 'is', null);
    if (employeeIds) q = q.where('employee_id', 'in', employeeIds.length > 0 ? [...employeeIds] : ['00000000-0000-0000-0000-000000000000']);
    return q.groupBy('employee_id').execute();
  },
);

/**
 * The days in [from, to] whose entries are not decided yet (drafts or sent, not approved, rejected or
 * returned): what could still change an employee's approved minutes. One row per employee and day.
 */
export const undecidedJournalDays = defineQuery(
  'journal',
  'undecidedJournalDays',
  [
    [AGENCY, '2026-11-01', '2026-11-30', null],
    [AGENCY, '2026-11-01', '2026-11-30', [EMPLOYEE]],
  ],
  async (db, agencyId: string, from: string, to: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('journal_entries')
      .select(['employee_id', 'work_date'])
      .distinct()
      .where('agency_id', '=', agencyId)
      .where('work_date', '>=', from)
      .where('work_date', '<=', to)
      .where('status', 'in', ['draft', 'submitted'])
      .where('deleted_at', 'is', null);
    if (employeeIds) q = q.where('employee_id', 'in', employeeIds.length > 0 ? [...employeeIds] : ['00000000-0000-0000-0000-000000000000']);
    return q.orderBy('employee_id').orderBy('work_date').execute();
  },
);
