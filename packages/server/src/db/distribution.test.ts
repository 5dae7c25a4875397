import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/database.js';
import type { DatabaseHandle } from './connect.js';
import { DISTRIBUTION, FOREIGN_KEYS_DROPPED_ON_CITUS, isCitus } from './distribution.js';

// The Citus layout (db/distribution.ts) must place every table the migrations make: a module that adds
// a table without placing it fails here on every engine, not first on a cluster.
let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

const tablesOfSchema = async () =>
  (
    await sql<{ name: string }>`
      select relname as name from pg_class
       where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p') and not relispartition
       order by relname`.execute(h.db)
  ).rows.map((r) => r.name);

describe('the distribution layout', () => {
  it('places every table the migrations make', async () => {
    const tables = await tablesOfSchema();
    expect(tables.length).toBeGreaterThan(40);
    expect(tables.filter((t) => !DISTRIBUTION[t])).toEqual([]);
  });

  it('keys every tenant table by a non-null agency_id that starts its primary key and is in every unique key', async () => {
    const tables = await tablesOfSchema();
    const tenants = Object.entries(DISTRIBUTION).filter(([t, p]) => p.kind === 'tenant' && tables.includes(t)).map(([t]) => t);
    const { rows } = await sql<{ table: string; index: string; first: string; cols: string[]; notnull: boolean; primary: boolean }>`
      select c.relname as table, i.relname as index, x.indisprimary as primary,
             (select attname from pg_attribute where attrelid = c.oid and attnum = x.indkey[0]) as first,
             array(select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = any(x.indkey)) as cols,
             (select attnotnull from pg_attribute where attrelid = c.oid and attname = 'agency_id') as notnull
        from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
       where c.relnamespace = current_schema()::regnamespace and x.indisunique and c.relname = any(${tenants}::text[])`.execute(h.db);
    const wrong = rows.filter((r) => !r.notnull || !r.cols.includes('agency_id') || (r.primary && r.first !== 'agency_id')).map((r) => `${r.table}.${r.index}`);
    expect(wrong).toEqual([]);
    expect(new Set(rows.filter((r) => r.primary).map((r) => r.table))).toEqual(new Set(tenants));
  });

  it('names only foreign keys that exist among those Citus cannot keep', async () => {
    const { rows } = await sql<{ name: string }>`
      select conname as name from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace`.execute(h.db);
    const names = rows.map((r) => r.name);
    // On a cluster they are gone once the layout is applied; elsewhere they stay.
    if (await isCitus(h.db)) expect(FOREIGN_KEYS_DROPPED_ON_CITUS.filter((k) => names.includes(k))).toEqual([]);
    else expect(FOREIGN_KEYS_DROPPED_ON_CITUS.filter((k) => !names.includes(k))).toEqual([]);
  });

  it('on a Citus cluster, every table sits where the layout says (elsewhere: nothing is distributed)', async () => {
    if (!(await isCitus(h.db))) {
      expect(await isCitus(h.db)).toBe(false);
      return;
    }
    const { rows } = await sql<{ name: string; method: string; repmodel: string; column: string | null; coloc: number }>`
      select c.relname as name, p.partmethod as method, p.repmodel, column_to_column_name(p.logicalrelid, p.partkey) as column, p.colocationid as coloc
        from pg_dist_partition p join pg_class c on c.oid = p.logicalrelid
       where c.relnamespace = current_schema()::regnamespace`.execute(h.db);
    const placed = new Map(rows.map((r) => [r.name, r]));
    const tenantGroups = new Set<number>();
    const tables = await tablesOfSchema();
    for (const [table, p] of Object.entries(DISTRIBUTION).filter(([t]) => tables.includes(t))) {
      const r = placed.get(table);
      if (p.kind === 'reference') expect([table, r?.method, r?.repmodel]).toEqual([table, 'n', 't']);
      else if (p.kind === 'tenant') {
        expect([table, r?.method, r?.column]).toEqual([table, 'h', 'agency_id']);
        tenantGroups.add(r!.coloc);
      } else if (p.kind === 'distributed') expect([table, r?.method, r?.column]).toEqual([table, 'h', p.column]);
      // Local tables stay plain, or become Citus-managed local tables (a key to a reference table).
      else expect([table, r === undefined || r.method === 'n']).toEqual([table, true]);
    }
    expect(tenantGroups.size).toBe(1);
  });
});
