/**
 * What the badge can see while the queue replaces an item: at every notice the outbox must still
 * hold the change the user made. A remove and an add in two steps once showed "0 to send" between
 * them, and a user (or the browser test) took the conflict for sent.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxItem, PutItem } from './types';

const store = new Map<string, OutboxItem>();
/** The unsent items at each notice, as a listener reading the outbox then would count them. */
const seen: number[] = [];
const notice = () => seen.push([...store.values()].filter((i) => i.state !== 'sent').length);

vi.mock('./outbox', () => ({
  listItems: async () => [...store.values()].sort((a, b) => a.itemId.localeCompare(b.itemId)),
  addItem: async (i: OutboxItem) => {
    store.set(i.itemId, i);
    notice();
  },
  removeItem: async (id: string) => {
    store.delete(id);
    notice();
  },
  replaceItems: async (ids: readonly string[], add: OutboxItem | null) => {
    for (const id of ids) store.delete(id);
    if (add) store.set(add.itemId, add);
    notice();
  },
}));

const { queueDelete, queueEntryPut, reapply } = await import('./queue');

const put = (over: Partial<PutItem>): PutItem => ({
  kind: 'entry.put',
  itemId: '0190-a',
  deviceTime: '2026-12-06T01:00:00.000Z',
  state: 'waiting',
  attempts: 0,
  entryId: 'e1',
  baseVersion: 1,
  entry: { workDate: '2026-12-04', startTime: '08:00', endTime: '09:00', activityCode: 'A1', volume: 1, description: 'Versi ponsel', evidence: [] },
  files: [],
  display: { activityName: 'Rapat', activityUnit: 'kegiatan', creditedMinutes: 60, status: 'draft' },
  ...over,
});

beforeEach(() => {
  store.clear();
  seen.length = 0;
});

describe('replacing an item in the outbox', () => {
  it('"Kirim versi saya" swaps the conflict for a new item with no moment of nothing to send', async () => {
    const conflict = put({ state: 'attention', attempts: 1, status: 'conflict', code: 'VERSION_CONFLICT' });
    store.set(conflict.itemId, conflict);
    await reapply(conflict, 4);
    expect(seen).toEqual([1]);
    const [next] = store.values();
    expect(next).toMatchObject({ state: 'waiting', attempts: 0, baseVersion: 4, entry: { description: 'Versi ponsel' } });
    expect(next!.itemId).not.toBe(conflict.itemId);
    expect(next).not.toHaveProperty('status');
  });

  it('a second save replaces the unsent one in one step', async () => {
    const first = put({});
    store.set(first.itemId, first);
    const second = await queueEntryPut({ entryId: 'e1', baseVersion: 1, entry: { ...first.entry, description: 'lagi' }, files: [], display: first.display });
    expect(seen).toEqual([1]);
    expect([...store.keys()]).toEqual([second.itemId]);
  });

  it('a save after one that reached the server keeps both (the first may already be applied)', async () => {
    const tried = put({ attempts: 1 });
    store.set(tried.itemId, tried);
    await queueEntryPut({ entryId: 'e1', baseVersion: 1, entry: tried.entry, files: [], display: tried.display });
    expect(seen).toEqual([2]);
  });

  it('deleting an entry with an unsent save swaps the save for the delete in one step', async () => {
    const unsent = put({});
    store.set(unsent.itemId, unsent);
    const del = await queueDelete('e1', '2026-12-04', 3);
    expect(seen).toEqual([1]);
    expect([...store.values()]).toEqual([del]);
  });

  it('deleting an entry the server never had just drops its saves', async () => {
    const unsent = put({ baseVersion: null });
    store.set(unsent.itemId, unsent);
    expect(await queueDelete('e1', '2026-12-04', 0)).toBeNull();
    expect(seen).toEqual([0]);
  });
});
