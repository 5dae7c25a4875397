import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { startNightlyBackups } from './backup/schedule.js';
import { loadConfig, type Config } from './config.js';
import type { AppContext } from './context.js';
import { connectDatabase, type DatabaseHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { ensureReferenceData } from './db/reference-data.js';
import { submitClosedDrafts } from './modules/journal/auto-submit.js';
import { OrgChartCache } from './modules/org/chart-cache.js';
import { forgetOldSyncItems } from './modules/sync/retention.js';
import { approveOverdue } from './modules/validation/auto-approve.js';

/** Opens the configured database (PGlite data folder, or PostgreSQL via DATABASE_URL) and migrates it. */
export async function openDatabase(config: Config = loadConfig()): Promise<DatabaseHandle> {
  const handle = await connectDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle.db);
  await ensureReferenceData(handle.db);
  return handle;
}

export function createContext(handle: DatabaseHandle, config: Config): AppContext {
  return { db: handle.db, dbKind: handle.kind, config, charts: new OrgChartCache(handle.db), now: () => new Date() };
}

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

const JOB_INTERVAL_MS = 10 * 60_000;

/**
 * Periodic work that must happen even when nobody is looking: drafts whose window closed are
 * submitted, then (where the agency says so) entries past their validation window are approved, and
 * sync records past their retention are forgotten.
 */
function startJobs(ctx: AppContext, log: (err: unknown) => void): () => void {
  const run = () =>
    void submitClosedDrafts(ctx)
      .catch(log)
      .then(() => approveOverdue(ctx))
      .catch(log)
      .then(() => forgetOldSyncItems(ctx))
      .catch(log);
  const timer = setInterval(run, JOB_INTERVAL_MS);
  timer.unref();
  run();
  return () => clearInterval(timer);
}

export async function startServer(config: Config, handle: DatabaseHandle, logger = true): Promise<RunningServer> {
  const ctx = createContext(handle, config);
  const app = await buildApp(ctx, { logger: logger ? { level: config.logLevel } : false });
  const address = await app.listen({ host: config.host, port: config.port });
  const stopJobs = startJobs(ctx, (err) => app.log.error({ err }, 'scheduled job failed'));
  const { backupDir, backupHour, backupKeep, dataDir } = config;
  const stopBackups = backupDir ? startNightlyBackups(handle, { backupDir, backupHour, backupKeep, dataDir }, app.log) : async () => undefined;
  let stopping: Promise<void> | undefined;
  return {
    app,
    handle,
    url: address,
    stop: () => (stopping ??= (stopJobs(), app.close().then(stopBackups).then(() => handle.close()))),
  };
}
