/** "Setujui semua kecuali yang ditandai", with a confirmation that says how many. */
import { useState } from 'react';
import type { Decision, Inbox, ReviewDay } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { dayKey, isFlagged } from './labels';

/**
 * How many "approve all" would approve. Exact when every page is loaded; otherwise entries on days
 * not loaded yet count as unflagged unless their whole day is flagged ("at most").
 */
export function approveAllCount(inbox: Inbox, days: readonly ReviewDay[], outcomes: ReadonlyMap<string, Decision>): { approve: number; flagged: number } {
  let approve = 0;
  let flagged = 0;
  const loaded = new Set(days.map(dayKey));
  for (const d of days)
    for (const e of d.entries ?? []) {
      if (outcomes.has(e.id)) continue;
      if (isFlagged(e, d)) flagged++;
      else approve++;
    }
  for (const p of inbox.people)
    for (const d of p.days) {
      if (loaded.has(dayKey(d))) continue;
      if (d.flags.length > 0) flagged += d.pendingCount;
      else approve += d.pendingCount;
    }
  return { approve, flagged };
}

export function ApproveAll({
  inbox,
  days,
  outcomes,
  complete,
  busy,
  onConfirm,
}: {
  inbox: Inbox;
  days: readonly ReviewDay[];
  outcomes: ReadonlyMap<string, Decision>;
  complete: boolean;
  busy: boolean;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { approve, flagged } = approveAllCount(inbox, days, outcomes);
  if (!asking)
    return (
      <>
        <button type="button" className="btn btn--ok btn--block" disabled={busy} onClick={() => setAsking(true)} data-testid="approve-all">
          <Icon name="checkDouble" /> {t.validation.approveAll}
        </button>
        <p className="muted">{t.validation.approveAllHint}</p>
      </>
    );
  return (
    <div className="stack confirmbox" role="group" aria-labelledby="approve-all-q" data-testid="approve-all-confirm">
      <p id="approve-all-q" className="submitbox__q">
        {t.validation.approveAll}?
      </p>
      <p data-testid="approve-all-what" data-approve={approve} data-flagged={flagged}>
        {approve > 0 ? t.validation.approveAllWhat(approve, flagged, complete) : t.validation.approveAllNone}
      </p>
      {approve > 0 && (
        <button type="button" className="btn btn--ok btn--block" disabled={busy} onClick={() => void onConfirm().then(() => setAsking(false))} data-testid="approve-all-yes">
          <Icon name="checkDouble" /> {busy ? t.validation.saving : t.validation.approveAllYes(approve)}
        </button>
      )}
      <button type="button" className="btn btn--ghost btn--block" disabled={busy} onClick={() => setAsking(false)} data-testid="approve-all-no">
        {t.validation.cancel}
      </button>
    </div>
  );
}
