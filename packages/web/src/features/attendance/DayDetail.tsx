/**
 * One day of my month opened: its status in words, the arrival and departure scans, every scan of
 * the date, and the reason
 * (the leave request's own words, the holiday's name).
 */
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { longDate } from '../../lib/dates';
import { clockOf, dayLine, toneOf, type JudgedDay } from './dayStatus';
import { useAttendanceText } from './text';

export function DayDetail({ day, reason, future, onClose }: { day: JudgedDay & { deductionPercent: number }; reason: string | null; future: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  return (
    <section className={`card stack att-detail att-detail--${toneOf(day)}`} aria-labelledby="att-detail-title" data-testid="att-day-detail">
      <div className="att-detail__head">
        <h2 id="att-detail-title">{longDate(day.date, t.locale)}</h2>
        <button type="button" className="btn btn--ghost att-detail__close" onClick={onClose} aria-label={x.day.close} title={x.day.close}>
          <Icon name="x" />
        </button>
      </div>
      <p className="att-detail__line" data-testid="att-day-line">
        {day.kind === 'pending' && (future || 'ahead' in day) ? (future ? x.status.future : x.status.noData) : dayLine(day, x, t.locale)}
      </p>
      {(day.arrival || day.departure) && (
        <dl className="att-facts">
          <div>
            <dt>{x.day.arrival}</dt>
            <dd data-testid="att-day-arrival">{clockOf(day.arrival, t.locale) || '—'}</dd>
          </div>
          <div>
            <dt>{x.day.departure}</dt>
            <dd>{clockOf(day.departure, t.locale) || '—'}</dd>
          </div>
        </dl>
      )}
      {day.scans && day.scans.length > 0 && (
        <div data-testid="att-day-scans">
          <p className="muted">
            {x.day.punches} ({day.scans.length})
          </p>
          <ol className="att-scans">
            {day.scans.map((s, i) => (
              <li key={`${s}-${i}`}>{clockOf(s, t.locale)}</li>
            ))}
          </ol>
        </div>
      )}
      {!future && !('ahead' in day) && day.kind !== 'off' && day.kind !== 'holiday' && !day.arrival && !day.departure && <p className="muted">{x.day.noPunches}</p>}
      {day.deductionPercent > 0 && <p className="muted">{x.day.deduction(formatNumber(day.deductionPercent, t.locale))}</p>}
      {reason && (
        <p data-testid="att-day-reason">
          <strong>{x.day.reason}:</strong> {reason}
        </p>
      )}
    </section>
  );
}
