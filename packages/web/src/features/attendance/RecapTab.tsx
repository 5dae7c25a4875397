/**
 * The agency's monthly attendance recap: a card per unit (people, present, late, TK, leave), a unit
 * opened shows its people with their figures, and the same month as an XLSX download.
 * #/presensi/instansi/:agencyId/rekap[?bulan=yyyy-mm][&unit=:unitId]
 */
import { api } from '../../api/client';
import { attendanceApi, type AttendanceRecapAnswer } from '../../api/attendance';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, useLoad } from '../../components/ui';
import { formatNip, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { isIsoMonth, monthName, shiftMonth } from '../../lib/dates';
import { navigate, type Route } from '../../router';
import { localToday } from './dayStatus';
import { adminHref } from './links';
import { totalsByUnit } from './recapUnits';
import { useAttendanceText } from './text';

export function RecapTab({ agencyId, route }: { agencyId: string; route: Route }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const raw = route.query.get('bulan') ?? undefined;
  const month = isIsoMonth(raw) ? raw : localToday().slice(0, 7);
  const unitId = route.query.get('unit');
  const recap = useLoad((signal) => attendanceApi.recap(agencyId, month, unitId, signal), [agencyId, month, unitId], true);
  const units = useLoad((signal) => api.units(agencyId, signal), [agencyId]);
  const to = (m: string, u: string | null = unitId) => adminHref(agencyId, 'rekap', { bulan: m, unit: u });
  const data = recap.data;
  return (
    <div className="stack">
      <p className="muted">{x.recap.intro}</p>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={to(shiftMonth(month, -1))} aria-label={x.prevMonth} title={x.prevMonth}>
          <Icon name="back" size={28} />
        </a>
        <input
          type="month"
          className="datenav__picker"
          value={month}
          aria-label={x.month}
          onChange={(e) => isIsoMonth(e.target.value) && navigate(to(e.target.value), { replace: true })}
          data-testid="att-recap-month"
        />
        <a className="btn btn--secondary datenav__step" href={to(shiftMonth(month, 1))} aria-label={x.nextMonth} title={x.nextMonth}>
          <Icon name="chevron" size={28} />
        </a>
      </div>
      <p className="att-month-name">{monthName(month, t.locale)}</p>
      <div className="field">
        <label className="field__label" htmlFor="att-recap-unit">
          {x.recap.unit}
        </label>
        <select id="att-recap-unit" className="att-select" value={unitId ?? ''} onChange={(e) => navigate(to(month, e.target.value || null), { replace: true })} data-testid="att-recap-unit">
          <option value="">{x.recap.allUnits}</option>
          {(units.data?.items ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <a className="btn btn--primary btn--block" href={attendanceApi.recapXlsxUrl(agencyId, month, unitId)} download data-testid="att-recap-xlsx">
        <Icon name="download" /> {x.recap.download}
      </a>
      {recap.error != null && <ErrorBox error={recap.error} onRetry={recap.retry} />}
      {recap.loading && !data && <Loading />}
      {data && <RecapBody recap={data} stale={recap.loading} showPeople={unitId !== null} />}
    </div>
  );
}

function RecapBody({ recap, stale, showPeople }: { recap: AttendanceRecapAnswer; stale: boolean; showPeople: boolean }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const n = (v: number) => formatNumber(v, t.locale);
  const units = totalsByUnit(recap.rows, recap.agencyName);
  return (
    <div className={stale ? 'stack is-stale' : 'stack'} data-testid="att-recap">
      <ul className="plain-list cards">
        {units.map((u) => (
          <li key={u.unitName} className="card att-recap-unit" data-testid="att-recap-unit-card">
            <h3>{u.unitName}</h3>
            <dl>
              <Cell label={x.recap.people} value={n(u.people)} />
              <Cell label={x.recap.present} value={n(u.present)} />
              <Cell label={x.recap.tk} value={n(u.tk)} testId="att-recap-unit-tk" />
              <Cell label={x.recap.late} value={n(u.lateDays)} testId="att-recap-unit-late" />
              <Cell label={x.recap.early} value={n(u.earlyDays)} />
              <Cell label={x.recap.leave} value={n(u.leave)} />
            </dl>
          </li>
        ))}
      </ul>
      {showPeople && (
        <section className="stack" aria-labelledby="att-recap-people">
          <h2 id="att-recap-people">{x.recap.employees}</h2>
          <ul className="plain-list cards">
            {recap.rows.map((r) => (
              <li key={r.employee.id} className="card att-recap-unit" data-testid="att-recap-person" data-nip={r.employee.nip}>
                <h3>
                  {r.employee.name} <span className="nip muted">{formatNip(r.employee.nip)}</span>
                </h3>
                <dl>
                  <Cell label={x.recap.present} value={n(r.summary.present)} />
                  <Cell label={x.recap.minutesLate} value={n(r.summary.minutesLate)} />
                  <Cell label={x.recap.tk} value={n(r.summary.tk)} />
                  <Cell label={x.recap.late} value={n(r.summary.late.TL1 + r.summary.late.TL2 + r.summary.late.TL3 + r.summary.late.TL4)} />
                  <Cell label={x.recap.leave} value={n(r.summary.leavePresent + r.summary.leaveExcused + r.summary.leaveNonTpp)} />
                  <Cell label={x.recap.deduction} value={`${formatNumber(r.summary.deductionPercent, t.locale)}%`} />
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Cell({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
