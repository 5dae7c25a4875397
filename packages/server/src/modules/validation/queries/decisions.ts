import type { AutoApprovalReason, Decision, DecisionCapacity } from '@kinerja/core';
import { sql } from 'kysely';
import { defineQuery, type Db } from '../../../db/query.js';
import type { EntryStatus } from '../../../db/schema.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const ENTRY = '00000000-0000-7000-8000-000000000003';
const ENTRY_2 = '00000000-0000-7000-8000-000000000004';
const EMPLOYEE = '00000000-0000-7000-8000-000000000002';
const ACCOUNT = '00000000-0000-7000-8000-000000000005';
const DECISION = '00000000-0000-7000-8000-000000000006';
const NOW = new Date('2026-11-20T03:00:00Z');

/** A decision with its decider's name parts (from employees), as the decision DTO needs it. */
export interface DecisionRow {
  id: string;
  entry_id: string;
  decision: Decision;
  note: string;
  capacity: DecisionCapacity;
  auto_reason: AutoApprovalReason | null;
  decided_at: Date;
  entry_version: number;
  decided_by_employee_id: string | null;
  name: string | null;
  front_title: string | null;
  back_title: string | null;
}

/** An agency's decisions with what a decision DTO needs. */
function decisionRows(db: Db, agencyId: string) {
  return db
    .selectFrom('entry_decisions as d')
    .leftJoin('employees as emp', (j) => j.onRef('emp.agency_id', '=', 'd.agency_id').onRef('emp.id', '=', 'd.decided_by_employee_id'))
    .select([
      'd.id',
      'd.entry_id',
      'd.decision',
      'd.note',
      'd.capacity',
      'd.auto_reason',
      'd.decided_at',
      'd.entry_version',
      'd.decided_by_employee_id',
      'emp.name',
      'emp.front_title',
      'emp.back_title',
    ])
    .where('d.agency_id', '=', agencyId);
}

/** Each entry's latest decision, for the given entries that have one (the caller bounds the list). */
export const latestDecisionRows = defineQuery(
  'validation',
  'latestDecisionRows',
  [[AGENCY, [ENTRY, ENTRY_2]]],
  async (db, agencyId: string, entryIds: readonly string[]): Promise<DecisionRow[]> =>
    decisionRows(db, agencyId)
      .distinctOn('d.entry_id')
      .where('d.entry_id', 'in', [...entryIds])
      .orderBy('d.entry_id')
      .orderBy('d.entry_version', 'desc')
      .execute(),
);

/** Every decision on one entry, oldest first. */
export const decisionRowsOfEntry = defineQuery(
  'validation',
  'decisionRowsOfEntry',
  [[AGENCY, ENTRY]],
  async (db, agencyId: string, entryId: string): Promise<DecisionRow[]> =>
    decisionRows(db, agencyId).where('d.entry_id', '=', entryId).orderBy('d.entry_version').execute(),
);

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

/** Ids of an agency's pending entries submitted before the cutoff (past their validation window). */
export const overdueEntryIds = defineQuery(
  'validation',
  'overdueEntryIds',
  [[AGENCY, NOW]],
  async (db, agencyId: string, submittedBefore: Date): Promise<string[]> => {
    const rows = await db
      .selectFrom('journal_entries')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('status', '=', 'submitted')
      .where('deleted_at', 'is', null)
      .where('submitted_at', '<', submittedBefore)
      .execute();
    return rows.map((r) => r.id);
  },
);

/** Active agencies with any settings version saying afterValidationWindow = 'approve'. */
export const agenciesApprovingAfterWindow = defineQuery('validation', 'agenciesApprovingAfterWindow', [[]], async (db): Promise<string[]> => {
  const rows = await db
    .selectFrom('agencies')
    .select('id')
    .where('active', '=', true)
    .where(sql<boolean>`exists (select 1 from agency_settings_versions v where v.agency_id = agencies.id and v.settings->'journal'->>'afterValidationWindow' = 'approve')`)
    .execute();
  return rows.map((r) => r.id);
});

/** Position id → kind, for the given posts. */
export const positionKinds = defineQuery(
  'validation',
  'positionKinds',
  [[AGENCY, [DECISION]]],
  async (db, agencyId: string, positionIds: readonly string[]): Promise<{ id: string; kind: string }[]> =>
    db.selectFrom('positions').select(['id', 'kind']).where('agency_id', '=', agencyId).where('id', 'in', [...positionIds]).execute(),
);

/** Locks the still-pending entries among the ids, in id order (so overlapping bulk decisions cannot deadlock). */
export const lockPendingEntries = defineQuery(
  'validation',
  'lockPendingEntries',
  [[AGENCY, [ENTRY, ENTRY_2]]],
  async (db, agencyId: string, ids: readonly string[]): Promise<void> => {
    await sql`
      select id from journal_entries
      where agency_id = ${agencyId} and id = any(${[...ids]}::uuid[]) and status = 'submitted'
      order by id for update
    `.execute(db);
  },
);

/**
 * Moves the entries still pending (at the version seen, when given) to the decision's status, one
 * version up; answers the entries it changed. Joined to the (id, version) pairs as two arrays, so
 * each entry is found by its key: a row-value IN list made PostgreSQL scan the agency's whole
 * journal with a long OR filter (seconds at 160,000 entries), and PGlite 0.5 silently matches
 * nothing from about 275 pairs.
 */
export const markEntriesDecided = defineQuery(
  'validation',
  'markEntriesDecided',
  [[AGENCY, 'approved', [{ id: ENTRY, version: 2 }, { id: ENTRY_2 }], NOW]],
  async (
    db,
    agencyId: string,
    status: EntryStatus,
    targets: readonly { id: string; version?: number }[],
    now: Date,
  ): Promise<{ id: string; employee_id: string; version: number; submitted_at: Date | null }[]> => {
    const { rows } = await sql<{ id: string; employee_id: string; version: number; submitted_at: Date | null }>`
      update journal_entries e
      set status = ${status}, version = e.version + 1, updated_at = ${now}
      from unnest(${targets.map((t) => t.id)}::uuid[], ${targets.map((t) => t.version ?? null)}::int[]) as t(id, seen_version)
      where e.agency_id = ${agencyId} and e.id = t.id and (t.seen_version is null or e.version = t.seen_version)
        and e.status = 'submitted' and e.deleted_at is null
      returning e.id, e.employee_id, e.version, e.submitted_at
    `.execute(db);
    return rows;
  },
);

/** What one decision row records beyond what all rows of a decision share. */
export interface DecisionRecord {
  id: string;
  entryId: string;
  capacity: DecisionCapacity;
  entryVersion: number;
  submittedAt: Date;
}

export interface SharedDecision {
  agencyId: string;
  decision: Decision;
  note: string;
  accountId: string | null;
  deciderEmployeeId: string | null;
  autoReason: AutoApprovalReason | null;
  now: Date;
}

/** Records the decisions, one row each, in one statement. */
export const insertDecisions = defineQuery(
  'validation',
  'insertDecisions',
  [
    [
      { agencyId: AGENCY, decision: 'returned', note: 'Lengkapi foto.', accountId: ACCOUNT, deciderEmployeeId: EMPLOYEE, autoReason: null, now: NOW },
      [{ id: DECISION, entryId: ENTRY, capacity: 'definitive', entryVersion: 2, submittedAt: NOW }],
    ],
  ],
  async (db, w: SharedDecision, records: readonly DecisionRecord[]): Promise<void> => {
    await sql`
      insert into entry_decisions (agency_id, id, entry_id, decision, note, decided_by_account_id, decided_by_employee_id, capacity, auto_reason, entry_version, submitted_at, decided_at)
      select ${w.agencyId}::uuid, d.id, d.entry_id, ${w.decision}, ${w.note}, ${w.accountId}::uuid, ${w.deciderEmployeeId}::uuid, d.capacity, ${w.autoReason}, d.entry_version, d.submitted_at, ${w.now}::timestamptz
      from unnest(
        ${records.map((d) => d.id)}::uuid[],
        ${records.map((d) => d.entryId)}::uuid[],
        ${records.map((d) => d.capacity)}::text[],
        ${records.map((d) => d.entryVersion)}::int[],
        ${records.map((d) => d.submittedAt)}::timestamptz[]
      ) as d(id, entry_id, capacity, entry_version, submitted_at)
    `.execute(db);
  },
);
