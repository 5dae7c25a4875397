/**
 * The number of entries waiting for my decision, for the badge on the "Validasi" menu item. Fetched
 * once per signed-in account; the inbox screen keeps it current after every load and decision.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { validationApi } from '../../api/validation';

let count: number | null = null;
let owner: string | null = null;
const listeners = new Set<() => void>();

export function setInboxCount(n: number | null): void {
  if (n === count) return;
  count = n;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useInboxCount(accountId: string, enabled: boolean): number | null {
  useEffect(() => {
    if (!enabled || owner === accountId) return;
    owner = accountId;
    setInboxCount(null);
    const ctrl = new AbortController();
    validationApi.inbox(null, 1, ctrl.signal).then(
      (r) => setInboxCount(r.counts.entries),
      () => {
        // No badge is better than a wrong one; the inbox itself shows the error.
        if (owner === accountId) owner = null;
      },
    );
    return () => ctrl.abort();
  }, [accountId, enabled]);
  return useSyncExternalStore(subscribe, () => (enabled && owner === accountId ? count : null));
}
