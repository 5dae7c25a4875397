/**
 * The supervisor's leave approvals: each waiting request of their staff with its reason and
 * attachment, approved with one tap or rejected with a note. #/presensi/persetujuan
 */
import { useState } from 'react';
import { attendanceApi, type LeaveRequest } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { formatNip } from '../../format';
import { useI18n } from '../../i18n';
import { LeaveCard } from './LeaveCard';
import { PersonalTabs } from './PersonalTabs';
import { useAttendanceText } from './text';

export function Approvals() {
  const x = useAttendanceText();
  const list = useLoad((signal) => attendanceApi.leaveRequests('team', 'pending', signal), [], true);
  const [done, setDone] = useState<string | null>(null);
  const refused = refusedPage(list.error);
  if (refused) return refused;
  return (
    <div className="stack att">
      <PersonalTabs current="approvals" />
      <PageTitle testId="att-approvals-title">{x.approvals.title}</PageTitle>
      <p className="muted">{x.approvals.intro}</p>
      {done && (
        <Notice kind="ok" live>
          <p data-testid="att-approvals-flash">{done}</p>
        </Notice>
      )}
      {list.error != null && <ErrorBox error={list.error} onRetry={list.retry} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="empty">{x.approvals.none}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="plain-list cards" data-testid="att-approvals-list">
          {list.data.items.map((r) => (
            <ApprovalItem
              key={r.id}
              request={r}
              onDecided={(message) => {
                setDone(message);
                list.retry();
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function ApprovalItem({ request: r, onDecided }: { request: LeaveRequest; onDecided: (message: string) => void }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function decide(decision: 'approve' | 'reject') {
    if (decision === 'reject' && !note.trim()) return setError(x.approvals.noteRequired);
    setBusy(true);
    setError(null);
    try {
      await attendanceApi.decideLeave(r.id, { decision, ...(note.trim() ? { note: note.trim() } : {}) });
      onDecided(decision === 'approve' ? x.approvals.approved(r.employee.name) : x.approvals.rejected(r.employee.name));
    } catch (err) {
      setError(errorText(err, t, lang));
    } finally {
      setBusy(false);
    }
  }
  const who = (
    <p>
      <strong>{r.employee.name}</strong>
      <br />
      <span className="nip muted">{formatNip(r.employee.nip)}</span>
    </p>
  );
  return (
    <LeaveCard request={r} who={who}>
      <div className="field">
        <label className="field__label" htmlFor={`att-note-${r.id}`}>
          {x.approvals.note}
        </label>
        <textarea id={`att-note-${r.id}`} className="att-textarea" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} data-testid="att-approval-note" />
        {error && <p className="field__error">{error}</p>}
      </div>
      <div className="att-actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void decide('approve')} data-testid="att-approve">
          <Icon name="check" /> {x.approvals.approve}
        </button>
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void decide('reject')} data-testid="att-reject">
          <Icon name="x" /> {x.approvals.reject}
        </button>
      </div>
    </LeaveCard>
  );
}
