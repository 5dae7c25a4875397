/** The sync engine's state for the badge and the "Kiriman" screen. */
import { useSyncExternalStore } from 'react';

export interface SyncStatus {
  running: boolean;
  /** Last time a sync finished with nothing left that the network could still send (ISO). */
  lastSuccessAt: string | null;
  lastError: string | null;
  /** When the next automatic attempt is due after a failure (ms since epoch). */
  retryAt: number | null;
  /** The session is gone: sign in again to send. */
  needsSignIn: boolean;
}

let status: SyncStatus = { running: false, lastSuccessAt: null, lastError: null, retryAt: null, needsSignIn: false };
const listeners = new Set<() => void>();

export function getStatus(): SyncStatus {
  return status;
}
export function setStatus(patch: Partial<SyncStatus>): void {
  status = { ...status, ...patch };
  for (const l of listeners) l();
}
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}
