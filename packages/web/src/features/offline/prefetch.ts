/**
 * After sign-in (and on each app open with a connection): keep what the journal needs offline —
 * the context, dictionary, favourites, sets, recent activities and my last 45 days with entries.
 * Days whose summary did not change since they were kept are not fetched again.
 */
import { journalApi } from '../../api/journal';
import { addDays } from '../../lib/dates';
import { loadContext, loadDictionary, loadFavourites, loadSets } from '../journal';
import { keepDay, keptDay } from './cache';
import { withCache } from './cache';

export const RECENT_DAYS = 45;

export async function warmOfflineCache(): Promise<void> {
  const ctx = await loadContext();
  await Promise.allSettled([loadDictionary(), loadFavourites(), loadSets(), withCache('recent', () => journalApi.recent())]);
  const { days } = await journalApi.days(addDays(ctx.today, -(RECENT_DAYS - 1)), addDays(ctx.today, 7));
  for (const d of days) {
    const kept = await keptDay(d.date);
    if (d.entryCount === 0 && !(kept?.entries?.length ?? 0)) {
      await keepDay({ ...d, entries: [] });
      continue;
    }
    const same = kept && kept.entryCount === d.entryCount && kept.status === d.status && kept.creditedMinutes === d.creditedMinutes && kept.windowOpen === d.windowOpen;
    if (!same) await keepDay(await journalApi.day(d.date));
  }
}
