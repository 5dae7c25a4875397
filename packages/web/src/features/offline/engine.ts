/**
 * The sync engine: evidence first (one file per request), then outbox items in batches of at most
 * 50, then what changed on the server. Runs when the app opens, when the network comes back, every
 * 5 minutes while open and on demand; after a connection failure it backs off (5 s … 10 min, with
 * jitter) and never gives up. A Web Lock keeps two tabs from syncing at once.
 */
import { ApiError } from '../../api/client';
import { backoffDelay, failuresAfterFailedRun, type RunProgress } from './backoff';
import { dropKeptEntry, isOfflineError, keepDay, keepServerEntry } from './cache';
import { activeAccountId, kvGet, kvSet } from './db';
import { journalApi } from '../../api/journal';
import { claim, getBlob, listItems, outboxChanged, pruneSent, putItem, releaseStale, removeItem, saveBlob } from './outbox';
import { getStatus, setStatus } from './status';
import { sendCheckinItem } from './checkin';
import { BATCH, pull, push } from './transport';
import { uploadFile } from './upload';
import { entryIdOf, filesOf, itemDate, isSkippedCopy, type ItemResult, type OutboxItem } from './types';

export const PERIOD_MS = 5 * 60_000;

let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let again = false;

function isAuthError(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'UNAUTHENTICATED';
}

/** Entries whose earlier change needs the user first: later changes to them wait. */
function blockedEntries(items: readonly OutboxItem[]): Set<string> {
  return new Set(items.filter((i) => i.state === 'attention').flatMap((i) => entryIdOf(i) ?? []));
}

async function applyResult(it: OutboxItem, r: ItemResult): Promise<void> {
  if (it.kind === 'entry.put' && it.origin === 'copy' && isSkippedCopy(r)) {
    await removeItem(it.itemId);
    return;
  }
  if (r.status === 'applied' || r.status === 'already_applied') {
    progress.itemsApplied++;
    if (it.kind === 'entry.delete') await dropKeptEntry(it.entryId);
    else if (r.entry) await keepServerEntry(r.entry);
    // A submit answers no entry: the day's new statuses are fetched before the screens hear of the change.
    else if (it.kind === 'day.submit') await journalApi.day(it.date).then(keepDay, () => {});
    const { status: _s, code: _c, message: _m, serverEntry: _e, claimedAt: _a, claimedBy: _b, ...rest } = it;
    const answer = it.kind === 'attendance.checkin' && r.checkin ? { answer: r.checkin } : {};
    await putItem({ ...rest, ...answer, state: 'sent', sentAt: new Date().toISOString(), attempts: it.attempts + 1 } as OutboxItem, true);
  } else if (r.status === 'incomplete') {
    // The server kept the entry but misses files: upload them and send the item again.
    for (const sha of r.missingEvidence ?? []) {
      const b = await getBlob(sha);
      if (b) await saveBlob({ ...b, uploaded: false });
    }
    await putItem({ ...it, state: 'waiting', attempts: it.attempts + 1, status: 'incomplete', ...(r.code ? { code: r.code } : {}), ...(r.message ? { message: r.message } : {}) }, true);
  } else {
    await putItem(
      {
        ...it,
        state: 'attention',
        attempts: it.attempts + 1,
        status: r.status,
        code: r.code ?? (r.status === 'conflict' ? 'VERSION_CONFLICT' : 'REJECTED'),
        message: r.message ?? '',
        serverEntry: r.entry ?? null,
      },
      true,
    );
  }
}

/** Uploads the files of these items; a file the server refuses puts its items on "needs attention". */
async function uploadFilesOf(items: readonly OutboxItem[]): Promise<OutboxItem[]> {
  const ok: OutboxItem[] = [];
  const refused = new Map<string, ApiError>();
  for (const it of items) {
    let bad: ApiError | undefined;
    for (const sha of filesOf(it)) {
      if (refused.has(sha)) {
        bad = refused.get(sha);
        break;
      }
      const kept = await getBlob(sha);
      if (!kept) continue; // a file already on the server (an existing entry's evidence)
      try {
        await uploadFile(sha, undefined, () => progress.chunksAcknowledged++);
      } catch (err) {
        if (isOfflineError(err) || isAuthError(err) || !(err instanceof ApiError)) throw err;
        refused.set(sha, err);
        bad = err;
        break;
      }
    }
    if (bad) await applyResult(it, { itemId: it.itemId, status: 'rejected', code: bad.code, message: bad.message });
    else ok.push(it);
  }
  return ok;
}

/** Sends these (claimed) items: files, then the check-ins one by one and the rest in one push. Unclaims them if the connection fails. */
async function sendClaimed(claimed: OutboxItem[]): Promise<ItemResult[]> {
  try {
    const ready = await uploadFilesOf(claimed);
    if (!ready.length) return [];
    // Check-ins have their own route, one request each; the journal's items go in one push.
    const results: ItemResult[] = [];
    for (const it of ready) {
      if (it.kind !== 'attendance.checkin') continue;
      const r = await sendCheckinItem(it);
      results.push(r);
      await applyResult(it, r);
    }
    const journal = ready.filter((it) => it.kind !== 'attendance.checkin');
    if (journal.length) results.push(...(await pushJournal(journal)));
    return results;
  } catch (err) {
    for (const it of claimed) {
      const now = await listItems().then((l) => l.find((x) => x.itemId === it.itemId));
      if (now?.state === 'sending') await putItem({ ...now, state: 'waiting' }, true);
    }
    throw err;
  } finally {
    outboxChanged();
  }
}

/** The journal's items in one POST /sync/push, each answer applied to its item. */
async function pushJournal(items: OutboxItem[]): Promise<ItemResult[]> {
  const results = await push(items);
  for (const r of results) {
    const it = items.find((x) => x.itemId === r.itemId);
    if (it) await applyResult(it, r);
  }
  return results;
}

async function pushAll(): Promise<Set<string>> {
  const touched = new Set<string>();
  for (let round = 0; round < 1000; round++) {
    const all = await listItems();
    const blocked = blockedEntries(all);
    const waiting = all.filter((i) => i.state === 'waiting' && !blocked.has(entryIdOf(i) ?? ''));
    if (!waiting.length) break;
    const claimed: OutboxItem[] = [];
    for (const it of waiting.slice(0, BATCH)) {
      const c = await claim(it.itemId);
      if (c) claimed.push(c);
    }
    if (!claimed.length) break;
    for (const it of claimed) touched.add(itemDate(it));
    const results = await sendClaimed(claimed);
    // Incomplete items go round again after their files; stop if nothing moved.
    if (results.length && results.every((r) => r.status === 'incomplete') && round > 3) break;
  }
  return touched;
}

async function pullChanges(touched: Set<string>): Promise<void> {
  let cursor = (await kvGet<string>('cursor')) ?? null;
  for (let page = 0; page < 50; page++) {
    const r = await pull(cursor);
    if (!r) {
      // No pull route on this server: fetch again the days this run changed, and today.
      const ctx = await journalApi.context();
      touched.add(ctx.today);
      for (const d of touched) await keepDay(await journalApi.day(d));
      return;
    }
    for (const e of r.entries) await keepServerEntry(e);
    for (const id of r.deleted) await dropKeptEntry(id);
    cursor = r.cursor;
    await kvSet('cursor', cursor);
    if (!r.hasMore) break;
  }
}

let progress: RunProgress = { itemsApplied: 0, chunksAcknowledged: 0 };

async function runOnce(): Promise<void> {
  setStatus({ running: true });
  progress = { itemsApplied: 0, chunksAcknowledged: 0 };
  try {
    await releaseStale();
    const touched = await pushAll();
    await pullChanges(touched);
    failures = 0;
    const at = new Date().toISOString();
    await kvSet('lastSuccessAt', at);
    setStatus({ lastSuccessAt: at, lastError: null, retryAt: null, needsSignIn: false });
  } catch (err) {
    if (isAuthError(err)) {
      setStatus({ needsSignIn: true, lastError: 'UNAUTHENTICATED', retryAt: null });
    } else {
      // A run that got something through (an item, or a chunk of a photo) starts the backoff again from the bottom.
      failures = failuresAfterFailedRun(failures, progress);
      const delay = backoffDelay(failures);
      setStatus({ lastError: err instanceof ApiError ? err.code : String(err), retryAt: Date.now() + delay });
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void syncNow(), delay);
    }
  } finally {
    setStatus({ running: false });
    await pruneSent().catch(() => {});
    outboxChanged();
  }
}

/** Runs a sync now (or right after the one in progress). Resolves when it is over. */
export function syncNow(): Promise<void> {
  const account = activeAccountId();
  // With no network at all there is nothing to try; the `online` event starts the next run.
  if (!account || !navigator.onLine) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  if (retryTimer) {
    clearTimeout(retryTimer);
    retryTimer = null;
  }
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const body = async () => {
    do {
      again = false;
      await runOnce();
    } while (again && activeAccountId() === account && !getStatus().needsSignIn && getStatus().retryAt === null);
  };
  const run: Promise<void> = (
    locks
      ? (locks.request(`kinerja-sync-${account}`, { ifAvailable: true }, async (lock) => {
          if (lock) await body();
        }) as unknown as Promise<void>)
      : body()
  ).finally(() => {
    running = null;
  });
  running = run;
  return run;
}

export type SendOutcome =
  | { kind: 'sent'; result: ItemResult }
  | { kind: 'queued' }
  | { kind: 'attention'; result: ItemResult };

/**
 * Sends one new item right away when online and nothing older waits (so an open form can show the
 * server's answer next to the field); otherwise it stays queued for the engine.
 */
export async function sendNow(itemId: string): Promise<SendOutcome> {
  if (!navigator.onLine) return { kind: 'queued' };
  const all = await listItems();
  const older = all.some((i) => i.itemId !== itemId && (i.state === 'waiting' || i.state === 'sending'));
  if (older || running) {
    void syncNow();
    return { kind: 'queued' };
  }
  const c = await claim(itemId);
  if (!c) return { kind: 'queued' };
  try {
    const [r] = await sendClaimed([c]);
    const after = (await listItems()).find((i) => i.itemId === itemId);
    if (r && (r.status === 'applied' || r.status === 'already_applied')) {
      setStatus({ lastSuccessAt: new Date().toISOString() });
      await kvSet('lastSuccessAt', getStatus().lastSuccessAt);
      return { kind: 'sent', result: r };
    }
    if (after?.state === 'attention')
      return { kind: 'attention', result: r ?? { itemId, status: 'rejected', ...(after.code ? { code: after.code } : {}), ...(after.message ? { message: after.message } : {}) } };
    void syncNow();
    return { kind: 'queued' };
  } catch (err) {
    if (isAuthError(err)) setStatus({ needsSignIn: true });
    else void syncNow();
    return { kind: 'queued' };
  }
}

/**
 * Sends these new items (a copied day, an applied set) right away in one push when online and
 * nothing older waits; their answers by item id. null: they stay queued for the engine.
 */
export async function sendAllNow(itemIds: readonly string[]): Promise<Map<string, ItemResult> | null> {
  if (!navigator.onLine) return null;
  const ids = new Set(itemIds);
  const older = (await listItems()).some((i) => !ids.has(i.itemId) && (i.state === 'waiting' || i.state === 'sending'));
  if (older || running) {
    void syncNow();
    return null;
  }
  const answers = new Map<string, ItemResult>();
  try {
    for (let i = 0; i < itemIds.length; i += BATCH) {
      const claimed: OutboxItem[] = [];
      for (const id of itemIds.slice(i, i + BATCH)) {
        const c = await claim(id);
        if (c) claimed.push(c);
      }
      for (const r of await sendClaimed(claimed)) answers.set(r.itemId, r);
    }
  } catch (err) {
    if (isAuthError(err)) setStatus({ needsSignIn: true });
    else void syncNow();
    return null;
  }
  return answers;
}

/** Starts the triggers for the signed-in account (the first run is boot.ts's); returns the stop function. */
export function startEngine(): () => void {
  void kvGet<string>('lastSuccessAt').then((at) => at && !getStatus().lastSuccessAt && setStatus({ lastSuccessAt: at }));
  const kick = () => void syncNow();
  const onVisible = () => document.visibilityState === 'visible' && kick();
  window.addEventListener('online', kick);
  document.addEventListener('visibilitychange', onVisible);
  const every = setInterval(kick, PERIOD_MS);
  return () => {
    window.removeEventListener('online', kick);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(every);
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    failures = 0;
    setStatus({ running: false, lastSuccessAt: null, lastError: null, retryAt: null, needsSignIn: false });
  };
}


/** Removes an item the user gave up on (after a conflict or a refusal). */
export async function discard(itemId: string): Promise<void> {
  await removeItem(itemId);
}
