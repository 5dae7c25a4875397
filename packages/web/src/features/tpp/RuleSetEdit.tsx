/**
 * Editing a rule set field by field (#/tpp/aturan/:id/:version/ubah, BKD): the kelas table, the
 * shares, the split, the predikat table, the discipline bands and cuts, the modifiers and the
 * payroll lines. Every change is checked by the server's rules (core's parseTppRuleSet, messages in
 * Bahasa Indonesia, shown under the field they name); the difference from the version edited is
 * core's diffTppRuleSets. Saving stores a new version: a version a run used is never replaced, an
 * unused draft may be saved over.
 */
import { diffTppRuleSets, type TppRuleSet } from '@kinerja/core';
import { createContext, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TppRuleSetCheckAnswer } from '../../api/tpp';
import { tppApi } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Field, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { navigate } from '../../router';
import { ChangeList, pathWords, ruleSetHref } from './RuleSets';
import { useTppText } from './text';

type Issue = TppRuleSetCheckAnswer['issues'][number];
type Json = unknown;

/** The value at a JSON pointer ("/split/productivity"). */
function getAt(doc: Json, pointer: string): Json {
  let v: Json = doc;
  for (const k of pointer.split('/').filter(Boolean)) v = v == null ? undefined : (v as Record<string, Json>)[k];
  return v;
}

/** A copy of `doc` with the value at `pointer` replaced (undefined removes the key). */
export function setAt<T>(doc: T, pointer: string, value: Json): T {
  const keys = pointer.split('/').filter(Boolean);
  const put = (node: Json, i: number): Json => {
    const k = keys[i]!;
    const copy: Record<string, Json> | Json[] = Array.isArray(node) ? [...(node as Json[])] : { ...(node as Record<string, Json>) };
    const next = i === keys.length - 1 ? value : put((node as Record<string, Json>)[k], i + 1);
    if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, Json>)[k];
    else (copy as Record<string, Json>)[k] = next;
    return copy;
  };
  return put(doc, 0) as T;
}

/**
 * Text typed into a number field: a number when it reads as one (a decimal comma is accepted, as
 * Indonesians write it), null for an empty optional field, otherwise the text itself, which the
 * check then refuses by name ("harus angka").
 */
export function readNumber(text: string, empty: 'null' | 'absent' | false): Json {
  const t = text.trim();
  if (t === '' && empty === 'null') return null;
  if (t === '' && empty === 'absent') return undefined;
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return t;
}
const showNumber = (v: Json) => (typeof v === 'number' ? String(v).replace('.', ',') : v == null ? '' : String(v));

interface Editor {
  doc: TppRuleSet;
  set: (pointer: string, value: Json) => void;
  /** Replaces the whole document (a change that touches several places, e.g. a component and its shares). */
  replace: (doc: TppRuleSet) => void;
  issuesAt: (pointer: string) => Issue[];
}
const EditorContext = createContext<Editor | null>(null);
const useEditor = () => useContext(EditorContext)!;

function NumField({ path, label, nullable = false, unit, testId }: { path: string; label: string; nullable?: boolean | 'absent'; unit?: string; testId?: string }) {
  const empty = nullable === 'absent' ? 'absent' : nullable ? 'null' : false;
  const { doc, set, issuesAt } = useEditor();
  const value = getAt(doc, path);
  const [text, setText] = useState(showNumber(value));
  // Follow the document when it changes from outside this field (a band added, a branch switched).
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current && readNumber(text, empty) !== value) setText(showNumber(value));
    last.current = value;
  }, [value, text, empty]);
  const errors = issuesAt(path);
  return (
    <Field
      label={unit ? `${label} (${unit})` : label}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = readNumber(e.target.value, empty);
        last.current = v;
        set(path, v);
      }}
      error={errors.map((i) => i.message).join('; ') || undefined}
      data-path={path}
      data-testid={testId}
    />
  );
}

function TextField({ path, label, nullable = false, placeholder }: { path: string; label: string; nullable?: boolean; placeholder?: string }) {
  const { doc, set, issuesAt } = useEditor();
  const value = getAt(doc, path);
  return (
    <Field
      label={label}
      type="text"
      value={typeof value === 'string' ? value : ''}
      placeholder={placeholder}
      onChange={(e) => set(path, nullable && e.target.value.trim() === '' ? null : e.target.value)}
      error={issuesAt(path).map((i) => i.message).join('; ') || undefined}
      data-path={path}
    />
  );
}

/** A list of codes typed as comma-separated text (the rule set's scope); an empty list leaves the key out. */
export function readList(text: string): string[] {
  return text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}
function ListField({ path, label, hint, testId }: { path: string; label: string; hint?: string; testId?: string }) {
  const { doc, set, issuesAt } = useEditor();
  const value = getAt(doc, path);
  const [text, setText] = useState(Array.isArray(value) ? value.join(', ') : '');
  const errors = [...issuesAt(path), ...(Array.isArray(value) ? value.flatMap((_, i) => issuesAt(`${path}/${i}`)) : [])];
  return (
    <Field
      label={label}
      type="text"
      value={text}
      hint={hint}
      onChange={(e) => {
        setText(e.target.value);
        const list = readList(e.target.value);
        const [parent, key] = [path.slice(0, path.lastIndexOf('/')), path.slice(path.lastIndexOf('/') + 1)];
        const scope = { ...((getAt(doc, parent) as Record<string, Json> | undefined) ?? {}) };
        if (list.length > 0) scope[key] = list;
        else delete scope[key];
        set(parent, Object.keys(scope).length > 0 ? scope : undefined);
      }}
      error={errors.map((i) => i.message).join('; ') || undefined}
      data-path={path}
      data-testid={testId}
    />
  );
}

function SelectField({ path, label, options, toValue }: { path: string; label: string; options: [string, string][]; toValue?: (s: string) => Json }) {
  const { doc, set, issuesAt } = useEditor();
  const id = useId();
  const errors = issuesAt(path);
  const value = getAt(doc, path);
  return (
    <div className={`field${errors.length ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <select id={id} value={value == null ? '' : String(value)} onChange={(e) => set(path, toValue ? toValue(e.target.value) : e.target.value)} data-path={path}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      {errors.length > 0 && <p className="field__error">{errors.map((i) => i.message).join('; ')}</p>}
    </div>
  );
}

/** The issues that name this group itself (a sum not 100 %, bands out of order). */
function GroupIssues({ path }: { path: string }) {
  const { issuesAt } = useEditor();
  const issues = issuesAt(path);
  return issues.length ? (
    <Notice kind="error">
      {issues.map((i, k) => (
        <span key={k} className="tpp-edit__issue">
          {i.message}
        </span>
      ))}
    </Notice>
  ) : null;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="card tpp-edit__part" open>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div className="stack">{children}</div>
    </details>
  );
}

/** Plt/Plh: no rule (null), or a rule with its mode; switching keeps the percent. */
function ActingMode({ which }: { which: 'plt' | 'plh' }) {
  const e = useTppText().rules.edit;
  const { doc, set } = useEditor();
  const id = useId();
  const rule = doc.modifiers[which];
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {e.actingMode}
      </label>
      <div className="field__control">
        <select
          id={id}
          value={rule?.mode ?? ''}
          onChange={(ev) => set(`/modifiers/${which}`, ev.target.value === '' ? null : { ...(rule ?? { percent: 0 }), mode: ev.target.value })}
        >
          <option value="">{e.acting.none}</option>
          <option value="add_percent">{e.acting.add}</option>
          <option value="higher_of">{e.acting.higher}</option>
        </select>
      </div>
    </div>
  );
}

const KELAS_DESC = Array.from({ length: 17 }, (_, i) => String(17 - i));

/** The components most Perkada name (DOMAIN.md §3), offered as one-tap additions when missing. */
const KNOWN_COMPONENTS: { id: string; name: string }[] = [
  { id: 'beban_kerja', name: 'Beban Kerja' },
  { id: 'prestasi_kerja', name: 'Prestasi Kerja' },
  { id: 'kondisi_kerja', name: 'Kondisi Kerja' },
  { id: 'tempat_bertugas', name: 'Tempat Bertugas' },
  { id: 'kelangkaan_profesi', name: 'Kelangkaan Profesi' },
];

/** A stable id for a new component from its name ("Tempat Bertugas" → "tempat_bertugas"), unique among `taken`. */
export function componentId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 56) || 'komponen';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}_${n}`;
  return id;
}

/** The rule set with one more component, its share 0 % in every row (so the sums stay as they were). */
export function addComponent(rs: TppRuleSet, c: { id: string; name: string }): TppRuleSet {
  const byKelas = rs.componentShares.byKelas;
  return {
    ...rs,
    components: [...rs.components, c],
    componentShares: {
      ...rs.componentShares,
      default: { ...rs.componentShares.default, [c.id]: 0 },
      ...(byKelas ? { byKelas: Object.fromEntries(Object.entries(byKelas).map(([k, sh]) => [k, { ...sh, [c.id]: 0 }])) } : {}),
    },
  };
}

/** The rule set without a component and without its share in any row; the check then names a sum that is no longer 100 %. */
export function removeComponent(rs: TppRuleSet, id: string): TppRuleSet {
  const drop = (sh: Record<string, number>) => Object.fromEntries(Object.entries(sh).filter(([k]) => k !== id));
  const byKelas = rs.componentShares.byKelas;
  return {
    ...rs,
    components: rs.components.filter((c) => c.id !== id),
    componentShares: {
      ...rs.componentShares,
      default: drop(rs.componentShares.default),
      ...(byKelas ? { byKelas: Object.fromEntries(Object.entries(byKelas).map(([k, sh]) => [k, drop(sh)])) } : {}),
    },
  };
}

/** Components and their shares: add or remove a component, name it, its share for every kelas and for the kelas that differ. */
function Components() {
  const tx = useTppText();
  const e = tx.rules.edit;
  const { doc, set, replace } = useEditor();
  const [name, setName] = useState('');
  const [kelas, setKelas] = useState('');
  const kelasId = useId();
  const ids = doc.components.map((c) => c.id);
  const missing = KNOWN_COMPONENTS.filter((k) => !ids.includes(k.id));
  const byKelas = doc.componentShares.byKelas ?? {};
  const freeKelas = KELAS_DESC.filter((k) => byKelas[k] === undefined);
  const chosenKelas = freeKelas.includes(kelas) ? kelas : (freeKelas[0] ?? '');
  const shares = (base: string) =>
    doc.components.map((c) => <NumField key={c.id} path={`${base}/${c.id}`} label={c.name} unit="%" testId={`tpp-edit-share-${base.split('/').at(-1)}-${c.id}`} />);
  return (
    <>
      <fieldset className="tpp-edit__group" data-testid="tpp-edit-components">
        <legend>{e.componentList}</legend>
        <GroupIssues path="/components" />
        {doc.components.map((c, i) => (
          <div key={c.id} className="tpp-edit__band" data-testid="tpp-edit-component" data-component={c.id}>
            <TextField path={`/components/${i}/name`} label={`${e.componentName} (${c.id})`} />
            <GroupIssues path={`/components/${i}/id`} />
            {doc.components.length > 1 && (
              <button type="button" className="btn btn--secondary btn--block" onClick={() => replace(removeComponent(doc, c.id))} data-testid={`tpp-edit-remove-component-${c.id}`}>
                <Icon name="x" /> {e.removeComponent(c.name)}
              </button>
            )}
          </div>
        ))}
        {missing.map((k) => (
          <button key={k.id} type="button" className="btn btn--secondary btn--block" onClick={() => replace(addComponent(doc, k))} data-testid={`tpp-edit-add-component-${k.id}`}>
            <Icon name="plus" /> {e.addKnownComponent(k.name)}
          </button>
        ))}
        <Field label={e.newComponent} type="text" value={name} onChange={(ev) => setName(ev.target.value)} hint={e.newComponentHint} maxLength={120} data-testid="tpp-edit-new-component" />
        <button
          type="button"
          className="btn btn--secondary btn--block"
          disabled={name.trim() === ''}
          onClick={() => {
            replace(addComponent(doc, { id: componentId(name, ids), name: name.trim() }));
            setName('');
          }}
          data-testid="tpp-edit-add-component"
        >
          <Icon name="plus" /> {e.addComponent}
        </button>
      </fieldset>
      <fieldset className="tpp-edit__group">
        <legend>{e.sharesDefault}</legend>
        <GroupIssues path="/componentShares/default" />
        {shares('/componentShares/default')}
      </fieldset>
      {Object.keys(byKelas)
        .sort((a, b) => Number(b) - Number(a))
        .map((k) => (
          <fieldset key={k} className="tpp-edit__group" data-testid="tpp-edit-kelas-shares" data-kelas={k}>
            <legend>{e.sharesKelas(k)}</legend>
            <GroupIssues path={`/componentShares/byKelas/${k}`} />
            {shares(`/componentShares/byKelas/${k}`)}
            <button
              type="button"
              className="btn btn--secondary btn--block"
              onClick={() => set('/componentShares/byKelas', Object.keys(byKelas).length > 1 ? Object.fromEntries(Object.entries(byKelas).filter(([x]) => x !== k)) : undefined)}
              data-testid={`tpp-edit-remove-kelas-${k}`}
            >
              <Icon name="x" /> {e.removeKelasShares(k)}
            </button>
          </fieldset>
        ))}
      {freeKelas.length > 0 && (
        <div className="stack">
          <div className="field">
            <label className="field__label" htmlFor={kelasId}>
              {e.addKelasShares}
            </label>
            <div className="field__control">
              <select id={kelasId} value={chosenKelas} onChange={(ev) => setKelas(ev.target.value)} data-testid="tpp-edit-kelas-choice">
                {freeKelas.map((k) => (
                  <option key={k} value={k}>
                    {tx.rules.kelas(k)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button
            type="button"
            className="btn btn--secondary btn--block"
            onClick={() => set(`/componentShares/byKelas`, { ...byKelas, [chosenKelas]: { ...doc.componentShares.default } })}
            data-testid="tpp-edit-add-kelas"
          >
            <Icon name="plus" /> {e.addKelasSharesButton(chosenKelas)}
          </button>
        </div>
      )}
      <GroupIssues path="/componentShares" />
    </>
  );
}

const PREDIKAT_WORDS: [string, string][] = [
  ['sangat_baik', 'Sangat Baik'],
  ['baik', 'Baik'],
  ['butuh_perbaikan', 'Butuh Perbaikan'],
  ['kurang', 'Kurang'],
  ['sangat_kurang', 'Sangat Kurang'],
];

function Fields() {
  const tx = useTppText();
  const e = tx.rules.edit;
  const { doc, set } = useEditor();
  const basic = doc.basic;
  return (
    <>
      <Part title={e.general}>
        <TextField path="/name" label={e.name} />
        <TextField path="/effectiveFrom" label={e.from} placeholder="2026-01" />
        <TextField path="/effectiveTo" label={e.to} nullable placeholder={e.open} />
        <TextField path="/legalBasis" label={e.legalBasis} />
        <ListField path="/scope/agencies" label={e.scopeAgencies} hint={e.scopeHint} testId="tpp-edit-scope-agencies" />
        <ListField path="/scope/positionGroups" label={e.scopeGroups} testId="tpp-edit-scope-groups" />
      </Part>
      <Part title={tx.rules.sections.basic}>
        <GroupIssues path="/basic" />
        {basic.kind === 'table' ? (
          <>
            <GroupIssues path="/basic/perKelas" />
            {KELAS_DESC.map((k) => (
              <NumField key={k} path={`/basic/perKelas/${k}`} label={tx.rules.kelas(k)} unit="Rp" testId={`tpp-edit-basic-${k}`} />
            ))}
          </>
        ) : (
          <>
            <NumField path="/basic/ikfd" label="IKFD" />
            <NumField path="/basic/ikk" label="IKK" />
            <NumField path="/basic/ippd" label="IPPD" />
            <GroupIssues path="/basic/tukinBpk" />
            {KELAS_DESC.map((k) => (
              <div key={k} className="tpp-edit__pair">
                <NumField path={`/basic/tukinBpk/${k}`} label={`${tx.rules.kelas(k)}: ${e.tukin}`} unit="Rp" />
                <NumField path={`/basic/balancing/${k}`} label={e.balancing} nullable="absent" />
              </div>
            ))}
          </>
        )}
      </Part>
      <Part title={tx.rules.sections.components}>
        <Components />
      </Part>
      <Part title={tx.rules.sections.split}>
        <GroupIssues path="/split" />
        <NumField path="/split/productivity" label={tx.kind.productivity} unit="%" testId="tpp-edit-split-productivity" />
        <NumField path="/split/discipline" label={tx.kind.discipline} unit="%" testId="tpp-edit-split-discipline" />
        {(doc.split.extra ?? []).map((x, i) => (
          <NumField key={x.id} path={`/split/extra/${i}/share`} label={x.name} unit="%" />
        ))}
      </Part>
      <Part title={tx.rules.sections.productivity}>
        <GroupIssues path="/productivity/measures" />
        {doc.productivity.measures.map((m, i) =>
          m.kind === 'minutes' ? (
            <NumField key={i} path={`/productivity/measures/${i}/capPercent`} label={e.minutesCap} unit="%" />
          ) : (
            <fieldset key={i} className="tpp-edit__group">
              <legend>{e.predikat}</legend>
              {PREDIKAT_WORDS.map(([p, w]) => (
                <NumField key={p} path={`/productivity/measures/${i}/percent/${p}`} label={w} unit="%" testId={`tpp-edit-predikat-${p}`} />
              ))}
              <NumField path={`/productivity/measures/${i}/whenMissing`} label={e.whenMissing} unit="%" />
            </fieldset>
          ),
        )}
        <SelectField
          path="/productivity/skpNotFinished"
          label={e.skpNotFinished}
          options={[
            ['hold', e.skp.hold],
            ['zero', e.skp.zero],
            ['none', e.skp.none],
          ]}
        />
        {doc.productivity.teamLapse ? (
          <fieldset className="tpp-edit__group">
            <legend>{e.teamLapse}</legend>
            <NumField path="/productivity/teamLapse/percentEach" label={e.perEntry} unit="%" />
            <NumField path="/productivity/teamLapse/maxPercent" label={e.max} unit="%" />
            <button type="button" className="btn btn--secondary btn--block" onClick={() => set('/productivity/teamLapse', null)}>
              {e.turnOff(e.teamLapse)}
            </button>
          </fieldset>
        ) : (
          <button type="button" className="btn btn--secondary btn--block" onClick={() => set('/productivity/teamLapse', { percentEach: 1, maxPercent: 10 })}>
            {e.turnOn(e.teamLapse)}
          </button>
        )}
      </Part>
      <Part title={tx.rules.sections.discipline}>
        {doc.discipline.bandGroups.map((g, gi) => (
          <fieldset key={g.id} className="tpp-edit__group" data-testid="tpp-edit-bandgroup">
            <legend>{g.name}</legend>
            <GroupIssues path={`/discipline/bandGroups/${gi}/bands`} />
            {g.bands.map((b, bi) => (
              <div key={bi} className="tpp-edit__band" data-testid="tpp-edit-band">
                <p className="tpp-edit__band-title">
                  <strong>{b.id}</strong>
                  {g.bands.length > 1 && (
                    <button type="button" className="btn btn--secondary" onClick={() => set(`/discipline/bandGroups/${gi}/bands`, g.bands.filter((_, i) => i !== bi))} aria-label={e.removeBand(b.id)}>
                      <Icon name="x" /> {e.remove}
                    </button>
                  )}
                </p>
                <NumField path={`/discipline/bandGroups/${gi}/bands/${bi}/fromMinutes`} label={e.fromMinutes} />
                <NumField path={`/discipline/bandGroups/${gi}/bands/${bi}/toMinutes`} label={e.toMinutes} nullable />
                <NumField path={`/discipline/bandGroups/${gi}/bands/${bi}/percent`} label={e.cut} unit="%" testId={`tpp-edit-band-${b.id}`} />
              </div>
            ))}
            <button
              type="button"
              className="btn btn--secondary btn--block"
              onClick={() => {
                const last = g.bands.at(-1);
                const prefix = (last?.id ?? 'B').replace(/\d+$/, '');
                const from = last ? (last.toMinutes ?? last.fromMinutes + 29) + 1 : 1;
                const bands = g.bands.map((x, i) => (i === g.bands.length - 1 && x.toMinutes === null ? { ...x, toMinutes: from - 1 } : x));
                set(`/discipline/bandGroups/${gi}/bands`, [...bands, { id: `${prefix}${g.bands.length + 1}`, fromMinutes: from, toMinutes: null, percent: last?.percent ?? 0 }]);
              }}
            >
              <Icon name="plus" /> {e.addBand}
            </button>
            <NumField path={`/discipline/bandGroups/${gi}/missingPercent`} label={e.missing} unit="%" nullable />
          </fieldset>
        ))}
        <NumField path="/discipline/tkPercentPerDay" label={e.tk} unit="%" testId="tpp-edit-tk" />
        <NumField path="/discipline/apelPercent" label={e.apel} unit="%" nullable />
        <NumField path="/discipline/monthlyCapPercent" label={e.cap} unit="%" />
      </Part>
      <Part title={tx.rules.sections.modifiers}>
        <NumField path="/modifiers/cpnsPercent" label={e.cpns} unit="%" />
        {(['plt', 'plh'] as const).map((k) => (
          <fieldset key={k} className="tpp-edit__group">
            <legend>{k === 'plt' ? 'Plt' : 'Plh'}</legend>
            <ActingMode which={k} />
            {doc.modifiers[k]?.mode === 'add_percent' && <NumField path={`/modifiers/${k}/percent`} label={e.actingPercent} unit="%" />}
          </fieldset>
        ))}
        {doc.modifiers.leave.map((l, i) => (
          <fieldset key={`l${i}`} className="tpp-edit__group">
            <legend>{l.types.join(', ')}</legend>
            <NumField path={`/modifiers/leave/${i}/minDays`} label={e.minDays} />
            <NumField path={`/modifiers/leave/${i}/paidPercent`} label={e.paid} unit="%" />
          </fieldset>
        ))}
        {doc.modifiers.nonTpp.map((l, i) => (
          <NumField key={`n${i}`} path={`/modifiers/nonTpp/${i}/minDays`} label={e.nonTpp(l.types.join(', '))} />
        ))}
        {doc.modifiers.hukdis.map((h, i) => (
          <NumField key={h.id} path={`/modifiers/hukdis/${i}/percent`} label={h.name} unit="%" />
        ))}
        {doc.modifiers.objective && (
          <fieldset className="tpp-edit__group">
            <legend>{e.objective}</legend>
            <NumField path="/modifiers/objective/minPercent" label={e.min} unit="%" />
            <NumField path="/modifiers/objective/maxPercent" label={e.max} unit="%" />
          </fieldset>
        )}
      </Part>
      <Part title={tx.rules.sections.payroll}>
        {(['I', 'II', 'III', 'IV'] as const).map((g) => (
          <NumField key={g} path={`/payroll/pph21/pns/${g}`} label={`PPh 21 golongan ${g}`} unit="%" />
        ))}
        <NumField path="/payroll/pph21/pppkDefault" label="PPh 21 PPPK" unit="%" />
        {doc.payroll.bpjs && (
          <fieldset className="tpp-edit__group">
            <legend>BPJS Kesehatan</legend>
            <NumField path="/payroll/bpjs/employeePercent" label={e.bpjsEmployee} unit="%" />
            <NumField path="/payroll/bpjs/employerPercent" label={e.bpjsEmployer} unit="%" />
            <NumField path="/payroll/bpjs/baseCap" label={e.bpjsCap} unit="Rp" />
          </fieldset>
        )}
      </Part>
      <Part title={tx.rules.sections.rounding}>
        <SelectField
          path="/rounding/line"
          label={e.lineRounding}
          options={[
            ['half_up', e.halfUp],
            ['down', e.down],
          ]}
        />
        <SelectField path="/rounding/netUnit" label={e.netUnit} options={['1', '10', '100', '1000'].map((u) => [u, `Rp ${u}`])} toValue={Number} />
      </Part>
    </>
  );
}

/** The version a save writes: the edited one while no run used it, else one past the highest stored. */
export function targetVersion(edited: { version: number; used: boolean }, stored: readonly number[]): number {
  return edited.used ? Math.max(edited.version, ...stored) + 1 : edited.version;
}

export function RuleSetEdit({ id, version }: { id: string; version: number }) {
  const tx = useTppText();
  const e = tx.rules.edit;
  const q = useLoad((signal) => tppApi.ruleSet(id, version, signal), [id, version]);
  const list = useLoad((signal) => tppApi.ruleSets(signal), []);
  const [doc, setDoc] = useState<TppRuleSet | null>(null);
  const [check, setCheck] = useState<TppRuleSetCheckAnswer | null>(null);
  const [checking, setChecking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const stored = (list.data?.items ?? []).filter((v) => v.ruleSetId === id).map((v) => v.version);
  const target = q.data ? targetVersion({ version, used: q.data.version.used }, stored) : version;
  useEffect(() => {
    if (q.data) setDoc({ ...q.data.document, version: target });
    // Only when the stored document arrives; `target` follows the list without undoing edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q.data]);
  useEffect(() => {
    setDoc((d) => (d && d.version !== target ? { ...d, version: target } : d));
  }, [target]);

  // Every change is checked by the server (the same rules as an import), after a pause in typing.
  const seq = useRef(0);
  useEffect(() => {
    if (!doc) return;
    const n = ++seq.current;
    setChecking(true);
    const timer = setTimeout(() => {
      tppApi
        .checkRuleSet(doc)
        .then((a) => n === seq.current && setCheck(a))
        .catch((err: unknown) => n === seq.current && setError(err))
        .finally(() => n === seq.current && setChecking(false));
    }, 400);
    return () => clearTimeout(timer);
  }, [doc]);

  const issues = useMemo(() => (check && !check.ok ? check.issues : []), [check]);
  const editor = useMemo<Editor | null>(
    () =>
      doc && {
        doc,
        set: (pointer, value) => setDoc((d) => (d ? setAt(d, pointer, value) : d)),
        replace: (next) => setDoc(next),
        issuesAt: (pointer) => issues.filter((i) => i.path === pointer),
      },
    [doc, issues],
  );
  const changes = useMemo(() => (doc && q.data ? diffTppRuleSets({ ...q.data.document, version: target }, doc) : []), [doc, q.data, target]);

  const save = async () => {
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      const v = await tppApi.importRuleSet(doc, note.trim());
      navigate(ruleSetHref(v.ruleSetId, v.version));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack tpp tpp-edit">
      <a className="backlink" href={ruleSetHref(id, version)}>
        <Icon name="back" /> {id} v{version}
      </a>
      {(q.error ?? list.error) != null && <ErrorBox error={q.error ?? list.error} onRetry={q.error ? q.retry : list.retry} />}
      {(!doc || !editor) && (q.loading || list.loading) && <Loading />}
      {doc && editor && q.data && (
        <EditorContext.Provider value={editor}>
          <PageTitle testId="tpp-title">{e.title(doc.name, version)}</PageTitle>
          <Notice kind="info">{q.data.version.used ? e.usedHint(version, target) : e.draftHint(version)}</Notice>
          <Fields />
          <section className="card stack tpp-edit__save" aria-labelledby="tpp-edit-save">
            <h2 id="tpp-edit-save">{e.saveTitle(target)}</h2>
            {checking && <p className="muted">{e.checking}</p>}
            {!checking && check?.ok && <Notice kind="ok">{tx.rules.checkOk}</Notice>}
            {issues.length > 0 && (
              <Notice kind="error">
                <p>{e.issues(issues.length)}</p>
                <ul className="plain-list" data-testid="tpp-edit-issues">
                  {issues.map((i, k) => (
                    <li key={k}>
                      <strong>{pathWords(i.path) || e.whole}</strong>: {i.message}
                    </li>
                  ))}
                </ul>
              </Notice>
            )}
            <h3>{e.changes(changes.length)}</h3>
            {changes.length === 0 ? <p className="muted">{tx.rules.noChanges}</p> : <ChangeList changes={changes} />}
            <Field label={tx.run.note} type="text" value={note} onChange={(ev) => setNote(ev.target.value)} maxLength={500} hint={e.noteHint} />
            <button type="button" className="btn btn--primary btn--block" disabled={busy || checking || !check?.ok || changes.length === 0} onClick={() => void save()} data-testid="tpp-edit-save">
              {e.save(target)}
            </button>
            {error != null && <ErrorBox error={error} />}
          </section>
        </EditorContext.Provider>
      )}
    </div>
  );
}
