/**
 * TPP. Routes:
 *   #/tpp[/bulan/:month]                                my TPP (estimate, result, explanation, months before)
 *   #/tpp/tim[?bulan=]                                  a supervisor's team
 *   #/tpp/pegawai/:agencyId/:employeeId/:month          one employee's month, explained
 *   #/tpp/instansi[/:agencyId][?bulan=]                 an agency's run of the month (admins, finance)
 *   #/tpp/instansi/:agencyId/penggajian[/:employeeId]   payroll attributes: who lacks what, one employee's form
 *   #/tpp/instansi/:agencyId/kelompok-jabatan           posts' TPP position groups (rules per group)
 *   #/tpp/instansi/:agencyId/:runId[/hitung-ulang/:id]  one run and its lifecycle; a recalculation
 *   #/tpp/provinsi[?bulan=]                             every agency's run (BKD, auditors)
 *   #/tpp/simulasi[?bulan=]                             what-if of another rule set on a locked month
 *   #/tpp/aturan[/:id/:version[/banding/:against]]      rule sets: list and import, one version, a diff
 *   #/tpp/aturan/:id/:version/ubah                      editing a version into a new one (BKD)
 */
import './tpp.css';
import { ForbiddenPage, NotFoundPage } from '../../components/StatusPages';
import { isIsoMonth } from '../../lib/dates';
import type { Route } from '../../router';
import { useSession } from '../../session';
import { AgencyTpp, ProvinceTpp, RecalculationScreen, RunScreen, WhatIfScreen } from './AgencyTpp';
import { canSeeTppAgency, seesProvince } from './access';
import { EmployeeMonth, MyTpp, TeamTpp } from './MyTpp';
import { PayrollEdit, PayrollList } from './Payroll';
import { PositionGroups } from './PositionGroups';
import { RuleSetEdit } from './RuleSetEdit';
import { RuleSetDiff, RuleSetList, RuleSetView } from './RuleSets';

export default function TppScreens({ route }: { route: Route }) {
  const { me } = useSession();
  const [, a, b, c, d, e, f] = route.parts;
  const role = me.account.role;
  const qMonth = route.query.get('bulan') ?? undefined;
  const month = isIsoMonth(qMonth) ? qMonth : undefined;
  switch (a) {
    case undefined:
      return <MyTpp />;
    case 'bulan':
      return isIsoMonth(b) ? <MyTpp month={b} /> : <NotFoundPage />;
    case 'tim':
      return <TeamTpp month={month} />;
    case 'pegawai':
      return b && c && isIsoMonth(d) ? <EmployeeMonth agencyId={b} employeeId={c} month={d} /> : <NotFoundPage />;
    case 'instansi': {
      if (!canSeeTppAgency(role)) return <ForbiddenPage />;
      const agencyId = b ?? (seesProvince(role) ? undefined : (me.account.agencyId ?? undefined));
      if (!agencyId) return <ProvinceTpp month={month} />;
      if (!c) return <AgencyTpp agencyId={agencyId} month={month} />;
      if (c === 'kelompok-jabatan') return d ? <NotFoundPage /> : <PositionGroups agencyId={agencyId} />;
      if (c === 'penggajian') return e ? <NotFoundPage /> : d ? <PayrollEdit agencyId={agencyId} employeeId={d} /> : <PayrollList agencyId={agencyId} />;
      if (d === 'hitung-ulang' && e) return <RecalculationScreen agencyId={agencyId} runId={c} recalcId={e} />;
      return <RunScreen agencyId={agencyId} runId={c} />;
    }
    case 'provinsi':
      return seesProvince(role) ? <ProvinceTpp month={month} /> : <ForbiddenPage />;
    case 'simulasi':
      return canSeeTppAgency(role) ? <WhatIfScreen month={month} /> : <ForbiddenPage />;
    case 'aturan': {
      if (!canSeeTppAgency(role)) return <ForbiddenPage />;
      const version = Number(c);
      if (!b) return <RuleSetList mayImport={role === 'bkd_admin'} />;
      if (!Number.isInteger(version) || version < 1) return <NotFoundPage />;
      if (d === 'banding' && Number(e) >= 1 && f === undefined) return <RuleSetDiff id={b} version={version} against={Number(e)} />;
      if (d === 'ubah' && e === undefined) return role === 'bkd_admin' ? <RuleSetEdit id={b} version={version} /> : <ForbiddenPage />;
      return <RuleSetView id={b} version={version} mayEdit={role === 'bkd_admin'} />;
    }
  }
  return <NotFoundPage />;
}
