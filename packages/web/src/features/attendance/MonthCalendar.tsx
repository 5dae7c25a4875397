/** A month of judged days as a Monday-first grid: the day's number and its code (TL2, TK, CUTI…) in its colour. */
import { useI18n } from '../../i18n';
import { addDays, longDate, weekdayName } from '../../lib/dates';
import { cellCode, dayLine, monthLead, toneOf, type JudgedDay } from './dayStatus';
import { useAttendanceText } from './text';

export function MonthCalendar({
  month,
  days,
  today,
  selected,
  onPick,
}: {
  month: string;
  days: readonly (JudgedDay | (JudgedDay & { ahead: true }))[];
  today: string;
  selected: string | null;
  onPick: (date: string) => void;
}) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const weekdays = Array.from({ length: 7 }, (_, i) => weekdayName(addDays('2024-01-01', i), t.locale, 'short')); // a Monday
  const lead = monthLead(month);
  return (
    <div className="att-calendar" data-testid="att-calendar">
      <div className="att-calendar__head" aria-hidden="true">
        {weekdays.map((w) => (
          <span key={w}>{w}</span>
        ))}
      </div>
      <ol className="att-calendar__grid">
        {Array.from({ length: lead }, (_, i) => (
          <li key={`lead-${i}`} aria-hidden="true" />
        ))}
        {days.map((d) => {
          // Days not judged (ahead, or before the agency's first scan) show only what is known of them: approved leave, a holiday.
          const blank = (d.date > today || 'ahead' in d) && d.kind !== 'leave' && d.kind !== 'holiday';
          const tone = blank ? 'future' : toneOf(d);
          const code = blank ? '' : cellCode(d);
          const label = blank ? (d.date > today ? x.status.future : x.status.noData) : dayLine(d, x, t.locale);
          return (
            <li key={d.date}>
              <button
                type="button"
                className={`att-day att-day--${tone}${d.date === today ? ' is-today' : ''}`}
                aria-label={x.dayLink(longDate(d.date, t.locale), label)}
                aria-pressed={selected === d.date}
                aria-current={d.date === today ? 'date' : undefined}
                onClick={() => onPick(d.date)}
                data-testid="att-day"
                data-date={d.date}
                data-code={code}
              >
                <span className="att-day__num">{Number(d.date.slice(8))}</span>
                {code && <span className="att-day__code">{code}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function Legend() {
  const x = useAttendanceText();
  const items: [string, string][] = [
    ['ok', x.legendItems.present],
    ['late', x.legendItems.late],
    ['tk', x.legendItems.tk],
    ['leave', x.legendItems.leave],
    ['rest', x.legendItems.holiday],
  ];
  return (
    <section className="card" aria-labelledby="att-legend-title">
      <h2 id="att-legend-title">{x.legend}</h2>
      <ul className="plain-list att-legend">
        {items.map(([tone, label]) => (
          <li key={tone}>
            <span className={`att-day att-day--${tone} att-legend__swatch`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
