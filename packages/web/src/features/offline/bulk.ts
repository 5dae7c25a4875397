/**
 * Many new entries at once (copying a day, applying a routine set) through the outbox, like any
 * other change: queued first, then sent in one push when the phone is online, so both work offline.
 */
import { sendAllNow } from './engine';
import { removeItem } from './outbox';
import { queueEntryPut } from './queue';
import type { ItemResult, PutItem } from './types';

export type PlannedEntry = Pick<PutItem, 'entryId' | 'entry' | 'display'>;

/** Per planned entry, in order: the server's answer, or null when it waits in the outbox. */
export async function queueAndSendAll(planned: readonly PlannedEntry[], origin: 'copy' | 'set'): Promise<(ItemResult | null)[]> {
  const items: PutItem[] = [];
  // New entries only: no base version (a copy made before answers as a conflict or as unchanged), no files.
  for (const p of planned) items.push(await queueEntryPut({ ...p, baseVersion: null, files: [], origin }));
  if (!items.length) return [];
  const answers = await sendAllNow(items.map((i) => i.itemId));
  const results = items.map((i) => answers?.get(i.itemId) ?? null);
  // A routine set's refused items are answered in its problems list, not left in the outbox.
  if (origin === 'set') for (const r of results) if (r?.status === 'rejected') await removeItem(r.itemId).catch(() => {});
  return results;
}
