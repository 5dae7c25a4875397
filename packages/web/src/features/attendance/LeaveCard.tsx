/** One leave request: type, dates, reason, attachments, its state and the supervisor's note; actions below. */
import type { ReactNode } from 'react';
import type { LeaveRequest } from '../../api/attendance';
import { evidenceUrl } from '../../api/journal';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { dayMonthYear } from '../../lib/dates';
import { useAttendanceText } from './text';

const STATE_BADGE: Record<string, string> = { pending: 'badge--info', approved: 'att-badge--ok', rejected: 'badge--warn', cancelled: '' };

export function LeaveCard({ request: r, who, children }: { request: LeaveRequest; who?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const dates = r.from === r.to ? dayMonthYear(r.from, t.locale) : `${dayMonthYear(r.from, t.locale)} – ${dayMonthYear(r.to, t.locale)}`;
  return (
    <li className="card stack att-request" data-testid="att-leave-item" data-status={r.status}>
      {who}
      <div className="att-request__head">
        <h3>{r.typeName}</h3>
        <span className={`badge ${STATE_BADGE[r.status] ?? ''}`} data-testid="att-leave-status">
          {x.leave.state[r.status] ?? r.status}
        </span>
      </div>
      <p>
        {dates}
        {r.part !== 'day' && ` · ${x.leave.parts[r.part] ?? r.part}`}
      </p>
      {r.reason && <p className="prewrap">{r.reason}</p>}
      {r.attachmentSha256 && (
        <a className="backlink" href={evidenceUrl(r.attachmentSha256)} target="_blank" rel="noreferrer" data-testid="att-leave-attachment">
          <Icon name="file" /> {x.approvals.attachment}
        </a>
      )}
      {r.decisionNote && (
        <p>
          <strong>{x.leave.note}:</strong> {r.decisionNote}
          {r.decidedBy && <span className="muted"> ({x.leave.decidedBy(r.decidedBy.name)})</span>}
        </p>
      )}
      {children}
    </li>
  );
}
