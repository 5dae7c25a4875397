import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../testing/index.js';
import type { DatabaseHandle } from './connect.js';
import { GROWTH_FACTOR, MIN_PAGES, refreshStatistics } from './statistics.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await sql`create table stats_probe (id int primary key, pad text not null)`.execute(handle.db);
});
afterAll(() => handle.close());

/** reltuples is -1 until a table's first ANALYZE (or VACUUM). */
async function rowsSeenByPlanner(table: string): Promise<number> {
  const { rows } = await sql<{ reltuples: number }>`select reltuples from pg_class where oid = ${table}::regclass`.execute(handle.db);
  return Number(rows[0]!.reltuples);
}

async function pagesOf(table: string): Promise<number> {
  const { rows } = await sql<{ pages: number }>`select (pg_relation_size(${table}::regclass) / current_setting('block_size')::int)::int as pages`.execute(handle.db);
  return rows[0]!.pages;
}

/** Adds rows until the table has at least `pages` pages. */
async function growTo(table: 'stats_probe', pages: number): Promise<void> {
  while ((await pagesOf(table)) < pages) {
    await sql`insert into stats_probe (id, pad) select coalesce((select max(id) from stats_probe), 0) + g, repeat('x', 200) from generate_series(1, 200) g`.execute(handle.db);
  }
}

describe.runIf(testDatabaseKind() === 'pglite')('PGlite statistics: ANALYZE once tables hold data', () => {
  it('leaves empty tables alone (statistics of an empty table would tell the planner it stays empty)', async () => {
    const analysed = await refreshStatistics(handle.db, 'pglite');
    const names = analysed.map((t) => t.table);
    expect(names).not.toContain('stats_probe');
    expect(names).not.toContain('journal_entries');
    expect(names).not.toContain('entry_decisions');
    expect(await rowsSeenByPlanner('stats_probe')).toBe(-1);
    expect(await rowsSeenByPlanner('journal_entries')).toBe(-1);
  });

  it('analyses a table once it holds data, and again only after it has grown', async () => {
    await growTo('stats_probe', MIN_PAGES);
    expect((await refreshStatistics(handle.db, 'pglite')).map((t) => t.table)).toEqual(['stats_probe']);
    const counted = (await sql<{ n: number }>`select count(*)::int as n from stats_probe`.execute(handle.db)).rows[0]!.n;
    expect(await rowsSeenByPlanner('stats_probe')).toBe(counted);

    // Nothing has grown: nothing to do.
    expect(await refreshStatistics(handle.db, 'pglite')).toEqual([]);
    const pages = await pagesOf('stats_probe');
    await growTo('stats_probe', pages + 1);
    expect(await refreshStatistics(handle.db, 'pglite')).toEqual([]);

    await growTo('stats_probe', pages * GROWTH_FACTOR);
    expect((await refreshStatistics(handle.db, 'pglite')).map((t) => t.table)).toEqual(['stats_probe']);
    expect(await rowsSeenByPlanner('stats_probe')).toBeGreaterThan(counted);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('PostgreSQL statistics', () => {
  it('are left to autovacuum when it runs, and gathered by the same rule when it is off', async () => {
    const { rows } = await sql<{ on: boolean }>`select current_setting('autovacuum')::boolean as on`.execute(handle.db);
    await growTo('stats_probe', MIN_PAGES);
    const analysed = (await refreshStatistics(handle.db, 'postgres')).map((t) => t.table);
    if (rows[0]!.on) expect(analysed).toEqual([]);
    else {
      expect(analysed).toContain('stats_probe');
      expect(analysed).not.toContain('journal_entries');
    }
  });
});
