import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { pgliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';
import { queryStatsLogger } from './query-stats.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The PostgreSQL schema in use when not the default. */
  schema?: string | undefined;
  /** The engine's own client, for what Kysely cannot do (COPY for backup and restore). */
  native?: { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; pool: pg.Pool };
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL URL; when absent, the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite's data folder; ignored for PostgreSQL. `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests isolate themselves in a schema each). */
  schema?: string | undefined;
  poolSize?: number | undefined;
  /** PGlite only: start from this data folder (a tar from `dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob | undefined;
}

// Both engines must hand the same JavaScript values to the code above them.
const OID = { int8: 20, date: 1082, numeric: 1700 } as const;
const parseInt8 = (v: string) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v;
};
pg.types.setTypeParser(OID.int8, parseInt8);
pg.types.setTypeParser(OID.date, (v: string) => v);

export async function connectDatabase(options: ConnectOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: queryStatsLogger() });
    return { db, kind: 'postgres', schema: options.schema, native: { kind: 'postgres', pool }, close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  let unlock = () => undefined as void;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let lite: PGlite;
  try {
    lite = await PGlite.create({
      dataDir,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [OID.int8]: parseInt8, [OID.date]: (v: string) => v },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: pgliteDialect(lite), log: queryStatsLogger() });
  return {
    db,
    kind: 'pglite',
    native: { kind: 'pglite', pglite: lite },
    close: async () => {
      await db.destroy();
      await lite.close();
      unlock();
    },
  };
}
