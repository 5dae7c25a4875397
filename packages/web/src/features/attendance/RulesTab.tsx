/**
 * The agency's discipline table (TL/PSW band edges and amounts) by the month it is in force from,
 * chosen from the shipped examples (Tulang Bawang, TTU, Kementan) or edited, checked here with
 * core's rules before it is sent (the server checks again); and the agency's leave types with how
 * their days count. #/presensi/instansi/:agencyId/aturan
 */
import { attendanceRulesProblems, type AttendanceRules } from '@kinerja/core';
import { useState } from 'react';
import { attendanceApi, type AgencyLeaveType, type AgencyLeaveTypesAnswer, type AttendanceRulesAnswer, type AttendanceRulesSchema } from '../../api/attendance';
import { ErrorBox, Field, Loading, Notice, useLoad } from '../../components/ui';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { monthName } from '../../lib/dates';
import { useAttendanceText } from './text';

type Rules = AttendanceRulesSchema;
type Table = Rules['late'] | Rules['early'];

export function RulesTab({ agencyId, canManage }: { agencyId: string; canManage: boolean }) {
  const answer = useLoad((signal) => attendanceApi.rules(agencyId, signal), [agencyId]);
  if (answer.error != null) return <ErrorBox error={answer.error} onRetry={answer.retry} />;
  if (!answer.data) return <Loading />;
  return (
    <div className="stack att-rules" data-testid="att-rules">
      <Versions agencyId={agencyId} data={answer.data} canManage={canManage} onChanged={answer.retry} />
      {canManage && <RulesForm key={JSON.stringify(answer.data.inForce)} agencyId={agencyId} data={answer.data} onSaved={answer.retry} />}
      <LeaveTypes key={JSON.stringify(answer.data.leaveTypes)} agencyId={agencyId} answer={answer.data.leaveTypes} canManage={canManage} />
    </div>
  );
}

function Versions({ agencyId, data, canManage, onChanged }: { agencyId: string; data: AttendanceRulesAnswer; canManage: boolean; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText().rules;
  const [error, setError] = useState<string | null>(null);
  const month = (m: string) => monthName(m, t.locale);
  async function remove(m: string) {
    setError(null);
    try {
      await attendanceApi.removeRules(agencyId, m);
      onChanged();
    } catch (err) {
      setError(errorText(err, t, lang));
    }
  }
  return (
    <section className="card stack" aria-labelledby="att-rules-title">
      <h2 id="att-rules-title">{x.title}</h2>
      <p className="muted">{x.intro}</p>
      <p data-testid="att-rules-in-force">
        <strong>{x.inForce}:</strong> {data.inForce.rules.name} ({data.inForce.month ? x.fromMonth(month(data.inForce.month)) : x.defaultTable})
      </p>
      <BandSummary rules={data.inForce.rules} />
      {!canManage && <p className="muted">{x.readOnly}</p>}
      {data.versions.length > 0 && (
        <>
          <h3>{x.versions}</h3>
          <ul className="plain-list att-rule-versions">
            {data.versions.map((v) => (
              <li key={v.month} className="att-rule-version" data-testid="att-rules-version">
                <span>
                  <strong>{month(v.month)}</strong>: {v.rules.name}
                </span>
                {canManage && (
                  <button type="button" className="btn btn--secondary" onClick={() => void remove(v.month)} data-testid="att-rules-remove">
                    {x.remove}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}

function BandSummary({ rules }: { rules: Rules }) {
  const x = useAttendanceText().rules;
  const { t } = useI18n();
  const pct = (n: number) => `${n.toLocaleString(t.locale)} %`;
  return (
    <dl className="att-bands">
      {[...rules.late.bands, ...rules.early.bands].map((b) => (
        <div key={b.code} className="att-bands__row">
          <dt>
            {b.code} <span className="muted">{x.minutes(b.from, b.to)}</span>
          </dt>
          <dd>{pct(b.percent)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Band `i`'s lower edge follows the previous band's upper one, so only upper edges are typed. */
function withEdges<T extends Table>(table: T): T {
  let from = 1;
  const bands = table.bands.map((b, i) => {
    const last = i === table.bands.length - 1;
    const out = { ...b, from, to: last ? null : b.to };
    from = (out.to ?? from) + 1;
    return out;
  });
  return { ...table, bands } as T;
}

const numberOrNull = (v: string): number | null => (v.trim() === '' ? null : Number(v.replace(',', '.')));

function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

function RulesForm({ agencyId, data, onSaved }: { agencyId: string; data: AttendanceRulesAnswer; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText().rules;
  const [month, setMonth] = useState(thisMonth());
  const [rules, setRules] = useState<Rules>(data.inForce.rules);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = [data.inForce.rules, ...data.presets.filter((p) => p.id !== data.inForce.rules.id)];

  const setTable = (which: 'late' | 'early', table: Table) => setRules((r) => ({ ...r, [which]: withEdges(table) }) as Rules);

  async function save() {
    setSaved(null);
    setError(null);
    const found = attendanceRulesProblems(rules as AttendanceRules);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      await attendanceApi.putRules(agencyId, month, { rules });
      setSaved(x.saved(monthName(month, t.locale)));
      onSaved();
    } catch (err) {
      setError(errorText(err, t, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="att-rules-edit">
      <h2 id="att-rules-edit">{x.edit}</h2>
      <Field label={x.month} type="month" value={month} onChange={(e) => setMonth(e.target.value)} required data-testid="att-rules-month" />
      <div className="field">
        <label className="field__label" htmlFor="att-rules-preset">
          {x.startFrom}
        </label>
        <select id="att-rules-preset" className="att-select" value={rules.id} onChange={(e) => setRules(choices.find((c) => c.id === e.target.value) ?? rules)} data-testid="att-rules-preset">
          {!choices.some((c) => c.id === rules.id) && <option value={rules.id}>{rules.name}</option>}
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <Field label={x.name} type="text" value={rules.name} maxLength={200} onChange={(e) => setRules({ ...rules, name: e.target.value, id: rules.id.endsWith('-instansi') ? rules.id : `${rules.id}-instansi`.slice(0, 63) })} />
      <BandEditor title={x.late} table={rules.late} onChange={(tb) => setTable('late', tb)} testId="att-rules-late" />
      <BandEditor title={x.early} table={rules.early} onChange={(tb) => setTable('early', tb)} testId="att-rules-early" />
      <div className="att-rule-grid">
        <PercentField label={x.tkPerDay} value={rules.tkPercentPerDay} onChange={(v) => setRules({ ...rules, tkPercentPerDay: v })} />
        <PercentField label={x.monthlyCap} value={rules.monthlyCapPercent} onChange={(v) => setRules({ ...rules, monthlyCapPercent: v })} />
        <PercentField label={x.apel} value={rules.apelAbsencePercent} onChange={(v) => setRules({ ...rules, apelAbsencePercent: v })} />
        <PercentField label={x.missingCheckPoint} value={rules.missingCheckPointPercent} onChange={(v) => setRules({ ...rules, missingCheckPointPercent: v })} />
      </div>
      {problems.length > 0 && (
        <Notice kind="error" live>
          {x.invalid}
          <ul data-testid="att-rules-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {error && (
        <Notice kind="error" live>
          {error}
        </Notice>
      )}
      {saved && (
        <Notice kind="ok" live>
          {saved}
        </Notice>
      )}
      <button type="button" className="btn btn--primary" disabled={busy || !/^\d{4}-\d{2}$/.test(month)} onClick={() => void save()} data-testid="att-rules-save">
        {x.save}
      </button>
    </section>
  );
}

function PercentField({ label, value, onChange }: { label: string; value: number | null; onChange: (v: number | null) => void }) {
  const x = useAttendanceText().rules;
  return <Field label={label} type="number" inputMode="decimal" min={0} max={100} step="0.01" value={value ?? ''} placeholder={x.empty} onChange={(e) => onChange(numberOrNull(e.target.value))} />;
}

function BandEditor({ title, table, onChange, testId }: { title: string; table: Table; onChange: (t: Table) => void; testId: string }) {
  const x = useAttendanceText().rules;
  const setBand = (i: number, patch: { to?: number | null; percent?: number }) => onChange({ ...table, bands: table.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) } as Table);
  return (
    <fieldset className="att-band-editor" data-testid={testId}>
      <legend>{title}</legend>
      {table.bands.map((b, i) => {
        const last = i === table.bands.length - 1;
        return (
          <div key={b.code} className="att-band-editor__row" data-testid="att-band">
            <p className="att-band-editor__code">
              <strong>{b.code}</strong> <span className="muted">{x.minutes(b.from, b.to)}</span>
            </p>
            <div className="att-band-editor__inputs">
              {!last && <Field label={x.upTo} type="number" inputMode="numeric" min={b.from} step={1} value={b.to ?? ''} onChange={(e) => setBand(i, { to: numberOrNull(e.target.value) })} data-testid="att-band-to" />}
              <Field label={x.percent} type="number" inputMode="decimal" min={0} max={100} step="0.01" value={b.percent} onChange={(e) => setBand(i, { percent: numberOrNull(e.target.value) ?? 0 })} data-testid="att-band-percent" />
            </div>
          </div>
        );
      })}
      <Field
        label={`${x.noRecord} (${table.noRecord.code})`}
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step="0.01"
        value={table.noRecord.percent}
        onChange={(e) => onChange({ ...table, noRecord: { ...table.noRecord, percent: numberOrNull(e.target.value) ?? 0 } } as Table)}
      />
    </fieldset>
  );
}

function LeaveTypes({ agencyId, answer, canManage }: { agencyId: string; answer: AgencyLeaveTypesAnswer; canManage: boolean }) {
  const { t, lang } = useI18n();
  const x = useAttendanceText().rules;
  const [items, setItems] = useState<AgencyLeaveType[]>(answer.items);
  const [inUse, setInUse] = useState(answer.inUse);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (i: number, patch: Partial<AgencyLeaveType>) => setItems((list) => list.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      const stored = await attendanceApi.putLeaveTypes(agencyId, { items });
      setItems(stored.items);
      setInUse(stored.inUse);
      setMessage({ kind: 'ok', text: x.typesSaved });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, t, lang) });
    } finally {
      setBusy(false);
    }
  }
  function add() {
    if (!code.trim() || !name.trim()) return;
    setItems((list) => [...list, { code: code.trim(), name: name.trim(), counts: 'absent_excused', active: true }]);
    setCode('');
    setName('');
  }
  return (
    <section className="card stack" aria-labelledby="att-leave-types-title" data-testid="att-leave-types">
      <h2 id="att-leave-types-title">{x.leaveTitle}</h2>
      <p className="muted">{x.leaveIntro}</p>
      <ul className="plain-list att-leave-types">
        {items.map((it, i) => (
          <li key={`${it.code}-${i}`} className="att-leave-type" data-testid="att-leave-type" data-code={it.code}>
            {canManage ? (
              <>
                <Field label={`${x.code}: ${it.code}`} type="text" value={it.name} maxLength={100} onChange={(e) => set(i, { name: e.target.value })} />
                <div className="att-leave-type__row">
                  <select className="att-select" aria-label={`${it.name}: ${x.counts[it.counts]}`} value={it.counts} onChange={(e) => set(i, { counts: e.target.value as AgencyLeaveType['counts'] })} data-testid="att-leave-counts">
                    {(['present', 'absent_excused', 'non_tpp'] as const).map((c) => (
                      <option key={c} value={c}>
                        {x.counts[c]}
                      </option>
                    ))}
                  </select>
                  <label className="att-check">
                    <input type="checkbox" checked={it.active} onChange={(e) => set(i, { active: e.target.checked })} /> {x.active}
                  </label>
                  {inUse.includes(it.code) ? (
                    <span className="muted">{x.inUse}</span>
                  ) : (
                    <button type="button" className="btn btn--secondary" onClick={() => setItems((list) => list.filter((_, j) => j !== i))} aria-label={`${x.removeType}: ${it.name}`}>
                      {x.remove}
                    </button>
                  )}
                </div>
              </>
            ) : (
              <p>
                <strong>{it.name}</strong> <span className="muted">({it.code})</span>: {x.counts[it.counts]}
                {!it.active && ` · ${x.active}: —`}
              </p>
            )}
          </li>
        ))}
      </ul>
      {canManage && (
        <>
          <h3>{x.addType}</h3>
          <Field label={x.newCode} type="text" value={code} maxLength={40} pattern="[a-z][a-z0-9_]*" onChange={(e) => setCode(e.target.value)} data-testid="att-leave-new-code" />
          <Field label={x.newName} type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} data-testid="att-leave-new-name" />
          <button type="button" className="btn btn--secondary" onClick={add} data-testid="att-leave-add">
            {x.addType}
          </button>
          {message && (
            <Notice kind={message.kind} live>
              {message.text}
            </Notice>
          )}
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void save()} data-testid="att-leave-save">
            {x.saveTypes}
          </button>
        </>
      )}
    </section>
  );
}
