import { POSITION_KIND_LABEL } from '@kinerja/core';
import { useState } from 'react';
import { api } from '../../api/client';
import type { EmployeeDetail } from '../../api/types';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { Badge, CapacityBadge, ErrorBox, Fact, Loading, Notice, PageTitle, PersonCard, useLoad } from '../../components/ui';
import { formatDateRange, formatNip, formatRank } from '../../format';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { canManage, canSeeAdmin, useSession } from '../../session';

export function EmployeeDetailScreen({ agencyId, employeeId }: { agencyId: string; employeeId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { data, error, loading, retry } = useLoad((signal) => api.employee(agencyId, employeeId, signal), [agencyId, employeeId]);
  const refused = data ? null : refusedPage(error);
  if (refused) return refused;
  return (
    <div className="stack">
      <button type="button" className="backlink" onClick={() => (history.length > 1 ? history.back() : navigate('#/'))}>
        <Icon name="back" /> {t.app.back}
      </button>
      {loading && !data && (
        <>
          <PageTitle>{t.employee.title}</PageTitle>
          <Loading />
        </>
      )}
      {error != null && (
        <>
          {!data && <PageTitle>{t.employee.title}</PageTitle>}
          <ErrorBox error={error} onRetry={retry} />
        </>
      )}
      {data && <Detail e={data} canReset={canManage(me, agencyId) && canSeeAdmin(me.account.role) && data.id !== me.employee?.id} />}
    </div>
  );
}

function Detail({ e, canReset }: { e: EmployeeDetail; canReset: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <section className="card card--hero">
        <PageTitle testId="employee-name">{e.name}</PageTitle>
        <p className="hero__nip">
          <span className="visually-hidden">{t.home.nip} </span>
          <span className="nip" data-testid="employee-nip">{formatNip(e.nip)}</span>
        </p>
        <p className="badges">
          <Badge>{e.kind === 'pppk' ? t.home.kindPppk : t.home.kindPns}</Badge>
          {e.active ? <Badge kind="info">{t.employee.active}</Badge> : <Badge kind="warn">{t.admin.inactive}</Badge>}
        </p>
        <dl className="facts">
          <Fact label={t.home.rank} value={formatRank(e.rankCode, null, e.kind, t)} />
          <Fact label={t.employee.position} value={e.positionName} testId="employee-position" />
          {e.positionKind && <Fact label={t.home.positionKind} value={POSITION_KIND_LABEL[e.positionKind] ?? e.positionKind} half />}
          {e.kelasJabatan != null && <Fact label={t.home.kelas} value={String(e.kelasJabatan)} half />}
          <Fact label={t.employee.unit} value={e.unitName} />
        </dl>
      </section>

      <section className="card" aria-labelledby="emp-sup-title">
        <h2 id="emp-sup-title">{t.home.supervisor}</h2>
        {e.supervisorOverrideId && <p className="muted">{t.employee.overrideNote}</p>}
        {e.supervisor ? (
          <PersonCard person={e.supervisor} nameTestId="employee-supervisor-name" />
        ) : (
          <p className="empty">{t.home.noSupervisor}</p>
        )}
        <h2 className="h2--spaced">{t.home.appraiser}</h2>
        {e.appraiser ? <PersonCard person={e.appraiser} nameTestId="employee-appraiser-name" /> : <p className="empty">{t.home.noAppraiser}</p>}
      </section>

      <section className="card" aria-labelledby="emp-hist-title">
        <h2 id="emp-hist-title">{t.employee.history}</h2>
        {e.positionHistory.length === 0 ? (
          <p className="empty">{t.employee.noHistory}</p>
        ) : (
          <ol className="plain-list history" data-testid="position-history">
            {e.positionHistory.map((h, i) => (
              <li key={i} className="history__item" data-testid="position-history-item">
                <p className="history__name">
                  {h.positionName} <CapacityBadge capacity={h.role} />
                </p>
                <p className="muted">{h.unitName}</p>
                <p className="muted">{formatDateRange(h.startsOn, h.endsOn, t)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {canReset && <ResetPassword agencyId={e.agencyId} employeeId={e.id} />}
    </>
  );
}

function ResetPassword({ agencyId, employeeId }: { agencyId: string; employeeId: string }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [temp, setTemp] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function reset() {
    setStep('busy');
    setError(null);
    try {
      const r = await api.resetPassword(agencyId, employeeId);
      setTemp(r.temporaryPassword);
      setStep('idle');
    } catch (err) {
      setError(err);
      setStep('confirm');
    }
  }

  return (
    <section className="card" aria-labelledby="reset-title">
      <h2 id="reset-title">{t.employee.resetPassword}</h2>
      <div aria-live="polite">
        {temp && (
          <Notice kind="ok">
            <p>{t.employee.tempPassword}:</p>
            <p className="temp-password" data-testid="temporary-password">{temp}</p>
            <p>{t.employee.tempPasswordHint}</p>
          </Notice>
        )}
      </div>
      {error != null && <ErrorBox error={error} />}
      {step === 'idle' ? (
        <button type="button" className="btn btn--secondary btn--block" onClick={() => setStep('confirm')}>
          <Icon name="key" /> {t.employee.resetPassword}
        </button>
      ) : (
        <div className="stack">
          <p>{t.employee.resetConfirm}</p>
          <button type="button" className="btn btn--danger btn--block" disabled={step === 'busy'} onClick={() => void reset()}>
            {step === 'busy' ? t.employee.resetting : t.employee.resetYes}
          </button>
          <button type="button" className="btn btn--ghost btn--block" disabled={step === 'busy'} onClick={() => setStep('idle')}>
            {t.employee.resetNo}
          </button>
        </div>
      )}
    </section>
  );
}
