import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { migrationProvider } from '../../db/migrations/index.js';
import { createTestApp, type TestApp } from '../../testing/index.js';

const TENANT = ['tpp_hukdis', 'tpp_payroll', 'tpp_position_groups', 'tpp_recalculation_employees', 'tpp_recalculations', 'tpp_run_employees', 'tpp_run_events', 'tpp_runs', 'tpp_signers'];
const TABLES = [...TENANT, 'tpp_rule_sets'].sort();

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

describe('migration 0021 (TPP)', () => {
  it('goes down to 0020 without its tables or the finance role, and up again with them', async () => {
    expect(await tables()).toEqual(TABLES);
    await migrateTo(t.ctx.db, '0020_data_exports', t.handle.schema);
    expect(await tables()).toEqual([]);
    const p = t.fixture.people.staff1!;
    await expect(t.ctx.db.updateTable('accounts').set({ role: 'finance' as never }).where('id', '=', p.accountId).execute()).rejects.toThrow();
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await tables()).toEqual(TABLES);
    await t.ctx.db.updateTable('accounts').set({ role: 'finance' }).where('id', '=', p.accountId).execute();
    // Finance belongs to an agency, like an agency admin.
    await expect(t.ctx.db.updateTable('accounts').set({ agency_id: null }).where('id', '=', p.accountId).execute()).rejects.toThrow();
  });

  it('0037 (the nominatif signers) goes down to the migration before it without its table, and up again', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    await migrateTo(t.ctx.db, names[names.indexOf('0037_tpp_signers') - 1]!, t.handle.schema);
    // Going below 0037 reverts every later migration too (0046's tpp_position_groups).
    expect(await tables()).toEqual(TABLES.filter((n) => n !== 'tpp_signers' && n !== 'tpp_position_groups'));
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await tables()).toEqual(TABLES);
  });

  it('0046 (position groups, json snapshots) goes down to the migration before it and up again', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    const schema = t.handle.schema ?? 'public';
    const columns = async () =>
      (
        await sql<{ c: string }>`
          select table_name || '.' || column_name || ':' || data_type as c from information_schema.columns
           where table_schema = ${schema} and table_name in ('tpp_run_employees', 'tpp_recalculation_employees')
             and column_name in ('input', 'result', 'position_group', 'rule_set_id', 'rule_set_version') order by 1`.execute(t.ctx.db)
      ).rows.map((r) => r.c);
    const after = [
      'tpp_recalculation_employees.input:json', 'tpp_recalculation_employees.result:json',
      'tpp_run_employees.input:json', 'tpp_run_employees.position_group:text', 'tpp_run_employees.result:json', 'tpp_run_employees.rule_set_id:text', 'tpp_run_employees.rule_set_version:integer',
    ];
    expect(await columns()).toEqual(after);
    await migrateTo(t.ctx.db, names[names.indexOf('0046_tpp_position_groups') - 1]!, t.handle.schema);
    expect(await tables()).toEqual(TABLES.filter((n) => n !== 'tpp_position_groups'));
    expect(await columns()).toEqual(['tpp_recalculation_employees.input:jsonb', 'tpp_recalculation_employees.result:jsonb', 'tpp_run_employees.input:jsonb', 'tpp_run_employees.result:jsonb']);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await tables()).toEqual(TABLES);
    expect(await columns()).toEqual(after);
  });

  it('keys every tenant table by agency first; only account references are not', async () => {
    const schema = t.handle.schema ?? 'public';
    const keys = await sql<{ table_name: string; column_name: string }>`
      select k.table_name, k.column_name
        from information_schema.table_constraints c
        join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
       where c.table_schema = ${schema} and c.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') and k.ordinal_position = 1
         and k.table_name = any(${TENANT}::text[])`.execute(t.ctx.db);
    expect(keys.rows.length).toBeGreaterThan(10);
    expect(keys.rows.filter((r) => r.column_name !== 'agency_id')).toEqual([]);
  });
});
