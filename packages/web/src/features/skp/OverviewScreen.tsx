/**
 * "Ringkasan SKP instansi" for agency admins, auditors and BKD: per unit of today's org chart how
 * many SKP of a year are not started, draft, submitted, returned or approved, and who is blocked
 * because their pejabat penilai's SKP is not approved yet: a list to act on; and whom to remind (every
 * SKP not approved), per unit with their penilai. The same as an XLSX download.
 * #/skp/ringkasan[/:agencyId][?tahun=yyyy]
 */
import { useEffect, type CSSProperties } from 'react';
import type { SkpOverviewAnswer, SkpOverviewState } from '@kinerja/core/api';
import { API_BASE, api, request } from '../../api/client';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { formatDate, formatNip, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { href, navigate } from '../../router';
import { useSession } from '../../session';
import { useRencanaAksiText } from './rencanaAksiText';
import { useRhkImportText } from './rhkImportText';
import { StatusBadge } from './StatusBadge';
import './overview.css';

const STATES: readonly SkpOverviewState[] = ['belum', 'draft', 'diajukan', 'dikembalikan', 'disetujui'];
const enc = encodeURIComponent;
const overviewHref = (agencyId: string | null, year: number) => href(agencyId ? ['skp', 'ringkasan', agencyId] : ['skp', 'ringkasan'], { tahun: year });

export function OverviewScreen({ agencyId, year }: { agencyId: string | undefined; year: number }) {
  const { me } = useSession();
  const own = me.account.agencyId;
  useEffect(() => {
    if (!agencyId && own && me.account.role !== 'bkd_admin') navigate(overviewHref(own, year), { replace: true });
  }, [agencyId, own, year, me.account.role]);
  if (!agencyId) return <AgencyPicker year={year} />;
  return <OverviewView agencyId={agencyId} year={year} />;
}

function AgencyPicker({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error, retry } = useLoad((signal) => api.agencies(signal), []);
  return (
    <div className="stack">
      <PageTitle>{t.skpOverview.title}</PageTitle>
      <p>{t.skpOverview.pickAgency}</p>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!data && error == null && <Loading />}
      {data && (
        <ul className="plain-list cards">
          {data.items.map((ag) => (
            <li key={ag.id}>
              <a className="row-link" href={overviewHref(ag.id, year)} data-testid="skp-overview-agency">
                <span className="row-link__body">
                  <span className="row-link__title">{ag.name}</span>
                </span>
                <Icon name="chevron" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OverviewView({ agencyId, year }: { agencyId: string; year: number }) {
  const { t } = useI18n();
  const raText = useRencanaAksiText();
  const importText = useRhkImportText();
  const { me } = useSession();
  const canManage = me.account.role === 'bkd_admin' || (me.account.role === 'agency_admin' && me.account.agencyId === agencyId);
  const { data, error, loading, retry } = useLoad((signal) => request<SkpOverviewAnswer>('GET', `/agencies/${enc(agencyId)}/skp/overview`, { query: { year: String(year) }, signal }), [agencyId, year], true);
  const n = (x: number) => formatNumber(x, t.locale);
  const refused = refusedPage(error);
  if (refused) return refused;
  return (
    <div className="stack skp skp-overview">
      <a className="backlink" href={href(['instansi', agencyId])} data-testid="skp-overview-back">
        <Icon name="back" /> {t.skpOverview.back}
      </a>
      <PageTitle testId="skp-overview-title">{t.skpOverview.title}</PageTitle>
      {data && <p className="eyebrow" data-testid="skp-overview-agency-name">{data.agency.name}</p>}
      <p className="muted">{t.skpOverview.intro}</p>
      <nav className="skp-year" aria-label={t.skp.year(year)}>
        <a className="btn btn--ghost" href={overviewHref(agencyId, year - 1)} aria-label={t.skp.prevYear} data-testid="skp-overview-prev">
          <Icon name="back" />
        </a>
        <h2 data-testid="skp-overview-year">{t.skp.year(year)}</h2>
        <a className="btn btn--ghost" href={overviewHref(agencyId, year + 1)} aria-label={t.skp.nextYear} data-testid="skp-overview-next">
          <Icon name="chevron" />
        </a>
      </nav>
      <a className="btn btn--primary btn--block" href={`${API_BASE}/agencies/${enc(agencyId)}/skp/overview.xlsx?year=${year}`} download data-testid="skp-overview-xlsx">
        <Icon name="download" /> {t.skpOverview.download}
      </a>
      {/* The agency's rencana aksi period (per month or quarter, effective-dated). */}
      <a className="btn btn--secondary btn--block" href={href(['skp', 'pengaturan', agencyId])} data-testid="skp-overview-ra-setting">
        <Icon name="calendar" /> {raText.settingTitle}
      </a>
      {/* RHK of many drafts from one Excel file keyed by NIP: the agency's admins and the BKD. */}
      {canManage && (
        <a className="btn btn--secondary btn--block" href={href(['skp', 'impor-massal', agencyId], { tahun: year })} data-testid="skp-overview-rhk-bulk">
          <Icon name="upload" /> {importText.bulk.link}
        </a>
      )}
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {loading && !data && <Loading />}
      {data && (
        <div className={loading ? 'stack is-stale' : 'stack'}>
          <section className="card" aria-labelledby="skp-overview-totals">
            <h2 id="skp-overview-totals">{t.skpOverview.totals(n(data.totals.employees))}</h2>
            <p className="muted">{t.skpOverview.asOf(formatDate(data.asOf, t.locale))}</p>
            <Counts counts={data.totals} n={n} testId="skp-overview-total" />
          </section>
          <section aria-labelledby="skp-overview-units" className="stack">
            <h2 id="skp-overview-units">{t.skpOverview.units}</h2>
            <ul className="plain-list skp-overview__units" data-testid="skp-overview-units">
              {data.units.map((u) => (
                // The depth indents the unit's card, so the tree reads at 360 px without a table.
                <li key={u.unitId} className="card skp-overview__unit" style={{ '--depth': Math.min(u.depth, 4) } as CSSProperties} data-testid="skp-overview-unit">
                  <strong>{u.name}</strong>
                  <Counts counts={u.counts} n={n} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="skp-overview-blocked" className="stack">
            <h2 id="skp-overview-blocked">{t.skpOverview.blocked(n(data.blocked.length))}</h2>
            <p className="muted">{t.skpOverview.blockedHint}</p>
            {data.blocked.length === 0 ? (
              <p className="empty" data-testid="skp-overview-none-blocked">{t.skpOverview.noneBlocked}</p>
            ) : (
              <ul className="plain-list cards" data-testid="skp-overview-blocked">
                {data.blocked.map((b) => (
                  <li key={b.employeeId} className="card skp-overview__person" data-testid="skp-overview-blocked-person">
                    <strong>{b.name}</strong>
                    <span className="muted">NIP {formatNip(b.nip)} · {b.unitName}</span>
                    <span>
                      <StatusBadge status={b.state === 'belum' ? null : b.state} />
                    </span>
                    <span>
                      {t.skpOverview.waitsFor(b.penilaiName)} <StatusBadge status={b.penilaiSkpStatus} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Reminders data={data} n={n} />
        </div>
      )}
    </div>
  );
}

/** Groups open by themselves while the whole list is this short; longer, the admin opens a unit. */
const OPEN_UP_TO = 20;

/** Whom to remind, per unit (tree order): each unit a disclosure with its count, each person a row. */
function Reminders({ data, n }: { data: SkpOverviewAnswer; n: (x: number) => string }) {
  const { t } = useI18n();
  const groups = new Map<string, { unitName: string; people: SkpOverviewAnswer['reminders'] }>();
  for (const r of data.reminders) {
    const g = groups.get(r.unitId) ?? { unitName: r.unitName, people: [] };
    g.people.push(r);
    groups.set(r.unitId, g);
  }
  const open = data.reminders.length <= OPEN_UP_TO;
  return (
    <section aria-labelledby="skp-overview-remind" className="stack" data-testid="skp-overview-remind-section">
      <h2 id="skp-overview-remind">{t.skpOverview.remind(n(data.reminders.length))}</h2>
      <p className="muted">{t.skpOverview.remindHint}</p>
      {data.reminders.length === 0 ? (
        <p className="empty" data-testid="skp-overview-none-to-remind">{t.skpOverview.noneToRemind}</p>
      ) : (
        <div className="stack skp-overview__remind" data-testid="skp-overview-remind">
          {[...groups].map(([unitId, g]) => (
            <details key={unitId} className="card skp-overview__remind-unit" open={open} data-testid="skp-overview-remind-unit">
              <summary>
                <strong>{g.unitName}</strong> <span className="muted">({n(g.people.length)})</span>
              </summary>
              <ul className="plain-list">
                {g.people.map((r) => (
                  <li key={r.employeeId} className="skp-overview__remind-person" data-testid="skp-overview-remind-person" data-state={r.state}>
                    <span className="skp-overview__remind-head">
                      <strong>{r.name}</strong>
                      <StatusBadge status={r.state === 'belum' ? null : r.state} />
                    </span>
                    <span className="muted">NIP {formatNip(r.nip)}</span>
                    <span>{r.penilaiName ? t.skpOverview.penilai(r.penilaiName, r.penilaiNip ? formatNip(r.penilaiNip) : null) : t.skpOverview.noPenilai}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}

function Counts({ counts, n, testId }: { counts: SkpOverviewAnswer['totals']; n: (x: number) => string; testId?: string }) {
  const { t } = useI18n();
  return (
    <dl className="skp-overview__counts" data-testid={testId}>
      <div>
        <dt>{t.skpOverview.people}</dt>
        <dd>{n(counts.employees)}</dd>
      </div>
      {STATES.map((s) => (
        <div key={s} data-state={s}>
          <dt>{t.skpOverview.state[s]}</dt>
          <dd>{n(counts[s])}</dd>
        </div>
      ))}
    </dl>
  );
}
