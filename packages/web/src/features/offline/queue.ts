/** Writes the user's journal changes into the outbox (the only way the journal changes data). */
import { uuidv7 } from '../../lib/uuid';
import { addItem, listItems, replaceItems } from './outbox';
import type { DeleteItem, OutboxItem, PutItem, SubmitItem } from './types';

const now = () => new Date().toISOString();

/**
 * A save. An earlier change to the same entry that never reached the server, or that the server
 * refused, is replaced (the new one carries everything the user wants now). A conflict stays until
 * the user resolves it.
 */
export async function queueEntryPut(p: Pick<PutItem, 'entryId' | 'baseVersion' | 'entry' | 'files' | 'display' | 'origin'>): Promise<PutItem> {
  const replaced = (await listItems())
    .filter((old) => old.kind === 'entry.put' && old.entryId === p.entryId)
    .filter((old) => (old.state === 'waiting' && old.attempts === 0) || (old.state === 'attention' && old.status === 'rejected'))
    .map((old) => old.itemId);
  const item: PutItem = { kind: 'entry.put', itemId: uuidv7(), deviceTime: now(), state: 'waiting', attempts: 0, ...p };
  await replaceItems(replaced, item);
  return item;
}

/**
 * A delete. An entry the server never had just loses its queued saves; otherwise a delete item
 * (with the version the user saw) is queued. Returns null when nothing needs sending.
 */
export async function queueDelete(entryId: string, workDate: string, version: number): Promise<DeleteItem | null> {
  const items = await listItems();
  const pendingPuts = items.filter((i): i is PutItem => i.kind === 'entry.put' && i.entryId === entryId && i.state !== 'sent');
  const everSent = items.some((i) => i.kind === 'entry.put' && i.entryId === entryId && (i.state === 'sent' || i.attempts > 0));
  const dropped = pendingPuts.filter((it) => it.attempts === 0 || it.state === 'attention').map((it) => it.itemId);
  if (version <= 0 && !everSent) {
    await replaceItems(dropped, null);
    return null;
  }
  const item: DeleteItem = { kind: 'entry.delete', itemId: uuidv7(), deviceTime: now(), state: 'waiting', attempts: 0, entryId, workDate, baseVersion: Math.max(1, version) };
  await replaceItems(dropped, item);
  return item;
}

export async function queueSubmit(date: string): Promise<SubmitItem> {
  const item: SubmitItem = { kind: 'day.submit', itemId: uuidv7(), deviceTime: now(), state: 'waiting', attempts: 0, date };
  await addItem(item);
  return item;
}

/** "Kirim versi saya" after a conflict: the same content again, on top of the server's version. */
export async function reapply(it: PutItem, serverVersion: number): Promise<void> {
  const { itemId: _i, state: _s, attempts: _a, status: _st, code: _c, message: _m, serverEntry: _e, claimedAt: _cl, claimedBy: _cb, sentAt: _se, ...rest } = it;
  const next: OutboxItem = { ...rest, itemId: uuidv7(), deviceTime: now(), state: 'waiting', attempts: 0, baseVersion: serverVersion };
  await replaceItems([it.itemId], next);
}

/** "Coba kirim lagi": a refused item goes back in line unchanged. */
export async function requeue(it: OutboxItem): Promise<void> {
  const { status: _st, code: _c, message: _m, serverEntry: _e, ...rest } = it;
  await addItem({ ...rest, state: 'waiting' } as OutboxItem);
}
