import type { AppContext } from '../context.js';
import { refreshStatistics } from '../db/statistics.js';
import { submitClosedDrafts } from '../modules/journal/auto-submit.js';
import { forgetOldSyncItems } from '../modules/sync/retention.js';
import { approveOverdue } from '../modules/validation/auto-approve.js';
import { runExclusively } from './exclusive.js';

export const JOB_INTERVAL_MS = 10 * 60_000;
/** PGlite's statistics are looked at more often: a new installation fills up within minutes. */
export const STATISTICS_INTERVAL_MS = 60_000;

/**
 * One run of the periodic work that must happen even when nobody is looking: drafts whose window
 * closed are submitted, then (where the agency says so) entries past their validation window are
 * approved, and sync records past their retention are forgotten. Each step's failure is logged and
 * does not stop the next. Across app processes on one database a run happens once at a time; a
 * process that finds the run under way elsewhere skips it (the next tick comes 10 minutes later).
 */
export async function runPeriodicJobs(ctx: AppContext, log: (err: unknown) => void): Promise<boolean> {
  const run = await runExclusively(ctx, 'periodic-jobs', async () => {
    await submitClosedDrafts(ctx).catch(log);
    await approveOverdue(ctx).catch(log);
    await forgetOldSyncItems(ctx).catch(log);
  });
  return run.ran;
}

export function startPeriodicJobs(ctx: AppContext, log: (err: unknown) => void): () => void {
  const run = () => void runPeriodicJobs(ctx, log).catch(log);
  const timer = setInterval(run, JOB_INTERVAL_MS);
  timer.unref();
  run();
  // PGlite has no autovacuum: tables are analysed once they hold data and as they grow (db/statistics.ts);
  // on PostgreSQL only when its autovacuum is off.
  // At start too: after a restart the tables that already hold data are analysed at once.
  const analyse = () => void refreshStatistics(ctx.db, ctx.dbKind).catch(log);
  const statistics = setInterval(analyse, STATISTICS_INTERVAL_MS);
  statistics.unref();
  analyse();
  return () => {
    clearInterval(timer);
    clearInterval(statistics);
  };
}
