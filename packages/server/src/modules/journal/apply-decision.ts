import { DECISION_STATUS, type AutoApprovalReason, type Decision, type DecisionCapacity } from '@kinerja/core';
import type { Transaction } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { appendEntryEvents } from './queries.js';
import { insertDecisions, lockPendingEntries, markEntriesDecided } from './queries/decisions.js';

/** An entry to decide, with the version the decider saw (omitted: whatever version is submitted now). */
export interface DecisionTarget {
  id: string;
  version?: number;
}

export interface DecisionWrite {
  agencyId: string;
  decision: Decision;
  note: string;
  /** null for automatic decisions. */
  accountId: string | null;
  deciderEmployeeId: string | null;
  /** A supervisor can be definitive for some subordinates and Plt for others. */
  capacityOf(employeeId: string): DecisionCapacity;
  autoReason: AutoApprovalReason | null;
  now: Date;
}

export interface Decided {
  entryId: string;
  employeeId: string;
  decisionId: string;
  /** The entry's version after the decision. */
  version: number;
}

// One set of statements for all the targets: the UPDATE and the decisions take the ids as arrays (no
// limit), and only the history insert takes 4 bind parameters an event, so 10,000 stay well under
// PostgreSQL's 65,535. A team's approve-all is far below that; larger sets go in slices.
const CHUNK = 10_000;

/**
 * Decides entries inside the caller's transaction. The state change is one conditional UPDATE
 * (status still 'submitted', version as seen): when two deciders race, the row lock makes the
 * second UPDATE wait and then find the condition false, so exactly one decision wins per entry and
 * the loser's entry is simply absent from the result. Each winner gets a row in entry_decisions and
 * an event in the entry's history, in the same transaction: one UPDATE, one INSERT of decisions and
 * one INSERT of events for the whole set.
 */
export async function applyDecision(trx: Transaction<Database>, w: DecisionWrite, targets: readonly DecisionTarget[]): Promise<Decided[]> {
  // Rows are locked in id order, so two bulk decisions over overlapping sets cannot deadlock.
  const sorted = [...targets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const decided: Decided[] = [];
  for (let i = 0; i < sorted.length; i += CHUNK) {
    decided.push(...(await decideChunk(trx, w, sorted.slice(i, i + CHUNK))));
  }
  return decided;
}

async function decideChunk(trx: Transaction<Database>, w: DecisionWrite, chunk: readonly DecisionTarget[]): Promise<Decided[]> {
  if (chunk.length === 0) return [];
  if (chunk.length > 1) await lockPendingEntries(trx, w.agencyId, chunk.map((t) => t.id));
  const rows = await markEntriesDecided(trx, w.agencyId, DECISION_STATUS[w.decision], chunk, w.now);
  if (rows.length === 0) return [];

  const decided = rows.map((r) => ({ entryId: r.id, employeeId: r.employee_id, decisionId: newId(), version: r.version }));
  // A submitted entry always has a submission time; the fallback only guards data written by hand.
  const submittedAt = new Map(rows.map((r) => [r.id, r.submitted_at ?? w.now]));
  await insertDecisions(
    trx,
    w,
    decided.map((d) => ({ id: d.decisionId, entryId: d.entryId, capacity: w.capacityOf(d.employeeId), entryVersion: d.version - 1, submittedAt: submittedAt.get(d.entryId)! })),
  );
  await appendDecisionEvents(trx, w, decided);
  return decided;
}

/** One history event per decided entry, numbered after the entry's last event. */
async function appendDecisionEvents(trx: Transaction<Database>, w: DecisionWrite, decided: readonly Decided[]): Promise<void> {
  const action = w.autoReason ? 'auto_approved' : w.decision;
  await appendEntryEvents(
    trx,
    w.agencyId,
    w.accountId,
    decided.map((d) => ({
      entryId: d.entryId,
      action,
      data: {
        decisionId: d.decisionId,
        decision: w.decision,
        capacity: w.capacityOf(d.employeeId),
        ...(w.note ? { note: w.note } : {}),
        ...(w.autoReason ? { autoReason: w.autoReason } : {}),
      },
    })),
    w.now,
  );
}
