import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { createTestApp, type TestApp } from '../../testing/index.js';

const TABLES = ['evaluation_events', 'evaluation_feedback', 'evaluation_realisasi', 'evaluations', 'organisation_results'];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

async function tables(): Promise<string[]> {
  const schema = t.handle.schema ?? 'public';
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
     where table_schema = ${schema} and table_name = any(${TABLES}::text[])
     order by table_name`.execute(t.ctx.db);
  return rows.rows.map((r) => r.table_name);
}

describe('migration 0014 (evaluation)', () => {
  it('goes down to 0013 without its tables and up again with them', async () => {
    expect(await tables()).toEqual(TABLES);
    await migrateTo(t.ctx.db, '0013_session_ids', t.handle.schema);
    expect(await tables()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await tables()).toEqual(TABLES);
  });

  it('keys every evaluation table by agency first; only account references are not', async () => {
    const schema = t.handle.schema ?? 'public';
    const keys = await sql<{ table_name: string; column_name: string }>`
      select k.table_name, k.column_name
        from information_schema.table_constraints c
        join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
       where c.table_schema = ${schema} and c.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') and k.ordinal_position = 1
         and k.table_name = any(${TABLES}::text[])`.execute(t.ctx.db);
    expect(keys.rows.length).toBeGreaterThan(10);
    expect(new Set(keys.rows.filter((r) => r.column_name !== 'agency_id').map((r) => r.column_name.replace(/^.*_account_id$/, 'account')))).toEqual(new Set(['account']));
  });

  it('holds a final evaluation to its time, and a reopen to a reason, in the database itself', async () => {
    const schema = t.handle.schema ?? 'public';
    const checks = await sql<{ table: string; def: string }>`
      select c.conrelid::regclass::text as table, pg_get_constraintdef(c.oid) as def
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = ${schema} and c.contype = 'c' and c.conrelid::regclass::text like any (array['%evaluations', '%evaluation_events'])`.execute(t.ctx.db);
    const defs = checks.rows.map((r) => r.def).join('\n');
    expect(defs).toMatch(/status = 'final'.*finalised_at IS NOT NULL/);
    expect(defs).toMatch(/action <> 'reopen'.*btrim.*reason/);
  });
});
