import { defineQuery } from '../../../db/query.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const ENTRY = '00000000-0000-7000-8000-000000000003';

/** An entry as it is now (deleted ones included) with its activity's name, or undefined. */
export const entryWithActivity = defineQuery('validation', 'entryWithActivity', [[AGENCY, ENTRY]], async (db, agencyId: string, entryId: string) =>
  db
    .selectFrom('journal_entries as e')
    .innerJoin('activities as act', (j) => j.onRef('act.code', '=', 'e.activity_code').onRef('act.version', '=', 'e.activity_version'))
    .select(['e.id', 'e.employee_id', 'e.work_date', 'e.status', 'e.version', 'e.activity_code', 'act.name as activity_name', 'e.start_minute', 'e.end_minute', 'e.credited_minutes', 'e.description'])
    .where('e.agency_id', '=', agencyId)
    .where('e.id', '=', entryId)
    .executeTakeFirst(),
);

/**
 * An entry's history events, oldest first, with the acting account's agency and employee (its name is
 * read by org's `employeesOfAccounts`: the actor may belong to another agency's shard on Citus).
 */
export const entryEvents = defineQuery('validation', 'entryEvents', [[AGENCY, ENTRY]], async (db, agencyId: string, entryId: string) =>
  db
    .selectFrom('journal_entry_events as ev')
    .leftJoin('accounts as a', 'a.id', 'ev.actor_account_id')
    .select(['ev.seq', 'ev.at', 'ev.action', 'ev.actor_account_id', 'ev.data', 'a.agency_id as actor_agency_id', 'a.employee_id as actor_employee_id'])
    .where('ev.agency_id', '=', agencyId)
    .where('ev.entry_id', '=', entryId)
    .orderBy('ev.seq')
    .execute(),
);
