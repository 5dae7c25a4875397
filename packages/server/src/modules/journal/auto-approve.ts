import { AUTO_APPROVAL_NOTE, type AutoApprovalReason, type JournalSettings, type OrgChart } from '@kinerja/core';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import type { Database } from '../../db/schema.js';
import { todayChart } from '../org/index.js';
import { applyDecision } from './apply-decision.js';
import { positionKinds } from './queries/decisions.js';

/**
 * Decides, for employees who just submitted, whether nobody validates them: their definitive post
 * is of a kind the agency approves automatically (JPT by default: top officials are not validated
 * by a superior), or the org chart gives them no supervisor at all.
 */
export interface AutoApprover {
  reasonsFor(db: Db, employeeIds: readonly string[]): Promise<Map<string, AutoApprovalReason>>;
}

/**
 * Resolves today's org chart up front: callers ask inside their transaction, and on PGlite a
 * transaction holds the only connection, so nothing may reach for ctx.db meanwhile.
 */
export async function autoApproverFor(ctx: AppContext, agencyId: string, settings: JournalSettings): Promise<AutoApprover> {
  const { chart } = await todayChart(ctx, agencyId);
  return { reasonsFor: (db, employeeIds) => reasonsFor(db, agencyId, chart, settings, employeeIds) };
}

async function reasonsFor(db: Db, agencyId: string, chart: OrgChart, settings: JournalSettings, employeeIds: readonly string[]): Promise<Map<string, AutoApprovalReason>> {
  const out = new Map<string, AutoApprovalReason>();
  const postOf = new Map(employeeIds.map((id) => [id, chart.positionOf(id)]));
  const postIds = [...new Set([...postOf.values()].filter((p): p is string => !!p))];
  const kinds = new Map<string, string>();
  if (postIds.length && settings.autoApprovePositionKinds.length) {
    for (const r of await positionKinds(db, agencyId, postIds)) kinds.set(r.id, r.kind);
  }
  const automaticKinds = new Set<string>(settings.autoApprovePositionKinds);
  for (const id of employeeIds) {
    const kind = kinds.get(postOf.get(id) ?? '');
    if (kind && automaticKinds.has(kind)) out.set(id, 'position_kind');
    else if (!chart.supervisorOf(id)) out.set(id, 'no_supervisor');
  }
  return out;
}

/** Approves just-submitted entries automatically (capacity 'automatic', no decider), in the caller's transaction. */
export async function approveAutomatically(trx: Transaction<Database>, agencyId: string, entryIds: readonly string[], reason: AutoApprovalReason, now: Date): Promise<number> {
  const decided = await applyDecision(
    trx,
    { agencyId, decision: 'approved', note: AUTO_APPROVAL_NOTE[reason], accountId: null, deciderEmployeeId: null, capacityOf: () => 'automatic', autoReason: reason, now },
    entryIds.map((id) => ({ id })),
  );
  return decided.length;
}
