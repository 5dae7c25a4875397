/** "Setujui semua kecuali yang ditandai", with a confirmation that says how many. */
import { useState } from 'react';
import type { Decision, InboxRest, ReviewDay } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { approveAllCount } from './approveAllCount';

export function ApproveAll({
  days,
  rest,
  outcomes,
  complete,
  busy,
  onConfirm,
}: {
  days: readonly ReviewDay[];
  /** What waits on the pages not loaded yet. */
  rest: InboxRest;
  outcomes: ReadonlyMap<string, Decision>;
  complete: boolean;
  busy: boolean;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const { approve, flagged } = approveAllCount(days, rest, outcomes);
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
