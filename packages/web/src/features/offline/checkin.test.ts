/**
 * Selfie check-ins in the shared outbox (issue 18 item 3): queued once per check-in id, sent by the
 * sync engine through their own route with the phone's time of the photo kept as the claimed time,
 * their photo uploaded first and kept on the phone until the server acknowledged the check-in; a
 * connection failure leaves the check-in waiting (and the photo kept), a refusal puts it on "needs
 * attention". The outbox's own code runs here on an in-memory stand-in for IndexedDB.
 */
import type { CheckinAnswer, CheckinBody } from '@kinerja/core/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { StoredBlob } from './db';
import type { CheckinItem, OutboxItem } from './types';

// ---- an in-memory IndexedDB with the two stores the outbox uses ----
const stores = { outbox: new Map<string, OutboxItem>(), blobs: new Map<string, StoredBlob>(), kv: new Map<string, unknown>() };
type Name = keyof typeof stores;
const keyOf = (name: Name, v: unknown) => (name === 'outbox' ? (v as OutboxItem).itemId : (v as StoredBlob).sha256);
const storeApi = (name: Name) => ({
  get: async (k: string) => structuredClone(stores[name].get(k)),
  getAll: async () => [...stores[name].entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => structuredClone(v)),
  put: async (v: unknown, k?: string) => void (stores[name] as Map<string, unknown>).set(k ?? keyOf(name, v), structuredClone(v)),
  delete: async (k: string) => void stores[name].delete(k),
});
const fakeDb = {
  get: (n: Name, k: string) => storeApi(n).get(k),
  getAll: (n: Name) => storeApi(n).getAll(),
  put: (n: Name, v: unknown, k?: string) => storeApi(n).put(v, k),
  delete: (n: Name, k: string) => storeApi(n).delete(k),
  transaction: (names: Name | Name[]) => ({ store: storeApi(Array.isArray(names) ? names[0]! : names), objectStore: (n: Name) => storeApi(n), done: Promise.resolve() }),
};
vi.mock('./db', () => ({
  ACCOUNT_EVENT: 'kinerja:account',
  db: async () => fakeDb,
  activeAccountId: () => 'acc-1',
  kvGet: async (k: string) => stores.kv.get(k),
  kvSet: async (k: string, v: unknown) => void stores.kv.set(k, v),
  deviceId: async () => 'device-1',
}));

// ---- the network ----
const sent: CheckinBody[] = [];
const uploads: string[] = [];
let network: 'up' | 'down' | 'photo-only' | 'refuse' = 'up';
const offline = () => new ApiError('NETWORK', 'Tidak ada sambungan', 0);
vi.mock('../../api/selfie', () => ({
  sendCheckin: async (body: CheckinBody): Promise<CheckinAnswer> => {
    if (network === 'down' || network === 'photo-only') throw offline();
    if (network === 'refuse') throw new ApiError('VALIDATION', 'Foto acuan wajah Anda belum disetujui admin.', 400, [{ field: 'referenceId', message: 'x' }]);
    sent.push(body);
    return { id: body.id, accepted: true, at: body.deviceTime, receivedAt: body.deviceNow, clockSkewed: false, skewSeconds: 0, place: 'inside', distanceMeters: 0, face: 'matched', reasons: [] };
  },
}));
vi.mock('./upload', () => ({
  uploadFile: async (sha: string) => {
    if (network === 'down') throw offline();
    uploads.push(sha);
    const b = stores.blobs.get(sha);
    if (b) stores.blobs.set(sha, { ...b, uploaded: true });
  },
}));
const pushed: OutboxItem[][] = [];
vi.mock('./transport', () => ({
  BATCH: 50,
  push: async (items: OutboxItem[]) => {
    pushed.push(items);
    return items.map((i) => ({ itemId: i.itemId, status: 'applied' }));
  },
  pull: async () => ({ entries: [], deleted: [], cursor: 'c', hasMore: false, dictionaryVersion: 1 }),
}));
vi.mock('./cache', () => ({
  isOfflineError: (e: unknown) => e instanceof ApiError && (e.code === 'NETWORK' || e.status === 0 || e.status >= 500),
  keepServerEntry: async () => {},
  dropKeptEntry: async () => {},
  keepDay: async () => {},
}));
vi.mock('../../api/journal', () => ({ journalApi: { day: async () => ({}), context: async () => ({ today: '2026-12-07' }) } }));

vi.stubGlobal('navigator', { onLine: true });
vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

const { adoptLegacyCheckins, queueCheckin } = await import('./checkin');
const { syncNow } = await import('./engine');
const { getStatus, setStatus } = await import('./status');

const PHOTO = 'a'.repeat(64);
const checkin = (id: string, deviceTime = '2026-12-07T00:05:00.000Z') => ({
  id,
  deviceId: 'phone-1',
  deviceTime,
  lat: -0.0263,
  lon: 109.3425,
  accuracyMeters: 15,
  photoSha256: PHOTO,
  referenceId: '0193a000-0000-7000-8000-000000000001',
  match: 0.9,
  liveness: 0.9,
  antispoof: 0.9,
});
const photoRef = { sha256: PHOTO, fileName: 'swafoto.jpg', mediaType: 'image/jpeg' };
const ID = '0193a000-0000-7000-8000-0000000000c1';

async function keepPhoto() {
  stores.blobs.set(PHOTO, { sha256: PHOTO, blob: new Blob(['jpeg']), mediaType: 'image/jpeg', fileName: 'swafoto.jpg', uploaded: false });
}
const item = (id = ID) => stores.outbox.get(id) as CheckinItem | undefined;

beforeEach(async () => {
  for (const s of Object.values(stores)) s.clear();
  sent.length = 0;
  uploads.length = 0;
  pushed.length = 0;
  network = 'up';
  setStatus({ running: false, lastError: null, retryAt: null, needsSignIn: false });
  await keepPhoto();
});
afterEach(() => vi.clearAllTimers());

describe('a selfie check-in in the outbox', () => {
  it('is queued once per check-in id, waiting, with its photo', async () => {
    await queueCheckin(checkin(ID), photoRef);
    await queueCheckin(checkin(ID), photoRef);
    expect([...stores.outbox.values()]).toHaveLength(1);
    expect(item()).toMatchObject({ kind: 'attendance.checkin', state: 'waiting', attempts: 0, deviceTime: '2026-12-07T00:05:00.000Z', files: [photoRef] });
  });

  it('is sent by the engine with the phone time of the photo as the claimed time and the phone clock at sending; the photo goes first and is dropped once acknowledged', async () => {
    await queueCheckin(checkin(ID, '2026-12-07T00:05:00.000Z'), photoRef);
    vi.setSystemTime(new Date('2026-12-07T03:00:00.000Z'));
    await syncNow();
    expect(uploads).toEqual([PHOTO]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ id: ID, deviceTime: '2026-12-07T00:05:00.000Z', deviceNow: '2026-12-07T03:00:00.000Z', photoSha256: PHOTO });
    expect(item()).toMatchObject({ state: 'sent', attempts: 1, answer: { id: ID, accepted: true } });
    // Not pushed through /sync/push.
    expect(pushed).toEqual([]);
    // Acknowledged: the photo is no longer kept on the phone.
    expect(stores.blobs.has(PHOTO)).toBe(false);
    // A second run sends nothing again.
    await syncNow();
    expect(sent).toHaveLength(1);
  });

  it('without a connection it stays waiting with its photo, and goes with the next run, once', async () => {
    await queueCheckin(checkin(ID), photoRef);
    network = 'down';
    await syncNow();
    expect(item()).toMatchObject({ state: 'waiting' });
    expect(stores.blobs.get(PHOTO)).toMatchObject({ uploaded: false });
    expect(getStatus().retryAt).not.toBeNull();
    network = 'up';
    await syncNow();
    expect(sent.map((s) => s.id)).toEqual([ID]);
    expect(item()?.state).toBe('sent');
  });

  it('a connection lost after the photo went up keeps the check-in waiting and the photo on the phone', async () => {
    await queueCheckin(checkin(ID), photoRef);
    network = 'photo-only';
    await syncNow();
    expect(uploads).toEqual([PHOTO]);
    expect(sent).toEqual([]);
    expect(item()?.state).toBe('waiting');
    expect(stores.blobs.has(PHOTO)).toBe(true);
  });

  it('a refusal puts it on "needs attention" with the server message, and the photo stays', async () => {
    await queueCheckin(checkin(ID), photoRef);
    network = 'refuse';
    await syncNow();
    expect(item()).toMatchObject({ state: 'attention', status: 'rejected', code: 'VALIDATION', message: 'Foto acuan wajah Anda belum disetujui admin.' });
    expect(stores.blobs.has(PHOTO)).toBe(true);
  });

  it('goes with the journal items of the same run: the check-in through its route, the entries in one push', async () => {
    await queueCheckin(checkin(ID), photoRef);
    stores.outbox.set('0193a000-0000-7000-8000-0000000000d1', { kind: 'day.submit', itemId: '0193a000-0000-7000-8000-0000000000d1', deviceTime: '2026-12-07T01:00:00.000Z', state: 'waiting', attempts: 0, date: '2026-12-07' });
    await syncNow();
    expect(sent.map((s) => s.id)).toEqual([ID]);
    expect(pushed.map((b) => b.map((i) => i.kind))).toEqual([['day.submit']]);
  });

  it('check-ins left in the old app queue (localStorage) join the outbox once', async () => {
    const kept = new Map([['kinerja.selfie.queue', JSON.stringify([checkin(ID)])]]);
    const storage = { getItem: (k: string) => kept.get(k) ?? null, removeItem: (k: string) => void kept.delete(k) };
    expect(await adoptLegacyCheckins(storage)).toBe(1);
    expect(await adoptLegacyCheckins(storage)).toBe(0);
    expect(item()).toMatchObject({ kind: 'attendance.checkin', state: 'waiting', checkin: { id: ID } });
  });
});
