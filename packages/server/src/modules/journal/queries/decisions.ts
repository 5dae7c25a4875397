import type { AutoApprovalReason, Decision, DecisionCapacity } from '@kinerja/core';
import { sql } from 'kysely';
import { defineQuery, type Db } from '../../../db/query.js';
import { changedNow } from './change-time.js';
import type { EntryStatus } from '../../../db/schema.js';
import { ACCOUNT, AGENCY, EMPLOYEE, ENTRY } from './examples.js';

// Decisions on entries (entry_decisions) and the entry changes they make: the one store that both
// the supervisor's decisions (modules/validation) and automatic approval write through.

const ENTRY_2 = '00000000-0000-7000-8000-000000000007';
const DECISION = '00000000-0000-7000-8000-000000000008';
const POSITION = '00000000-0000-7000-8000-000000000009';
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
  'journal',
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
  'journal',
  'decisionRowsOfEntry',
  [[AGENCY, ENTRY]],
  async (db, agencyId: string, entryId: string): Promise<DecisionRow[]> =>
    decisionRows(db, agencyId).where('d.entry_id', '=', entryId).orderBy('d.entry_version').execute(),
);

/** Position id → kind, for the given posts. */
export const positionKinds = defineQuery(
  'journal',
  'positionKinds',
  [[AGENCY, [POSITION]]],
  async (db, agencyId: string, positionIds: readonly string[]): Promise<{ id: string; kind: string }[]> =>
    db.selectFrom('positions').select(['id', 'kind']).where('agency_id', '=', agencyId).where('id', 'in', [...positionIds]).execute(),
);

/** Locks the still-pending entries among the ids, in id order (so overlapping bulk decisions cannot deadlock). */
export const lockPendingEntries = defineQuery(
  'journal',
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
  'journal',
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
      set status = ${status}, version = e.version + 1, updated_at = ${now}, change_at = ${changedNow}
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
  'journal',
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

