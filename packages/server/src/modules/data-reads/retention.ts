import { addDays } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { deleteReadsBefore } from './queries.js';

/**
 * Forgets who read whose data after `KINERJA_RETENTION_DATA_READS_DAYS` (730 by default: the list a
 * person sees covers a year at a time, and a complaint about a read comes within months). The day is
 * counted in UTC: a few hours either side across the province's zones change nothing at that scale.
 */
export function forgetOldReads(ctx: AppContext, days = ctx.config.dataReadsRetentionDays): Promise<number> {
  const today = ctx.now().toISOString().slice(0, 10);
  return deleteReadsBefore(ctx.db, addDays(today, -days));
}
