/**
 * "Rekap Validasi" for agency admins, auditors and BKD: one month per agency, per unit and per
 * employee (submitted, approved, rejected, waiting, approved minutes against the target), the
 * supervisors' on-time rates, and the same as an XLSX download. Tapping a unit narrows the recap to it
 * and the units below it. #/rekap[/:agencyId][?bulan=yyyy-mm][&unit=:unitId]
 */
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { api } from '../../api/client';
import { validationApi, type Counts, type Recap } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { refusedPage } from '../../components/StatusPages';
import { ErrorBox, Loading, PageTitle, useLoad } from '../../components/ui';
import { formatNumber } from '../../format';
import { useI18n, type Dict } from '../../i18n';
import { isIsoMonth, monthName, shiftMonth } from '../../lib/dates';
import { href, navigate } from '../../router';
import { useSession } from '../../session';

const thisMonth = () => new Date().toISOString().slice(0, 7);
const recapHref = (agencyId: string, month: string, unitId: string | null = null) => href(['rekap', agencyId], { bulan: month, unit: unitId });

export function RecapScreen({ agencyId, month: raw, unitId }: { agencyId: string | undefined; month: string | null; unitId: string | null }) {
  const { me } = useSession();
  const month = isIsoMonth(raw ?? undefined) ? raw! : thisMonth();
  const own = me.account.agencyId;
  useEffect(() => {
    if (!agencyId && own && me.account.role !== 'bkd_admin') navigate(recapHref(own, month), { replace: true });
  }, [agencyId, own, month, me.account.role]);
  if (!agencyId) return <AgencyPicker month={month} />;
  return <RecapView agencyId={agencyId} month={month} unitId={unitId} />;
}

function AgencyPicker({ month }: { month: string }) {
  const { t } = useI18n();
  const { data, error, retry } = useLoad((signal) => api.agencies(signal), []);
  return (
    <div className="stack">
      <PageTitle>{t.recap.title}</PageTitle>
      <p>{t.recap.pickAgency}</p>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!data && error == null && <Loading />}
      {data && (
        <ul className="plain-list cards">
          {data.items.map((ag) => (
            <li key={ag.id}>
              <a className="row-link" href={recapHref(ag.id, month)} data-testid="recap-agency">
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

function RecapView({ agencyId, month, unitId }: { agencyId: string; month: string; unitId: string | null }) {
  const { t } = useI18n();
  const { data, error, loading, retry } = useLoad((signal) => validationApi.recap(agencyId, month, unitId, signal), [agencyId, month, unitId], true);
  const n = (x: number) => formatNumber(x, t.locale);
  const refused = refusedPage(error);
  if (refused) return refused;
  return (
    <div className="stack recap">
      <PageTitle testId="recap-title">{t.recap.title}</PageTitle>
      {data && <p className="eyebrow" data-testid="recap-agency-name">{data.agency.name}</p>}
      {unitId && (
        <div className="stack" data-testid="recap-scope">
          <p className="recap__scope">{t.recap.unitScope(data?.unit?.name ?? '…')}</p>
          <a className="btn btn--secondary btn--block" href={recapHref(agencyId, month)} data-testid="recap-all-units">
            <Icon name="building" /> {t.recap.allUnits}
          </a>
        </div>
      )}
      <p className="muted">{t.recap.intro}</p>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={recapHref(agencyId, shiftMonth(month, -1), unitId)} aria-label={t.recap.prevMonth} title={t.recap.prevMonth} data-testid="recap-prev">
          <Icon name="back" size={28} />
        </a>
        <input
          type="month"
          className="datenav__picker"
          value={month}
          aria-label={t.recap.month}
          onChange={(e) => isIsoMonth(e.target.value) && navigate(recapHref(agencyId, e.target.value, unitId), { replace: true })}
          data-testid="recap-month"
        />
        <a className="btn btn--secondary datenav__step" href={recapHref(agencyId, shiftMonth(month, 1), unitId)} aria-label={t.recap.nextMonth} title={t.recap.nextMonth} data-testid="recap-next">
          <Icon name="chevron" size={28} />
        </a>
      </div>
      <p className="recap__month">{monthName(month, t.locale)}</p>
      <a className="btn btn--primary btn--block" href={validationApi.recapXlsxUrl(agencyId, month, unitId)} download data-testid="recap-xlsx">
        <Icon name="download" /> {t.recap.download}
      </a>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {loading && !data && <Loading />}
      {data && (
        <div className={loading ? 'stack is-stale' : 'stack'}>
          <p>{t.recap.workingDays(data.workingDays, n(data.targetMinutesPerEmployee))}</p>
          <section className="card" aria-labelledby="recap-totals">
            <h2 id="recap-totals">{unitId ? t.recap.unitTotals : t.recap.totals}</h2>
            <dl className="summary" data-testid="recap-totals">
              <SummaryItem label={t.recap.people} value={n(data.totals.employees)} />
              <SummaryItem label={t.recap.submitted} value={n(data.totals.submitted)} />
              <SummaryItem label={t.recap.approved} value={n(data.totals.approved)} testId="recap-total-approved" />
              <SummaryItem label={t.recap.rejected} value={n(data.totals.rejected)} testId="recap-total-rejected" />
              <SummaryItem label={t.recap.returned} value={n(data.totals.returned)} />
              <SummaryItem label={t.recap.pending} value={n(data.totals.pending)} />
            </dl>
            <p className="recap__minutes">
              {t.recap.minutes}: <strong>{t.recap.minutesOf(n(data.totals.approvedMinutes), n(data.totals.targetMinutes))}</strong>
            </p>
          </section>
          <RecapTables recap={data} t={t} n={n} unitHref={(id) => (id === unitId ? null : recapHref(agencyId, month, id))} />
        </div>
      )}
    </div>
  );
}

function SummaryItem({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="summary__item">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/**
 * A titled table. Wide enough screens get the table, scrolling sideways on its own with the name
 * column pinned (the page never does); phones get one card per row (styles.css, .recaptable).
 */
function TableSection({ id, title, before, children }: { id: string; title: string; before?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {before}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
        {children}
      </div>
    </section>
  );
}

/**
 * A value cell. `label` is its column's name, shown beside the value when the row is a card;
 * `prominent` marks the figures a card shows large at its top (approved, waiting, achievement; a
 * supervisor's on-time rate and late decisions).
 */
function Cell({ label, prominent, children }: { label: string; prominent?: boolean; children: ReactNode }) {
  return (
    <td data-label={label} className={prominent ? 'recaptable__key' : undefined}>
      {children}
    </td>
  );
}

function countCells(c: Counts, n: (x: number) => string, t: Dict) {
  return (
    <>
      <Cell label={t.recap.submitted}>{n(c.submitted)}</Cell>
      <Cell label={t.recap.approved} prominent>
        {n(c.approved)}
      </Cell>
      <Cell label={t.recap.rejected}>{n(c.rejected)}</Cell>
      <Cell label={t.recap.pending} prominent>
        {n(c.pending)}
      </Cell>
    </>
  );
}

function RecapTables({ recap, t, n, unitHref }: { recap: Recap; t: Dict; n: (x: number) => string; unitHref: (unitId: string) => string | null }) {
  const pct = (x: number | null) => (x === null ? t.recap.noRate : new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 }).format(x));
  const heads = [t.recap.submitted, t.recap.approved, t.recap.rejected, t.recap.pending];
  // Most of an agency's people have sent nothing early in a month: list those who did, unless asked.
  const [everyone, setEveryone] = useState(false);
  const employees = everyone ? recap.employees : recap.employees.filter((e) => e.submitted > 0);
  if (recap.employees.length === 0) return <p className="empty">{t.recap.empty}</p>;
  return (
    <>
      <p className="muted recap__scrollhint">{t.recap.scrollHint}</p>
      <TableSection id="recap-units" title={t.recap.units}>
        <table className="recaptable recaptable--two" data-testid="recap-units">
          <thead>
            <tr>
              <th scope="col">{t.recap.colUnit}</th>
              <th scope="col">{t.recap.people}</th>
              {heads.map((h) => (
                <th key={h} scope="col">{h}</th>
              ))}
              <th scope="col">{t.recap.minutes}</th>
            </tr>
          </thead>
          <tbody>
            {recap.units.map((u) => {
              const link = unitHref(u.unitId);
              return (
                // The depth indents the unit's name in the table and the whole card on a phone.
                <tr key={u.unitId} data-testid="recap-unit" style={{ '--depth': Math.min(u.depth, 4) } as CSSProperties}>
                  <th scope="row">
                    {link ? (
                      <a href={link} aria-label={t.recap.narrowTo(u.unitName)} data-testid="recap-unit-link">
                        {u.unitName}
                      </a>
                    ) : (
                      u.unitName
                    )}
                  </th>
                  <Cell label={t.recap.people}>{n(u.employees)}</Cell>
                  {countCells(u, n, t)}
                  <Cell label={t.recap.minutes}>{t.recap.minutesOf(n(u.approvedMinutes), n(u.targetMinutes))}</Cell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableSection>
      <TableSection
        id="recap-employees"
        title={t.recap.employees}
        before={
          <>
            <label className="check">
              <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} data-testid="recap-everyone" />
              <span>{t.recap.everyone(recap.employees.length)}</span>
            </label>
            {employees.length === 0 && <p className="empty">{t.recap.empty}</p>}
          </>
        }
      >
        <table className="recaptable" data-testid="recap-employees">
          <thead>
            <tr>
              <th scope="col">{t.recap.colName}</th>
              {heads.map((h) => (
                <th key={h} scope="col">{h}</th>
              ))}
              <th scope="col">{t.recap.minutes}</th>
              <th scope="col">{t.recap.achievement}</th>
            </tr>
          </thead>
          <tbody>
            {employees.map((e) => (
              <tr key={e.employeeId} data-testid="recap-employee" data-nip={e.nip}>
                <th scope="row">
                  {e.name}
                  {e.unitName && <span className="recaptable__sub">{e.unitName}</span>}
                </th>
                {countCells(e, n, t)}
                <Cell label={t.recap.minutes}>{t.recap.minutesOf(n(e.approvedMinutes), n(e.targetMinutes))}</Cell>
                <Cell label={t.recap.achievement} prominent>
                  {pct(e.achievement)}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>
      {(recap.rhk ?? []).length > 0 && <RhkTable recap={recap} t={t} n={n} />}
      <TableSection id="recap-supervisors" title={t.recap.supervisors}>
        <table className="recaptable recaptable--two" data-testid="recap-supervisors">
          <thead>
            <tr>
              <th scope="col">{t.recap.colSupervisor}</th>
              <th scope="col">{t.recap.onTime}</th>
              <th scope="col">{t.recap.late}</th>
              <th scope="col">{t.recap.pending}</th>
              <th scope="col">{t.recap.rate}</th>
            </tr>
          </thead>
          <tbody>
            {recap.supervisors.map((s) => (
              <tr key={s.supervisor.employeeId} data-testid="recap-supervisor">
                <th scope="row">{s.supervisor.name}</th>
                <Cell label={t.recap.onTime}>{n(s.onTime)}</Cell>
                <Cell label={t.recap.late} prominent>
                  {n(s.late)}
                </Cell>
                <Cell label={t.recap.pending}>{n(s.pending)}</Cell>
                <Cell label={t.recap.rate} prominent>
                  {pct(s.rate)}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </TableSection>
    </>
  );
}

/** Approved entries, minutes and volume per RHK of each employee listed (issue 16 item 6). */
function RhkTable({ recap, t, n }: { recap: Recap; t: Dict; n: (x: number) => string }) {
  const names = new Map(recap.employees.map((e) => [e.employeeId, e.name]));
  return (
    <TableSection id="recap-rhk" title={t.recap.rhk} before={<p className="muted">{t.recap.rhkHint}</p>}>
      <table className="recaptable recaptable--two" data-testid="recap-rhk">
        <thead>
          <tr>
            <th scope="col">{t.recap.colRhk}</th>
            <th scope="col">{t.recap.approved}</th>
            <th scope="col">{t.recap.minutes}</th>
            <th scope="col">{t.recap.volume}</th>
          </tr>
        </thead>
        <tbody>
          {recap.rhk.map((r) => (
            <tr key={`${r.employeeId}|${r.rhkId}`} data-testid="recap-rhk-row">
              <th scope="row">
                {names.get(r.employeeId) ?? ''}
                <span className="recaptable__sub">{r.rhkText ?? t.validation.rhkGone}</span>
              </th>
              <Cell label={t.recap.approved}>{n(r.approved)}</Cell>
              <Cell label={t.recap.minutes} prominent>
                {n(r.approvedMinutes)}
              </Cell>
              <Cell label={t.recap.volume}>{r.volumes.map((v) => `${n(v.volume)} ${v.unit}`).join(', ')}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </TableSection>
  );
}
