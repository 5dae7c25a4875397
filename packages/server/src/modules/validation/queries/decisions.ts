import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import type { EntryStatus } from '../../../db/schema.js';
import { submittedWithin, type SubmittedSpans } from './inbox.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const ENTRY = '00000000-0000-7000-8000-000000000003';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
const NOW = new Date('2026-11-20T03:00:00Z');

/** An entry's owner, status, version and deletion (deleted ones included), or undefined. */
export const entryToDecide = defineQuery(
  'validation',
  'entryToDecide',
  [[AGENCY, ENTRY]],
  async (db, agencyId: string, entryId: string) =>
    db
      .selectFrom('journal_entries')
      .select(['employee_id', 'status', 'version', 'deleted_at'])
      .where('agency_id', '=', agencyId)
      .where('id', '=', entryId)
      .executeTakeFirst(),
);

/** An entry's current status (deleted ones included), or undefined. */
export const entryStatus = defineQuery(
  'validation',
  'entryStatus',
  [[AGENCY, ENTRY]],
  async (db, agencyId: string, entryId: string): Promise<{ status: EntryStatus } | undefined> =>
    db.selectFrom('journal_entries').select(['status']).where('agency_id', '=', agencyId).where('id', '=', entryId).executeTakeFirst(),
);

export interface PersonPendingScope {
  employeeId: string;
  /** One day; omitted: every pending entry of the person. */
  date?: string;
  /** Only entries submitted at or before this instant. */
  asOf?: Date;
}

/** A person's pending entries (ids and versions), of one day and/or submitted by an instant. */
export const pendingEntriesOfPerson = defineQuery(
  'validation',
  'pendingEntriesOfPerson',
  [
    [AGENCY, { employeeId: EMPLOYEE }],
    [AGENCY, { employeeId: EMPLOYEE, date: '2026-11-18', asOf: NOW }],
  ],
  async (db, agencyId: string, scope: PersonPendingScope): Promise<{ id: string; version: number }[]> => {
    let q = db
      .selectFrom('journal_entries')
      .select(['id', 'version'])
      .where('agency_id', '=', agencyId)
      .where('employee_id', '=', scope.employeeId)
      .where('status', '=', 'submitted')
      .where('deleted_at', 'is', null);
    if (scope.date) q = q.where('work_date', '=', scope.date);
    if (scope.asOf) q = q.where('submitted_at', '<=', scope.asOf);
    return q.execute();
  },
);

/** Ids of an agency's pending entries submitted within the overdue spans (past their validation window). */
export const overdueEntryIds = defineQuery(
  'validation',
  'overdueEntryIds',
  [[AGENCY, { from: [null, '2026-11-15T17:00:00.000Z'], to: ['2026-11-10T17:00:00.000Z', NOW.toISOString()] }]],
  async (db, agencyId: string, overdue: SubmittedSpans): Promise<string[]> => {
    if (overdue.to.length === 0) return [];
    const rows = await db
      .selectFrom('journal_entries')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('status', '=', 'submitted')
      .where('deleted_at', 'is', null)
      // The last span's end bounds them all (spans are in order): kept as a plain range for the index.
      .where('submitted_at', '<', new Date(overdue.to[overdue.to.length - 1]!))
      .where(submittedWithin(sql.ref('submitted_at'), overdue))
      .execute();
    return rows.map((r) => r.id);
  },
);

/** Active agencies with any settings version saying afterValidationWindow = 'approve'. */
export const agenciesApprovingAfterWindow = defineQuery('validation', 'agenciesApprovingAfterWindow', [[]], async (db): Promise<string[]> => {
  // A join on agency_id rather than a correlated EXISTS: Citus plans it (on every shard: a job), the EXISTS it refuses.
  const rows = await db
    .selectFrom('agency_settings_versions as v')
    .innerJoin('agencies as a', 'a.id', 'v.agency_id')
    .select('v.agency_id')
    .distinct()
    .where('a.active', '=', true)
    .where(sql<boolean>`v.settings->'journal'->>'afterValidationWindow' = 'approve'`)
    .execute();
  return rows.map((r) => r.agency_id);
});
