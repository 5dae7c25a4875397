/**
 * One day of the journal as the page shows it: the phone's copy at once, the server's when it answers,
 * read again when the connection comes back, after a sync, and on return to the app after a while.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Day, JournalContext } from '../../../api/journal';
import { isOfflineError, dayOnPhone, fetchDay, keptDay, onOutboxChange, withRules, useOnline, useSyncStatus } from '../../offline';

/** `onReconnect` runs when the connection is back or a sync got through (offline notices go then). */
export function useDay(date: string, ctx: JournalContext, onReconnect: () => void) {
  const [day, setDay] = useState<Day | null>(null);
  // Showing the phone's copy because the server did not answer (not merely before it answers).
  const [unreachable, setUnreachable] = useState(false);
  const online = useOnline();
  const { lastSuccessAt } = useSyncStatus();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  // One day's data never shows under another date, not even for a moment. The phone's copy shows at
  // once (a stalled network must not hide it); the server's replaces it when it answers.
  useEffect(() => {
    const ctrl = new AbortController();
    let answered = false;
    setDay((d) => (d?.date === date ? d : null));
    setError(null);
    void dayOnPhone(date, ctx).then(
      (k) => k && !answered && !ctrl.signal.aborted && setDay(k),
      () => {},
    );
    fetchDay(date, ctrl.signal).then(
      (d) => {
        answered = true;
        if (ctrl.signal.aborted) return;
        setDay(d);
        setUnreachable(false);
      },
      async (e: unknown) => {
        answered = true;
        if (ctrl.signal.aborted) return;
        const k = isOfflineError(e) ? await dayOnPhone(date, ctx).catch(() => undefined) : undefined;
        if (ctrl.signal.aborted) return;
        if (k) {
          setDay(k);
          setUnreachable(true);
        } else setError(e);
      },
    );
    return () => ctrl.abort();
  }, [date, attempt, ctx]);

  // Sent changes land in the kept copy of the day (offline/engine): show it as it is now. Only a
  // kept copy: a day made up from the rules must never replace one the server sent (its entries
  // would vanish and the next entry's default time would overlap them).
  useEffect(() => {
    let live = true;
    const off = onOutboxChange(() => {
      void keptDay(date).then((k) => live && k && setDay(withRules(k, ctx)), () => {});
    });
    return () => {
      live = false;
      off();
    };
  }, [date, ctx]);

  // The connection is back (or a sync just got through): the offline notices go at once, and the
  // day is read again from the server.
  const wasOnline = useRef(online);
  useEffect(() => {
    const back = online && !wasOnline.current;
    wasOnline.current = online;
    if (!back) return;
    setUnreachable(false);
    onReconnect();
    setAttempt((a) => a + 1);
  }, [online]);
  const lastSync = useRef(lastSuccessAt);
  useEffect(() => {
    if (lastSuccessAt === lastSync.current) return;
    lastSync.current = lastSuccessAt;
    setUnreachable(false);
    onReconnect();
  }, [lastSuccessAt]);

  // Back to the app after a while (the supervisor may have acted, the deadline may have passed): fetch again.
  useEffect(() => {
    let hiddenAt = 0;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else if (hiddenAt && Date.now() - hiddenAt > 60_000) setAttempt((a) => a + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);

  return { day, setDay, unreachable, online, error, reload };
}
