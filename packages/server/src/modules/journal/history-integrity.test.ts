import { sql } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../db/migrate.js';
import { createTestApp, signIn, testDatabaseKind, type Client, type TestApp } from '../../testing/index.js';
import { appendEntryEvents } from './queries.js';

// Migration 0006: the history's "every event belongs to an entry" is kept by appendEntryEvents, not by a foreign key.
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
  it('refuses an event for an entry that does not exist, and writes none of its batch', async () => {
    const ghost = v7();
    await expect(
      t.ctx.db.transaction().execute((trx) =>
        appendEntryEvents(trx, agencyId(), null, [
          { entryId, action: 'note' },
          { entryId: ghost, action: 'created' },
        ]),
      ),
    ).rejects.toMatchObject({ code: '23502' });
    expect(await eventsOf(ghost)).toEqual([]);
    expect((await eventsOf(entryId)).map((e) => e.action)).toEqual(['created']);
  });

  it('refuses an entry of another agency even when the id exists', async () => {
    const other = Object.values(t.fixture.agencyIds).find((id) => id !== agencyId())!;
    await expect(t.ctx.db.transaction().execute((trx) => appendEntryEvents(trx, other, null, [{ entryId, action: 'created' }]))).rejects.toMatchObject({ code: '23502' });
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
    const trigger = await sql<{ n: number }>`select count(*)::int as n from pg_trigger where tgname = 'journal_entries_no_delete'`.execute(t.ctx.db);
    expect(trigger.rows[0]!.n).toBe(1);
  });
});
