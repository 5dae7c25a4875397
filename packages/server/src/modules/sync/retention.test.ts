import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { forgetOldSyncItems } from './retention.js';

// Monday 23 November 2026, 10:00 WIB.
const NOW = new Date('2026-11-23T03:00:00Z');
const DAY = 86_400_000;
const DEVICE = '0190b7a0-0000-7000-8000-00000000d0b1';

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await createTestApp({ syncSettleMs: 0, syncRetentionDays: 120 });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(() => t.close());

function put(entryId: string, start: string, end: string) {
  return { itemId: v7(), kind: 'entry.put', entryId, baseVersion: null, deviceTime: NOW.toISOString(), entry: { workDate: '2026-11-23', startTime: start, endTime: end, activityCode: 'ADM-001', volume: 1, description: 'Agenda surat' } };
}

async function push(items: unknown[]) {
  const res = await staff.send('POST', '/api/v1/sync/push', { deviceId: DEVICE, deviceNow: t.ctx.now().toISOString(), items });
  expect(res.statusCode).toBe(200);
  return (res.json() as { results: { status: string }[] }).results.map((r) => r.status);
}

const remembered = async (itemIds: string[]) =>
  (await t.ctx.db.selectFrom('sync_applied_items').select('item_id').where('item_id', 'in', itemIds).execute()).map((r) => r.item_id).sort();

describe('sync record retention', () => {
  it('forgets applied items past the retention period, keeps newer and incomplete ones, and a late repeat stores nothing twice', async () => {
    const old = put(v7(), '07:00', '07:30');
    const late = put(v7(), '07:30', '08:00');
    const incomplete = { ...late, entry: { ...late.entry, evidence: ['a'.repeat(64)] } };
    expect(await push([old, incomplete])).toEqual(['applied', 'incomplete']);
    // Another item, received ten days later (written as such: its day would be closed by then).
    const recent = put(v7(), '08:00', '08:30');
    expect(await push([recent])).toEqual(['applied']);
    await t.ctx.db.updateTable('sync_applied_items').set({ received_at: new Date(NOW.getTime() + 10 * DAY) }).where('item_id', '=', recent.itemId).execute();
    // 121 days after the first push, the job runs.
    t.setNow(new Date(NOW.getTime() + 121 * DAY));
    try {
      expect(await forgetOldSyncItems(t.ctx)).toBe(1);
      expect(await remembered([old.itemId, incomplete.itemId, recent.itemId])).toEqual([incomplete.itemId, recent.itemId].sort());
      expect(await forgetOldSyncItems(t.ctx)).toBe(0);
    } finally {
      t.setNow(NOW);
    }

    // The phone sends the forgotten item once more: the same content is no change, and no second entry.
    const entries = async () => Number((await t.ctx.db.selectFrom('journal_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('id', '=', old.entryId).executeTakeFirstOrThrow()).n);
    const events = async () => (await t.ctx.db.selectFrom('journal_entry_events').select('seq').where('entry_id', '=', old.entryId).execute()).length;
    const before = await events();
    expect(await push([old])).toEqual(['applied']);
    expect(await entries()).toBe(1);
    expect(await events()).toBe(before);
  });

  it('deletes in batches until nothing old is left', async () => {
    const agencyId = t.fixture.agencyIds.A;
    const p = t.fixture.people.staff2!;
    const rows = Array.from({ length: 5_300 }, () => ({
      agency_id: agencyId,
      account_id: p.accountId,
      item_id: v7(),
      employee_id: p.id,
      device_id: DEVICE,
      kind: 'day.submit' as const,
      entry_id: null,
      status: 'applied' as const,
      missing_evidence: [],
      device_time: NOW,
      received_at: new Date(NOW.getTime() - 200 * DAY),
    }));
    for (let i = 0; i < rows.length; i += 1_000) await t.ctx.db.insertInto('sync_applied_items').values(rows.slice(i, i + 1_000)).execute();
    expect(await forgetOldSyncItems(t.ctx)).toBe(5_300);
    const left = await t.ctx.db.selectFrom('sync_applied_items').select('item_id').where('account_id', '=', p.accountId).execute();
    expect(left).toHaveLength(0);
  });
});
