/** "#/jurnal/minggu/<date>": the week holding that day, each day with its status and minutes. */
import type { JournalContext } from '../../api/journal';
import { Icon } from '../../components/Icon';
import { ErrorBox, Loading, PageTitle } from '../../components/ui';
import { useI18n } from '../../i18n';
import { addDays, mondayOf, shortDate, weekdayName } from '../../lib/dates';
import { dayHref, weekHref } from './links';
import { DAY_STATUS_ICON } from './parts';
import { useDays } from './useDays';
import { ViewTabs } from './ViewTabs';
import './calendar.css';

export function WeekView({ date, ctx }: { date: string; ctx: JournalContext }) {
  const { t } = useI18n();
  const from = mondayOf(date);
  const to = addDays(from, 6);
  const { days, error, retry } = useDays(from, to, ctx);
  const credited = days?.reduce((s, d) => s + d.creditedMinutes, 0) ?? 0;
  const target = days?.reduce((s, d) => s + d.targetMinutes, 0) ?? 0;
  return (
    <div className="stack journal">
      <ViewTabs view="week" date={date} />
      <p className="eyebrow">{t.journal.title}</p>
      <PageTitle>{t.journal.weekTitle(shortDate(from, t.locale), dayMonthYearShort(to, t.locale))}</PageTitle>
      <div className="datenav">
        <a className="btn btn--secondary datenav__step" href={weekHref(addDays(from, -7))} aria-label={t.journal.prevWeek} title={t.journal.prevWeek} data-testid="week-prev">
          <Icon name="back" size={28} />
        </a>
        <a className="btn btn--secondary datenav__today" href={weekHref(ctx.today)}>
          {t.journal.today}
        </a>
        <a className="btn btn--secondary datenav__step" href={weekHref(addDays(from, 7))} aria-label={t.journal.nextWeek} title={t.journal.nextWeek} data-testid="week-next">
          <Icon name="chevron" size={28} />
        </a>
      </div>
      {error != null && <ErrorBox error={error} onRetry={retry} />}
      {!days && error == null && <Loading />}
      {days && (
        <>
          <p className="weektotal">{t.journal.weekTotal(credited, target)}</p>
          <ul className="plain-list week" data-testid="week-list">
            {days.map((d) => {
              const pct = d.targetMinutes > 0 ? Math.min(100, Math.floor((d.creditedMinutes / d.targetMinutes) * 100)) : 0;
              const future = d.date > ctx.today;
              return (
                <li key={d.date}>
                  <a
                    className={`weekday weekday--${d.status}${d.date === ctx.today ? ' is-today' : ''}`}
                    href={dayHref(d.date)}
                    data-testid="week-day"
                    data-date={d.date}
                    data-status={d.status}
                  >
                    <span className="weekday__top">
                      <span className="weekday__name">
                        <strong>{weekdayName(d.date, t.locale)}</strong> <span>{shortDate(d.date, t.locale)}</span>
                      </span>
                      <span className={`daystatus daystatus--${future && d.status === 'empty' ? 'future' : d.status}`}>
                        <Icon name={DAY_STATUS_ICON[d.status]} size={20} />
                        {future && d.status === 'empty' ? t.journal.futureDay : t.journal.dayStatus[d.status]}
                      </span>
                    </span>
                    {d.targetMinutes > 0 ? (
                      <>
                        <span className="meter meter--small" aria-hidden="true">
                          <span className="meter__bar" style={{ width: `${pct}%` }} />
                        </span>
                        <span className="weekday__figure">{t.journal.progress(d.creditedMinutes, d.targetMinutes)}</span>
                      </>
                    ) : (
                      <span className="weekday__figure">{d.holiday?.name ?? t.journal.noTarget(d.creditedMinutes)}</span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function dayMonthYearShort(date: string, locale: string): string {
  return `${shortDate(date, locale)} ${date.slice(0, 4)}`;
}
