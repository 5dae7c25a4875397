/** "Approve all N" and "reject or return all" for a whole day or a whole person, with the note form. */
import { useState } from 'react';
import type { Decision } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { NoteForm, type NoteDecision } from './NoteForm';

export function BulkActions({
  count,
  approveLabel,
  otherLabel,
  initial,
  busy,
  testId,
  onDecide,
}: {
  count: number;
  approveLabel: string;
  otherLabel: string;
  initial: NoteDecision;
  busy: boolean;
  /** `approve-${testId}` and `other-${testId}` on the two buttons. */
  testId: string;
  onDecide: (decision: Decision, note: string) => Promise<boolean>;
}) {
  const [form, setForm] = useState(false);
  if (form)
    return (
      <NoteForm
        initial={initial}
        choose
        count={count}
        busy={busy}
        onCancel={() => setForm(false)}
        onSubmit={(decision, note) => void onDecide(decision, note).then((ok) => ok && setForm(false))}
      />
    );
  return (
    <div className="reviewday__actions">
      <button type="button" className="btn btn--ok btn--block" disabled={busy} onClick={() => void onDecide('approved', '')} data-testid={`approve-${testId}`}>
        <Icon name="checkDouble" /> {approveLabel}
      </button>
      <button type="button" className="btn btn--secondary btn--block" disabled={busy} onClick={() => setForm(true)} data-testid={`other-${testId}`}>
        {otherLabel}
      </button>
    </div>
  );
}
