import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

async function sessionColumns(): Promise<string[]> {
  const rows = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
     where table_schema = ${t.handle.schema ?? 'public'} and table_name = 'sessions' and column_name = 'id'`.execute(t.ctx.db);
  return rows.rows.map((r) => r.column_name);
}

describe('migration 0013 (session ids)', () => {
  it('goes down to 0012 without the id and up again; a session open across it keeps working with a fresh unique id', async () => {
    const c = await signIn(t.app, t.fixture.people.staff1!.nip);
    await signIn(t.app, t.fixture.people.staff2!.nip);
    expect(await sessionColumns()).toEqual(['id']);
    await migrateTo(t.ctx.db, '0012_skp', t.handle.schema);
    expect(await sessionColumns()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await sessionColumns()).toEqual(['id']);
    const ids = (await t.ctx.db.selectFrom('sessions').select('id').execute()).map((r) => r.id);
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(2);
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    const [mine] = (await c.get('/api/v1/auth/sessions')).json().sessions as { id: string; current: boolean }[];
    expect(mine).toMatchObject({ current: true });
    expect(ids).toContain(mine!.id);
  });
});
