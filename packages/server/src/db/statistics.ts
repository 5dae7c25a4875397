import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from './connect.js';
import type { Database } from './schema.js';

/**
 * PGlite has no autovacuum, so nothing ever runs ANALYZE and the planner works from defaults: it
 * cannot tell a condition on the employee from one on the agency, and picked plans that read an
 * agency's whole journal for one person's days (bench/README.md, "The inbox and approve-all").
 * Running ANALYZE too early is worse: statistics taken while a table is empty tell the planner it
 * stays empty (a start-up ANALYZE cut the day push from 175 to 15 days/s).
 *
 * So a table is analysed once it holds data, and again whenever it has grown by GROWTH_FACTOR since
 * its last analysis: PostgreSQL's own autovacuum rule, measured in pages rather than row counters
 * (PGlite flushes its row counters only now and then, so `n_mod_since_analyze` reads stale). Pages
 * are what the planner itself scales its estimates by, and `pg_class.relpages` is what the last
 * ANALYZE saw. A kept prepared statement is planned again by the engine when its tables' statistics
 * change (ANALYZE invalidates their cached plans), so nothing has to be forgotten here.
 */
export const MIN_PAGES = 8;
export const GROWTH_FACTOR = 2;

export interface AnalyzedTable {
  table: string;
  pagesBefore: number;
  pagesNow: number;
}

/** Tables of the current schema that hold data and were never analysed, or have grown since. */
export async function tablesDueForAnalyze(db: Kysely<Database>): Promise<AnalyzedTable[]> {
  const { rows } = await sql<{ table: string; pages_before: number; pages_now: number; analysed: boolean }>`
    select c.relname as table, c.relpages as pages_before,
      (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages_now,
      c.reltuples >= 0 as analysed
    from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
  `.execute(db);
  return rows
    .filter((r) => r.pages_now >= MIN_PAGES && (!r.analysed || r.pages_before === 0 || r.pages_now >= r.pages_before * GROWTH_FACTOR))
    .map((r) => ({ table: r.table, pagesBefore: r.pages_before, pagesNow: r.pages_now }));
}

/**
 * ANALYZE the tables that are due (see above) where nothing else will: on PGlite, and on a PostgreSQL
 * server whose autovacuum is turned off (as on the test and bench server here, where the inbox's
 * statements were planned without statistics too). Answers the tables analysed.
 */
export async function refreshStatistics(db: Kysely<Database>, kind: DatabaseKind): Promise<AnalyzedTable[]> {
  if (kind !== 'pglite' && (await autovacuumRuns(db))) return [];
  const due = await tablesDueForAnalyze(db);
  for (const t of due) await sql`analyze ${sql.id(t.table)}`.execute(db);
  return due;
}

/** PGlite reports autovacuum 'on' but has no process to run it; this asks PostgreSQL only. */
async function autovacuumRuns(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ on: boolean }>`select current_setting('autovacuum')::boolean as on`.execute(db);
  return rows[0]!.on;
}
