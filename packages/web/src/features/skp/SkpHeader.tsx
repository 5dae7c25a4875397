/** What every SKP screen starts with: whose SKP, which period, its status, the return note and the people on it. */
import type { SkpDetail } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { Notice, PageTitle } from '../../components/ui';
import { formatDateRange } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { StatusBadge } from './StatusBadge';

export function SkpHeader({ detail, backTo }: { detail: SkpDetail; backTo: string }) {
  const { t } = useI18n();
  const { skp } = detail;
  const employee = detail.people.find((p) => p.role === 'pegawai');
  return (
    <>
      <a className="btn btn--ghost skp-back" href={backTo}>
        <Icon name="back" /> {backTo === href(['skp', 'menunggu']) ? t.skp.waitingTitle : t.skp.backToList}
      </a>
      <PageTitle testId="skp-detail-title">SKP {skp.periodFrom.slice(0, 4)} · {skp.employeeName}</PageTitle>
      <div className="skp-period__head">
        <p className="muted">
          {employee?.positionName} · {t.skp.form[skp.form]}
        </p>
        <StatusBadge status={skp.status} />
      </div>
      <p className="muted">
        {t.skp.period}: {formatDateRange(skp.periodFrom, skp.periodTo, t)}
      </p>
      {detail.returnNote && (
        <Notice kind="warn">
          <p className="skp-note__label">{t.skp.returnNote}</p>
          <p data-testid="skp-return-note">{detail.returnNote}</p>
        </Notice>
      )}
      <details className="card skp-people">
        <summary>{t.skp.people}</summary>
        <dl className="facts">
          {detail.people.map((p) => (
            <div key={p.role} className="fact">
              <dt>{t.skp.role[p.role]}</dt>
              <dd data-testid={`skp-person-${p.role}`}>
                {p.name}
                <br />
                <span className="muted">{p.positionName}</span>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
