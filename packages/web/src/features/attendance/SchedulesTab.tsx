/**
 * The agency's work schedules, read-only: who each applies to and from when, and each schedule's
 * week (start–end per weekday) or its rotation. #/presensi/instansi/:agencyId/jadwal
 */
import { attendanceApi, type PatternSpec, type ScheduleView } from '../../api/attendance';
import { ErrorBox, Loading, useLoad } from '../../components/ui';
import { useI18n } from '../../i18n';
import { dayMonthYear, showHm } from '../../lib/dates';
import { useAttendanceText } from './text';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function SchedulesTab({ agencyId }: { agencyId: string }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  const answer = useLoad((signal) => attendanceApi.schedules(agencyId, signal), [agencyId]);
  if (answer.error != null) return <ErrorBox error={answer.error} onRetry={answer.retry} />;
  if (!answer.data) return <Loading />;
  const { schedules, assignments } = answer.data;
  const byId = new Map(schedules.map((s) => [s.id, s]));
  return (
    <div className="stack" data-testid="att-schedules">
      <p className="muted">{x.schedules.intro}</p>
      {schedules.length === 0 && <p className="empty">{x.schedules.none}</p>}
      {assignments.length > 0 && (
        <ul className="plain-list cards">
          {assignments.map((a) => (
            <li key={a.id} className="card" data-testid="att-assignment">
              <p>
                <strong>{x.schedules.appliesTo[a.scope.kind]}</strong>
                {a.scope.kind !== 'agency' && `: ${a.scopeName}`}
              </p>
              <p>{byId.get(a.scheduleId)?.name ?? a.scheduleId}</p>
              <p className="muted">
                {x.schedules.from(dayMonthYear(a.from, t.locale))}
                {a.to && `, ${x.schedules.until(dayMonthYear(a.to, t.locale))}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {schedules.map((s) => (
        <ScheduleCard key={s.id} schedule={s} />
      ))}
    </div>
  );
}

function ScheduleCard({ schedule: s }: { schedule: ScheduleView }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  return (
    <section className="card stack att-schedule" aria-label={s.name} data-testid="att-schedule">
      <h3>{s.name}</h3>
      <p className="muted">
        {x.schedules.zone} {s.timeZone}
      </p>
      <Pattern pattern={s.pattern} locale={t.locale} off={x.schedules.off} dayNames={x.schedules.days} />
    </section>
  );
}

type Shift = { start: string; end: string; name: string } | null | undefined;
const hours = (sh: Shift, locale: string, off: string) => (sh ? `${showHm(sh.start, locale)}–${showHm(sh.end, locale)}` : off);

function Pattern({ pattern, locale, off, dayNames }: { pattern: PatternSpec; locale: string; off: string; dayNames: readonly string[] }) {
  if (pattern.kind === 'weekly') {
    return (
      <dl className="att-schedule__days">
        {WEEKDAYS.map((d, i) => (
          <div key={d} className="att-schedule__day">
            <dt>{dayNames[i]}</dt>
            <dd>{hours(pattern.days[d], locale, off)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  if (pattern.kind === 'rotation') {
    return (
      <ol className="att-schedule__cycle">
        {pattern.cycle.map((sh, i) => (
          <li key={i}>{sh ? `${sh.name} ${hours(sh, locale, off)}` : off}</li>
        ))}
      </ol>
    );
  }
  const days = Object.entries(pattern.days).sort(([a], [b]) => a.localeCompare(b));
  return (
    <dl className="att-schedule__days">
      {days.map(([date, sh]) => (
        <div key={date} className="att-schedule__day">
          <dt>{date}</dt>
          <dd>{hours(sh, locale, off)}</dd>
        </div>
      ))}
    </dl>
  );
}
