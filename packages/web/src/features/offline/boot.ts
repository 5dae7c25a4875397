/** Starts and stops the offline layer with the signed-in employee's session. */
import { useEffect } from 'react';
import type { Me } from '../../api/types';
import { offlineText } from './i18n';
import { activeAccountId, kvGet, kvSet, setActiveAccount } from './db';
import { startEngine, syncNow } from './engine';
import { countUnsent, listItems } from './outbox';
import { askPersistence } from './persist';
import { warmOfflineCache } from './prefetch';

const FIRST_SYNC_DELAY_MS = 2000;

export function useOfflineSession(me: Me | null): void {
  const accountId = me?.employee ? me.account.id : null;
  useEffect(() => {
    if (!accountId) return;
    setActiveAccount(accountId);
    const stop = startEngine();
    let live = true;
    void (async () => {
      // First sign-in on this phone: ask the browser to keep our storage.
      if (!(await kvGet('askedPersist').catch(() => true))) {
        await kvSet('askedPersist', true).catch(() => {});
        await askPersistence().catch(() => {});
      }
      // The screen the user opened goes first; on a slow line the sync and the 45-day warm-up would
      // otherwise compete with it for the connection.
      await new Promise((r) => setTimeout(r, FIRST_SYNC_DELAY_MS));
      if (!live) return;
      await syncNow();
      if (live && navigator.onLine) await warmOfflineCache().catch(() => {});
    })();
    return () => {
      live = false;
      stop();
    };
  }, [accountId]);
}

/** Signing out with unsent changes: warn; they stay on the phone for this account. */
export async function confirmSignOut(lang: string): Promise<boolean> {
  if (!activeAccountId()) return true;
  const n = countUnsent(await listItems().catch(() => []));
  return n === 0 || window.confirm(offlineText(lang).signOutWarn(n));
}

export function endOfflineSession(): void {
  setActiveAccount(null);
}
