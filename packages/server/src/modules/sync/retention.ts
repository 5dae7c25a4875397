import type { AppContext } from '../../context.js';
import { deleteAppliedItemsBefore } from './queries.js';

const BATCH = 5_000;

/**
 * Forgets applied sync items older than the retention period (KINERJA_SYNC_RETENTION_DAYS, 120 by
 * default). They are only there so a repeat of an item changes nothing, and a phone repeats an item
 * within days, not months; kept for ever they would outgrow the journal itself (a nation sends about
 * 9 items per employee per working day). Forgetting is safe: a very late repeat of a new entry with
 * the same content is answered as applied and stores nothing again; with other content it is a
 * conflict; a late day.submit meets its closed window. Items still incomplete are kept, since their
 * files are still to come. Deletes in batches so no statement holds many locks.
 */
export async function forgetOldSyncItems(ctx: AppContext, days = ctx.config.syncRetentionDays): Promise<number> {
  const before = new Date(ctx.now().getTime() - days * 86_400_000);
  let total = 0;
  for (;;) {
    const n = await deleteAppliedItemsBefore(ctx.db, before, BATCH);
    total += n;
    if (n < BATCH) return total;
  }
}
