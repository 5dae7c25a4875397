/** One pending entry in the inbox: what, when, evidence, flags, and the three decisions. */
import { useState } from 'react';
import type { Decision, ReviewDay, ReviewEntry } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { shownText } from '../../format';
import { useI18n } from '../../i18n';
import { decidedByText, formatVolume } from '../journal';
import { showHm } from '../../lib/dates';
import { EvidenceStrip } from './Evidence';
import { HistoryLink } from './HistoryLink';
import { FlagList } from './FlagList';
import { NoteForm, type NoteDecision } from './NoteForm';

export function ReviewEntryCard({
  entry: e,
  day,
  outcome,
  busy,
  onDecide,
}: {
  entry: ReviewEntry;
  day: ReviewDay;
  /** Decided here a moment ago. */
  outcome: Decision | undefined;
  busy: boolean;
  onDecide: (entry: ReviewEntry, decision: Decision, note: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<NoteDecision | null>(null);
  const time = e.startTime && e.endTime ? `${showHm(e.startTime, t.locale)}–${showHm(e.endTime, t.locale)}` : t.validation.noTime;

  if (outcome) {
    return (
      <div className={`review-done review-done--${outcome}`} data-testid="review-entry-done" data-decision={outcome} data-entry={e.id}>
        <Icon name={outcome === 'approved' ? 'check' : outcome === 'rejected' ? 'x' : 'repeat'} />
        <span>
          <strong>{t.decision.label[outcome]}:</strong> {e.activityName}
        </span>
      </div>
    );
  }

  const flags = [...day.flags, ...e.flags];
  const previous = e.decision;
  return (
    <article className={`review${flags.length ? ' review--flagged' : ''}`} aria-label={e.activityName} data-testid="review-entry" data-entry={e.id} data-flagged={flags.length > 0}>
      <div className="review__top">
        <span className="review__time">{time}</span>
        <strong className="review__minutes">{t.journal.minutes(e.creditedMinutes)}</strong>
      </div>
      <h4 className="review__name">{e.activityName}</h4>
      <p className="muted">
        {formatVolume(e.volume, t.locale)} {e.activityUnit} · {e.activityCode}
      </p>
      {e.description && <p className="review__desc prewrap">{shownText(e.description)}</p>}
      <EvidenceStrip items={e.evidence} />
      <FlagList flags={e.flags} testId="review-flags" />
      {previous && (
        <p className="review__previous">
          <strong>{t.validation.previousDecision}:</strong> {decidedByText(previous, t)}
          {previous.note && ` — “${shownText(previous.note)}”`}
        </p>
      )}
      <HistoryLink entryId={e.id} />
      {form ? (
        <NoteForm
          initial={form}
          busy={busy}
          onCancel={() => setForm(null)}
          onSubmit={(decision, note) => void onDecide(e, decision, note).then((ok) => ok && setForm(null))}
        />
      ) : (
        <div className="decide">
          <button
            type="button"
            className="btn btn--ok decide__approve"
            disabled={busy}
            aria-label={t.validation.approveLabel(e.activityName)}
            onClick={() => void onDecide(e, 'approved', '')}
            data-testid="approve-entry"
          >
            <Icon name="check" /> {t.validation.approve}
          </button>
          <button type="button" className="btn btn--secondary" disabled={busy} aria-label={t.validation.rejectLabel(e.activityName)} onClick={() => setForm('rejected')} data-testid="reject-entry">
            <Icon name="x" /> {t.validation.reject}
          </button>
          <button type="button" className="btn btn--secondary" disabled={busy} aria-label={t.validation.returnLabel(e.activityName)} onClick={() => setForm('returned')} data-testid="return-entry">
            <Icon name="repeat" /> {t.validation.return}
          </button>
        </div>
      )}
    </article>
  );
}
