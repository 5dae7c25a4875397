import { parse, v5, v7 } from 'uuid';

/** Time-ordered UUIDs (v7): index-friendly, and the same kind the offline client generates. */
export function newId(): string {
  return v7();
}

/**
 * The same id for the same name, every time (a repeated copy request creates nothing new), shaped
 * like a v7 id made at the start of `workDate` (UTC), so it falls in that month's journal partition.
 */
export function stableIdOnDate(workDate: string, name: string, namespace: string): string {
  return v7({ msecs: Date.parse(`${workDate}T00:00:00Z`), random: parse(v5(name, namespace)) });
}
