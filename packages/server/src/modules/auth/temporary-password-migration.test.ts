import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { migrationProvider } from '../../db/migrations/index.js';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const MINE = '0028_temporary_password_expiry';

async function expiryColumn(): Promise<string[]> {
  const rows = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
     where table_schema = ${t.handle.schema ?? 'public'} and table_name = 'accounts' and column_name = 'temporary_password_expires_at'`.execute(t.ctx.db);
  return rows.rows.map((r) => r.column_name);
}

describe('migration 0028 (temporary password expiry)', () => {
  it('goes down without the column and up again; a temporary password handed out before it gets its hours from then, a chosen one none', async () => {
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    const before = names[names.indexOf(MINE) - 1]!;
    const who = t.fixture.people.staff2!;
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    expect((await admin.send('POST', `/api/v1/agencies/${who.agencyId}/employees/${who.id}/password-reset`)).statusCode).toBe(200);

    await migrateTo(t.ctx.db, before, t.handle.schema);
    expect(await expiryColumn()).toEqual([]);
    await migrateToLatest(t.ctx.db, t.handle.schema);
    expect(await expiryColumn()).toEqual(['temporary_password_expires_at']);

    const rows = await t.ctx.db.selectFrom('accounts').select(['id', 'temporary_password_expires_at']).where('id', 'in', [who.accountId, t.fixture.people.staff1!.accountId]).execute();
    const of = (id: string) => rows.find((r) => r.id === id)!.temporary_password_expires_at;
    // The database's own clock, not the test's: 72 hours from the migration.
    const hoursLeft = (new Date(of(who.accountId)!).getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(71);
    expect(hoursLeft).toBeLessThanOrEqual(72);
    expect(of(t.fixture.people.staff1!.accountId)).toBeNull();
  });
});
