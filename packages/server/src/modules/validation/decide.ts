import { checkDecisionNote, isFlagged, type Decision, type DecisionCapacity, type OrgChart } from '@kinerja/core';
import type { BulkResult, SingleDecision } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { applyDecision, loadJournalContext, type DecisionTarget } from '../journal/index.js';
import { decisionConflict } from './conflict.js';
import { flagsFor } from './flag-data.js';
import { entriesOfDays } from './review-entries.js';
import { entryToDecide, pendingEntriesOfPerson } from './queries/decisions.js';
import { pendingDaysToDecide } from './queries/inbox.js';
import { requireSupervision, type ActingEmployee as Decider } from '../access/index.js';
import { todayChart } from '../org/index.js';

export interface DecisionInput {
  decision: Decision;
  note?: string;
}

function noteOf(input: DecisionInput): string {
  const checked = checkDecisionNote(input.decision, input.note);
  if (!checked.ok) throw new AppError('VALIDATION', checked.message, [{ field: 'note', message: checked.message }]);
  return checked.note;
}

function capacityFrom(chart: OrgChart) {
  return (employeeId: string): DecisionCapacity => chart.supervisorOf(employeeId)?.capacity ?? 'definitive';
}

/**
 * One entry. A lost race, or an entry already decided, is 409 naming who decided and when. The
 * capacity answered is the link the supervisor decides through, never 'automatic' (only the
 * auto-approval job records that), as the reply's schema says.
 */
export async function decideEntry(ctx: AppContext, who: Decider, entryId: string, input: DecisionInput & { version?: number }): Promise<SingleDecision> {
  const note = noteOf(input);
  const entry = await entryToDecide(ctx.db, who.agencyId, entryId);
  if (!entry || entry.deleted_at) throw new AppError('NOT_FOUND', 'Kegiatan tidak ditemukan.');
  const { chart, timeZone } = await todayChart(ctx, who.agencyId);
  const link = requireSupervision(chart, who.employeeId, entry.employee_id);
  if (entry.status !== 'submitted') throw await decisionConflict(ctx.db, who.agencyId, entryId, timeZone);
  if (input.version !== undefined && input.version !== entry.version) throw await decisionConflict(ctx.db, who.agencyId, entryId, timeZone);

  const now = ctx.now();
  const decided = await ctx.db.transaction().execute((trx) =>
    applyDecision(
      trx,
      { agencyId: who.agencyId, decision: input.decision, note, accountId: who.accountId, deciderEmployeeId: who.employeeId, capacityOf: () => link.capacity, autoReason: null, now },
      [{ id: entryId, version: input.version ?? entry.version }],
    ),
  );
  if (decided.length === 0) throw await decisionConflict(ctx.db, who.agencyId, entryId, timeZone);
  return { entryId, decision: input.decision, capacity: link.capacity, version: decided[0]!.version, decidedAt: now.toISOString() };
}

export interface PersonScope {
  employeeId: string;
  /** One day; omitted: every pending entry of the person. */
  date?: string;
  /** Only entries submitted at or before this instant: what the supervisor had on screen. */
  asOf?: Date;
}

/** A person's day, or all of a person's pending entries, with one decision. */
export async function decidePerson(ctx: AppContext, who: Decider, scope: PersonScope, input: DecisionInput): Promise<BulkResult> {
  const note = noteOf(input);
  const { chart } = await todayChart(ctx, who.agencyId);
  const link = requireSupervision(chart, who.employeeId, scope.employeeId);
  const targets: DecisionTarget[] = await pendingEntriesOfPerson(ctx.db, who.agencyId, scope);
  const now = ctx.now();
  const decided = await ctx.db.transaction().execute((trx) =>
    applyDecision(
      trx,
      { agencyId: who.agencyId, decision: input.decision, note, accountId: who.accountId, deciderEmployeeId: who.employeeId, capacityOf: () => link.capacity, autoReason: null, now },
      targets,
    ),
  );
  return { decided: decided.length, skipped: targets.length - decided.length, flagged: 0 };
}

/**
 * "Approve everything except flagged": every pending entry of every current subordinate that has
 * no flag and does not lie on a flagged day. Flags are computed now, on the whole days concerned.
 */
export async function approveAllUnflagged(ctx: AppContext, who: Decider, asOf?: Date): Promise<BulkResult> {
  const [{ chart }, jc] = await Promise.all([todayChart(ctx, who.agencyId), loadJournalContext(ctx, who.agencyId)]);
  const subordinates = chart.subordinatesOf(who.employeeId);
  if (subordinates.length === 0) return { decided: 0, skipped: 0, flagged: 0 };
  const pendingDays = await pendingDaysToDecide(ctx.db, who.agencyId, subordinates, asOf ?? null);
  const days = pendingDays.map((d) => ({ employeeId: d.employee_id, date: d.work_date }));
  const entries = await entriesOfDays(ctx.db, who.agencyId, days, ['submitted', 'approved']);
  const flags = await flagsFor(ctx, jc, entries);
  const pending = entries.filter((e) => e.status === 'submitted' && (!asOf || (e.submittedAt !== null && new Date(e.submittedAt) <= asOf)));
  const targets = pending.filter((e) => !isFlagged(flags, e)).map((e) => ({ id: e.id, version: e.version }));
  const now = ctx.now();
  const decided = await ctx.db.transaction().execute((trx) =>
    applyDecision(
      trx,
      { agencyId: who.agencyId, decision: 'approved', note: '', accountId: who.accountId, deciderEmployeeId: who.employeeId, capacityOf: capacityFrom(chart), autoReason: null, now },
      targets,
    ),
  );
  return { decided: decided.length, skipped: targets.length - decided.length, flagged: pending.length - targets.length };
}
