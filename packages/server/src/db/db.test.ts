import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabaseKind, type TestApp } from '../testing/index.js';
import { LATEST_MIGRATION } from './migrations/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe(`database (${testDatabaseKind()})`, () => {
  it('reports its kind and migration version on /health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.json()).toEqual({ status: 'ok', database: testDatabaseKind(), migration: LATEST_MIGRATION, latestMigration: LATEST_MIGRATION, busy: false });
  });

  it('returns dates as yyyy-mm-dd strings and counts as numbers on both engines', async () => {
    const r = await sql<{ d: string; n: number }>`select '2026-01-31'::date as d, count(*) as n from agencies`.execute(t.ctx.db);
    expect(r.rows[0]).toEqual({ d: '2026-01-31', n: 3 });
  });

  it('keeps the audit trail append-only', async () => {
    await t.ctx.db.insertInto('audit_log').values({ agency_id: null, actor_account_id: null, action: 'test', entity: 'test', entity_id: null, data: '{}' }).execute();
    await expect(t.ctx.db.updateTable('audit_log').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.ctx.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('rolls back a failed transaction completely', async () => {
    const before = await t.ctx.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('units').values({ agency_id: t.fixture.agencyIds.A, id: '0190b7a0-0000-7000-8000-000000000001', code: 'TMP', name: 'Sementara', parent_id: null }).execute();
        // Same code again violates the (agency_id, code) key: the first insert must vanish too.
        await trx.insertInto('units').values({ agency_id: t.fixture.agencyIds.A, id: '0190b7a0-0000-7000-8000-000000000002', code: 'TMP', name: 'Lagi', parent_id: null }).execute();
      }),
    ).rejects.toThrow();
    const after = await t.ctx.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('serialises concurrent transactions without interleaving (one PGlite connection, or a pool)', async () => {
    const agencyId = t.fixture.agencyIds.B;
    const bump = () =>
      t.ctx.db.transaction().execute(async (trx) => {
        const { org_version } = await trx.selectFrom('agencies').select('org_version').where('id', '=', agencyId).forUpdate().executeTakeFirstOrThrow();
        await trx.updateTable('agencies').set({ org_version: org_version + 1 }).where('id', '=', agencyId).execute();
      });
    const start = (await t.ctx.db.selectFrom('agencies').select('org_version').where('id', '=', agencyId).executeTakeFirstOrThrow()).org_version;
    await Promise.all(Array.from({ length: 20 }, bump));
    const end = (await t.ctx.db.selectFrom('agencies').select('org_version').where('id', '=', agencyId).executeTakeFirstOrThrow()).org_version;
    expect(end - start).toBe(20);
  });
});
