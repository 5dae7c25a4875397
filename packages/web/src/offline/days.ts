/** Reading my days: from the server when possible (and kept), else the kept copy. */
import { journalApi, type Day } from '../api/journal';
import { ageDay, isOfflineError, keepDay, keptDay, keptDays } from './cache';
import { activeAccountId } from './db';
import { mergeDay } from './merge';
import { listItems } from './outbox';
import { itemDate, unsent } from './types';

export async function loadDay(date: string, signal?: AbortSignal): Promise<{ day: Day; kept: boolean }> {
  try {
    const day = await journalApi.day(date, signal);
    await keepDay(day).catch(() => {});
    return { day, kept: false };
  } catch (err) {
    if (!isOfflineError(err) || !activeAccountId()) throw err;
    const k = await keptDay(date).catch(() => undefined);
    if (!k) throw err;
    return { day: ageDay(k), kept: true };
  }
}

/**
 * A range of days (week and month views); offline, only when every day of it is kept. Days with
 * changes still in the outbox are shown as the day view shows them (kept copy + pending changes).
 */
export async function loadDays(from: string, to: string, signal?: AbortSignal): Promise<Day[]> {
  let days: Day[];
  try {
    days = (await journalApi.days(from, to, signal)).days;
  } catch (err) {
    if (!isOfflineError(err) || !activeAccountId()) throw err;
    const kept = await keptDays(from, to).catch(() => []);
    const n = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
    if (kept.length !== n) throw err;
    days = kept.map((d) => ageDay(d));
  }
  if (!activeAccountId()) return days;
  const pending = (await listItems().catch(() => [])).filter(unsent);
  if (!pending.length) return days;
  const dates = new Set(pending.map(itemDate));
  return Promise.all(
    days.map(async (d) => {
      if (!dates.has(d.date)) return d;
      const k = await keptDay(d.date).catch(() => undefined);
      if (!k) return d;
      const { entries: _e, ...summary } = mergeDay(ageDay(k), pending);
      return summary;
    }),
  );
}

export { keptDay };
