/** The day's minutes against its target: figure, status, meter and what is left. */
import type { Day } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n';
import { DayStatusChip } from '../parts';

export function DayProgress({ day }: { day: Day }) {
  const { t } = useI18n();
  const target = day.targetMinutes;
  const pct = target > 0 ? Math.min(100, Math.floor((day.creditedMinutes / target) * 100)) : day.creditedMinutes > 0 ? 100 : 0;
  const over = target > 0 ? day.creditedMinutes - target : 0;
  const ready = day.status === 'complete';
  return (
    <section className={`card dayprogress dayprogress--${day.status}`} aria-label={t.journal.progressLabel}>
      <div className="dayprogress__top">
        <p className="dayprogress__figure">
          {target > 0 ? t.journal.progress(day.creditedMinutes, target) : t.journal.noTarget(day.creditedMinutes)}
        </p>
        <DayStatusChip status={day.status} testId="day-status" />
      </div>
      <div
        className="meter"
        role="progressbar"
        aria-label={t.journal.progressLabel}
        aria-valuemin={0}
        aria-valuemax={Math.max(target, 1)}
        aria-valuenow={Math.min(day.creditedMinutes, Math.max(target, 1))}
        aria-valuetext={target > 0 ? t.journal.progress(day.creditedMinutes, target) : t.journal.noTarget(day.creditedMinutes)}
        data-percent={pct}
        data-testid="day-progress"
      >
        <div className="meter__bar" style={{ width: `${pct}%` }} />
      </div>
      {target > 0 && (
        <p className="dayprogress__remaining" data-testid="day-remaining">
          {day.remainingMinutes > 0 ? (
            t.journal.remaining(day.remainingMinutes)
          ) : (
            <>
              <Icon name="check" size={22} /> {over > 0 ? `${t.journal.reached} · ${t.journal.over(over)}` : t.journal.reached}
            </>
          )}
        </p>
      )}
      {ready && day.windowOpen && <p className="dayprogress__hint">{t.journal.readyToSend}</p>}
    </section>
  );
}
