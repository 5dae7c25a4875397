import { addDays, localDateOf, reportingDeadline } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { sql } from 'kysely';
import { approveAutomatically, autoApproverFor } from '../validation/index.js';
import { loadJournalContext } from './context.js';

/**
 * Submission is explicit ("Kirim"), but nothing typed may be lost: drafts still unsent when their
 * reporting window closes are submitted on the employee's behalf, so the supervisor sees them.
 * Runs periodically; each run is one UPDATE per agency. Entries of people nobody validates (a JPT
 * by default, or without a supervisor) are approved at once, as when they submit themselves.
 */
export async function submitClosedDrafts(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const agencies = await ctx.db.selectFrom('agencies').select('id').where('active', '=', true).execute();
  let total = 0;
  for (const { id } of agencies) {
    const jc = await loadJournalContext(ctx, id);
    // Deadlines grow with the work date, so walk back from today to the newest date already closed.
    let cutoff = localDateOf(now, jc.timeZone);
    for (let i = 0; i < 400; i++) {
      const rules = jc.rulesOn(cutoff);
      if (reportingDeadline(cutoff, rules.settings, rules.calendar, jc.outages, jc.timeZone).closesAt.getTime() < now.getTime()) break;
      cutoff = addDays(cutoff, -1);
    }
    const due = await ctx.db
      .selectFrom('journal_entries')
      .select('id')
      .where('agency_id', '=', id)
      .where('status', '=', 'draft')
      .where('deleted_at', 'is', null)
      .where('work_date', '<=', cutoff)
      .limit(1)
      .executeTakeFirst();
    if (!due) continue;
    // Resolved before the transaction: on PGlite it holds the only connection.
    const automatic = await autoApproverFor(ctx, id, jc.settings);
    const updated = await ctx.db.transaction().execute(async (trx) => {
      const rows = await trx
        .updateTable('journal_entries')
        .set({ status: 'submitted', submitted_at: now, updated_at: now, version: (eb) => eb('version', '+', 1) })
        .where('agency_id', '=', id)
        .where('status', '=', 'draft')
        .where('deleted_at', 'is', null)
        .where('work_date', '<=', cutoff)
        .returning(['id', 'employee_id'])
        .execute();
      if (rows.length) {
        await trx
          .insertInto('journal_entry_events')
          .columns(['agency_id', 'entry_id', 'seq', 'actor_account_id', 'action', 'data'])
          .expression((eb) =>
            eb
              .selectFrom('journal_entry_events as ev')
              .select([
                'ev.agency_id',
                'ev.entry_id',
                sql<number>`max(ev.seq) + 1`.as('seq'),
                eb.val(null).as('actor_account_id'),
                eb.val('auto_submitted').as('action'),
                eb.val('{}').as('data'),
              ])
              .where('ev.agency_id', '=', id)
              .where(
                'ev.entry_id',
                'in',
                rows.map((r) => r.id),
              )
              .groupBy(['ev.agency_id', 'ev.entry_id']),
          )
          .execute();
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
