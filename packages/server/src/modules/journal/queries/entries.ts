import { sql, type Insertable, type Updateable } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import type { JournalEntriesTable } from '../../../db/schema.js';
import { changedNow } from './change-time.js';
import { AGENCY, EMPLOYEE, ENTRY } from './examples.js';

// The statements of one entry's write (save-entry.ts) and of the all-at-once push's row steps.

const AT = new Date('2026-11-23T08:00:00Z');
const VALUES = {
  work_date: '2026-11-23',
  start_minute: 480,
  end_minute: 540,
  duration_minutes: null,
  activity_code: 'UMM-001',
  activity_version: 1,
  volume: 1,
  description: '',
  rhk_id: null,
  credited_minutes: 60,
};

/**
 * Claims ids province-wide (entry_id_claims, keyed by the id alone); answers the ids claimed now. An id
 * claimed before is left out, so fewer ids than asked means one was taken. A concurrent claim of the
 * same id waits for the first to commit, then finds it taken.
 */
export const insertEntryIdClaims = defineQuery(
  'journal',
  'insertEntryIdClaims',
  [[AGENCY, EMPLOYEE, [ENTRY]]],
  async (db, agencyId: string, employeeId: string, ids: readonly string[]): Promise<string[]> =>
    (
      await db
        .insertInto('entry_id_claims')
        .values(ids.map((id) => ({ id, agency_id: agencyId, employee_id: employeeId })))
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute()
    ).map((r) => r.id),
);

/** Serialises writes to one employee's day until the transaction ends, so two overlapping entries cannot both slip in. */
export const lockEmployeeDay = defineQuery('journal', 'lockEmployeeDay', [[AGENCY, EMPLOYEE, '2026-11-23']], async (db, agencyId: string, employeeId: string, date: string): Promise<void> => {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${agencyId}|${employeeId}|${date}`}, 0))`.execute(db);
});

/** An entry's whole row by its id (any owner, deleted or not), row-locked until the transaction ends. */
export const lockedEntryRow = defineQuery('journal', 'lockedEntryRow', [[AGENCY, ENTRY]], async (db, agencyId: string, id: string) =>
  db.selectFrom('journal_entries').selectAll().where('agency_id', '=', agencyId).where('id', '=', id).forUpdate().executeTakeFirst(),
);

/** Changes an entry's columns (the caller holds its row lock and sets its next version). */
export const updateEntryRow = defineQuery(
  'journal',
  'updateEntryRow',
  [
    [AGENCY, ENTRY, { ...VALUES, version: 2, updated_at: AT, clock_skew_seconds: null, late_received_at: null, late_window_closed_at: null }],
    [AGENCY, ENTRY, { ...VALUES, version: 2, updated_at: AT, clock_skew_seconds: 5, late_received_at: AT, late_window_closed_at: AT, device_recorded_at: AT }],
  ] as [string, string, Updateable<JournalEntriesTable>][],
  async (db, agencyId: string, id: string, set: Updateable<JournalEntriesTable>): Promise<void> => {
    await db.updateTable('journal_entries').set({ ...set, change_at: changedNow }).where('agency_id', '=', agencyId).where('id', '=', id).execute();
  },
);

/** Writes a new entry's row (its id claimed in the same transaction). */
export const insertEntryRow = defineQuery(
  'journal',
  'insertEntryRow',
  [
    [
      {
        agency_id: AGENCY,
        id: ENTRY,
        employee_id: EMPLOYEE,
        ...VALUES,
        device_recorded_at: null,
        clock_skew_seconds: null,
        late_received_at: null,
        late_window_closed_at: null,
        received_at: AT,
        created_at: AT,
        updated_at: AT,
      },
    ],
  ] as [Insertable<JournalEntriesTable>][],
  async (db, row: Insertable<JournalEntriesTable>): Promise<void> => {
    await db.insertInto('journal_entries').values(row).execute();
  },
);

/** The employee's counted entries (not deleted, not rejected) on the given dates, with their activity names. */
export const countedEntryRowsOn = defineQuery('journal', 'countedEntryRowsOn', [[AGENCY, EMPLOYEE, ['2026-11-23']]], async (db, agencyId: string, employeeId: string, dates: readonly string[]) =>
  db
    .selectFrom('journal_entries as e')
    .innerJoin('activities as a', (j) => j.onRef('a.code', '=', 'e.activity_code').onRef('a.version', '=', 'e.activity_version'))
    .select(['e.id', 'e.work_date', 'e.start_minute', 'e.end_minute', 'a.name'])
    .where('e.agency_id', '=', agencyId)
    .where('e.employee_id', '=', employeeId)
    .where('e.work_date', 'in', [...dates])
    .where('e.deleted_at', 'is', null)
    .where('e.status', '<>', 'rejected')
    .execute(),
);
