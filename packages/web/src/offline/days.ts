/** Reading my days: from the server when possible (and kept), else the kept copy. */
import { journalApi, type Day } from '../api/journal';
import { ageDay, isOfflineError, keepDay, keptDay, keptDays } from './cache';
import { activeAccountId } from './db';

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

/** A range of days (week view); offline, only when every day of it is kept. */
export async function loadDays(from: string, to: string, signal?: AbortSignal): Promise<Day[]> {
  try {
    return (await journalApi.days(from, to, signal)).days;
  } catch (err) {
    if (!isOfflineError(err) || !activeAccountId()) throw err;
    const kept = await keptDays(from, to).catch(() => []);
    const n = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
    if (kept.length !== n) throw err;
    return kept.map((d) => ageDay(d));
  }
}

export { keptDay };
