/**
 * IndexedDB, one database per account ("kinerja-<accountId>"): what one person has on this phone
 * never shows to another person who signs in on it. A small shared database keeps the device id.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Day } from '../../api/journal';
import type { OutboxItem } from './types';
import { uuidv7 } from '../../lib/uuid';

export interface StoredBlob {
  sha256: string;
  blob: Blob;
  mediaType: string;
  fileName: string;
  uploaded: boolean;
}

interface AccountDB extends DBSchema {
  /** Cached answers and small state: context, dictionary, favourites, sets, cursor, last sync. */
  kv: { key: string; value: unknown };
  /** My days with their entries, as the server last said. */
  days: { key: string; value: Day };
  outbox: { key: string; value: OutboxItem };
  blobs: { key: string; value: StoredBlob };
}

let current: { accountId: string; db: Promise<IDBPDatabase<AccountDB>> } | null = null;

export function accountDb(accountId: string): Promise<IDBPDatabase<AccountDB>> {
  if (current?.accountId !== accountId) {
    const db = openDB<AccountDB>(`kinerja-${accountId}`, 1, {
      upgrade(d) {
        d.createObjectStore('kv');
        d.createObjectStore('days', { keyPath: 'date' });
        d.createObjectStore('outbox', { keyPath: 'itemId' });
        d.createObjectStore('blobs', { keyPath: 'sha256' });
      },
    });
    current = { accountId, db };
  }
  return current.db;
}

let activeAccount: string | null = null;
/** The signed-in account whose data the offline layer reads and writes. */
export function setActiveAccount(accountId: string | null): void {
  if (activeAccount === accountId) return;
  activeAccount = accountId;
  // Readers of the previous account's data read again (offline/outbox.ts listens).
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(ACCOUNT_EVENT));
}
export const ACCOUNT_EVENT = 'kinerja:account';
export function activeAccountId(): string | null {
  return activeAccount;
}
export function db(): Promise<IDBPDatabase<AccountDB>> {
  if (!activeAccount) return Promise.reject(new Error('no account'));
  return accountDb(activeAccount);
}

export async function kvGet<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('kv', key)) as T | undefined;
}
export async function kvSet(key: string, value: unknown): Promise<void> {
  await (await db()).put('kv', value, key);
}

let deviceIdPromise: Promise<string> | null = null;
/** A UUID made once per installation. */
export function deviceId(): Promise<string> {
  deviceIdPromise ??= (async () => {
    const d = await openDB('kinerja-device', 1, { upgrade: (x) => void x.createObjectStore('kv') });
    let id = (await d.get('kv', 'deviceId')) as string | undefined;
    if (!id) {
      id = uuidv7();
      await d.put('kv', id, 'deviceId');
    }
    return id;
  })();
  return deviceIdPromise;
}
