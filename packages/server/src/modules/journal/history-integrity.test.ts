import { sql } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { createTestApp, signIn, testDatabaseKind, type Client, type TestApp } from '../../testing/index.js';
import { appendEntryEvents } from './queries.js';

// Migration 0006: the history has no foreign key to its entry; entries are never deleted, and the app writes every event beside its entry.
let t: TestApp;
let staff: Client;
let entryId: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  entryId = v7();
  const res = await staff.send('PUT', `/api/v1/journal/entries/${entryId}`, { workDate: '2026-11-23', startTime: '07:30', endTime: '08:30', activityCode: 'UMM-001', volume: 1 });
  expect(res.statusCode).toBe(201);
});
afterAll(() => t.close());

const agencyId = () => t.fixture.people.staff1!.agencyId;
const eventsOf = (id: string) => t.ctx.db.selectFrom('journal_entry_events').select(['seq', 'action']).where('entry_id', '=', id).orderBy('seq').execute();

describe(`entry history integrity (${testDatabaseKind()})`, () => {
  it('leaves no event without its entry after the journal\'s own writes', async () => {
    const other = v7();
    expect((await staff.send('PUT', `/api/v1/journal/entries/${other}`, { workDate: '2026-11-20', startTime: '09:00', endTime: '10:00', activityCode: 'UMM-001', volume: 1 })).statusCode).toBe(201);
    expect((await staff.send('POST', '/api/v1/journal/days/2026-11-20/submit')).statusCode).toBe(200);
    const orphans = await sql<{ n: number }>`
      select count(*)::int as n from journal_entry_events ev
      where not exists (select 1 from journal_entries e where e.agency_id = ev.agency_id and e.id = ev.entry_id)`.execute(t.ctx.db);
    expect(orphans.rows[0]!.n).toBe(0);
    expect((await eventsOf(other)).map((e) => e.action)).toEqual(['created', 'submitted']);
  });

  it('numbers later events after the last, several of one entry in the order given', async () => {
    await t.ctx.db.transaction().execute((trx) => appendEntryEvents(trx, agencyId(), null, [{ entryId, action: 'first' }, { entryId, action: 'second' }]));
    expect(await eventsOf(entryId)).toEqual([
      { seq: 1, action: 'created' },
      { seq: 2, action: 'first' },
      { seq: 3, action: 'second' },
    ]);
  });

  it('never deletes an entry: withdrawing is the only way', async () => {
    await expect(t.ctx.db.deleteFrom('journal_entries').where('id', '=', entryId).execute()).rejects.toThrow(/never deleted/);
    const del = await staff.send('DELETE', `/api/v1/journal/entries/${entryId}?baseVersion=1`);
    expect(del.statusCode).toBeLessThan(300);
    expect(await t.ctx.db.selectFrom('journal_entries').select('deleted_at').where('id', '=', entryId).executeTakeFirstOrThrow()).not.toMatchObject({ deleted_at: null });
  });

  it('migrates down to the foreign key and up again', async () => {
    const schema = t.handle.schema;
    await migrateTo(t.ctx.db, '0005_sync_retention', schema);
    const ghost = { agency_id: agencyId(), entry_id: v7(), seq: 1, action: 'created' };
    await expect(t.ctx.db.insertInto('journal_entry_events').values(ghost).execute()).rejects.toMatchObject({ code: '23503' });
    await migrateToLatest(t.ctx.db, schema);
    // Only this test's schema: on a shared PostgreSQL other test schemas have the same trigger.
    const trigger = await sql<{ n: number }>`
      select count(*)::int as n from pg_trigger tg
      join pg_class c on c.oid = tg.tgrelid join pg_namespace ns on ns.oid = c.relnamespace
      where tg.tgname = 'journal_entries_no_delete' and ns.nspname = current_schema()`.execute(t.ctx.db);
    expect(trigger.rows[0]!.n).toBe(1);
  });
});
