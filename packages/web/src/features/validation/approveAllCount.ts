import type { Decision, InboxRest, ReviewDay } from '../../api/validation';
import { isFlagged } from './labels';

/**
 * How many "approve all" would approve, and how many flagged entries it leaves. Loaded days count
 * entry by entry (less what was decided here); the pages not loaded yet count from the server's
 * `rest`, where only entries on days flagged as a whole are known to stay, so the figure is exact once
 * every page is loaded and "at most" before.
 */
export function approveAllCount(days: readonly ReviewDay[], rest: InboxRest, outcomes: ReadonlyMap<string, Decision>): { approve: number; flagged: number } {
  let approve = 0;
  let flagged = 0;
  for (const d of days)
    for (const e of d.entries ?? []) {
      if (outcomes.has(e.id)) continue;
      if (isFlagged(e, d)) flagged++;
      else approve++;
    }
  flagged += rest.onFlaggedDays;
  approve += rest.entries - rest.onFlaggedDays;
  return { approve, flagged };
}
