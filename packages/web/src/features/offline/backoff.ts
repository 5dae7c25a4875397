/**
 * When the sync tries again after a connection failure (docs/sync-protocol.md "Client rules"):
 * exponential backoff with jitter, 5 s to 10 min, never giving up. A run that moved anything (an
 * item applied, or only a chunk of a photo acknowledged) starts again from the bottom: the server
 * is answering, so the next try should come soon, not after a wait grown by earlier failures.
 */
export const MIN_MS = 5_000;
export const MAX_MS = 600_000;

/** Delay before attempt `failures` + 1 ("full jitter" between half and all of the capped step). */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_MS, MIN_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** What a sync run got through before it failed. */
export interface RunProgress {
  itemsApplied: number;
  chunksAcknowledged: number;
}

export const madeProgress = (run: RunProgress): boolean => run.itemsApplied > 0 || run.chunksAcknowledged > 0;

/** The failure count after a run that ended in a connection failure. */
export function failuresAfterFailedRun(previous: number, run: RunProgress): number {
  return madeProgress(run) ? 1 : previous + 1;
}
