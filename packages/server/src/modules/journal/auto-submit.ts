import { addDays, localDateOf, reportingDeadline } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { approveAutomatically, autoApproverFor } from './auto-approve.js';
import { loadJournalContext } from './context.js';
import { activeAgencyIds, appendAutoSubmittedEvents, hasDraftsUntil, submitDraftsUntil } from './queries/days.js';

/**
 * Submission is explicit ("Kirim"), but nothing typed may be lost: drafts still unsent when their
 * reporting window closes are submitted on the employee's behalf, so the supervisor sees them.
 * Runs periodically; each run is one UPDATE per agency. Entries of people nobody validates (a JPT
 * by default, or without a supervisor) are approved at once, as when they submit themselves.
 */
export async function submitClosedDrafts(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  let total = 0;
  for (const id of await activeAgencyIds(ctx.db)) {
    const jc = await loadJournalContext(ctx, id);
    // Deadlines grow with the work date, so walk back from today to the newest date already closed.
    let cutoff = localDateOf(now, jc.timeZone);
    for (let i = 0; i < 400; i++) {
      const rules = jc.rulesOn(cutoff);
      if (reportingDeadline(cutoff, rules.settings, rules.calendar, jc.outages, jc.timeZone).closesAt.getTime() < now.getTime()) break;
      cutoff = addDays(cutoff, -1);
    }
    if (!(await hasDraftsUntil(ctx.db, id, cutoff))) continue;
    // Resolved before the transaction: on PGlite it holds the only connection.
    const automatic = await autoApproverFor(ctx, id, jc.settings);
    const updated = await ctx.db.transaction().execute(async (trx) => {
      const rows = await submitDraftsUntil(trx, id, cutoff, now);
      if (rows.length) {
        await appendAutoSubmittedEvents(
          trx,
          id,
          rows.map((r) => r.id),
        );
        const reasons = await automatic.reasonsFor(trx, [...new Set(rows.map((r) => r.employee_id))]);
        for (const reason of new Set(reasons.values())) {
          const ids = rows.filter((r) => reasons.get(r.employee_id) === reason).map((r) => r.id);
          await approveAutomatically(trx, id, ids, reason, now);
        }
      }
      return rows.length;
    });
    total += updated;
  }
  return total;
}
