import { sql } from 'kysely';
import { defineQuery } from '../../../db/query.js';
import { changedNow } from './change-time.js';
import { AGENCY, EMPLOYEE, ENTRY } from './examples.js';

/** An entry's owner, status, date and deletion, row-locked until the transaction ends; undefined if the id is unused. */
export const lockedEntryState = defineQuery('journal', 'lockedEntryState', [[AGENCY, ENTRY]], async (db, agencyId: string, id: string) =>
  db.selectFrom('journal_entries').select(['employee_id', 'status', 'work_date', 'deleted_at']).where('agency_id', '=', agencyId).where('id', '=', id).forUpdate().executeTakeFirst(),
);

/** Soft-deletes an entry: the row and its history stay for the audit trail. */
export const markEntryDeleted = defineQuery('journal', 'markEntryDeleted', [[AGENCY, ENTRY, new Date('2026-11-23T08:00:00Z')]], async (db, agencyId: string, id: string, now: Date): Promise<void> => {
  await db.updateTable('journal_entries').set({ deleted_at: now, updated_at: now, change_at: changedNow }).where('agency_id', '=', agencyId).where('id', '=', id).execute();
});

/** The employee's live draft and returned entries of one day: the ones a submit may send. */
export const sendableEntriesOn = defineQuery('journal', 'sendableEntriesOn', [[AGENCY, EMPLOYEE, '2026-11-23']], async (db, agencyId: string, employeeId: string, date: string) =>
  db
    .selectFrom('journal_entries')
    .select(['id', 'status'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('work_date', '=', date)
    .where('deleted_at', 'is', null)
    .where('status', 'in', ['draft', 'returned'])
    .execute(),
);

/** Marks these entries submitted (one statement for a whole day), each a version further. */
export const markEntriesSubmitted = defineQuery('journal', 'markEntriesSubmitted', [[AGENCY, [ENTRY], new Date('2026-11-23T08:00:00Z')]], async (db, agencyId: string, ids: readonly string[], now: Date): Promise<void> => {
  await db
    .updateTable('journal_entries')
    .set({ status: 'submitted', submitted_at: now, updated_at: now, version: (eb) => eb('version', '+', 1), change_at: changedNow })
    .where('agency_id', '=', agencyId)
    .where('id', 'in', [...ids])
    .execute();
});

/** The employee's live entries of a day that may be copied (not rejected), by start time. */
export const copyableEntriesOn = defineQuery('journal', 'copyableEntriesOn', [[AGENCY, EMPLOYEE, '2026-11-23']], async (db, agencyId: string, employeeId: string, date: string) =>
  db
    .selectFrom('journal_entries')
    .select(['id', 'start_minute', 'end_minute', 'duration_minutes', 'activity_code', 'volume', 'description', 'rhk_id'])
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('work_date', '=', date)
    .where('deleted_at', 'is', null)
    .where('status', '<>', 'rejected')
    .orderBy('start_minute')
    .execute(),
);

/** The ids of the active agencies. */
export const activeAgencyIds = defineQuery('journal', 'activeAgencyIds', [[]], async (db): Promise<string[]> =>
  (await db.selectFrom('agencies').select('id').where('active', '=', true).execute()).map((a) => a.id),
);

/** Whether the agency has a live draft dated on or before `cutoff`. */
export const hasDraftsUntil = defineQuery('journal', 'hasDraftsUntil', [[AGENCY, '2026-11-20']], async (db, agencyId: string, cutoff: string): Promise<boolean> => {
  const due = await db
    .selectFrom('journal_entries')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'draft')
    .where('deleted_at', 'is', null)
    .where('work_date', '<=', cutoff)
    .limit(1)
    .executeTakeFirst();
  return due !== undefined;
});

/** Submits every live draft of the agency dated on or before `cutoff`; returns the entries submitted with their employees. */
export const submitDraftsUntil = defineQuery('journal', 'submitDraftsUntil', [[AGENCY, '2026-11-20', new Date('2026-11-23T08:00:00Z')]], async (db, agencyId: string, cutoff: string, now: Date) =>
  db
    .updateTable('journal_entries')
    .set({ status: 'submitted', submitted_at: now, updated_at: now, version: (eb) => eb('version', '+', 1), change_at: changedNow })
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'draft')
    .where('deleted_at', 'is', null)
    .where('work_date', '<=', cutoff)
    .returning(['id', 'employee_id'])
    .execute(),
);

/** Appends an `auto_submitted` event, without an actor, to each of these entries' histories. */
export const appendAutoSubmittedEvents = defineQuery('journal', 'appendAutoSubmittedEvents', [[AGENCY, [ENTRY]]], async (db, agencyId: string, ids: readonly string[]): Promise<void> => {
  await db
    .insertInto('journal_entry_events')
    .columns(['agency_id', 'entry_id', 'seq', 'actor_account_id', 'action', 'data'])
    .expression((eb) =>
      eb
        .selectFrom('journal_entry_events as ev')
        .select([
          'ev.agency_id',
          'ev.entry_id',
          sql<number>`max(ev.seq) + 1`.as('seq'),
          eb.val(null).as('actor_account_id'),
          eb.val('auto_submitted').as('action'),
          eb.val('{}').as('data'),
        ])
        .where('ev.agency_id', '=', agencyId)
        .where('ev.entry_id', 'in', [...ids])
        .groupBy(['ev.agency_id', 'ev.entry_id']),
    )
    .execute();
});
