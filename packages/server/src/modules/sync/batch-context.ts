import type { AppContext } from '../../context.js';
import { loadJournalContext, type JournalContext } from '../journal/context.js';
import type { Journalist } from '../journal/who.js';

/** What one pushed batch knows before its items are applied. */
export interface BatchContext {
  who: Journalist;
  deviceId: string;
  jc: JournalContext;
  received: Date;
  /** Server − device clock, seconds. */
  skewSeconds: number;
  /** Beyond the agency's tolerance: the receipt time counts and the entries are flagged. */
  skewed: boolean;
}

export async function batchContext(ctx: AppContext, who: Journalist, batch: { deviceId: string; deviceNow: string }): Promise<BatchContext> {
  const received = ctx.now();
  const skewSeconds = Math.round((received.getTime() - new Date(batch.deviceNow).getTime()) / 1000);
  const jc = await loadJournalContext(ctx, who.agencyId);
  const skewed = Math.abs(skewSeconds) > jc.settings.maxClockSkewMinutes * 60;
  return { who, deviceId: batch.deviceId, jc, received, skewSeconds, skewed };
}

/** The instant an item's deadline is judged at: the device's, when the policy and the clock allow it. */
export function judgeAt(ctx: AppContext, bc: BatchContext, deviceTime: string): Date {
  if (bc.jc.settings.offlineTimePolicy === 'server' || bc.skewed) return ctx.now();
  return new Date(deviceTime);
}
