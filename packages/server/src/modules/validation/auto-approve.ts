import { localDateOf } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { approveAutomatically, loadJournalContext } from '../journal/index.js';
import { overdueSpans } from './overdue.js';
import { agenciesApprovingAfterWindow, overdueEntryIds } from './queries/decisions.js';

/**
 * For agencies whose setting is afterValidationWindow = 'approve': approves the entries whose
 * validation deadline has passed (submitted + validationWindowWorkingDays working days, agency
 * calendar; both as in force on the day of submission, see overdueSpans). Runs with the other
 * periodic jobs; each agency is one transaction.
 */
export async function approveOverdue(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  // Any version (the loop below keeps the agencies whose version in force today says so).
  const agencies = await agenciesApprovingAfterWindow(ctx.db);
  let total = 0;
  for (const id of agencies) {
    const jc = await loadJournalContext(ctx, id);
    if (jc.settings.afterValidationWindow !== 'approve') continue;
    const today = localDateOf(now, jc.timeZone);
    // Entries submitted (agency-local) within these spans are past their deadline.
    const overdueSpansToday = overdueSpans(jc, today);
    total += await ctx.db.transaction().execute(async (trx) => {
      const overdue = await overdueEntryIds(trx, id, overdueSpansToday);
      return approveAutomatically(
        trx,
        id,
        overdue,
        'window',
        now,
      );
    });
  }
  return total;
}
