import type { AutoApprovalReason, Decision, DecisionCapacity } from '@kinerja/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { displayName } from '../org/index.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The latest decision on an entry, as the employee and the supervisor read it. */
export interface EntryDecisionDto {
  id: string;
  decision: Decision;
  note: string;
  capacity: DecisionCapacity;
  autoReason: AutoApprovalReason | null;
  decidedAt: string;
  /** null for automatic decisions. */
  decidedBy: { employeeId: string; name: string } | null;
  /** The version of the entry that was decided on. */
  entryVersion: number;
}

// Entry lists are a day or a page; this bounds the IN list all the same.
const CHUNK = 1000;

/** An agency's decisions with what a decision DTO needs (the decider's name from employees). */
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

/** Entry id → its latest decision, for entries that have one. */
export async function latestDecisions(db: Db, agencyId: string, entryIds: readonly string[]): Promise<Map<string, EntryDecisionDto>> {
  const out = new Map<string, EntryDecisionDto>();
  for (let i = 0; i < entryIds.length; i += CHUNK) {
    const rows = await decisionRows(db, agencyId)
      .distinctOn('d.entry_id')
      .where('d.entry_id', 'in', entryIds.slice(i, i + CHUNK))
      .orderBy('d.entry_id')
      .orderBy('d.entry_version', 'desc')
      .execute();
    for (const r of rows) out.set(r.entry_id, toDecisionDto(r));
  }
  return out;
}

/** Every decision on one entry, oldest first (the entry's validation history). */
export async function decisionsOf(db: Db, agencyId: string, entryId: string): Promise<EntryDecisionDto[]> {
  const rows = await decisionRows(db, agencyId)
    .where('d.entry_id', '=', entryId)
    .orderBy('d.entry_version')
    .execute();
  return rows.map(toDecisionDto);
}

interface DecisionRow {
  id: string;
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

function toDecisionDto(r: DecisionRow): EntryDecisionDto {
  return {
    id: r.id,
    decision: r.decision,
    note: r.note,
    capacity: r.capacity,
    autoReason: r.auto_reason,
    decidedAt: new Date(r.decided_at).toISOString(),
    decidedBy: r.decided_by_employee_id && r.name !== null ? { employeeId: r.decided_by_employee_id, name: displayName({ name: r.name, front_title: r.front_title, back_title: r.back_title }) } : null,
    entryVersion: r.entry_version,
  };
}
