/** "SKP saya": my SKP periods of a year with their status; a first draft in one tap. */
import { useState } from 'react';
import { skpApi, type SkpCreateBody, type SkpPeriodsAnswer, type SkpStart } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { formatDateRange } from '../../format';
import { useI18n } from '../../i18n';
import { href, navigate } from '../../router';
import { useSession } from '../../session';
import { StatusBadge } from './StatusBadge';

type Period = SkpPeriodsAnswer['items'][number];

export function MySkpScreen({ year }: { year: number }) {
  const { t } = useI18n();
  const { me } = useSession();
  const periods = useLoad((signal) => skpApi.periods(year, signal), [year]);

  return (
    <div className="stack skp">
      <PageTitle testId="skp-title">{t.skp.title}</PageTitle>
      <p className="muted">{t.skp.intro}</p>
      <nav className="skp-year" aria-label={t.skp.year(year)}>
        <a className="btn btn--ghost" href={href(['skp'], { tahun: year - 1 })} aria-label={t.skp.prevYear}>
          <Icon name="back" />
        </a>
        <h2 data-testid="skp-year">{t.skp.year(year)}</h2>
        <a className="btn btn--ghost" href={href(['skp'], { tahun: year + 1 })} aria-label={t.skp.nextYear}>
          <Icon name="chevron" />
        </a>
      </nav>
      {periods.loading && <Loading />}
      {periods.error !== undefined && <ErrorBox error={periods.error} onRetry={periods.retry} />}
      {periods.data && periods.data.items.length === 0 && <p className="empty">{t.skp.noPeriods}</p>}
      {periods.data?.items.map((p) => <PeriodCard key={`${p.positionId}-${p.periodFrom}`} period={p} />)}
      {me.subordinates.length > 0 && (
        <a className="btn btn--secondary btn--block" href={href(['skp', 'menunggu'])} data-testid="skp-waiting-link">
          <Icon name="checkDouble" /> {t.skp.waitingShortcut}
        </a>
      )}
    </div>
  );
}

function PeriodCard({ period }: { period: Period }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [busy, setBusy] = useState<SkpStart | null>(null);
  // Chosen once per SKP (PermenPANRB 6/2022): a JPT's expectations are often narrative.
  const [pendekatan, setPendekatan] = useState<SkpCreateBody['pendekatan']>(period.form === 'jpt' ? 'kualitatif' : 'kuantitatif');
  const [error, setError] = useState<unknown>(null);
  const skp = period.skp;

  async function start(start: SkpStart) {
    if (!me.employee || !me.agency) return;
    setBusy(start);
    setError(null);
    try {
      const made = await skpApi.create(me.agency.id, me.employee.id, { positionId: period.positionId, periodFrom: period.periodFrom, pendekatan, start });
      navigate(href(['skp', made.skp.agencyId, made.skp.id]));
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  }

  return (
    <section className="card skp-period" data-testid="skp-period">
      <div className="skp-period__head">
        <h3>{period.positionName}</h3>
        <StatusBadge status={skp?.status ?? null} />
      </div>
      {skp?.status === 'dikembalikan' && <ReturnNote agencyId={skp.agencyId} skpId={skp.id} />}
      <p className="muted">
        {t.skp.form[period.form]} · {formatDateRange(period.periodFrom, period.periodTo, t)}
      </p>
      {skp ? (
        <>
          <a className="btn btn--primary btn--block" href={href(['skp', skp.agencyId, skp.id])} data-testid="skp-open">
            {t.skp.open} <Icon name="chevron" />
          </a>
          {skp.versionInForce !== null && (
            <a className="btn btn--secondary btn--block" href={href(['evaluasi', skp.agencyId, skp.id])} data-testid="skp-evaluation">
              <Icon name="star" /> {t.evaluation.open}
            </a>
          )}
        </>
      ) : (
        <div className="skp-start">
          <h4>{t.skp.startTitle}</h4>
          <p className="field__label" id={`pendekatan-${period.positionId}-${period.periodFrom}`}>
            {t.skp.pendekatan}
          </p>
          <div className="rhk__choice" role="radiogroup" aria-labelledby={`pendekatan-${period.positionId}-${period.periodFrom}`} data-testid="skp-pendekatan">
            {(['kuantitatif', 'kualitatif'] as const).map((p) => (
              <button key={p} type="button" role="radio" aria-checked={pendekatan === p} className={`btn ${pendekatan === p ? 'btn--primary' : 'btn--secondary'}`} onClick={() => setPendekatan(p)} data-value={p}>
                {t.skp.pendekatanName[p]}
              </button>
            ))}
          </div>
          <p className="muted">{t.skp.pendekatanHint}</p>
          <button type="button" className="btn btn--primary btn--block" disabled={busy !== null} onClick={() => void start('rhk_atasan')} data-testid="skp-start-rhk_atasan">
            <Icon name="users" /> {busy === 'rhk_atasan' ? t.app.loading : t.skp.startFromSupervisor}
          </button>
          <p className="muted">{t.skp.startFromSupervisorHint}</p>
          <button type="button" className="btn btn--secondary btn--block" disabled={busy !== null} onClick={() => void start('salin_tahun_lalu')} data-testid="skp-start-salin_tahun_lalu">
            <Icon name="copy" /> {busy === 'salin_tahun_lalu' ? t.app.loading : t.skp.startCopy}
          </button>
          <button type="button" className="btn btn--secondary btn--block" disabled={busy !== null} onClick={() => void start('kosong')} data-testid="skp-start-kosong">
            <Icon name="plus" /> {busy === 'kosong' ? t.app.loading : t.skp.startEmpty}
          </button>
          {error !== null && <ErrorBox error={error} />}
        </div>
      )}
    </section>
  );
}

/** A returned SKP's note, where the employee first looks: the list (rare enough to fetch per card). */
function ReturnNote({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const { t } = useI18n();
  const detail = useLoad((signal) => skpApi.detail(agencyId, skpId, signal), [agencyId, skpId]);
  if (!detail.data?.returnNote) return null;
  return (
    <Notice kind="warn">
      <p className="skp-note__label">{t.skp.returnNote}</p>
      <p data-testid="skp-return-note">{detail.data.returnNote}</p>
    </Notice>
  );
}
