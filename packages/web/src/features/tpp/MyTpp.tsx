/**
 * "TPP saya" (#/tpp, #/tpp/bulan/:month): this month's estimate as the month goes on, or the run's
 * result once there is one; every line of the explanation with links to the day, the activity or
 * the attendance record behind it; recalculations; and the months before.
 * "TPP tim saya" (#/tpp/tim[?bulan=]) and one employee's month (#/tpp/pegawai/:agencyId/:employeeId/:month).
 */
import type { TppEmployeeMonthAnswer } from '../../api/tpp';
import { tppApi } from '../../api/tpp';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { formatNip } from '../../format';
import { href } from '../../router';
import { useSession } from '../../session';
import { Explanation, MonthRow, MonthStepper, MonthSummary, NotFinalList, rupiah, useMonthLabel } from './parts';
import { useTppText } from './text';

export const myMonthHref = (month: string) => href(['tpp', 'bulan', month]);
export const employeeMonthHref = (agencyId: string, employeeId: string, month: string) => href(['tpp', 'pegawai', agencyId, employeeId, month]);
export const teamHref = (month?: string) => href(['tpp', 'tim'], { bulan: month });

function MonthDetail({ d, own }: { d: TppEmployeeMonthAnswer; own: boolean }) {
  const tx = useTppText();
  return (
    <>
      <MonthSummary month={d.month} result={d.result} />
      <NotFinalList items={d.notFinal} />
      {d.recalculations.length > 0 && (
        <section className="card" aria-labelledby="tpp-recalc-title">
          <h2 id="tpp-recalc-title">{tx.my.recalculations}</h2>
          <ul className="plain-list">
            {d.recalculations.map((r) => (
              <li key={r.id} data-testid="tpp-recalculation">
                {tx.my.recalcLine(rupiah(r.difference, true), r.reason)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.result ? <Explanation result={d.result} own={own} /> : <Notice kind="info">{tx.my.noResult}</Notice>}
    </>
  );
}

export function MyTpp({ month }: { month?: string | undefined }) {
  const tx = useTppText();
  const label = useMonthLabel();
  const { me } = useSession();
  const q = useLoad((signal) => tppApi.my(month, signal), [month]);
  if (!me.employee) return <Notice kind="info">{tx.my.notEmployee}</Notice>;
  const shown = q.data?.current.month ?? month;
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.my.title}</PageTitle>
      {shown && <MonthStepper month={shown} to={myMonthHref} />}
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data && (
        <>
          <MonthDetail d={q.data.detail} own />
          <section className="card" aria-labelledby="tpp-history-title">
            <h2 id="tpp-history-title">{tx.my.history}</h2>
            {q.data.history.length === 0 ? (
              <p className="empty">{tx.my.noHistory}</p>
            ) : (
              <ul className="plain-list">
                {q.data.history.map((h) => (
                  <li key={h.month}>
                    <MonthRow m={h} to={myMonthHref(h.month)} title={label(h.month)} testId="tpp-history-month" />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

export function EmployeeMonth({ agencyId, employeeId, month }: { agencyId: string; employeeId: string; month: string }) {
  const tx = useTppText();
  const { me } = useSession();
  const q = useLoad((signal) => tppApi.employeeMonth(agencyId, employeeId, month, signal), [agencyId, employeeId, month]);
  const own = me.employee?.id === employeeId;
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.employee.title}</PageTitle>
      <MonthStepper month={month} to={(m) => employeeMonthHref(agencyId, employeeId, m)} />
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data && (
        <>
          <section className="card">
            <p className="position-name" data-testid="tpp-employee-name">{q.data.employee.name}</p>
            <p className="nip">{formatNip(q.data.employee.nip)}</p>
            {q.data.employee.positionName && <p className="muted">{q.data.employee.positionName}</p>}
            {q.data.employee.unitName && <p className="muted">{q.data.employee.unitName}</p>}
          </section>
          <MonthDetail d={q.data} own={own} />
        </>
      )}
    </div>
  );
}

export function TeamTpp({ month }: { month?: string | undefined }) {
  const tx = useTppText();
  const { me } = useSession();
  const agencyId = me.account.agencyId ?? me.agency?.id ?? '';
  const q = useLoad((signal) => tppApi.team(agencyId, month, signal), [agencyId, month]);
  const shown = q.data?.month ?? month;
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.team.title}</PageTitle>
      {shown && <MonthStepper month={shown} to={teamHref} />}
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data &&
        (q.data.items.length === 0 ? (
          <p className="empty">{tx.team.none}</p>
        ) : (
          <ul className="plain-list cards">
            {q.data.items.map((p) => (
              <li key={p.employeeId}>
                <MonthRow m={p.month} to={employeeMonthHref(p.agencyId, p.employeeId, p.month.month)} title={p.name} sub={p.positionName} testId="tpp-team-member" />
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
