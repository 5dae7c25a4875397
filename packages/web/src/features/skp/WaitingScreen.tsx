/** The penilai's list: subordinates' SKP submitted and waiting for a decision (GET /skp/waiting). */
import { skpApi } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { formatDate, formatDateRange } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { StatusBadge } from './StatusBadge';

export function WaitingScreen() {
  const { t } = useI18n();
  const waiting = useLoad((signal) => skpApi.waiting(signal), []);
  return (
    <div className="stack skp">
      <a className="btn btn--ghost skp-back" href={href(['skp'])}>
        <Icon name="back" /> {t.skp.title}
      </a>
      <PageTitle testId="skp-waiting-title">{t.skp.waitingTitle}</PageTitle>
      {waiting.loading && <Loading />}
      {waiting.error !== undefined && <ErrorBox error={waiting.error} onRetry={waiting.retry} />}
      {waiting.data && waiting.data.items.length === 0 && <p className="empty" data-testid="skp-waiting-empty">{t.skp.waitingEmpty}</p>}
      {waiting.data && waiting.data.items.length > 0 && (
        <ul className="plain-list stack">
          {waiting.data.items.map((s) => (
            <li key={s.id}>
              <a className="card skp-waiting" href={href(['skp', s.agencyId, s.id])} data-testid="skp-waiting-item">
                <span className="skp-period__head">
                  <strong>{s.employeeName}</strong>
                  <StatusBadge status={s.status} />
                </span>
                <span className="muted">
                  {t.skp.form[s.form]} · {formatDateRange(s.periodFrom, s.periodTo, t)}
                </span>
                <span className="muted">{t.skp.submittedOn(formatDate(s.updatedAt, t.locale))}</span>
                <span className="skp-waiting__go">
                  {t.skp.review} <Icon name="chevron" />
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
