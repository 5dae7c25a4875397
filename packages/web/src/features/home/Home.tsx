import { JF_LEVEL_LABEL, POSITION_KIND_LABEL, type JfLevel } from '@kinerja/core';
import { Icon } from '../../components/Icon';
import { Badge, CapacityBadge, Fact, Notice, PersonCard } from '../../components/ui';
import { formatDate, formatDateRange, formatNip, formatRank } from '../../format';
import { useI18n } from '../../i18n';
import { useAccountText } from '../account';
import { usePrivacyText } from '../privacy';
import { AttendanceShortcuts } from '../attendance';
import { canSeeTppAgency, useTppText } from '../tpp';
import { useOverviewText } from '../evaluation';
import { canImport, canSeeAdmin, signedInName, useSession } from '../../session';
import './home.css';

function jfLabel(level: string | null): string | null {
  if (!level) return null;
  return (JF_LEVEL_LABEL as Record<string, string>)[level] ?? level;
}

export function Home() {
  const { t } = useI18n();
  const accountText = useAccountText();
  const privacyText = usePrivacyText();
  const tppText = useTppText();
  const overviewText = useOverviewText();
  const { me } = useSession();
  const { employee, position, agency } = me;
  const role = me.account.role;

  return (
    <div className="stack">
      <section className="card card--hero" aria-labelledby="me-title">
        <p className="eyebrow">{t.home.greeting},</p>
        <h1 id="me-title" className="page-title hero__name" tabIndex={-1} data-testid="me-name">
          {signedInName(me)}
        </h1>
        <p className="hero__nip">
          <span className="visually-hidden">{t.home.nip} </span>
          <span className="nip" data-testid="me-nip">
            {formatNip(employee?.nip ?? me.account.nip)}
          </span>
        </p>
        <dl className="facts">
          {employee && (
            <>
              <Fact label={t.home.rank} value={formatRank(employee.rankCode, employee.rankName, employee.kind, t)} testId="me-rank" half />
              <Fact label={t.home.kind} value={employee.kind === 'pppk' ? t.home.kindPppk : t.home.kindPns} half />
            </>
          )}
          <Fact label={t.home.agency} value={agency?.name ?? null} testId="me-agency" />
          {position && <Fact label={t.home.unit} value={position.unit.name} testId="me-unit" />}
        </dl>
        {!employee && <Notice kind="info">{t.home.noEmployee}</Notice>}
      </section>

      {(canSeeAdmin(role) || canImport(role)) && (
        <div className="shortcuts">
          {canSeeAdmin(role) && (
            <a className="btn btn--secondary btn--block" href="#/instansi">
              <Icon name="building" /> {t.home.adminShortcut}
            </a>
          )}
          {canSeeAdmin(role) && (
            <a className="btn btn--secondary btn--block" href="#/rekap" data-testid="recap-shortcut">
              <Icon name="checkDouble" /> {t.home.recapShortcut}
            </a>
          )}
          {canSeeAdmin(role) && (
            <a className="btn btn--secondary btn--block" href="#/evaluasi/ringkasan" data-testid="evaluation-overview-shortcut">
              <Icon name="star" /> {overviewText.shortcut}
            </a>
          )}
          {canImport(role) && (
            <a className="btn btn--secondary btn--block" href="#/impor" data-testid="import-shortcut">
              <Icon name="upload" /> {t.home.importShortcut}
            </a>
          )}
        </div>
      )}

      {employee && (
        <a className="btn btn--secondary btn--block" href="#/skp" data-testid="skp-shortcut">
          <Icon name="star" /> {t.skp.homeShortcut}
        </a>
      )}

      <AttendanceShortcuts />

      {employee && (
        <a className="btn btn--secondary btn--block" href="#/tpp" data-testid="tpp-shortcut">
          <Icon name="wallet" /> {tppText.shortcut}
        </a>
      )}
      {employee && me.subordinates.length > 0 && (
        <a className="btn btn--secondary btn--block" href="#/tpp/tim" data-testid="tpp-team-shortcut">
          <Icon name="users" /> {tppText.team.title}
        </a>
      )}
      {canSeeTppAgency(role) && (
        <a className="btn btn--secondary btn--block" href="#/tpp/instansi" data-testid="tpp-agency-shortcut">
          <Icon name="wallet" /> {tppText.agencyShortcut}
        </a>
      )}

      {employee && (
        <section className="card" aria-labelledby="position-title">
          <h2 id="position-title">{t.home.position}</h2>
          {position ? (
            <>
              <p className="position-name" data-testid="me-position">
                {position.name}
              </p>
              {position.isUnitHead && (
                <p className="badges">
                  <Badge kind="info">{t.home.unitHead}</Badge>
                </p>
              )}
              <dl className="facts">
                <Fact label={t.home.positionKind} value={position.kindLabel || POSITION_KIND_LABEL[position.kind] || position.kind} half />
                <Fact label={t.home.kelas} value={String(position.kelasJabatan)} testId="me-kelas" half />
                {position.jfLevel && <Fact label={t.home.jfLevel} value={jfLabel(position.jfLevel as JfLevel)} testId="me-jf-level" half />}
                {position.since && <Fact label={t.home.since} value={formatDate(position.since, t.locale)} half />}
              </dl>
            </>
          ) : (
            <p data-testid="me-position">{t.home.noPosition}</p>
          )}
        </section>
      )}

      {me.acting.length > 0 && (
        <section className="card" aria-labelledby="acting-title">
          <h2 id="acting-title">{t.home.acting}</h2>
          <ul className="plain-list" data-testid="acting-list">
            {me.acting.map((a, i) => (
              <li key={i} className="acting" data-testid="acting-item">
                <CapacityBadge capacity={a.role} />
                <div>
                  <p className="acting__name">{a.positionName}</p>
                  <p className="muted">{a.unitName}</p>
                  <p className="muted">{formatDateRange(a.startsOn, a.endsOn, t)}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      {employee && (
        <section className="card" aria-labelledby="supervisor-title">
          <h2 id="supervisor-title">{t.home.supervisor}</h2>
          <p className="muted">{t.home.supervisorHint}</p>
          {me.supervisor ? (
            <PersonCard person={me.supervisor} nameTestId="supervisor-name" testId="supervisor" />
          ) : (
            <p className="empty" data-testid="supervisor-empty">{t.home.noSupervisor}</p>
          )}
          <h2 id="appraiser-title" className="h2--spaced">
            {t.home.appraiser}
          </h2>
          <p className="muted">{t.home.appraiserHint}</p>
          {me.appraiser ? (
            <PersonCard person={me.appraiser} nameTestId="appraiser-name" testId="appraiser" />
          ) : (
            <p className="empty" data-testid="appraiser-empty">{t.home.noAppraiser}</p>
          )}
        </section>
      )}

      {employee && (
        <section className="card" aria-labelledby="subordinates-title">
          <h2 id="subordinates-title">
            <Icon name="users" /> {t.home.subordinates}{' '}
            <span className="count" data-testid="subordinates-count">
              {t.home.subordinatesCount(me.subordinates.length)}
            </span>
          </h2>
          <div data-testid="subordinates-list">
            {me.subordinates.length ? (
              <ul className="plain-list people">
                {me.subordinates.map((s) => (
                  <li key={s.employeeId}>
                    <PersonCard person={s} testId="subordinate-item" capacityPrefix={t.home.asActing} omitUnit={position?.unit.name} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">{t.home.noSubordinates}</p>
            )}
          </div>
          {me.subordinates.length > 0 && (
            <a className="btn btn--secondary btn--block" href="#/evaluasi/tim" data-testid="team-evaluation-shortcut">
              <Icon name="star" /> {t.evaluation.team.homeShortcut}
            </a>
          )}
        </section>
      )}

      {/* Rare enough not to take a place in the bottom menu, which keeps at most four. */}
      <div className="shortcuts">
        <a className="btn btn--secondary btn--block" href="#/sandi" data-testid="password-shortcut">
          <Icon name="key" /> {t.home.passwordShortcut}
        </a>
        <a className="btn btn--secondary btn--block" href="#/perangkat" data-testid="devices-shortcut">
          <Icon name="lock" /> {accountText.shortcut}
        </a>
        {me.employee && (
          <a className="btn btn--secondary btn--block" href="#/data-saya" data-testid="my-data-shortcut">
            <Icon name="eye" /> {privacyText.shortcut}
          </a>
        )}
      </div>
    </div>
  );
}
