/** Reject (reason, at least 5 letters) or return for revision (a note): the one form for an entry, a day or a person. */
import { checkDecisionNote } from '@kinerja/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Decision } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';

export type NoteDecision = Exclude<Decision, 'approved'>;

export function NoteForm({
  initial,
  choose,
  count,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: NoteDecision;
  /** Offer both (a whole day or person); an entry's form comes from its own button. */
  choose?: boolean;
  /** How many entries a bulk decision covers. */
  count?: number;
  busy: boolean;
  onSubmit: (decision: NoteDecision, note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [decision, setDecision] = useState<NoteDecision>(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'center' });
  }, []);

  const reject = decision === 'rejected';
  function submit(ev: FormEvent) {
    ev.preventDefault();
    if (!checkDecisionNote(decision, note).ok) {
      setError(reject ? t.validation.reasonShort : t.validation.noteRequired);
      ref.current?.focus();
      return;
    }
    setError(null);
    onSubmit(decision, note.trim());
  }

  return (
    <form className={`noteform noteform--${decision}`} onSubmit={submit} noValidate data-testid="decision-form" data-decision={decision}>
      {choose && (
        <div className="noteform__choice" role="radiogroup" aria-label={t.validation.chooseDecision}>
          {(['rejected', 'returned'] as const).map((d) => (
            <button
              key={d}
              type="button"
              role="radio"
              aria-checked={decision === d}
              className={`btn ${decision === d ? 'btn--primary' : 'btn--secondary'}`}
              onClick={() => {
                setDecision(d);
                setError(null);
              }}
              data-testid={`decision-choose-${d}`}
            >
              {d === 'rejected' ? t.validation.reject : t.validation.return}
            </button>
          ))}
        </div>
      )}
      <label className="field__label" htmlFor={`${id}-note`}>
        {reject ? t.validation.rejectReason : t.validation.returnNote}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {reject ? t.validation.rejectHint : t.validation.returnHint}
      </p>
      <textarea
        id={`${id}-note`}
        ref={ref}
        value={note}
        maxLength={1000}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setNote(e.target.value)}
        data-testid="decision-note"
      />
      {error && (
        <p className="field__error" id={`${id}-error`} data-testid="decision-note-error">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
      <p className="muted">
        {count !== undefined && `${t.validation.bulkCount(count)} `}
        {reject ? t.validation.rejectFinal : t.validation.returnAfter}
      </p>
      <div className="decide">
        <button type="submit" className={`btn ${reject ? 'btn--danger' : 'btn--primary'}`} disabled={busy} data-testid="decision-confirm">
          <Icon name={reject ? 'x' : 'repeat'} /> {busy ? t.validation.saving : reject ? t.validation.confirmReject : t.validation.confirmReturn}
        </button>
        <button type="button" className="btn btn--ghost" disabled={busy} onClick={onCancel} data-testid="decision-cancel">
          {t.validation.cancel}
        </button>
      </div>
    </form>
  );
}
