import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { Database } from './schema.js';

/** A connection or an open transaction (a Kysely `Transaction` is a `Kysely`). */
export type Db = Kysely<Database>;

/** One reviewed query of a module: its name, example arguments, and the function that runs it. */
export interface QueryDefinition {
  module: string;
  name: string;
  examples: readonly (readonly unknown[])[];
  /** The module folder of the file that defined it (from the call stack), to check it against `module`. */
  definedIn: string | null;
  run: (db: Db, ...args: never[]) => Promise<unknown>;
}

const registry: QueryDefinition[] = [];

/**
 * Declares a module's query: the one way SQL enters a module (its `queries.ts` or `queries/`).
 * `examples` are argument lists (after `db`) that the SQL catalog runs the query with to write the
 * statements it sends into `packages/server/sql/<module>.sql`, so a reviewer sees every statement a
 * change adds or alters. Give one example per branch that changes the SQL (e.g. with and without an
 * optional filter). The function is returned unchanged: calling it costs nothing extra.
 */
export function defineQuery<A extends unknown[], R>(
  module: string,
  name: string,
  examples: readonly A[],
  run: (db: Db, ...args: A) => Promise<R>,
): (db: Db, ...args: A) => Promise<R> {
  if (examples.length === 0) throw new Error(`query ${module}.${name}: give at least one example`);
  if (registry.some((q) => q.module === module && q.name === name)) throw new Error(`query ${module}.${name} defined twice`);
  registry.push({ module, name, examples, definedIn: callerModuleFolder(), run: run as unknown as QueryDefinition['run'] });
  return run;
}

/** The folder holding the caller's `queries.ts` or `queries/`; runs once per query, at import. */
function callerModuleFolder(): string | null {
  const inQueries = /[\\/]([^\\/]+)[\\/]queries(?:\.[jt]s|[\\/])/;
  const caller = new Error().stack?.split('\n').find((line) => inQueries.test(line));
  return caller?.match(inQueries)?.[1] ?? null;
}

/** Every query defined by the modules imported so far, in definition order. */
export function definedQueries(): readonly QueryDefinition[] {
  return registry;
}

/**
 * The statements a query sends for one example, without a database: a Kysely over a driver that
 * answers every statement with no rows and records its SQL. A query that stops early on an empty
 * answer records only what it sent before stopping; errors after the first statement are expected.
 */
export async function statementsOf(query: QueryDefinition, args: readonly unknown[]): Promise<string[]> {
  return (await sentStatementsOf(query, args)).map((s) => s.sql);
}

/** As statementsOf, with each statement's parameters (the Citus router-plan test EXPLAINs them). */
export async function sentStatementsOf(query: QueryDefinition, args: readonly unknown[]): Promise<{ sql: string; parameters: readonly unknown[] }[]> {
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  try {
    await query.run(db, ...(args as never[]));
  } catch {
    // An empty answer where the query expects a row; what it sent until then is still recorded.
  }
  await db.destroy();
  return statements;
}
