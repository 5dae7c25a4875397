import type { Kysely } from 'kysely';
import { Migrator } from 'kysely';
import { applyDistribution } from './distribution.js';
import { migrationProvider } from './migrations/index.js';

export interface MigrationOutcome {
  applied: string[];
  current: string | null;
}

/** `schema` places Kysely's own bookkeeping tables beside ours when not in `public` (tests). */
function migrator(db: Kysely<any>, schema?: string): Migrator {
  return new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationOutcome> {
  const m = migrator(db, schema);
  const { error, results } = await m.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  // On a Citus cluster, the tables the migrations made are placed (db/distribution.ts); elsewhere a no-op.
  await applyDistribution(db);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName), current: await currentMigration(db, schema) };
}

export async function currentMigration(db: Kysely<any>, schema?: string): Promise<string | null> {
  const all = await migrator(db, schema).getMigrations();
  return all.filter((m) => m.executedAt).map((m) => m.name).sort().at(-1) ?? null;
}

/** Migrates up or down to exactly `name` (restore brings a database to its backup's version). */
export async function migrateTo(db: Kysely<any>, name: string, schema?: string): Promise<void> {
  const { error } = await migrator(db, schema).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
