import type { OrgChart } from '@kinerja/core';
import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { DatabaseKind } from './db/connect.js';
import type { Database } from './db/schema.js';

/** What every route needs: the database and settings. Passed explicitly, never as globals. */
export interface AppContext {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  /** Set when the tables live outside the default schema (tests). */
  dbSchema?: string | undefined;
  config: Config;
  charts: OrgCharts;
  /** "Now" is injectable so tests can move time (lockouts, acting dates). */
  now(): Date;
}

/**
 * An agency's organisation chart as of a date, shared across requests (the org module's
 * OrgChartCache). Declared here so the base names no module; `knownVersion` skips the version lookup.
 */
export interface OrgCharts {
  get(agencyId: string, date: string, knownVersion?: number): Promise<OrgChart>;
}
