import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { DatabaseKind } from './db/connect.js';
import type { Database } from './db/schema.js';
import type { OrgChartCache } from './modules/org/chart-cache.js';

/** What every route needs: the database and settings. Passed explicitly, never as globals. */
export interface AppContext {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  /** Set when the tables live outside the default schema (tests). */
  dbSchema?: string | undefined;
  config: Config;
  charts: OrgChartCache;
  /** "Now" is injectable so tests can move time (lockouts, acting dates). */
  now(): Date;
}
