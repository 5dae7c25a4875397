/**
 * Reading my days. The kept copy shows at once (its window judged again by offline/rules.ts);
 * the server's answer replaces it when it comes; with no answer the kept copy stays. A day never
 * kept is made from the rules when nothing can be on it that the phone does not know of.
 */
import { journalApi, type Day, type JournalContext } from '../../api/journal';
import { addDays } from '../../lib/dates';
import { isOfflineError, keepDay, keptDay, keptDays } from './cache';
import { activeAccountId, kvGet } from './db';
import { mergeDay } from './merge';
import { listItems } from './outbox';
import { emptyDay, judgeDay, withRules } from './rules';
import { itemDate, unsent } from './types';

/** The server's copy of a day, kept for later. */
export async function fetchDay(date: string, signal?: AbortSignal): Promise<Day> {
  const day = await journalApi.day(date, signal);
  await keepDay(day).catch(() => {});
  return day;
}

/**
 * May the phone stand in an empty day for a date it never kept? Yes when the date was still to
 * come when the phone last heard from the server (its own entries there were all made here, and
 * are in the outbox), or when the rules say it is open now (the user must be able to log it).
 */
async function mayMakeUp(date: string, ctx: JournalContext, now: Date): Promise<boolean> {
  const heard = await kvGet<{ today?: string }>('context').catch(() => undefined);
  return (heard?.today !== undefined && date > heard.today) || judgeDay(ctx, date, now).windowOpen;
}

/** The day from the phone alone: kept (judged again), or made up from the rules; undefined if neither. */
export async function dayOnPhone(date: string, ctx: JournalContext, now: Date = new Date()): Promise<Day | undefined> {
  if (!activeAccountId()) return undefined;
  const k = await keptDay(date).catch(() => undefined);
  if (k) return withRules(k, ctx, now);
  return (await mayMakeUp(date, ctx, now)) ? emptyDay(ctx, date, now) : undefined;
}

/** The server's copy, or on a connection failure the phone's (`kept: true`). */
export async function loadDay(date: string, ctx: JournalContext, signal?: AbortSignal): Promise<{ day: Day; kept: boolean }> {
  try {
    return { day: await fetchDay(date, signal), kept: false };
  } catch (err) {
    if (!isOfflineError(err)) throw err;
    const k = await dayOnPhone(date, ctx);
    if (!k) throw err;
    return { day: k, kept: true };
  }
}

/** A range of days from the phone alone; null when one of them cannot be known. */
export async function daysOnPhone(from: string, to: string, ctx: JournalContext, now: Date = new Date()): Promise<Day[] | null> {
  if (!activeAccountId()) return null;
  const kept = new Map((await keptDays(from, to).catch(() => [])).map((d) => [d.date, d]));
  const days: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const k = kept.get(d);
    if (k) days.push(withRules(k, ctx, now));
    else if (await mayMakeUp(d, ctx, now)) days.push(emptyDay(ctx, d, now));
    else return null;
  }
  return withPending(days);
}

/**
 * A range of days (week and month views); offline, only when every day of it is known. Days with
 * changes still in the outbox are shown as the day view shows them (kept copy + pending changes).
 */
export async function loadDays(from: string, to: string, ctx: JournalContext, signal?: AbortSignal): Promise<Day[]> {
  try {
    return await withPending((await journalApi.days(from, to, signal)).days, ctx);
  } catch (err) {
    if (!isOfflineError(err)) throw err;
    const days = await daysOnPhone(from, to, ctx);
    if (!days) throw err;
    return days;
  }
}

async function withPending(days: Day[], ctx?: JournalContext): Promise<Day[]> {
  if (!activeAccountId()) return days;
  const pending = (await listItems().catch(() => [])).filter(unsent);
  if (!pending.length) return days;
  const dates = new Set(pending.map(itemDate));
  return Promise.all(
    days.map(async (d) => {
      if (!dates.has(d.date)) return d;
      const k = ctx ? await dayOnPhone(d.date, ctx) : { ...d, entries: d.entries ?? [] };
      if (!k) return d;
      const { entries: _e, ...summary } = mergeDay(k, pending);
      return summary;
    }),
  );
}

/**
 * A day as the phone shows it (the server's copy, or offline the kept one, with the outbox's pending
 * changes laid over); undefined when it cannot be known offline.
 */
export async function dayAsShown(date: string, ctx: JournalContext): Promise<Day | undefined> {
  let day: Day | undefined;
  try {
    day = await fetchDay(date);
  } catch (err) {
    if (!isOfflineError(err)) throw err;
    day = await dayOnPhone(date, ctx);
  }
  if (!day) return undefined;
  const pending = activeAccountId() ? (await listItems().catch(() => [])).filter(unsent) : [];
  return pending.length ? mergeDay({ ...day, entries: day.entries ?? [] }, pending) : day;
}

export { keptDay };
