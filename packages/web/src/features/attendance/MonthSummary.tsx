/** The month in figures (days present, minutes late, TK days, leave, deduction) and the PP 94/2021 alerts. */
import type { AttendanceAlert, AttendanceMonthAnswer } from '../../api/attendance';
import { Notice } from '../../components/ui';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { dayMonthYear } from '../../lib/dates';
import { useAttendanceText } from './text';

export function MonthSummary({ answer, alerts }: { answer: AttendanceMonthAnswer; alerts: readonly AttendanceAlert[] }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const s = answer.summary;
  const n = (v: number) => formatNumber(v, t.locale);
  const leave = s.leavePresent + s.leaveExcused + s.leaveNonTpp;
  return (
    <section className="card stack" aria-labelledby="att-summary-title" data-testid="att-summary">
      <h2 id="att-summary-title">{x.summary.title}</h2>
      <dl className="summary">
        <Item label={x.summary.present} value={n(s.present)} testId="att-sum-present" />
        <Item label={x.summary.minutesLate} value={n(s.minutesLate)} testId="att-sum-late" />
        <Item label={x.summary.tk} value={n(s.tk)} testId="att-sum-tk" />
        <Item label={x.summary.minutesEarly} value={n(s.minutesEarly)} />
        <Item label={x.summary.leave} value={n(leave)} />
        <Item label={x.summary.deduction} value={`${formatNumber(s.deductionPercent, t.locale)}%`} testId="att-sum-deduction" />
      </dl>
      <p className="muted" data-testid="att-sum-year">{x.summary.yearTk(answer.year.totalDays)}</p>
      {alerts.map((a) => (
        <Notice key={a.code} kind="warn">
          <p data-testid="att-alert">
            <strong>{x.summary.alert}</strong>: {x.summary.alertLine(a.days, dayMonthYear(a.reachedOn, t.locale), a.sanction)}
          </p>
        </Notice>
      ))}
    </section>
  );
}

function Item({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="summary__item">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
