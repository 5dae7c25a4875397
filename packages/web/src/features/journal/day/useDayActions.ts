/**
 * The day's own actions, both through the outbox (so both work offline): copy the last working
 * day's activities, and submit the day.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import type { Day, Entry } from '../../../api/journal';
import { errorText } from '../../../errors';
import { useI18n } from '../../../i18n';
import { addDays, longDate } from '../../../lib/dates';
import { dayAsShown, loadDays, queueAndSendAll, queueSubmit, sendNow, useOfflineText } from '../../offline';
import { planCopy } from '../bulkPlans';
import { loadContext, loadDictionary } from '../store';
import type { Flash } from './flash';

export function useDayActions(date: string, toSend: Entry[], setDay: (day: Day) => void, show: (f: Flash | null) => void) {
  const { t, lang } = useI18n();
  const ot = useOfflineText();
  const [busy, setBusy] = useState<null | 'copy' | 'submit'>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);

  useEffect(() => setConfirmSubmit(false), [date]);

  async function copyYesterday() {
    setBusy('copy');
    show(null);
    try {
      const ctx = await loadContext();
      const days = await loadDays(addDays(date, -14), addDays(date, -1), ctx);
      const source = [...days].reverse().find((d) => d.isWorkingDay && d.entryCount > 0);
      if (!source) {
        show({ kind: 'info', text: t.journal.nothingToCopy });
        return;
      }
      const [from, to, dictionary] = await Promise.all([
        dayAsShown(source.date, ctx),
        dayAsShown(date, ctx),
        loadDictionary().then((d) => new Map(d.items.map((a) => [a.code, a])), () => undefined),
      ]);
      if (!from || !to) throw new ApiError('NETWORK', '', 0);
      const plan = planCopy(from.entries ?? [], date, { ctx, target: to.entries ?? [], dictionary });
      if (plan.closed) throw new ApiError(plan.closed.code, plan.closed.message, 422);
      const results = await queueAndSendAll(plan.planned, 'copy');
      // Applied or waiting in the outbox: copied. Skipped copies were taken out of the outbox by the engine.
      const copied = results.filter((r) => r === null || r.status === 'applied' || r.status === 'already_applied').length;
      const skipped = plan.skipped + results.filter((r) => r !== null && (r.status === 'conflict' || r.status === 'rejected')).length;
      const queued = results.some((r) => r === null);
      const lines = [...(skipped > 0 ? [t.journal.copySkipped(skipped)] : []), ...(queued ? [ot.savedLocal] : [])];
      show({ kind: copied > 0 ? 'ok' : 'info', text: t.journal.copied(copied, longDate(source.date, t.locale)), ...(lines.length ? { lines } : {}) });
    } catch (err) {
      show({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    setBusy('submit');
    try {
      const count = toSend.length;
      const item = await queueSubmit(date);
      const out = await sendNow(item.itemId);
      setConfirmSubmit(false);
      if (out.kind === 'sent') show({ kind: 'ok', text: t.journal.submitted(count) });
      else if (out.kind === 'queued') show({ kind: 'info', text: ot.submitQueued, untilOnline: true });
      else show({ kind: 'error', text: out.result.message || ot.state.attention });
    } catch (err) {
      setConfirmSubmit(false);
      show({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(null);
    }
  }

  return { busy, confirmSubmit, setConfirmSubmit, copyYesterday, submit };
}
