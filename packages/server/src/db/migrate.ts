import type { Kysely } from 'kysely';
import { Migrator, sql } from 'kysely';
import { applyDistribution, isCitus } from './distribution.js';
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

/**
 * On a Citus cluster, migrations (and applying the layout) take one advisory lock of the database, so
 * that two of them never run at once: DDL on distributed and reference tables in several schemas at the
 * same time (test files, each in a schema of its own, or two servers starting) ends in distributed
 * deadlocks. Held by a connection of its own for the whole run. Elsewhere nothing is taken (PGlite has
 * one connection; PostgreSQL's own locks and the migrator's lock suffice).
 */
const CITUS_MIGRATION_LOCK = 'kinerja.migrate';

async function oneAtATimeOnCitus<T>(db: Kysely<any>, run: () => Promise<T>): Promise<T> {
  if (!(await isCitus(db))) return run();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${CITUS_MIGRATION_LOCK}))`.execute(conn);
    try {
      return await run();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${CITUS_MIGRATION_LOCK}))`.execute(conn);
    }
  });
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationOutcome> {
  return oneAtATimeOnCitus(db, () => migrateToLatestNow(db, schema));
}

async function migrateToLatestNow(db: Kysely<any>, schema?: string): Promise<MigrationOutcome> {
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
  const { error, results } = await besideOtherSchemas(() => m.migrateToLatest());
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
  const { error } = await oneAtATimeOnCitus(db, () => besideOtherSchemas(() => migrator(db, schema).migrateTo(name)));
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/**
 * Kysely's migrator first looks for its tables by reading the columns of every table of every schema
 * (its introspector); when another schema of the same database is being migrated or dropped at that
 * moment (test files, each in a schema of its own), that read fails with "schema/relation/column does
 * not exist" about a table that is not ours. Nothing has run yet then: try again.
 */
async function besideOtherSchemas<T extends { error?: unknown }>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await run();
    const e = outcome.error as { code?: string; stack?: string } | undefined;
    const race = !!e && ['3F000', '42P01', '42703'].includes(e.code ?? '') && String(e.stack).includes('Introspector');
    if (!race || attempt >= 5) return outcome;
  }
}
