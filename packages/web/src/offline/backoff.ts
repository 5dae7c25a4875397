/** Exponential backoff with jitter, 5 s to 10 min, never giving up (docs/sync-protocol.md). */
export const MIN_MS = 5_000;
export const MAX_MS = 600_000;

/** Delay before attempt `failures` + 1 ("full jitter" between half and all of the capped step). */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_MS, MIN_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
