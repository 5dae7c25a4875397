/** One person's day in the inbox: deadline, totals, day flags, the entries, and decisions for the whole day. */
import type { Decision, ReviewDay, ReviewEntry } from '../../api/validation';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { longDate } from '../../lib/dates';
import { deadlineText, deadlineTone } from './labels';
import { BulkActions } from './BulkActions';
import { FlagList } from './FlagList';
import { ReviewEntryCard } from './ReviewEntryCard';
import { hasRhk, rhkBreakdown } from './rhkBreakdown';
import { formatVolume } from '../journal';

export function DeadlineChip({ deadline }: { deadline: ReviewDay['deadline'] }) {
  const { t } = useI18n();
  if (!deadline) return null;
  return (
    <span className={`duechip duechip--${deadlineTone(deadline)}`} title={t.validation.deadlineDate(longDate(deadline.dueOn, t.locale))} data-testid="review-deadline" data-days-left={deadline.daysLeft}>
      <Icon name="clock" size={20} /> {t.validation.deadline(deadlineText(deadline, t))}
    </span>
  );
}

export function ReviewDayCard({
  day,
  outcomes,
  busy,
  onDecide,
  onDecideDay,
}: {
  day: ReviewDay;
  outcomes: ReadonlyMap<string, Decision>;
  busy: boolean;
  onDecide: (entry: ReviewEntry, decision: Decision, note: string) => Promise<boolean>;
  onDecideDay: (day: ReviewDay, decision: Decision, note: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const entries = day.entries ?? [];
  const pending = entries.filter((e) => !outcomes.has(e.id));
  const headingId = `day-${day.employeeId}-${day.date}`;
  return (
    <section className="card reviewday" aria-labelledby={headingId} data-testid="review-day" data-date={day.date} data-employee={day.employeeId}>
      <h3 id={headingId} className="reviewday__date">
        {longDate(day.date, t.locale)}
      </h3>
      {pending.length > 0 && <DeadlineChip deadline={day.deadline} />}
      <p className="muted">
        {t.validation.dayPending(pending.length, pending.reduce((s, e) => s + e.creditedMinutes, 0))}
        <br />
        {t.validation.dayTotal(day.claimedMinutes, day.targetMinutes)}
      </p>
      <FlagList flags={day.flags} testId="review-day-flags" />
      {hasRhk(entries) && (
        <section className="rhkbreak" aria-label={t.validation.rhkTitle} data-testid="review-rhk">
          <p className="rhkbreak__title">{t.validation.rhkTitle}</p>
          <ul className="plain-list">
            {rhkBreakdown(entries).map((r) => (
              <li key={r.rhkId ?? 'none'} className="rhkbreak__row" data-testid="review-rhk-row" data-rhk={r.rhkId ?? ''}>
                <span className="rhkbreak__text">{r.rhkId === null ? t.validation.rhkNone : (r.text ?? t.validation.rhkGone)}</span>
                <span className="muted">{t.validation.rhkRow(r.entries, r.minutes, r.volumes.map((v) => `${formatVolume(v.volume, t.locale)} ${v.unit}`).join(', '))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="plain-list reviewday__entries">
        {entries.map((e) => (
          <li key={e.id}>
            <ReviewEntryCard entry={e} day={day} outcome={outcomes.get(e.id)} busy={busy} onDecide={onDecide} />
          </li>
        ))}
      </ul>
      {pending.length > 1 && (
        <BulkActions
          count={pending.length}
          approveLabel={t.validation.approveDay(pending.length)}
          otherLabel={t.validation.otherDay}
          initial="rejected"
          busy={busy}
          testId="day"
          onDecide={(decision, note) => onDecideDay(day, decision, note)}
        />
      )}
    </section>
  );
}
