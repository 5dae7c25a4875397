/**
 * Sends outbox items to the server through POST /sync/push (docs/sync-protocol.md), the one write
 * path of the journal: the open form's save goes this way too, since a refused item carries the
 * same field `details` as the per-entry route's error. The answer is one ItemResult per item.
 * Connection failures and 5xx are thrown (the batch is retried later); everything else is a result.
 */
import { ApiError, request } from '../../api/client';
import type { Entry } from '../../api/journal';
import { deviceId } from './db';
import { keepServerEntry, knownVersion } from './cache';
import type { ItemResult, OutboxItem, PutItem } from './types';

export const BATCH = 50;

interface PushAnswer {
  serverTime: string;
  skewSeconds: number;
  results: ItemResult[];
}

/** Fills a missing base version from what an earlier item of this device already created. */
async function withBase(it: OutboxItem): Promise<OutboxItem> {
  if (it.kind === 'entry.put' && it.baseVersion === null) {
    const v = await knownVersion(it.entryId);
    if (v !== null) return { ...it, baseVersion: v };
  }
  return it;
}

export async function push(items: OutboxItem[]): Promise<ItemResult[]> {
  const ready = await Promise.all(items.map(withBase));
  const answer = await request<PushAnswer>('POST', '/sync/push', {
    json: { deviceId: await deviceId(), deviceNow: new Date().toISOString(), items: ready.map(wireItem) },
  });
  // Kept at once, so the day (recounted from its entries) shows the save before the next pull.
  for (const r of answer.results) if (r.entry && (r.status === 'applied' || r.status === 'already_applied')) await keepServerEntry(r.entry);
  return answer.results;
}

/** A new file goes with the name the user gave it; a file already on the entry as its bare hash (its name stays). */
function wireEvidence(it: PutItem): (string | { sha256: string; fileName: string })[] {
  return it.entry.evidence.map((sha256) => {
    const file = it.files.find((f) => f.sha256 === sha256);
    return file ? { sha256, fileName: file.fileName.slice(0, 200) } : sha256;
  });
}

function wireItem(it: OutboxItem) {
  if (it.kind === 'attendance.checkin') throw new Error('a check-in goes through its own route (checkin.ts)');
  const base = { itemId: it.itemId, kind: it.kind, deviceTime: it.deviceTime };
  if (it.kind === 'entry.put') return { ...base, entryId: it.entryId, baseVersion: it.baseVersion, entry: { ...it.entry, evidence: wireEvidence(it) } };
  if (it.kind === 'entry.delete') return { ...base, entryId: it.entryId, baseVersion: it.baseVersion };
  return { ...base, date: it.date };
}

/** After a push: what changed on the server (decisions, other devices). */
export interface PullAnswer {
  entries: Entry[];
  deleted: string[];
  cursor: string;
  hasMore: boolean;
  dictionaryVersion: number;
}

let hasPullRoute: boolean | null = null;
/** null: the server has no pull route (the caller refreshes days instead). */
export async function pull(cursor: string | null, limit = 200): Promise<PullAnswer | null> {
  if (hasPullRoute === false) return null;
  try {
    const r = await request<PullAnswer>('GET', '/sync/pull', { query: { cursor, limit } });
    hasPullRoute = true;
    return r;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404 && hasPullRoute === null) {
      hasPullRoute = false;
      return null;
    }
    throw err;
  }
}
