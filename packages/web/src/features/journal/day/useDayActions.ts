/** The day's own actions: copy the last working day's activities, and submit the day (through the outbox). */
import { useEffect, useState } from 'react';
import { journalApi, type Day, type Entry } from '../../../api/journal';
import { errorText } from '../../../errors';
import { useI18n } from '../../../i18n';
import { addDays, longDate } from '../../../lib/dates';
import { sendNow, useOfflineText, queueSubmit } from '../../offline';
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
      const { days } = await journalApi.days(addDays(date, -14), addDays(date, -1));
      const source = [...days].reverse().find((d) => d.isWorkingDay && d.entryCount > 0);
      if (!source) {
        show({ kind: 'info', text: t.journal.nothingToCopy });
        return;
      }
      const r = await journalApi.copyDay(date, source.date);
      setDay(r.day);
      const lines = r.skipped > 0 ? [t.journal.copySkipped(r.skipped)] : undefined;
      show({ kind: r.copied > 0 ? 'ok' : 'info', text: t.journal.copied(r.copied, longDate(source.date, t.locale)), ...(lines ? { lines } : {}) });
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
