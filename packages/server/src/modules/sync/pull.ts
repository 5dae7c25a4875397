import { addDays, isSupportedDate, localDateOf } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { currentDictionaryVersion, entriesBetween, loadJournalContext, type EntryDto, type Journalist } from '../journal/index.js';
import { entryChangesAfter, newestSettledChangeBefore } from './queries.js';

/** Without a cursor, a device gets the entries of this many recent days. */
export const FIRST_PULL_DAYS = 45;
export const DEFAULT_PULL_LIMIT = 200;

/**
 * Change numbers are taken when a row is written but become visible when its transaction commits, so
 * a reader may see number 101 before 100. The cursor therefore never passes a change younger than
 * this (by the database clock): such changes are sent, and sent again next time (a client applies
 * an entry by id and version, so a repeat is harmless), and a write that commits within this time
 * is never skipped. Writes are single short transactions; 0 is exact on PGlite (one connection).
 */
export const DEFAULT_SETTLE_MS = 5000;

export interface PullPage {
  entries: EntryDto[];
  deleted: string[];
  cursor: string;
  hasMore: boolean;
  dictionaryVersion: number;
}

interface Cursor {
  /** The last change number handed out. */
  seq: bigint;
  /** During a first sync: only entries from this work date on. */
  from?: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(c.from ? `${c.seq}:${c.from}` : `${c.seq}`).toString('base64url');
}

const MAX_BIGINT = 2n ** 63n - 1n;

export function decodeCursor(raw: string): Cursor {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const m = /^(\d{1,19})(?::(\d{4}-\d{2}-\d{2}))?$/.exec(text);
  // A forged cursor must not reach the database with a seq past bigint or a date it cannot hold.
  if (!m || BigInt(m[1]!) > MAX_BIGINT || (m[2] !== undefined && !isSupportedDate(m[2]))) throw new AppError('VALIDATION', 'Penanda sinkronisasi (cursor) tidak valid. Mulai sinkronisasi dari awal.', [{ field: 'cursor', message: 'Tidak valid.' }]);
  return { seq: BigInt(m[1]!), ...(m[2] ? { from: m[2] } : {}) };
}

/** My entries changed after the cursor, oldest change first. */
export async function pullChanges(ctx: AppContext, who: Journalist, rawCursor: string | undefined, limit = DEFAULT_PULL_LIMIT, settleMs = DEFAULT_SETTLE_MS): Promise<PullPage> {
  let cursor: Cursor;
  if (rawCursor) cursor = decodeCursor(rawCursor);
  else {
    const jc = await loadJournalContext(ctx, who.agencyId);
    cursor = { seq: 0n, from: addDays(localDateOf(ctx.now(), jc.timeZone), -FIRST_PULL_DAYS) };
  }
  const rows = await entryChangesAfter(ctx.db, who.agencyId, who.employeeId, cursor.seq.toString(), cursor.from, limit + 1, settleMs);
  const full = rows.length > limit;
  const page = rows.slice(0, limit);

  // The cursor moves over settled changes only, and stops at the first unsettled one.
  let next = cursor.seq;
  let unsettled = false;
  for (const r of page) {
    if (!r.settled) {
      unsettled = true;
      break;
    }
    next = BigInt(r.seq);
  }
  const hasMore = full && !unsettled;
  let from = cursor.from;
  if (!hasMore && from) {
    // A first sync is over: continue from the newest settled change of any date, so that entries
    // older than the first window are sent again only when they change.
    const newest = await newestSettledChangeBefore(ctx.db, who.agencyId, who.employeeId, from, settleMs);
    // Only when no unsettled change of the window lies below it.
    const firstUnsettled = page.find((r) => !r.settled);
    if (newest && BigInt(newest) > next && (!firstUnsettled || BigInt(newest) < BigInt(firstUnsettled.seq))) next = BigInt(newest);
    if (!unsettled) from = undefined;
  }

  const live = page.filter((r) => !r.deleted_at);
  const deleted = page.filter((r) => r.deleted_at).map((r) => r.id);
  let entries: EntryDto[] = [];
  if (live.length) {
    const dates = live.map((r) => r.work_date).sort();
    const ids = new Set(live.map((r) => r.id));
    const found = new Map(
      (await entriesBetween(ctx.db, who.agencyId, who.employeeId, dates[0]!, dates[dates.length - 1]!)).filter((e) => ids.has(e.id)).map((e) => [e.id, e]),
    );
    entries = live.map((r) => found.get(r.id)).filter((e): e is EntryDto => e !== undefined);
  }
  return {
    entries,
    deleted,
    cursor: encodeCursor({ seq: next, ...(from ? { from } : {}) }),
    hasMore,
    dictionaryVersion: (await currentDictionaryVersion(ctx.db)) ?? 0,
  };
}
