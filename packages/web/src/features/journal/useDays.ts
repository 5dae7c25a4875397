import { useEffect, useState } from 'react';
import type { Day, JournalContext } from '../../api/journal';
import { daysOnPhone, loadDays } from '../offline';

/** The days from..to for the week and month views: the phone's copy at once, the server's when it answers. */
export function useDays(from: string, to: string, ctx: JournalContext) {
  const [state, setState] = useState<{ days?: Day[]; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const ctrl = new AbortController();
    let answered = false;
    setState({});
    // What the phone knows shows at once; the server's answer replaces it.
    void daysOnPhone(from, to, ctx).then(
      (days) => days && !answered && !ctrl.signal.aborted && setState({ days }),
      () => {},
    );
    loadDays(from, to, ctx, ctrl.signal).then(
      (days) => {
        answered = true;
        if (!ctrl.signal.aborted) setState({ days });
      },
      (error: unknown) => {
        answered = true;
        if (!ctrl.signal.aborted) setState({ error });
      },
    );
    return () => ctrl.abort();
  }, [from, to, attempt, ctx]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}
