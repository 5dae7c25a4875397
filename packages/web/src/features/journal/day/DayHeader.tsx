/** The day page's heading: which day, "today" if it is, and the day-by-day navigation. */
import { Icon } from '../../../components/Icon';
import { PageTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { addDays, isIsoDay, longDate } from '../../../lib/dates';
import { navigate } from '../../../router';
import { dayHref } from '../links';

export function DayHeader({ date, today }: { date: string; today: string }) {
  const { t } = useI18n();
  const isToday = date === today;
  return (
    <div className="dayhead">
      <p className="eyebrow">
        {t.journal.title}
        {isToday && <span className="badge badge--info dayhead__today">{t.journal.today}</span>}
      </p>
      <PageTitle testId="day-title">{longDate(date, t.locale)}</PageTitle>
      <div className="datenav">
        <button
          type="button"
          className="btn btn--secondary datenav__step"
          aria-label={t.journal.prevDay}
          title={t.journal.prevDay}
          onClick={() => navigate(dayHref(addDays(date, -1)), { replace: true })}
          data-testid="day-prev"
        >
          <Icon name="back" size={28} />
        </button>
        <input
          type="date"
          className="datenav__picker"
          value={date}
          aria-label={t.journal.pickDate}
          onChange={(e) => isIsoDay(e.target.value) && navigate(dayHref(e.target.value), { replace: true })}
          data-testid="day-picker"
        />
        <button
          type="button"
          className="btn btn--secondary datenav__step"
          aria-label={t.journal.nextDay}
          title={t.journal.nextDay}
          onClick={() => navigate(dayHref(addDays(date, 1)), { replace: true })}
          data-testid="day-next"
        >
          <Icon name="chevron" size={28} />
        </button>
      </div>
      {!isToday && (
        <a className="backlink" href={dayHref(today)} data-testid="day-today">
          <Icon name="journal" /> {t.journal.toToday}
        </a>
      )}
    </div>
  );
}
