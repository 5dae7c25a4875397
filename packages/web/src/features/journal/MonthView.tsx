/** "#/jurnal/bulan/<month>": the month calendar, a day per cell with its status icon, and the legend. */
import type { DayStatus, JournalContext } from '../../api/journal';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, PageTitle } from '../../components/ui';
import { useI18n } from '../../i18n';
import { addDays, daysInMonth, longDate, monthName, shiftMonth, weekdayName } from '../../lib/dates';
import { dayHref, monthHref } from './links';
import { DAY_STATUS_ICON } from './parts';
import { useDays } from './useDays';
import { ViewTabs } from './ViewTabs';
import './calendar.css';

const LEGEND: DayStatus[] = ['approved', 'waiting', 'complete', 'incomplete', 'returned', 'empty', 'non_working'];

export function MonthView({ month, ctx }: { month: string; ctx: JournalContext }) {
  const { t } = useI18n();
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  const { days, error, retry } = useDays(first, last, ctx);
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday first
  const weekdays = Array.from({ length: 7 }, (_, i) => weekdayName(addDays('2024-01-01', i), t.locale, 'short')); // 2024-01-01 is a Monday
  const credited = days?.reduce((s, d) => s + d.creditedMinutes, 0) ?? 0;
  const target = days?.filter((d) => d.date <= ctx.today).reduce((s, d) => s + d.targetMinutes, 0) ?? 0;
  const anchor = ctx.today.startsWith(month) ? ctx.today : first;
  return (
    <div className="stack journal">
      <ViewTabs view="month" date={anchor} />
      <p className="eyebrow">{t.journal.title}</p>
      <PageTitle>{monthName(month, t.locale)}</PageTitle>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={monthHref(shiftMonth(month, -1))} aria-label={t.journal.prevMonth} title={t.journal.prevMonth} data-testid="month-prev">
          <Icon name="back" size={28} />
        </a>
        <a className="btn btn--secondary datenav__today" href={monthHref(ctx.today.slice(0, 7))}>
          {t.journal.today}
        </a>
        <a className="btn btn--secondary datenav__step" href={monthHref(shiftMonth(month, 1))} aria-label={t.journal.nextMonth} title={t.journal.nextMonth} data-testid="month-next">
          <Icon name="chevron" size={28} />
        </a>
      </div>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!days && error == null && <Loading />}
      {days && (
        <>
          <p className="weektotal">{t.journal.monthTotal(credited, target)}</p>
          <div className="calendar" data-testid="month-calendar">
            <div className="calendar__head" aria-hidden="true">
              {weekdays.map((w) => (
                <span key={w}>{w}</span>
              ))}
            </div>
            <ol className="calendar__grid">
              {Array.from({ length: lead }, (_, i) => (
                <li key={`lead-${i}`} aria-hidden="true" />
              ))}
              {days.map((d) => {
                const future = d.date > ctx.today;
                const label = future && d.status === 'empty' ? t.journal.futureDay : t.journal.dayStatus[d.status];
                return (
                  <li key={d.date}>
                    <a
                      className={`calday calday--${d.status}${future ? ' is-future' : ''}${d.date === ctx.today ? ' is-today' : ''}`}
                      href={dayHref(d.date)}
                      aria-label={t.journal.dayLink(longDate(d.date, t.locale), label)}
                      aria-current={d.date === ctx.today ? 'date' : undefined}
                      data-testid="calendar-day"
                      data-date={d.date}
                      data-status={d.status}
                    >
                      <span className="calday__num">{Number(d.date.slice(8))}</span>
                      {!(future && d.status === 'empty') && <Icon name={DAY_STATUS_ICON[d.status]} size={18} />}
                    </a>
                  </li>
                );
              })}
            </ol>
          </div>
          <section className="card" aria-labelledby="legend-title">
            <h2 id="legend-title">{t.journal.legend}</h2>
            <ul className="plain-list legend" data-testid="calendar-legend">
              {LEGEND.map((s) => (
                <li key={s}>
                  <span className={`calday calday--${s} legend__swatch`} aria-hidden="true">
                    <Icon name={DAY_STATUS_ICON[s]} size={18} />
                  </span>
                  {t.journal.dayStatus[s]}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
