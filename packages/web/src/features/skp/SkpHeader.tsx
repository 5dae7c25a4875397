/** What every SKP screen starts with: whose SKP, which period, its status, the return note and the people on it. */
import { skpPdfUrl, type SkpDetail } from '../../api/skp';
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
  // The employee sees who approves; the penilai sees whose SKP it is in the title.
  const penilai = detail.people.find((p) => p.role === 'pejabat_penilai');
  return (
    <>
      <a className="btn btn--ghost skp-back" href={backTo}>
        <Icon name="back" /> {backTo === href(['skp', 'menunggu']) ? t.skp.waitingTitle : t.skp.backToList}
      </a>
      <PageTitle testId="skp-detail-title">SKP {skp.periodFrom.slice(0, 4)} · {skp.employeeName}</PageTitle>
      <div className="skp-period__head">
        <p className="muted">
          {employee?.positionName} · {formatDateRange(skp.periodFrom, skp.periodTo, t)}
        </p>
        <StatusBadge status={skp.status} />
      </div>
      <p className="muted" data-testid="skp-form-pendekatan">
        {t.skp.form[skp.form]} · {t.skp.pendekatan}: {t.skp.pendekatanName[skp.pendekatan]}
      </p>
      <a
        className="btn btn--secondary skp-print"
        href={skpPdfUrl(skp.agencyId, skp.id)}
        target="_blank"
        rel="noopener"
        title={t.skp.printPdfHint}
        data-testid="skp-print-pdf"
      >
        <Icon name="file" /> {t.skp.printPdf}
      </a>
      {detail.returnNote && (
        <Notice kind="warn">
          <p className="skp-note__label">{t.skp.returnNote}</p>
          <p data-testid="skp-return-note">{detail.returnNote}</p>
        </Notice>
      )}
      {penilai && (
        <p data-testid="skp-person-pejabat_penilai">
          <span className="muted">{t.skp.role.pejabat_penilai}: </span>
          <strong>{penilai.name}</strong>
        </p>
      )}
    </>
  );
}
