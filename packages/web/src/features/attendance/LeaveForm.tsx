/**
 * Asking for leave or a permission: the type, the dates (one day by default), which part of the day
 * for a permission to arrive late or leave early, the reason and one attachment. A retried tap sends
 * the same requestId, so it makes one request.
 */
import { useMemo, useState } from 'react';
import { attendanceApi } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { ErrorBox, Field, Loading, Notice, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';
import { AttachmentPicker, type Attachment } from './AttachmentPicker';
import { localToday } from './dayStatus';
import { useAttendanceText } from './text';
import { leaveFormProblems, type LeaveDraft } from './leaveDraft';

const PARTS = ['day', 'arrival', 'departure'] as const;

export function LeaveForm({ onSent, onCancel }: { onSent: () => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText();
  const types = useLoad((signal) => attendanceApi.leaveTypes(signal), []);
  const today = localToday();
  const [draft, setDraft] = useState<LeaveDraft>({ typeCode: '', part: 'day', from: today, to: today, reason: '' });
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [requestId] = useState(uuidv7);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = useMemo(() => leaveFormProblems(draft), [draft]);
  const set = (patch: Partial<LeaveDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const counts = types.data?.items.find((ty) => ty.code === draft.typeCode)?.counts;

  async function send() {
    setShown(true);
    setError(null);
    if (Object.keys(problems).length || attachment?.state === 'busy') return;
    setBusy(true);
    try {
      await attendanceApi.askLeave({
        requestId,
        typeCode: draft.typeCode,
        part: draft.part,
        from: draft.from,
        to: draft.part === 'day' ? draft.to : draft.from,
        reason: draft.reason.trim(),
        ...(attachment?.state === 'ready' ? { attachmentSha256: attachment.sha256 } : {}),
      });
      onSent();
    } catch (err) {
      setError(errorText(err, t, lang));
    } finally {
      setBusy(false);
    }
  }

  const message = (key: keyof typeof problems) => (shown && problems[key] ? x.leave[problems[key]!] : undefined);
  if (types.error != null) return <ErrorBox error={types.error} onRetry={types.retry} />;
  if (!types.data) return <Loading />;
  return (
    <form
      className="card stack att-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      data-testid="att-leave-form"
    >
      <div className={`field${message('typeCode') ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="att-leave-type">
          {x.leave.type}
        </label>
        <select id="att-leave-type" className="att-select" value={draft.typeCode} onChange={(e) => set({ typeCode: e.target.value })} data-testid="att-leave-type">
          <option value="">{x.leave.pickType}</option>
          {types.data.items.map((ty) => (
            <option key={ty.code} value={ty.code}>
              {ty.name}
            </option>
          ))}
        </select>
        {counts && <p className="field__hint">{x.leave.counts[counts]}</p>}
        {message('typeCode') && <p className="field__error">{message('typeCode')}</p>}
      </div>
      <fieldset className="att-parts">
        <legend className="field__label">{x.leave.part}</legend>
        {PARTS.map((p) => (
          <label key={p} className="att-choice">
            <input className="visually-hidden" type="radio" name="att-part" value={p} checked={draft.part === p} onChange={() => set({ part: p })} data-testid={`att-leave-part-${p}`} />
            <span className="att-choice__mark" aria-hidden="true" />
            <span>{x.leave.parts[p]}</span>
          </label>
        ))}
      </fieldset>
      <Field label={x.leave.from} type="date" value={draft.from} onChange={(e) => set({ from: e.target.value, ...(draft.to < e.target.value ? { to: e.target.value } : {}) })} error={message('from')} data-testid="att-leave-from" />
      {draft.part === 'day' && <Field label={x.leave.to} type="date" value={draft.to} min={draft.from} onChange={(e) => set({ to: e.target.value })} error={message('to')} data-testid="att-leave-to" />}
      <div className={`field${message('reason') ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="att-leave-reason">
          {x.leave.reason}
        </label>
        <p className="field__hint">{x.leave.reasonHint}</p>
        <textarea id="att-leave-reason" className="att-textarea" value={draft.reason} maxLength={1000} onChange={(e) => set({ reason: e.target.value })} data-testid="att-leave-reason" />
        {message('reason') && <p className="field__error">{message('reason')}</p>}
      </div>
      <AttachmentPicker label={x.leave.attachment} value={attachment} onChange={setAttachment} />
      {error && (
        <Notice kind="error" live>
          <p data-testid="att-leave-error">{error}</p>
        </Notice>
      )}
      <button type="submit" className="btn btn--primary btn--big btn--block" disabled={busy || attachment?.state === 'busy'} aria-busy={busy} data-testid="att-leave-submit">
        <Icon name="send" /> {busy ? x.leave.submitting : x.leave.submit}
      </button>
      <button type="button" className="btn btn--secondary btn--block" onClick={onCancel}>
        {t.app.back}
      </button>
    </form>
  );
}
