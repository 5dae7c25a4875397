/**
 * The agency's work schedules: who each applies to and from when, and each schedule's week
 * (start–end per weekday) or its rotation. The agency's admins (and the BKD) also add and edit
 * schedules and assign them (ScheduleEditor.tsx). #/presensi/instansi/:agencyId/jadwal
 */
import { useState } from 'react';
import { attendanceApi, type PatternSpec, type ScheduleBody, type ScheduleView } from '../../api/attendance';
import { ErrorBox, Loading, Notice, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { dayMonthYear, showHm } from '../../lib/dates';
import { AssignmentForm, ScheduleForm, blankSchedule } from './ScheduleEditor';
import { useAttendanceText } from './text';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const bodyOf = (s: ScheduleView): ScheduleBody => ({ name: s.name, timeZone: s.timeZone, observesHolidays: s.observesHolidays, pattern: s.pattern });

export function SchedulesTab({ agencyId, canManage = false }: { agencyId: string; canManage?: boolean }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText();
  // Kept on screen while it reloads after a save, so the forms below keep their message.
  const answer = useLoad((signal) => attendanceApi.schedules(agencyId, signal), [agencyId], true);
  /** The schedule being edited (its id, or 'new' with the body it starts from). */
  const [editing, setEditing] = useState<{ id: string | null; body: ScheduleBody } | null>(null);
  const [start, setStart] = useState('');
  const [flash, setFlash] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (answer.error != null) return <ErrorBox error={answer.error} onRetry={answer.retry} />;
  if (!answer.data) return <Loading />;
  const { schedules, assignments, presets } = answer.data;
  const byId = new Map(schedules.map((s) => [s.id, s]));
  const zone = schedules[0]?.timeZone ?? presets[0]?.timeZone ?? 'WIB';

  async function removeAssignment(id: string) {
    if (!window.confirm(x.schedules.removeConfirm)) return;
    setFlash(null);
    try {
      await attendanceApi.removeAssignment(agencyId, id);
      setFlash({ kind: 'ok', text: x.schedules.removed });
      answer.retry();
    } catch (err) {
      setFlash({ kind: 'error', text: errorText(err, t, lang) });
    }
  }

  return (
    <div className="stack" data-testid="att-schedules">
      <p className="muted">{x.schedules.intro}</p>
      {flash && (
        <Notice kind={flash.kind} live>
          <p data-testid="att-schedules-flash">{flash.text}</p>
        </Notice>
      )}
      {canManage && !editing && (
        <section className="card stack" aria-labelledby="att-schedule-new">
          <h2 id="att-schedule-new">{x.schedules.add}</h2>
          <div className="field">
            <label className="field__label" htmlFor="att-schedule-start">
              {x.schedules.startFrom}
            </label>
            <select id="att-schedule-start" className="att-select" value={start} onChange={(e) => setStart(e.target.value)} data-testid="att-schedule-start">
              <option value="">{x.schedules.blank}</option>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="btn btn--primary btn--block"
            data-testid="att-schedule-add"
            onClick={() => {
              const preset = presets.find((p) => p.id === start);
              setFlash(null);
              setEditing({ id: null, body: preset ? { ...bodyOf(preset), timeZone: zone } : blankSchedule(zone) });
            }}
          >
            {x.schedules.add}
          </button>
        </section>
      )}
      {editing && (
        <ScheduleForm
          key={editing.id ?? 'new'}
          agencyId={agencyId}
          scheduleId={editing.id}
          initial={editing.body}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setFlash({ kind: 'ok', text: x.schedules.saved(saved.name) });
            answer.retry();
          }}
        />
      )}
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
              {canManage && (
                <button type="button" className="btn btn--ghost" onClick={() => void removeAssignment(a.id)} data-testid="att-assignment-remove">
                  {x.schedules.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {schedules.map((s) => (
        <ScheduleCard key={s.id} schedule={s} onEdit={canManage && !editing ? () => setEditing({ id: s.id, body: bodyOf(s) }) : undefined} />
      ))}
      {canManage && schedules.length > 0 && <AssignmentForm agencyId={agencyId} schedules={schedules} onSaved={answer.retry} />}
    </div>
  );
}

function ScheduleCard({ schedule: s, onEdit }: { schedule: ScheduleView; onEdit?: (() => void) | undefined }) {
  const { t } = useI18n();
  const x = useAttendanceText();
  return (
    <section className="card stack att-schedule" aria-label={s.name} data-testid="att-schedule">
      <h3>{s.name}</h3>
      <p className="muted">
        {x.schedules.zone} {s.timeZone}
      </p>
      <Pattern pattern={s.pattern} locale={t.locale} off={x.schedules.off} dayNames={x.schedules.days} />
      {onEdit && (
        <button type="button" className="btn btn--secondary" onClick={onEdit} aria-label={`${x.schedules.edit}: ${s.name}`} data-testid="att-schedule-edit">
          {x.schedules.edit}
        </button>
      )}
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
