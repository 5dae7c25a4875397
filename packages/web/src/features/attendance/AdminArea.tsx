/**
 * "Presensi instansi" for agency admins, auditors and the BKD: one agency's machines, monthly recap,
 * schedules, and discipline table with leave types, as tabs. An account with one agency goes straight to it; the BKD and the auditor
 * pick one first.
 */
import { useEffect } from 'react';
import { api } from '../../api/client';
import { AgencyPicker } from '../../components/AgencyPicker';
import { refusedPage } from '../../components/StatusPages';
import { PageTitle, useLoad } from '../../components/ui';
import { navigate, type Route } from '../../router';
import { useSession } from '../../session';
import { adminHref, disputesHref, selfieAdminHref, type AdminTab } from './links';
import { MachinesTab } from './MachinesTab';
import { RecapTab } from './RecapTab';
import { RulesTab } from './RulesTab';
import { SchedulesTab } from './SchedulesTab';
import { useAttendanceText } from './text';

export function AdminArea({ route }: { route: Route }) {
  const [, , agencyId, rawTab] = route.parts;
  const { me } = useSession();
  const own = me.account.agencyId;
  useEffect(() => {
    if (!agencyId && own && me.account.role === 'agency_admin') navigate(adminHref(own, 'mesin'), { replace: true });
  }, [agencyId, own, me.account.role]);
  if (!agencyId) return <AgencyChoice />;
  const tab: AdminTab = rawTab === 'rekap' || rawTab === 'jadwal' || rawTab === 'aturan' ? rawTab : 'mesin';
  return <AgencyAttendance agencyId={agencyId} tab={tab} route={route} />;
}

function AgencyChoice() {
  const x = useAttendanceText();
  return <AgencyPicker title={x.admin.title} intro={x.admin.pickAgency} hrefOf={(id) => adminHref(id, 'mesin')} testId="att-agency" />;
}

function AgencyAttendance({ agencyId, tab, route }: { agencyId: string; tab: AdminTab; route: Route }) {
  const x = useAttendanceText();
  const { me } = useSession();
  const agency = useLoad((signal) => api.agency(agencyId, signal), [agencyId]);
  const refused = refusedPage(agency.error);
  if (refused) return refused;
  const role = me.account.role;
  const canDecide = role === 'bkd_admin' || (role === 'agency_admin' && me.account.agencyId === agencyId);
  const tabs: { tab: AdminTab; label: string }[] = [
    { tab: 'mesin', label: x.admin.machines },
    { tab: 'rekap', label: x.admin.recap },
    { tab: 'jadwal', label: x.admin.schedules },
    { tab: 'aturan', label: x.admin.rules },
  ];
  return (
    <div className="stack">
      <p className="eyebrow">{x.admin.title}</p>
      <PageTitle testId="att-admin-title">{agency.data?.name ?? x.admin.title}</PageTitle>
      {role === 'agency_admin' && me.account.agencyId === agencyId && (
        <div className="att-selfie-links">
          <a className="btn btn--secondary btn--block" href={selfieAdminHref()}>
            {x.admin.selfie}
          </a>
          <a className="btn btn--secondary btn--block" href={disputesHref()} data-testid="att-disputes-link">
            {x.admin.disputes}
          </a>
        </div>
      )}
      <nav className="tabs att-tabs" aria-label={x.admin.title}>
        {tabs.map((it) => (
          <a key={it.tab} href={adminHref(agencyId, it.tab)} aria-current={tab === it.tab ? 'page' : undefined} data-testid={`att-tab-${it.tab}`}>
            {it.label}
          </a>
        ))}
      </nav>
      {tab === 'mesin' && <MachinesTab agencyId={agencyId} canDecide={canDecide} />}
      {tab === 'rekap' && <RecapTab agencyId={agencyId} route={route} />}
      {tab === 'jadwal' && <SchedulesTab agencyId={agencyId} canManage={canDecide} />}
      {tab === 'aturan' && <RulesTab agencyId={agencyId} canManage={canDecide} />}
    </div>
  );
}
