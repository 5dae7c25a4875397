import type { EntryDecision } from '@kinerja/core/api';
import type { Db } from '../../db/query.js';
import { displayName } from '../org/index.js';
import { decisionRowsOfEntry, latestDecisionRows, type DecisionRow } from './queries/decisions.js';

// Entry lists are a day or a page; this bounds the IN list all the same.
const CHUNK = 1000;

/** Entry id → its latest decision, for entries that have one. */
export async function latestDecisions(db: Db, agencyId: string, entryIds: readonly string[]): Promise<Map<string, EntryDecision>> {
  const out = new Map<string, EntryDecision>();
  for (let i = 0; i < entryIds.length; i += CHUNK) {
    for (const r of await latestDecisionRows(db, agencyId, entryIds.slice(i, i + CHUNK))) out.set(r.entry_id, toDecisionDto(r));
  }
  return out;
}

/** Every decision on one entry, oldest first (the entry's validation history). */
export async function decisionsOf(db: Db, agencyId: string, entryId: string): Promise<EntryDecision[]> {
  return (await decisionRowsOfEntry(db, agencyId, entryId)).map(toDecisionDto);
}

function toDecisionDto(r: DecisionRow): EntryDecision {
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
