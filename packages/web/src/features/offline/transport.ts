/**
 * Sends outbox items to the server: POST /sync/push (docs/sync-protocol.md) when the server has it,
 * otherwise the per-entry routes (PUT /journal/entries/:id is idempotent by the client's id; evidence
 * is attached and detached to match the list). Either way the answer is one ItemResult per item.
 * Connection failures and 5xx are thrown (the batch is retried later); everything else is a result.
 */
import { ApiError, request } from '../../api/client';
import { journalApi, type Entry } from '../../api/journal';
import { deviceId } from './db';
import { isOfflineError, keepDay, keepServerEntry, knownVersion } from './cache';
import type { ItemResult, OutboxItem, PutItem } from './types';

let hasSyncRoute: boolean | null = null;

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
  if (hasSyncRoute !== false) {
    try {
      const answer = await request<PushAnswer>('POST', '/sync/push', {
        json: {
          deviceId: await deviceId(),
          deviceNow: new Date().toISOString(),
          items: ready.map(wireItem),
        },
      });
      hasSyncRoute = true;
      for (const r of answer.results) if (r.entry && (r.status === 'applied' || r.status === 'already_applied')) await keepServerEntry(r.entry);
      return answer.results;
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 404 && hasSyncRoute === null)) throw err;
      hasSyncRoute = false;
    }
  }
  return pushDirect(ready);
}

/**
 * Through the per-entry routes, one by one. Also used for a save made with the form still open:
 * those routes name the field a refusal is about, so the form can point at it.
 */
export async function pushDirect(items: OutboxItem[]): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const it of items) results.push(await pushOne(await withBase(it)));
  return results;
}

function wireItem(it: OutboxItem) {
  const base = { itemId: it.itemId, kind: it.kind, deviceTime: it.deviceTime };
  if (it.kind === 'entry.put') return { ...base, entryId: it.entryId, baseVersion: it.baseVersion, entry: it.entry };
  if (it.kind === 'entry.delete') return { ...base, entryId: it.entryId, baseVersion: it.baseVersion };
  return { ...base, date: it.date };
}

const CONFLICT_CODES = new Set(['CONFLICT', 'VERSION_CONFLICT']);

/** One item through the per-entry routes. */
async function pushOne(it: OutboxItem): Promise<ItemResult> {
  const id = it.itemId;
  try {
    if (it.kind === 'entry.put') return { itemId: id, status: 'applied', entry: await putEntry(it) };
    if (it.kind === 'entry.delete') {
      try {
        await journalApi.deleteEntry(it.entryId);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 404)) throw err;
        return { itemId: id, status: 'already_applied' };
      }
      const day = await journalApi.day(it.workDate).catch(() => null);
      if (day) await keepDay(day);
      return { itemId: id, status: 'applied' };
    }
    const r = await journalApi.submitDay(it.date);
    await keepDay(r.day);
    return { itemId: id, status: 'applied' };
  } catch (err) {
    if (isOfflineError(err) || (err instanceof ApiError && err.code === 'UNAUTHENTICATED')) throw err;
    const e = err instanceof ApiError ? err : new ApiError('UNKNOWN', String(err), 0);
    if (CONFLICT_CODES.has(e.code) && it.kind !== 'day.submit') {
      const serverEntry = await serverCopy(it.kind === 'entry.put' ? it.entry.workDate : it.workDate, it.entryId);
      return { itemId: id, status: 'conflict', code: 'VERSION_CONFLICT', message: e.message, ...(serverEntry ? { entry: serverEntry } : {}) };
    }
    return { itemId: id, status: 'rejected', code: e.code, message: e.message, details: e.details };
  }
}

async function serverCopy(date: string, entryId: string): Promise<Entry | undefined> {
  const day = await journalApi.day(date).catch(() => null);
  return day?.entries?.find((e) => e.id === entryId);
}

async function putEntry(it: PutItem): Promise<Entry> {
  const b = it.entry;
  const saved = await journalApi.saveEntry(it.entryId, {
    workDate: b.workDate,
    startTime: b.startTime,
    endTime: b.endTime,
    activityCode: b.activityCode,
    volume: b.volume,
    description: b.description,
    ...(it.baseVersion !== null ? { baseVersion: it.baseVersion } : { deviceRecordedAt: it.deviceTime }),
  });
  let entry = saved.entry;
  const have = new Set(entry.evidence.map((e) => e.sha256));
  const want = new Set(b.evidence);
  for (const sha of b.evidence) {
    if (have.has(sha)) continue;
    const f = it.files.find((x) => x.sha256 === sha);
    entry = (await journalApi.attachEvidence(it.entryId, sha, f?.fileName ?? 'bukti')).entry;
  }
  let detached = false;
  for (const sha of have) {
    if (want.has(sha)) continue;
    await journalApi.detachEvidence(it.entryId, sha);
    detached = true;
  }
  if (detached || entry !== saved.entry) {
    const day = await journalApi.day(b.workDate).catch(() => null);
    if (day) {
      await keepDay(day);
      return day.entries?.find((e) => e.id === it.entryId) ?? entry;
    }
  } else await keepDay(saved.day);
  await keepServerEntry(entry);
  return entry;
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
