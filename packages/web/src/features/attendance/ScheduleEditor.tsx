/**
 * Editing the agency's work schedules (issue 18 item 4) for its admins: a schedule started from a
 * shipped one (Perpres 21/2023, Ramadan, six-day week, hospital and fire-service shifts) or from a
 * blank week, its week edited day by day (in or off, start, end, one break), and assignments to the
 * whole agency, a unit or one employee from a date. The server checks every schedule with core's
 * rules (a 400 names the problem). Rotations and rosters are copied as they are; their name, zone
 * and holidays can change here.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { attendanceApi, type AssignmentBody, type PatternSpec, type ScheduleBody, type ScheduleView, type ShiftSpecBody } from '../../api/attendance';
import { Field, Notice, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { useAttendanceText } from './text';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Weekday = (typeof WEEKDAYS)[number];
type WeekDays = Partial<Record<Weekday, ShiftSpecBody>>;
const ZONES = ['WIB', 'WITA', 'WIT'] as const;

const BLANK_DAY: ShiftSpecBody = { code: 'N', name: 'Normal', start: '07:30', end: '16:00', breaks: [['12:00', '13:00']] };
export const blankSchedule = (timeZone: ScheduleBody['timeZone']): ScheduleBody => ({
  name: '',
  timeZone,
  observesHolidays: true,
  pattern: { kind: 'weekly', days: { mon: BLANK_DAY, tue: BLANK_DAY, wed: BLANK_DAY, thu: BLANK_DAY, fri: BLANK_DAY } },
});

/** A new schedule's id: the name as a slug, made unique with the time (the server's pattern: a-z, 0-9, '-'). */
export function scheduleIdFor(name: string, now = Date.now()): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'jadwal'}-${now.toString(36)}`.replace(/^-/, '');
}

/** Net hours a week of a weekly pattern (start to end, less breaks; a night shift runs past midnight). */
export function weekNetMinutes(days: WeekDays): number {
  const min = (c: string) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3, 5));
  let total = 0;
  for (const d of Object.values(days)) {
    if (!d) continue;
    let span = min(d.end) - min(d.start);
    if (span <= 0) span += 1440;
    for (const [a, b] of d.breaks ?? []) total -= Math.max(0, min(b) - min(a));
    total += span;
  }
  return total;
}

export function ScheduleForm({
  agencyId,
  scheduleId,
  initial,
  onSaved,
  onCancel,
}: {
  agencyId: string;
  scheduleId: string | null;
  initial: ScheduleBody;
  onSaved: (saved: ScheduleView) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const x = useAttendanceText().schedules;
  const [body, setBody] = useState<ScheduleBody>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const weekly = body.pattern.kind === 'weekly' ? body.pattern.days : null;

  function setDay(d: Weekday, spec: ShiftSpecBody | null) {
    if (!weekly) return;
    const days: WeekDays = { ...weekly };
    if (spec) days[d] = spec;
    else delete days[d];
    setBody({ ...body, pattern: { kind: 'weekly', days } as PatternSpec });
  }

  async function save() {
    setError(null);
    if (!body.name.trim()) return setError(x.name);
    setBusy(true);
    try {
      const saved = await attendanceApi.putSchedule(agencyId, scheduleId ?? scheduleIdFor(body.name), { ...body, name: body.name.trim() });
      onSaved(saved);
    } catch (err) {
      setError(errorText(err, t, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card stack att-schedule-form"
      aria-label={scheduleId ? `${x.edit}: ${initial.name}` : x.add}
      data-testid="att-schedule-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={x.name} type="text" value={body.name} maxLength={120} required onChange={(e) => setBody({ ...body, name: e.target.value })} data-testid="att-schedule-name" />
      <div className="field">
        <label className="field__label" htmlFor="att-schedule-zone">
          {x.zone}
        </label>
        <select id="att-schedule-zone" className="att-select" value={body.timeZone} onChange={(e) => setBody({ ...body, timeZone: e.target.value as ScheduleBody['timeZone'] })}>
          {ZONES.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" checked={body.observesHolidays} onChange={(e) => setBody({ ...body, observesHolidays: e.target.checked })} />
        <span>{x.observesHolidays}</span>
      </label>
      {weekly ? (
        <>
          <ul className="plain-list stack att-week-edit">
            {WEEKDAYS.map((d, i) => (
              <DayRow key={d} label={x.days[i]!} day={weekly[d]} onChange={(spec) => setDay(d, spec)} />
            ))}
          </ul>
          <p className="muted" data-testid="att-schedule-hours">
            {x.weekHours((weekNetMinutes(weekly) / 60).toLocaleString(t.locale, { maximumFractionDigits: 2 }))}
          </p>
        </>
      ) : (
        <p className="muted">{x.patternFixed}</p>
      )}
      {error && (
        <Notice kind="error" live>
          <p data-testid="att-schedule-error">{error}</p>
        </Notice>
      )}
      <div className="att-form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="att-schedule-save">
          {x.save}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {x.cancel}
        </button>
      </div>
    </form>
  );
}

function DayRow({ label, day, onChange }: { label: string; day: ShiftSpecBody | undefined; onChange: (spec: ShiftSpecBody | null) => void }) {
  const x = useAttendanceText().schedules;
  const brk = day?.breaks?.[0];
  return (
    <li className="att-day-edit" data-testid="att-day-edit">
      <label className="check">
        <input type="checkbox" checked={!!day} onChange={(e) => onChange(e.target.checked ? { ...BLANK_DAY } : null)} aria-label={`${label}: ${x.workDay}`} />
        <span>
          <strong>{label}</strong> {day ? '' : `· ${x.off}`}
        </span>
      </label>
      {day && (
        <div className="att-day-edit__times">
          <Field label={x.start} type="time" value={day.start} required onChange={(e) => onChange({ ...day, start: e.target.value })} aria-label={`${label}: ${x.start}`} />
          <Field label={x.end} type="time" value={day.end} required onChange={(e) => onChange({ ...day, end: e.target.value })} aria-label={`${label}: ${x.end}`} />
          <Field
            label={x.breakStart}
            type="time"
            value={brk?.[0] ?? ''}
            onChange={(e) => onChange(withBreak(day, e.target.value, brk?.[1] ?? ''))}
            aria-label={`${label}: ${x.breakStart}`}
          />
          <Field label={x.breakEnd} type="time" value={brk?.[1] ?? ''} onChange={(e) => onChange(withBreak(day, brk?.[0] ?? '', e.target.value))} aria-label={`${label}: ${x.breakEnd}`} />
        </div>
      )}
    </li>
  );
}

function withBreak(day: ShiftSpecBody, from: string, to: string): ShiftSpecBody {
  const { breaks: _b, ...rest } = day;
  // Emptying either time removes the break.
  return from && to ? { ...rest, breaks: [[from, to], ...(day.breaks ?? []).slice(1)] } : rest;
}

type Scope = AssignmentBody['scope']['kind'];

/** Assigning a schedule to the agency, a unit or an employee from a date. */
export function AssignmentForm({ agencyId, schedules, onSaved }: { agencyId: string; schedules: readonly ScheduleView[]; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText().schedules;
  const [scheduleId, setScheduleId] = useState(schedules[0]?.id ?? '');
  const [scope, setScope] = useState<Scope>('unit');
  const [unitId, setUnitId] = useState('');
  const [query, setQuery] = useState('');
  const [employee, setEmployee] = useState<{ id: string; name: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const units = useLoad((signal) => api.units(agencyId, signal), [agencyId]);
  const found = useLoad((signal) => (scope === 'employee' && query.trim().length >= 3 ? api.employees(agencyId, { q: query.trim(), limit: 8 }, signal) : Promise.resolve(null)), [agencyId, scope, query]);

  async function save() {
    setMessage(null);
    const target: AssignmentBody['scope'] | null =
      scope === 'agency' ? { kind: 'agency' } : scope === 'unit' ? (unitId ? { kind: 'unit', unitId } : null) : employee ? { kind: 'employee', employeeId: employee.id } : null;
    if (!target) return setMessage({ kind: 'error', text: scope === 'unit' ? x.unit : x.pickEmployee });
    setBusy(true);
    try {
      await attendanceApi.addAssignment(agencyId, { scheduleId, scope: target, from, ...(to ? { to } : {}) });
      setMessage({ kind: 'ok', text: x.assigned });
      onSaved();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card stack"
      aria-labelledby="att-assign-title"
      data-testid="att-assign-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="att-assign-title">{x.assign}</h2>
      <p className="muted">{x.assignIntro}</p>
      <div className="field">
        <label className="field__label" htmlFor="att-assign-schedule">
          {x.schedule}
        </label>
        <select id="att-assign-schedule" className="att-select" value={scheduleId} onChange={(e) => setScheduleId(e.target.value)}>
          {schedules.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="att-assign-scope">
          {x.scope}
        </label>
        <select id="att-assign-scope" className="att-select" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          {(['agency', 'unit', 'employee'] as const).map((k) => (
            <option key={k} value={k}>
              {x.appliesTo[k]}
            </option>
          ))}
        </select>
      </div>
      {scope === 'unit' && (
        <div className="field">
          <label className="field__label" htmlFor="att-assign-unit">
            {x.unit}
          </label>
          <select id="att-assign-unit" className="att-select" value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
            <option value="">—</option>
            {(units.data?.items ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {scope === 'employee' && (
        <div className="stack">
          <Field
            label={x.employee}
            type="search"
            value={employee ? employee.name : query}
            onChange={(e) => {
              setEmployee(null);
              setQuery(e.target.value);
            }}
          />
          {!employee && found.data && (
            <ul className="plain-list att-pick" data-testid="att-assign-matches">
              {found.data.items.length === 0 && <li className="muted">{x.noMatch}</li>}
              {found.data.items.map((p) => (
                <li key={p.id}>
                  <button type="button" className="btn btn--secondary btn--block" onClick={() => setEmployee({ id: p.id, name: p.name })}>
                    {p.name} · {p.nip}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <Field label={x.fromDate} type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
      <Field label={x.toDate} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
      {message && (
        <Notice kind={message.kind} live>
          <p data-testid="att-assign-message">{message.text}</p>
        </Notice>
      )}
      <button type="submit" className="btn btn--primary btn--block" disabled={busy || !scheduleId} data-testid="att-assign-save">
        {x.assignSave}
      </button>
    </form>
  );
}
