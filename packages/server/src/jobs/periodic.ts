import type { AppContext } from '../context.js';
import { refreshStatistics } from '../db/statistics.js';
import { runExclusively } from './exclusive.js';

export const JOB_INTERVAL_MS = 10 * 60_000;
/** PGlite's statistics are looked at more often: a new installation fills up within minutes. */
export const STATISTICS_INTERVAL_MS = 60_000;

/** One step of the periodic work; the steps are the modules' (src/scheduled-work.ts lists them). */
export type PeriodicJob = (ctx: AppContext) => Promise<unknown>;

/**
 * One run of the periodic work that must happen even when nobody is looking, its steps in order.
 * Each step's failure is logged and does not stop the next. Across app processes on one database a
 * run happens once at a time; a process that finds the run under way elsewhere skips it (the next
 * tick comes 10 minutes later).
 */
export async function runPeriodicJobs(ctx: AppContext, jobs: readonly PeriodicJob[], log: (err: unknown) => void): Promise<boolean> {
  const run = await runExclusively(ctx, 'periodic-jobs', async () => {
    for (const job of jobs) await job(ctx).catch(log);
  });
  return run.ran;
}

export function startPeriodicJobs(ctx: AppContext, jobs: readonly PeriodicJob[], log: (err: unknown) => void): () => void {
  const run = () => void runPeriodicJobs(ctx, jobs, log).catch(log);
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
