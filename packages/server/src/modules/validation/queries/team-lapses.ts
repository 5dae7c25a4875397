import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import { submittedWithin, type SubmittedSpans } from './inbox.js';

// The TPP's "late or unvalidated journals of a supervisor's team" (modules/tpp): the entries of a
// month that nobody decided inside their validation window. One statement per kind for the agency,
// or for some of its employees (`employeeIds`, a list; null for everyone). The agency stays in the
// WHERE either way, so each statement plans on one shard on Citus.

const AGENCY = '00000000-0000-7000-8000-000000000001';
const STAFF = ['00000000-0000-7000-8000-000000000101', '00000000-0000-7000-8000-000000000102'];
const SPANS: SubmittedSpans = { from: [null, '2026-11-15T17:00:00.000Z'], to: ['2026-11-10T17:00:00.000Z', '2026-12-16T17:00:00.000Z'] };

/** Live entries dated in [from, to] still waiting for a decision although sent within the overdue spans. */
export const overdueEntriesBetween = defineQuery(
  'validation',
  'overdueEntriesBetween',
  [
    [AGENCY, '2026-11-01', '2026-11-30', SPANS, null],
    [AGENCY, '2026-11-01', '2026-11-30', SPANS, STAFF],
  ],
  async (db, agencyId: string, from: string, to: string, overdue: SubmittedSpans, employeeIds: readonly string[] | null) => {
    if (overdue.to.length === 0 || employeeIds?.length === 0) return [];
    return db
      .selectFrom('journal_entries')
      .select(['id', 'employee_id', 'work_date'])
      .where('agency_id', '=', agencyId)
      .$if(employeeIds !== null, (q) => q.where('employee_id', 'in', employeeIds!))
      .where('work_date', '>=', from)
      .where('work_date', '<=', to)
      .where('status', '=', 'submitted')
      .where('deleted_at', 'is', null)
      .where('submitted_at', '<', new Date(overdue.to[overdue.to.length - 1]!))
      .where(submittedWithin(sql.ref('submitted_at'), overdue))
      .execute();
  },
);

/** Live entries dated in [from, to] approved automatically because their window passed (auto_reason 'window'). */
export const windowApprovedEntriesBetween = defineQuery(
  'validation',
  'windowApprovedEntriesBetween',
  [
    [AGENCY, '2026-11-01', '2026-11-30', null],
    [AGENCY, '2026-11-01', '2026-11-30', STAFF],
  ],
  async (db, agencyId: string, from: string, to: string, employeeIds: readonly string[] | null) => {
    if (employeeIds?.length === 0) return [];
    return db
      .selectFrom('entry_decisions as d')
      .innerJoin('journal_entries as e', (j) => j.onRef('e.agency_id', '=', 'd.agency_id').onRef('e.id', '=', 'd.entry_id'))
      .select(['e.id', 'e.employee_id', 'e.work_date'])
      .distinct()
      .where('d.agency_id', '=', agencyId)
      .where('e.agency_id', '=', agencyId)
      .$if(employeeIds !== null, (q) => q.where('e.employee_id', 'in', employeeIds!))
      .where('d.auto_reason', '=', 'window')
      .where('e.work_date', '>=', from)
      .where('e.work_date', '<=', to)
      .where('e.deleted_at', 'is', null)
      .execute();
  },
);
