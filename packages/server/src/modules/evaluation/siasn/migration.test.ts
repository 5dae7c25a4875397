import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../../db/migrate.js';
import defaults from '../../../db/migrations/0043_siasn_reference_codes.json' with { type: 'json' };
import { migrationProvider } from '../../../db/migrations/index.js';
import { createTestApp, type TestApp } from '../../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const exists = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${t.handle.schema ?? 'public'} and table_name = 'siasn_reference_codes'`.execute(t.ctx.db)).rows[0]!.n === 1;

describe('migration 0043 (SIASN reference codes)', () => {
  it('writes the defaults of its data file, goes down without its table and up again with them', async () => {
    const expected = Object.entries(defaults.lists).flatMap(([list, items]) => items.map((x, position) => ({ list, key: x.key, label: x.label, code: x.code, position })));
    const rows = () => t.ctx.db.selectFrom('siasn_reference_codes').select(['list', 'key', 'label', 'code', 'position']).orderBy('list').orderBy('position').execute();
    const sorted = [...expected].sort((a, b) => (a.list === b.list ? a.position - b.position : a.list < b.list ? -1 : 1));
    expect(await rows()).toEqual(sorted);
    // Every rating, predikat, frequency, jenjang × predikat and PNS golongan has its row (the export asks for no other key).
    expect(expected.filter((r) => r.list === 'koefisien')).toHaveLength(8 * 5);
    expect(expected.filter((r) => r.list === 'golonganPns')).toHaveLength(17);
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    await migrateTo(t.ctx.db, names[names.indexOf('0043_siasn_reference_codes') - 1]!, t.handle.schema);
    expect(await exists()).toBe(false);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await exists()).toBe(true);
    expect(await rows()).toEqual(sorted);
  });
});
