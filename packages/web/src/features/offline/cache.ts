/**
 * What the journal needs to open with no network: the last answers from the server, kept in
 * IndexedDB. Reads go to the network first; a network failure falls back to the kept copy.
 */
import { dayStatus } from '@kinerja/core';
import { ApiError } from '../../api/client';
import type { Day, Entry } from '../../api/journal';
import { activeAccountId, db, kvGet, kvSet } from './db';

/**
 * No answer at all, a gateway/server failure, or "too many requests, later" (429): worth falling
 * back to the kept copy, and for the outbox a reason to try again later, never a refusal.
 */
export function isOfflineError(err: unknown): boolean {
  return err instanceof ApiError && (err.code === 'NETWORK' || err.status === 0 || err.status === 429 || err.status >= 500);
}

/**
 * Network first; on a connection failure, the last kept answer (if any). With `keptFirst`, a kept
 * answer is returned at once and the network's answer, when it comes, is kept and handed to
 * `onFresh` (stale-while-revalidate: a stalled link must not hold up what the phone already has).
 */
export async function withCache<T>(key: string, fetcher: () => Promise<T>, opts: { keptFirst?: boolean; onFresh?: (fresh: T) => void } = {}): Promise<T> {
  if (opts.keptFirst && activeAccountId()) {
    const kept = await kvGet<T>(key).catch(() => undefined);
    if (kept !== undefined) {
      void fetcher().then(
        (fresh) => {
          if (activeAccountId()) void kvSet(key, fresh).catch(() => {});
          opts.onFresh?.(fresh);
        },
        () => {},
      );
      return kept;
    }
  }
  try {
    const fresh = await fetcher();
    if (activeAccountId()) void kvSet(key, fresh).catch(() => {});
    return fresh;
  } catch (err) {
    if (!isOfflineError(err) || !activeAccountId()) throw err;
    const kept = await kvGet<T>(key).catch(() => undefined);
    if (kept === undefined) throw err;
    return kept;
  }
}

// ---------- days ----------

export async function keepDay(day: Day): Promise<void> {
  if (!activeAccountId() || !day.entries) return;
  await (await db()).put('days', day);
}

export async function keptDay(date: string): Promise<Day | undefined> {
  if (!activeAccountId()) return undefined;
  return (await db()).get('days', date);
}

export async function keptDays(from: string, to: string): Promise<Day[]> {
  if (!activeAccountId()) return [];
  return (await db()).getAll('days', IDBKeyRange.bound(from, to));
}

/** A day's totals and status from its entries (the same rules as the server's). */
export function recount(day: Day, entries: Entry[]): Day {
  const live = entries.filter((e) => e.status !== 'rejected');
  const credited = live.reduce((s, e) => s + e.creditedMinutes, 0);
  const approved = live.filter((e) => e.status === 'approved').reduce((s, e) => s + e.creditedMinutes, 0);
  return {
    ...day,
    entries,
    entryCount: live.length,
    creditedMinutes: credited,
    approvedMinutes: approved,
    remainingMinutes: Math.max(0, day.targetMinutes - credited),
    status: dayStatus(entries, day.targetMinutes, day.isWorkingDay),
  };
}

/** Puts the server's copy of an entry into the kept days (moving it if its date changed). */
export async function keepServerEntry(entry: Entry): Promise<void> {
  if (!activeAccountId()) return;
  const tx = (await db()).transaction('days', 'readwrite');
  for (const day of await tx.store.getAll()) {
    const had = day.entries?.some((e) => e.id === entry.id);
    if (day.date === entry.workDate) {
      const rest = (day.entries ?? []).filter((e) => e.id !== entry.id);
      await tx.store.put(recount(day, [...rest, entry]));
    } else if (had) {
      await tx.store.put(recount(day, (day.entries ?? []).filter((e) => e.id !== entry.id)));
    }
  }
  await tx.done;
}

export async function dropKeptEntry(entryId: string): Promise<void> {
  if (!activeAccountId()) return;
  const tx = (await db()).transaction('days', 'readwrite');
  for (const day of await tx.store.getAll()) {
    if (day.entries?.some((e) => e.id === entryId)) await tx.store.put(recount(day, day.entries.filter((e) => e.id !== entryId)));
  }
  await tx.done;
}

/** The server version of an entry as last seen (to chain two offline edits of one entry). */
export async function knownVersion(entryId: string): Promise<number | null> {
  if (!activeAccountId()) return null;
  for (const day of await (await db()).getAll('days')) {
    const e = day.entries?.find((x) => x.id === entryId);
    if (e) return e.version;
  }
  return null;
}
