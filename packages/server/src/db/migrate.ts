import type { Kysely } from 'kysely';
import { Migrator, sql } from 'kysely';
import { applyDistribution } from './distribution.js';
import { migrationProvider } from './migrations/index.js';

export interface MigrationOutcome {
  applied: string[];
  current: string | null;
}

/**
 * `schema` places Kysely's own bookkeeping tables beside ours when not in `public` (tests).
 * Unordered: modules are built side by side and each reserves its migration numbers, so a release may
 * bring a migration numbered below one a database already ran (0022 after 0029, say); each migration
 * touches its own module's tables, so running the missing one late is what an upgrade needs, where
 * Kysely's default would refuse to start the server ("corrupted migrations").
 */
function migrator(db: Kysely<any>, schema?: string): Migrator {
  return new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true, ...(schema ? { migrationTableSchema: schema } : {}) });
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationOutcome> {
  // Already at the latest (every start after the first, every test database from the template): one
  // catalog lookup and one read, instead of the migrator's scan of every column of every table (about
  // a second on PGlite, three times per call).
  const executed = await executedMigrations(db, schema);
  const known = Object.keys(await migrationProvider.getMigrations());
  if (executed && executed.length === known.length && known.every((name) => executed.includes(name))) {
    await applyDistribution(db);
    return { applied: [], current: executed.at(-1) ?? null };
  }
  const m = migrator(db, schema);
  const { error, results } = await m.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  // On a Citus cluster, the tables the migrations made are placed (db/distribution.ts); elsewhere a no-op.
  await applyDistribution(db);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName), current: await currentMigration(db, schema) };
}

export async function currentMigration(db: Kysely<any>, schema?: string): Promise<string | null> {
  return (await executedMigrations(db, schema))?.at(-1) ?? null;
}

/** The names of the migrations run on this database, sorted; undefined before the first migration. */
async function executedMigrations(db: Kysely<any>, schema?: string): Promise<string[] | undefined> {
  const table = schema ? `${schema}.kysely_migration` : 'kysely_migration';
  const { rows } = await sql<{ found: string | null }>`select to_regclass(${table})::text as found`.execute(db);
  if (!rows[0]?.found) return undefined;
  const names = await sql<{ name: string }>`select name from ${sql.table(table)} order by name`.execute(db);
  return names.rows.map((r) => r.name);
}

/** Migrates up or down to exactly `name` (restore brings a database to its backup's version). */
export async function migrateTo(db: Kysely<any>, name: string, schema?: string): Promise<void> {
  const { error } = await migrator(db, schema).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
