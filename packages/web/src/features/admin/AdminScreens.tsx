import { useEffect, useMemo } from 'react';
import { api } from '../../api/client';
import type { UnitRow } from '../../api/types';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { href, navigate, type Route } from '../../router';
import { useSession } from '../../session';
import { EmployeeDetailScreen } from './EmployeeDetail';
import { EmployeeList } from './EmployeeList';
import { UnitTree } from './UnitTree';
import { useOverviewText, useSiasnText } from '../evaluation';
import './admin.css';

/** Routes of the admin area: #/instansi, #/instansi/:id[/unit|/pegawai], #/pegawai/:agencyId/:employeeId. */
export default function AdminScreens({ route }: { route: Route }) {
  const [section, a, b] = route.parts;
  if (section === 'pegawai' && a && b) return <EmployeeDetailScreen agencyId={a} employeeId={b} />;
  if (section === 'instansi' && a) return <AgencyScreen agencyId={a} tab={b === 'pegawai' ? 'pegawai' : 'unit'} route={route} />;
  return <AgencyList />;
}

function AgencyList() {
  const { t } = useI18n();
  const { data, error, loading, retry } = useLoad((signal) => api.agencies(signal), []);
  const items = data?.items;

  // One agency in scope (an agency admin): go straight to it, one step fewer.
  useEffect(() => {
    if (items?.length === 1) navigate(href(['instansi', items[0]!.id]), { replace: true });
  }, [items]);

  return (
    <div className="stack">
      <PageTitle>{t.admin.title}</PageTitle>
      <p>{t.admin.intro}</p>
      {loading && !items && <Loading />}
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {items && items.length === 0 && <p className="empty">{t.admin.empty}</p>}
      {items && items.length > 0 && (
        <ul className="plain-list cards" data-testid="agency-list">
          {items.map((ag) => (
            <li key={ag.id}>
              <a className="row-link" href={href(['instansi', ag.id])} data-testid="agency-item">
                <span className="row-link__body">
                  <span className="row-link__title">{ag.name}</span>
                  <span className="muted">
                    {t.admin.code} {ag.code} · {t.admin.unitCount(ag.unitCount)} · {t.admin.employeeCount(ag.employeeCount)}
                  </span>
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

function AgencyScreen({ agencyId, tab, route }: { agencyId: string; tab: 'unit' | 'pegawai'; route: Route }) {
  const { t } = useI18n();
  const overviewText = useOverviewText();
  const siasnText = useSiasnText();
  const { me } = useSession();
  const agency = useLoad((signal) => api.agency(agencyId, signal), [agencyId]);
  // Units are needed by both tabs (the tree, and the unit filter's name).
  const units = useLoad((signal) => api.units(agencyId, signal), [agencyId]);
  const unitById = useMemo(() => new Map<string, UnitRow>((units.data?.items ?? []).map((u) => [u.id, u])), [units.data]);

  const ag = agency.data;
  const refused = refusedPage(agency.error);
  if (refused) return refused;
  return (
    <div className="stack">
      <a className="backlink" href="#/instansi">
        <Icon name="back" /> {t.admin.allAgencies}
      </a>
      <PageTitle testId="agency-name">{ag?.name ?? t.admin.title}</PageTitle>
      {ag && (
        <p className="muted">
          {t.admin.code} {ag.code} · {t.admin.unitCount(ag.unitCount)} · {t.admin.employeeCount(ag.employeeCount)}
        </p>
      )}
      <a className="backlink" href={href(['rekap', agencyId])} data-testid="agency-recap">
        <Icon name="checkDouble" /> {t.home.recapShortcut}
      </a>
      <a className="backlink" href={href(['skp', 'ringkasan', agencyId])} data-testid="agency-skp-overview">
        <Icon name="star" /> {t.skpOverview.adminLink}
      </a>
      <a className="backlink" href={href(['evaluasi', 'ringkasan', agencyId])} data-testid="agency-evaluation-overview">
        <Icon name="star" /> {overviewText.adminLink}
      </a>
      {(me.account.role === 'agency_admin' || me.account.role === 'bkd_admin') && (
        <a className="backlink" href={href(['evaluasi', 'siasn', agencyId])} data-testid="agency-siasn-export">
          <Icon name="download" /> {siasnText.adminLink}
        </a>
      )}
      {agency.error != null && <ErrorBox error={agency.error} onRetry={agency.retry} />}
      <nav className="tabs" aria-label={ag?.name ?? t.admin.title}>
        <a href={href(['instansi', agencyId, 'unit'])} aria-current={tab === 'unit' ? 'page' : undefined} data-testid="tab-units">
          {t.admin.units}
          {units.data && <span className="tabs__count">{formatNumber(units.data.items.length, t.locale)}</span>}
        </a>
        <a href={href(['instansi', agencyId, 'pegawai'])} aria-current={tab === 'pegawai' ? 'page' : undefined} data-testid="tab-employees">
          {t.admin.employees}
          {ag && <span className="tabs__count">{formatNumber(ag.employeeCount, t.locale)}</span>}
        </a>
      </nav>
      {tab === 'unit' ? (
        units.error != null ? (
          <ErrorBox error={units.error} onRetry={units.retry} />
        ) : units.data ? (
          <UnitTree agencyId={agencyId} units={units.data.items} />
        ) : (
          <Loading />
        )
      ) : (
        <EmployeeList agencyId={agencyId} route={route} unitById={unitById} />
      )}
    </div>
  );
}
