import { sql } from 'kysely';
import { defineQuery, type Db } from '../../db/query.js';
import { latestDecisions } from './decision-reads.js';
import { toEntryDto, type EntryDto } from './dto.js';
import { ACCOUNT, AGENCY, EMPLOYEE, ENTRY } from './queries/examples.js';

const AT = new Date('2026-11-23T08:00:00Z');

/**
 * An employee's live entries (not deleted) with their activity names, either one by its key (no other
 * entry of the day is read) or those between two dates (inclusive); by date, start time, creation.
 */
export const entryRowsOf = defineQuery(
  'journal',
  'entryRowsOf',
  [
    [AGENCY, EMPLOYEE, { id: ENTRY }],
    [AGENCY, EMPLOYEE, { from: '2026-11-01', to: '2026-11-30' }],
  ] as [string, string, { from: string; to: string } | { id: string }][],
  async (db, agencyId: string, employeeId: string, which: { from: string; to: string } | { id: string }) => {
    let query = db
      .selectFrom('journal_entries as e')
      .innerJoin('activities as a', (j) => j.onRef('a.code', '=', 'e.activity_code').onRef('a.version', '=', 'e.activity_version'))
      .select([
        'e.id',
        'e.work_date',
        'e.start_minute',
        'e.end_minute',
        'e.duration_minutes',
        'e.activity_code',
        'e.activity_version',
        'a.name as activity_name',
        'a.unit as activity_unit',
        'e.volume',
        'e.description',
        'e.rhk_id',
        'e.credited_minutes',
        'e.status',
        'e.version',
        'e.device_recorded_at',
        'e.received_at',
        'e.updated_at',
      ])
      .where('e.agency_id', '=', agencyId)
      .where('e.employee_id', '=', employeeId)
      .where('e.deleted_at', 'is', null);
    query = 'id' in which ? query.where('e.id', '=', which.id) : query.where('e.work_date', '>=', which.from).where('e.work_date', '<=', which.to);
    return query.orderBy('e.work_date').orderBy('e.start_minute').orderBy('e.created_at').execute();
  },
);

/** The files on these entries with their media types, in the order they were added. */
export const evidenceOfEntries = defineQuery('journal', 'evidenceOfEntries', [[AGENCY, [ENTRY]]], async (db, agencyId: string, entryIds: readonly string[]) =>
  db
    .selectFrom('journal_entry_evidence as je')
    .innerJoin('evidence_files as f', 'f.sha256', 'je.sha256')
    .select(['je.entry_id', 'je.sha256', 'je.file_name', 'f.media_type'])
    .where('je.agency_id', '=', agencyId)
    .where('je.entry_id', 'in', [...entryIds])
    .orderBy('je.added_at')
    .execute(),
);

/** Entries of one employee between two dates (inclusive), with their activity names and evidence. */
export function entriesBetween(db: Db, agencyId: string, employeeId: string, from: string, to: string): Promise<EntryDto[]> {
  return entriesOf(db, agencyId, employeeId, { from, to });
}

/** One entry of an employee (not deleted), read by its key: no other entry of the day is loaded. */
export async function entryById(db: Db, agencyId: string, employeeId: string, id: string): Promise<EntryDto | undefined> {
  return (await entriesOf(db, agencyId, employeeId, { id }))[0];
}

/** The entries with their files and, once sent, their latest decisions. */
async function entriesOf(db: Db, agencyId: string, employeeId: string, which: { from: string; to: string } | { id: string }): Promise<EntryDto[]> {
  const rows = await entryRowsOf(db, agencyId, employeeId, which);
  if (rows.length === 0) return [];
  const decided = rows.filter((r) => r.status !== 'draft').map((r) => r.id);
  const decisions = decided.length ? await latestDecisions(db, agencyId, decided) : new Map();
  const evidence = await evidenceOfEntries(
    db,
    agencyId,
    rows.map((r) => r.id),
  );
  const byEntry = new Map<string, EntryDto['evidence']>();
  for (const e of evidence) {
    const list = byEntry.get(e.entry_id) ?? [];
    list.push({ sha256: e.sha256, fileName: e.file_name, mediaType: e.media_type });
    byEntry.set(e.entry_id, list);
  }
  return rows.map((r) => toEntryDto(r, byEntry.get(r.id) ?? [], decisions.get(r.id) ?? null));
}

/** Appends one event to an entry's history (see appendEntryEvents). */
export async function appendEntryEvent(
  db: Db,
  e: { agencyId: string; entryId: string; actorAccountId: string | null; action: string; data?: Record<string, unknown> },
): Promise<void> {
  await appendEntryEvents(db, e.agencyId, e.actorAccountId, [{ entryId: e.entryId, action: e.action, data: e.data }]);
}

/**
 * Appends events to entries' histories in one statement, each numbered after its entry's last event.
 * Callers hold the entries' row locks, so two writers cannot race for the same number.
 *
 * Every caller names entries it has just written or read in the same transaction, which is what keeps
 * "every event belongs to an entry" since migration 0006 took the foreign key away (it says why); the
 * statement joins the entries and throws when an event names none of the agency's.
 *
 * The events come from the entries joined by (agency_id, id), and each entry's last number from its
 * events joined and grouped: every distributed table filtered by the agency, and no subquery or
 * window, so Citus plans the INSERT … SELECT on the agency's shard (with the number in a subquery over
 * VALUES it refused; with a lateral subquery or row_number() it sent the statement to every shard).
 */
export const appendEntryEvents = defineQuery(
  'journal',
  'appendEntryEvents',
  [
    // `at` and the actor are parameters either way: one example shows the statement.
    [AGENCY, ACCOUNT, [{ entryId: ENTRY, action: 'submitted' }, { entryId: ENTRY, action: 'approved', data: { note: 'ok' } }], AT],
  ] as [string, string | null, { entryId: string; action: string; data?: Record<string, unknown> | undefined }[], Date?][],
  async (
    db,
    agencyId: string,
    actorAccountId: string | null,
    events: readonly { entryId: string; action: string; data?: Record<string, unknown> | undefined }[],
    at?: Date,
  ): Promise<void> => {
    if (events.length === 0) return;
    // Several events of one entry in one call are numbered in the order given: k is the event's place
    // among its entry's events in this call (1, 2, …), added to the entry's last number.
    const seen = new Map<string, number>();
    const rows = events.map((e) => {
      const k = (seen.get(e.entryId) ?? 0) + 1;
      seen.set(e.entryId, k);
      return sql`(${e.entryId}::uuid, ${e.action}, ${JSON.stringify(e.data ?? {})}::jsonb, ${k}::int)`;
    });
    const { numAffectedRows } = await sql`
    insert into journal_entry_events (agency_id, entry_id, seq, at, actor_account_id, action, data)
    select j.agency_id, j.id, coalesce(max(ev.seq), 0) + x.k, coalesce(${at ?? null}::timestamptz, now()), ${actorAccountId}::uuid, x.action, x.data
    from (values ${sql.join(rows)}) as x(entry_id, action, data, k)
    join journal_entries j on j.agency_id = ${agencyId}::uuid and j.id = x.entry_id
    left join journal_entry_events ev on ev.agency_id = j.agency_id and ev.entry_id = j.id
    group by j.agency_id, j.id, x.k, x.action, x.data
  `.execute(db);
    if (numAffectedRows !== undefined && Number(numAffectedRows) !== events.length) {
      throw new Error(`appendEntryEvents: ${events.length - Number(numAffectedRows)} event(s) name no entry of agency ${agencyId}`);
    }
  },
);
