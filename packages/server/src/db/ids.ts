import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): index-friendly, and the same kind the offline client generates. */
export function newId(): string {
  return v7();
}
