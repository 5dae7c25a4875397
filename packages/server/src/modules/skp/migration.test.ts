import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { migrationProvider } from '../../db/migrations/index.js';
import { createTestApp, type TestApp } from '../../testing/index.js';

const SKP_TABLES = ['regional_leadership_terms', 'regional_officials', 'skp', 'skp_events', 'skp_iki', 'skp_people', 'skp_rencana_aksi', 'skp_rhk', 'skp_versions'];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

async function tables(): Promise<string[]> {
  const schema = t.handle.schema ?? 'public';
  const rows = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
     where table_schema = ${schema} and (table_name like 'skp%' or table_name like 'regional%')
     order by table_name`.execute(t.ctx.db);
  return rows.rows.map((r) => r.table_name);
}

describe('migration 0012 (SKP)', () => {
  it('goes down to 0011 without its tables and up again with them', async () => {
    expect(await tables()).toEqual(SKP_TABLES);
    await migrateTo(t.ctx.db, '0011_agency_settings_versions', t.handle.schema);
    expect(await tables()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await tables()).toEqual(SKP_TABLES);
  });

  it('keys every SKP table by agency first, and refuses a Sekda term without an employee', async () => {
    const schema = t.handle.schema ?? 'public';
    const keys = await sql<{ table_name: string; column_name: string }>`
      select k.table_name, k.column_name
        from information_schema.table_constraints c
        join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
       where c.table_schema = ${schema} and c.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') and k.ordinal_position = 1
         and k.table_name like 'skp%'`.execute(t.ctx.db);
    expect(keys.rows.length).toBeGreaterThan(10);
    // Besides agency-first keys only the references to the regional officials (a reference table on
    // Citus) and to the acting account, as agency_settings_versions has.
    expect(keys.rows.filter((r) => r.column_name !== 'agency_id').map((r) => `${r.table_name}.${r.column_name}`).sort()).toEqual([
      'skp_events.actor_account_id',
      'skp_people.official_id',
      'skp_rencana_aksi.updated_by_account_id',
    ]);
    await expect(
      sql`insert into regional_leadership_terms (id, post, capacity, starts_on) values ('0190b7a0-0000-7000-8000-000000000001', 'sekda', 'definitive', '2026-01-01')`.execute(t.ctx.db),
    ).rejects.toThrow(/check/i);
  });
});

describe('migration 0027 (the Manual Indikator Kinerja of a JPT IKI)', () => {
  async function mikColumn(): Promise<string[]> {
    const rows = await sql<{ data_type: string }>`
      select data_type from information_schema.columns
       where table_schema = ${t.handle.schema ?? 'public'} and table_name = 'skp_iki' and column_name = 'mik'`.execute(t.ctx.db);
    return rows.rows.map((r) => r.data_type);
  }

  it('goes down to the migration before it without the column and up again with it', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    const before = names[names.indexOf('0027_skp_manual_indikator') - 1]!;
    expect(await mikColumn()).toEqual(['jsonb']);
    await migrateTo(t.ctx.db, before, t.handle.schema);
    expect(await mikColumn()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await mikColumn()).toEqual(['jsonb']);
  });
});

describe('migration 0030 (rencana aksi and their realisasi)', () => {
  async function present(): Promise<string[]> {
    const rows = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
       where table_schema = ${t.handle.schema ?? 'public'} and table_name in ('skp_rencana_aksi', 'evaluation_realisasi_aksi')
       order by table_name`.execute(t.ctx.db);
    return rows.rows.map((r) => r.table_name);
  }

  it('goes down to the migration before it without its tables and up again with them; refuses a malformed period key', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    const before = names[names.indexOf('0030_skp_rencana_aksi') - 1]!;
    expect(await present()).toEqual(['evaluation_realisasi_aksi', 'skp_rencana_aksi']);
    await migrateTo(t.ctx.db, before, t.handle.schema);
    expect(await present()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await present()).toEqual(['evaluation_realisasi_aksi', 'skp_rencana_aksi']);
    const id = '0190b7a0-0000-7000-8000-000000000001';
    await expect(
      sql`insert into skp_rencana_aksi (agency_id, skp_id, id, rhk_id, periode, period_from, period_to, text, target, updated_by_account_id)
          values (${id}, ${id}, ${id}, ${id}, '2026-T5', '2026-01-01', '2026-03-31', 'x', '1', ${id})`.execute(t.ctx.db),
    ).rejects.toThrow(/check|violat/i);
  });
});
