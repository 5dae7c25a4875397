import { isSkewed, judgedInstant, type JudgedInstant } from '@kinerja/core';
import type { AppContext } from '../../context.js';
import { loadJournalContext, type JournalContext, type Journalist } from '../journal/index.js';

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
  const skewed = isSkewed(skewSeconds, jc.settings);
  return { who, deviceId: batch.deviceId, jc, received, skewSeconds, skewed };
}

/**
 * The instant an item's deadline is judged at: the device's (corrected by the batch's skew), when the
 * policy and the clock allow it, and never later than the push (core's judgedInstant).
 */
export function judged(bc: BatchContext, deviceTime: string): JudgedInstant {
  return judgedInstant(new Date(deviceTime), { received: bc.received, skewSeconds: bc.skewSeconds }, bc.jc.settings);
}

export function judgeAt(bc: BatchContext, deviceTime: string): Date {
  return judged(bc, deviceTime).at;
}
