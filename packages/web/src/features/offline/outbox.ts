/**
 * The outbox: every journal change is written here first (IndexedDB), shown at once, sent later.
 * Tabs of the same app hear each other's changes through a BroadcastChannel.
 */
import { useEffect, useState } from 'react';
import { ACCOUNT_EVENT, db, type StoredBlob } from './db';
import { uuidv7 } from '../../lib/uuid';
import { filesOf, unsent, type OutboxItem } from './types';

type Listener = () => void;
const listeners = new Set<Listener>();
const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel('kinerja-outbox') : null;
if (channel) channel.onmessage = () => emitLocal();
if (typeof window !== 'undefined') window.addEventListener(ACCOUNT_EVENT, () => emitLocal());

function emitLocal(): void {
  for (const l of listeners) l();
}
/** Tells this tab and the others that the outbox (or the cached days) changed. */
export function outboxChanged(): void {
  emitLocal();
  channel?.postMessage('changed');
}
export function onOutboxChange(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** All items, oldest first (item ids are UUIDv7, so key order is creation order). */
export async function listItems(): Promise<OutboxItem[]> {
  return (await db()).getAll('outbox');
}

export async function getItem(itemId: string): Promise<OutboxItem | undefined> {
  return (await db()).get('outbox', itemId);
}

export async function addItem(item: OutboxItem): Promise<void> {
  await (await db()).put('outbox', item);
  outboxChanged();
}

export async function putItem(item: OutboxItem, quiet = false): Promise<void> {
  await (await db()).put('outbox', item);
  if (!quiet) outboxChanged();
}

export async function removeItem(itemId: string): Promise<void> {
  await (await db()).delete('outbox', itemId);
  outboxChanged();
}

/**
 * Removes these items and adds one in a single transaction, with one notice: between the two the
 * badge would otherwise count nothing left to send (and a test or a user would believe it).
 */
export async function replaceItems(removeIds: readonly string[], add: OutboxItem | null): Promise<void> {
  const tx = (await db()).transaction('outbox', 'readwrite');
  for (const id of removeIds) await tx.store.delete(id);
  if (add) await tx.store.put(add);
  await tx.done;
  outboxChanged();
}

/**
 * This page's id, held as a Web Lock for as long as the page lives: a claim made by a page that was
 * reloaded or closed mid-send (its lock gone) is released at the next run instead of after minutes.
 */
const PAGE_ID = uuidv7();
const PAGE_LOCK = (id: string) => `kinerja-page-${id}`;
const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
void locks?.request(PAGE_LOCK(PAGE_ID), () => new Promise<never>(() => {})).catch(() => {});

async function livePages(): Promise<Set<string> | null> {
  if (!locks?.query) return null;
  try {
    const state = await locks.query();
    return new Set((state.held ?? []).map((l) => l.name ?? ''));
  } catch {
    return null;
  }
}

/** Moves an item from waiting to sending, atomically (two tabs never both claim it). */
export async function claim(itemId: string): Promise<OutboxItem | null> {
  const tx = (await db()).transaction('outbox', 'readwrite');
  const it = await tx.store.get(itemId);
  if (!it || it.state !== 'waiting') {
    await tx.done;
    return null;
  }
  const claimed: OutboxItem = { ...it, state: 'sending', claimedAt: Date.now(), claimedBy: PAGE_ID };
  await tx.store.put(claimed);
  await tx.done;
  return claimed;
}

/** Claims left by a page that is gone (reloaded, closed) go back to waiting; unknown ones after a while. */
export async function releaseStale(olderThanMs = 120_000): Promise<void> {
  const live = await livePages();
  const tx = (await db()).transaction('outbox', 'readwrite');
  for (const it of await tx.store.getAll()) {
    if (it.state !== 'sending') continue;
    const gone = live !== null && it.claimedBy !== undefined && !live.has(PAGE_LOCK(it.claimedBy));
    if (gone || Date.now() - (it.claimedAt ?? 0) > olderThanMs) await tx.store.put({ ...it, state: 'waiting' });
  }
  await tx.done;
}

/** Sent items are kept a day (shown as "terkirim"), then dropped with files nothing else needs. */
export async function pruneSent(keepMs = 86_400_000): Promise<void> {
  const d = await db();
  const items = await d.getAll('outbox');
  const keep = items.filter((it) => !(it.state === 'sent' && Date.now() - Date.parse(it.sentAt ?? '') > keepMs));
  // A file stays until every item that names it is sent (a check-in's photo until the server acknowledged the check-in).
  const needed = new Set(keep.flatMap((it) => (it.state === 'sent' && it.kind === 'attendance.checkin' ? [] : filesOf(it))));
  const tx = d.transaction(['outbox', 'blobs'], 'readwrite');
  for (const it of items) if (!keep.includes(it)) await tx.objectStore('outbox').delete(it.itemId);
  for (const b of await tx.objectStore('blobs').getAll()) if (b.uploaded && !needed.has(b.sha256)) await tx.objectStore('blobs').delete(b.sha256);
  await tx.done;
}

// ---------- files ----------

export async function saveBlob(b: StoredBlob): Promise<void> {
  const d = await db();
  const old = await d.get('blobs', b.sha256);
  await d.put('blobs', old ? { ...b, uploaded: old.uploaded || b.uploaded } : b);
}
export async function getBlob(sha256: string): Promise<StoredBlob | undefined> {
  return (await db()).get('blobs', sha256);
}
export async function markUploaded(sha256: string): Promise<void> {
  const d = await db();
  const b = await d.get('blobs', sha256);
  if (b && !b.uploaded) await d.put('blobs', { ...b, uploaded: true });
}

// ---------- React ----------

/** The outbox, kept current; null until first read. */
export function useOutbox(): OutboxItem[] | null {
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void listItems().then(
        (x) => live && setItems(x),
        () => live && setItems([]),
      );
    read();
    const off = onOutboxChange(read);
    return () => {
      live = false;
      off();
    };
  }, []);
  return items;
}

export const countUnsent = (items: readonly OutboxItem[]): number => items.filter(unsent).length;
