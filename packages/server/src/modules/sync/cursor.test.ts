import { sql } from 'kysely';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';

// The pull cursor as a watermark (change time, entry id): an edit never hides a later insert (on a Citus
// cluster an edit's change number came from a worker's own sequence range, and the cursor jumped past
// every later insert), and a phone holding a cursor of the old form (a change number) misses nothing.
const NOW = new Date('2026-11-23T03:00:00Z');
const DEVICE = '0190b7a0-0000-7000-8000-00000000d001';

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp({ syncSettleMs: 0 });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(async () => {
  await t.close();
});

let minute = 0;
function put(entryId: string, baseVersion: number | null = null, description = '') {
  const start = 420 + (minute++ % 100) * 5;
  const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { itemId: v7(), kind: 'entry.put', entryId, baseVersion, deviceTime: NOW.toISOString(), entry: { workDate: '2026-11-23', startTime: fmt(start), endTime: fmt(start + 5), activityCode: 'ADM-001', volume: 1, description } };
}

async function push(items: unknown[]) {
  const res = await staff.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: NOW.toISOString(), items });
  expect(res.statusCode).toBe(200);
  for (const r of res.json().results) expect(r.status).toBe('applied');
}

async function pullAll(cursor: string | undefined): Promise<{ ids: string[]; cursor: string }> {
  const ids: string[] = [];
  for (;;) {
    const page = (await staff.get(`/api/v1/sync/pull?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
    ids.push(...page.entries.map((e: { id: string }) => e.id), ...page.deleted);
    cursor = page.cursor as string;
    if (!page.hasMore) return { ids, cursor };
  }
}

describe('the pull cursor', () => {
  it('after an edit, every later new entry is still pulled', async () => {
    let { cursor } = await pullAll(undefined);
    const a = v7();
    await push([put(a)]);
    ({ cursor } = await pullAll(cursor));
    await push([put(a, 1, 'diubah')]);
    const b = v7();
    const c = v7();
    await push([put(b)]);
    await push([put(c)]);
    const after = await pullAll(cursor);
    expect(after.ids.sort()).toEqual([a, b, c].sort());
    expect((await pullAll(after.cursor)).ids).toEqual([]);
  });

  it('answers a cursor of the old form (a change number) with every change the phone has not seen, then a new cursor', async () => {
    const seen = v7();
    const edited = v7();
    await push([put(seen), put(edited)]);
    // The phone's cursor from before the upgrade: the change number of the last change it pulled.
    const { rows } = await sql<{ seq: string }>`select max(change_seq)::text as seq from journal_entries where employee_id = ${t.fixture.people.staff1!.id}`.execute(t.ctx.db);
    const old = Buffer.from(rows[0]!.seq).toString('base64url');
    // Changes after it: an edit (which keeps its old number now) and a new entry.
    await push([put(edited, 1, 'diubah setelah')]);
    const fresh = v7();
    await push([put(fresh)]);
    const after = await pullAll(old);
    expect(after.ids).toEqual(expect.arrayContaining([edited, fresh]));
    expect(Buffer.from(after.cursor, 'base64url').toString()).toMatch(/^w\d+\.[0-9a-f-]{36}$/);
    expect((await pullAll(after.cursor)).ids).toEqual([]);
  });

  it('refuses a forged watermark', async () => {
    for (const text of ['w99999999999999999999.00000000-0000-0000-0000-000000000000', 'w9000000000000000000.00000000-0000-0000-0000-000000000000', 'w12.not-a-uuid', 'w1.00000000-0000-0000-0000-000000000000:2026-13-40']) {
      const res = await staff.get(`/api/v1/sync/pull?cursor=${Buffer.from(text).toString('base64url')}`);
      expect(res.statusCode).toBe(400);
    }
  });
});
