import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureReferenceData } from '../db/reference-data.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a private schema on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI runs every database test both ways).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const handle = await connectDatabase({});
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
  await migrateToLatest(handle.db, schema);
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
