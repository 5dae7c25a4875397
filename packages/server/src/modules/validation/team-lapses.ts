import type { AppContext } from '../../context.js';
import { loadJournalContext } from '../journal/index.js';
import { overdueSpans } from './overdue.js';
import { overdueEntriesBetween, windowApprovedEntriesBetween } from './queries/team-lapses.js';

/** A subordinate's entry nobody decided inside its validation window. */
export interface LapsedEntry {
  entryId: string;
  employeeId: string;
  /** The entry's work date. */
  date: string;
}

/**
 * The entries dated in [from, to] that were left unvalidated past their window, as of `asOf` (the
 * agency's date the TPP month is read on): approved automatically because the window passed, or
 * still waiting although their window has passed. A supervisor who decided late, but decided, is
 * not counted (the decision's lateness is not stored; the window's deadline is a working-day count
 * under the settings in force on the day of sending, see overdueSpans). Two statements for the agency,
 * or for the entries of `options.employeeIds` only (none at all for an empty list).
 */
export async function lapsedEntriesBetween(
  ctx: AppContext,
  agencyId: string,
  from: string,
  to: string,
  asOf: string,
  options: { employeeIds?: readonly string[] } = {},
): Promise<LapsedEntry[]> {
  const ids = options.employeeIds ?? null;
  if (ids?.length === 0) return [];
  const jc = await loadJournalContext(ctx, agencyId);
  const [pending, approved] = await Promise.all([
    overdueEntriesBetween(ctx.db, agencyId, from, to, overdueSpans(jc, asOf), ids),
    windowApprovedEntriesBetween(ctx.db, agencyId, from, to, ids),
  ]);
  const out = new Map<string, LapsedEntry>();
  for (const r of [...approved, ...pending]) out.set(r.id, { entryId: r.id, employeeId: r.employee_id, date: r.work_date });
  return [...out.values()].sort((a, b) => (a.date === b.date ? a.entryId.localeCompare(b.entryId) : a.date.localeCompare(b.date)));
}
