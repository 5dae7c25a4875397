import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { startNightlyBackups } from './backup/schedule.js';
import { loadConfig, type Config } from './config.js';
import type { AppContext } from './context.js';
import { connectDatabase, type DatabaseHandle } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { startPeriodicJobs } from './jobs/periodic.js';
import { ensureReferenceData } from './db/reference-data.js';
import { OrgChartCache } from './modules/org/chart-cache.js';
import { SCHEDULED_WORK } from './scheduled-work.js';

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

export async function startServer(config: Config, handle: DatabaseHandle, logger = true): Promise<RunningServer> {
  const ctx = createContext(handle, config);
  const loadGuard = config.maxEventLoopDelayMs > 0 ? { maxEventLoopDelayMs: config.maxEventLoopDelayMs } : undefined;
  const app = await buildApp(ctx, { logger: logger ? { level: config.logLevel } : false, loadGuard });
  const address = await app.listen({ host: config.host, port: config.port });
  const stopJobs = startPeriodicJobs(ctx, SCHEDULED_WORK, (err) => app.log.error({ err }, 'scheduled job failed'));
  const { backupDir, backupHour, backupKeep, backupKeyFile, dataDir } = config;
  const stopBackups = backupDir ? startNightlyBackups(handle, { backupDir, backupHour, backupKeep, backupKeyFile, dataDir }, app.log) : async () => undefined;
  let stopping: Promise<void> | undefined;
  return {
    app,
    handle,
    url: address,
    stop: () => (stopping ??= (stopJobs(), app.close().then(stopBackups).then(() => handle.close()))),
  };
}
