import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { migrationProvider } from '../../db/migrations/index.js';
import { createTestApp, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

async function exists(): Promise<boolean> {
  const schema = t.handle.schema ?? 'public';
  const rows = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'signed_evaluation_scans'`.execute(t.ctx.db);
  return rows.rows[0]!.n === 1;
}

describe('migration 0032 (signed evaluation scans)', () => {
  it('goes down to the migration before it without the table and up again with it, keyed by agency first', async () => {
    expect(await exists()).toBe(true);
    const schema = t.handle.schema ?? 'public';
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    const before = names[names.indexOf('0032_signed_evaluation_scans') - 1]!;
    await migrateTo(t.ctx.db, before, t.handle.schema);
    expect(await exists()).toBe(false);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await exists()).toBe(true);
    const keys = await sql<{ column_name: string; constraint_type: string }>`
      select k.column_name, c.constraint_type
        from information_schema.table_constraints c
        join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
       where c.table_schema = ${schema} and k.table_name = 'signed_evaluation_scans' and k.ordinal_position = 1 and c.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')`.execute(t.ctx.db);
    // The primary key and the evaluation's key start with agency_id; the file and account references are province-wide.
    expect(new Set(keys.rows.map((r) => r.column_name))).toEqual(new Set(['agency_id', 'sha256', 'uploaded_by']));
    expect(keys.rows.filter((r) => r.column_name === 'agency_id').map((r) => r.constraint_type).sort()).toEqual(['FOREIGN KEY', 'PRIMARY KEY']);
  });
});
