import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureReferenceData } from '../db/reference-data.js';
import { PGLITE_TEMPLATE_ENV } from './pglite-template.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a private schema on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs every database test both ways).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // A copy of the run's migrated template when the global setup made one (see pglite-template.ts).
    const template = process.env[PGLITE_TEMPLATE_ENV];
    const loadDataDir = template ? new Blob([await readFile(template)]) : undefined;
    const handle = await connectDatabase({ loadDataDir });
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    return handle;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await connectDatabase({ url, schema, poolSize: 25 });
  await migrateBesideOthers(handle, schema);
  await ensureReferenceData(handle.db);
  return {
    ...handle,
    schema,
    close: async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db).catch(() => undefined);
      await handle.close();
    },
  };
}

export const testDatabaseKind = (): 'pglite' | 'postgres' => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');

/**
 * Kysely's migrator looks for its tables in the catalog of every schema of the database; a test file
 * dropping its own schema at that moment makes the scan fail with "schema t_… does not exist"
 * (3F000) about a schema that is not ours. That scan is only a lookup: try again.
 */
async function migrateBesideOthers(handle: DatabaseHandle, schema: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(handle.db, schema);
      return;
    } catch (error) {
      const e = error as { code?: string; message?: string };
      const anotherSchema = e.code === '3F000' && !String(e.message).includes(schema);
      if (!anotherSchema || attempt >= 5) throw error;
    }
  }
}
