import { Migrator, type Migration } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../testing/database.js';
import { migrateTo, migrateToLatest } from './migrate.js';
import { LATEST_MIGRATION, migrationProvider } from './migrations/index.js';

// Modules reserve migration numbers and land in any order, so a release can bring a migration numbered
// below one a database has already run. Starting the server must run it, not refuse to start.
const handle = await createTestDatabase();
afterAll(() => handle.close());

it(`runs a migration that arrives after higher-numbered ones have run (${testDatabaseKind()})`, async () => {
  const all = await migrationProvider.getMigrations();
  const names = Object.keys(all).sort();
  const late = '0027_skp_manual_indikator';
  const before = names[names.indexOf(late) - 1]!;
  await migrateTo(handle.db, before, handle.schema);
  const without: Record<string, Migration> = Object.fromEntries(Object.entries(all).filter(([name]) => name !== late));
  const older = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => without },
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
  const { error } = await older.migrateToLatest();
  expect(error).toBeUndefined();

  const outcome = await migrateToLatest(handle.db, handle.schema);
  expect(outcome.applied).toEqual([late]);
  expect(outcome.current).toBe(LATEST_MIGRATION);
  expect(await migrateToLatest(handle.db, handle.schema)).toEqual({ applied: [], current: LATEST_MIGRATION });
}, 120_000);
