import { addDays, isSupportedDate, localDateOf } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { currentDictionaryVersion, entriesBetween, loadJournalContext, type EntryDto, type Journalist } from '../journal/index.js';
import { earliestChangeAfterNumber, entryChangesAfter, newestSettledChangeBefore, watermarkSince, type ChangeMark } from './queries.js';

/** Without a cursor, a device gets the entries of this many recent days. */
export const FIRST_PULL_DAYS = 45;
export const DEFAULT_PULL_LIMIT = 200;

/**
 * A change's time (change_at, the database clock when the statement ran) is taken when a row is
 * written but becomes visible when its transaction commits, so a reader may see a later time before an
 * earlier one. The cursor therefore never passes a change younger than this (by the database clock):
 * such changes are sent, and sent again next time (a client applies an entry by id and version, so a
 * repeat is harmless), and a write that commits within this time is never skipped. Writes are single
 * short transactions; on a cluster the nodes' clocks agree to well under this (docs/sync-protocol.md).
 */
export const DEFAULT_SETTLE_MS = 5000;

/** Edits between a phone's last pull of the old form and the watermark migration: sent again, as a margin. */
const LEGACY_MARGIN_MICROS = 3_600_000_000n;

export interface PullPage {
  entries: EntryDto[];
  deleted: string[];
  cursor: string;
  hasMore: boolean;
  dictionaryVersion: number;
}

type Cursor =
  /** The watermark: the last change handed out (its time and entry id); during a first sync, only entries from `from` on. */
  | { mark?: ChangeMark; from?: string }
  /** The old form, a change number, as phones hold it from before the watermark: translated once. */
  | { legacySeq: bigint; from?: string };

export function encodeCursor(c: { mark?: ChangeMark; from?: string }): string {
  const head = c.mark ? `w${c.mark.micros}.${c.mark.id}` : 'w';
  return Buffer.from(c.from ? `${head}:${c.from}` : head).toString('base64url');
}

const MAX_BIGINT = 2n ** 63n - 1n;
/** The end of year 9999 in microseconds since 1970: a later watermark is no time the database can hold. */
const MAX_WATERMARK_MICROS = 253_402_300_799_999_999n;

export function decodeCursor(raw: string): Cursor {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const invalid = () => new AppError('VALIDATION', 'Penanda sinkronisasi (cursor) tidak valid. Mulai sinkronisasi dari awal.', [{ field: 'cursor', message: 'Tidak valid.' }]);
  const w = /^w(?:(\d{1,19})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?(?::(\d{4}-\d{2}-\d{2}))?$/.exec(text);
  // A forged cursor must not reach the database with a number past bigint or a date it cannot hold.
  if (w) {
    if ((w[1] !== undefined && BigInt(w[1]) > MAX_WATERMARK_MICROS) || (w[3] !== undefined && !isSupportedDate(w[3]))) throw invalid();
    return { ...(w[1] ? { mark: { micros: w[1], id: w[2]! } } : {}), ...(w[3] ? { from: w[3] } : {}) };
  }
  const m = /^(\d{1,19})(?::(\d{4}-\d{2}-\d{2}))?$/.exec(text);
  if (!m || BigInt(m[1]!) > MAX_BIGINT || (m[2] !== undefined && !isSupportedDate(m[2]))) throw invalid();
  return { legacySeq: BigInt(m[1]!), ...(m[2] ? { from: m[2] } : {}) };
}

const before = (a: ChangeMark, b: ChangeMark) => BigInt(a.micros) < BigInt(b.micros) || (a.micros === b.micros && a.id < b.id);

/**
 * An old cursor (change number N) as a watermark: every change it has not seen is either numbered
 * after N (made before the migration) or made after the migration; the watermark goes before both,
 * with a margin (repeats are harmless).
 */
async function fromLegacy(ctx: AppContext, who: Journalist, seq: bigint): Promise<ChangeMark | undefined> {
  const times = [await earliestChangeAfterNumber(ctx.db, who.agencyId, who.employeeId, seq.toString()), await watermarkSince(ctx.db)].filter((t): t is string => t !== undefined).map(BigInt);
  if (!times.length) return undefined;
  const earliest = times.reduce((a, b) => (a < b ? a : b)) - LEGACY_MARGIN_MICROS;
  return earliest > 0n ? { micros: earliest.toString(), id: '00000000-0000-0000-0000-000000000000' } : undefined;
}

/** My entries changed after the cursor, oldest change first. */
export async function pullChanges(ctx: AppContext, who: Journalist, rawCursor: string | undefined, limit = DEFAULT_PULL_LIMIT, settleMs = DEFAULT_SETTLE_MS): Promise<PullPage> {
  let mark: ChangeMark | undefined;
  let from: string | undefined;
  if (rawCursor) {
    const c = decodeCursor(rawCursor);
    from = c.from;
    mark = 'legacySeq' in c ? await fromLegacy(ctx, who, c.legacySeq) : c.mark;
  } else {
    const jc = await loadJournalContext(ctx, who.agencyId);
    from = addDays(localDateOf(ctx.now(), jc.timeZone), -FIRST_PULL_DAYS);
  }
  const rows = await entryChangesAfter(ctx.db, who.agencyId, who.employeeId, mark, from, limit + 1, settleMs);
  const full = rows.length > limit;
  const page = rows.slice(0, limit);

  // The cursor moves over settled changes only, and stops at the first unsettled one.
  let next = mark;
  let unsettled = false;
  for (const r of page) {
    if (!r.settled) {
      unsettled = true;
      break;
    }
    next = { micros: r.micros, id: r.id };
  }
  const hasMore = full && !unsettled;
  if (!hasMore && from) {
    // A first sync is over: continue from the newest settled change of any date, so that entries
    // older than the first window are sent again only when they change.
    const newest = await newestSettledChangeBefore(ctx.db, who.agencyId, who.employeeId, from, settleMs);
    // Only when no unsettled change of the window lies below it.
    const firstUnsettled = page.find((r) => !r.settled);
    const below = (m: ChangeMark) => !firstUnsettled || before(m, { micros: firstUnsettled.micros, id: firstUnsettled.id });
    if (newest && (!next || before(next, newest)) && below(newest)) next = newest;
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
    cursor: encodeCursor({ ...(next ? { mark: next } : {}), ...(from ? { from } : {}) }),
    hasMore,
    dictionaryVersion: (await currentDictionaryVersion(ctx.db)) ?? 0,
  };
}
