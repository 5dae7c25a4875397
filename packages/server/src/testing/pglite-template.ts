import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureReferenceData } from '../db/reference-data.js';

/** Where the migrated PGlite of this test run is kept; read by `createTestDatabase` in the test workers. */
export const PGLITE_TEMPLATE_ENV = 'KINERJA_TEST_PGLITE_TEMPLATE';

/**
 * Vitest global setup of the server project: migrates one in-memory PGlite and keeps its data folder as
 * a tar file, so that each test file starts from a copy instead of creating a cluster and running every
 * migration itself (a fresh PGlite runs initdb in WebAssembly: seconds per file on 2 cores). Built anew
 * on every run, so it can never be older than the migrations. The workers are created after this runs
 * and inherit the variable. Nothing to do when the tests run on PostgreSQL.
 */
export async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const handle = await connectDatabase({});
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
    if (handle.native?.kind !== 'pglite') return;
    const dump = await handle.native.pglite.dumpDataDir('none');
    const folder = await mkdtemp(join(tmpdir(), 'kinerja-pglite-template-'));
    const file = join(folder, 'migrated.tar');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    process.env[PGLITE_TEMPLATE_ENV] = file;
  } finally {
    await handle.close();
  }
}

export async function teardown(): Promise<void> {
  const file = process.env[PGLITE_TEMPLATE_ENV];
  if (file) await rm(join(file, '..'), { recursive: true, force: true });
}
