import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openDatabase, seedDemoProvince } from '@kinerja/server';

/** Where this run's seeded demo province is kept; read by startE2E (harness.ts) in the test worker. */
export const E2E_TEMPLATE_ENV = 'KINERJA_E2E_DEMO_TEMPLATE';

/**
 * Vitest global setup of the browser tests: one data folder with the demo province, made once per run.
 * Each test file starts its server on a copy of it instead of creating a PGlite cluster, running every
 * migration and seeding 5,200 employees itself (about 12 s of CPU per file, the largest part of a
 * browser test file's start on CI's two cores). Seeded on the day of the run, as each file did.
 */
export async function setup(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'kinerja-e2e-template-'));
  const dataDir = join(folder, 'data');
  const config = { ...loadConfig({ ...process.env, KINERJA_DATA_DIR: dataDir }), dataDir, databaseUrl: undefined };
  const handle = await openDatabase(config);
  try {
    const { demoAccounts } = await seedDemoProvince(handle.db);
    writeFileSync(join(folder, 'demo-accounts.json'), JSON.stringify(demoAccounts));
  } finally {
    await handle.close();
  }
  process.env[E2E_TEMPLATE_ENV] = folder;
}

export function teardown(): void {
  const folder = process.env[E2E_TEMPLATE_ENV];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
