/**
 * Editing a rule set field by field (#/tpp/aturan/:id/:version/ubah, BKD): the kelas table, the
 * shares, the split, the predikat table, the discipline bands and cuts, the modifiers and the
 * payroll lines. Every change is checked by the server's rules (core's parseTppRuleSet, messages in
 * Bahasa Indonesia, shown under the field they name); the difference from the version edited is
 * core's diffTppRuleSets. Saving stores a new version: a version a run used is never replaced, an
 * unused draft may be saved over.
 */
import { diffTppRuleSets, type TppRuleSet } from '@kinerja/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TppRuleSetCheckAnswer } from '../../api/tpp';
import { tppApi } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Field, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { navigate } from '../../router';
import { ChangeList, pathWords, ruleSetHref } from './RuleSets';
import { useTppText } from './text';
import { EditorContext, GroupIssues, KELAS_DESC, ListField, NumField, Part, SelectField, TextField, setAt, useEditor, type Editor } from './RuleSetFields';
import { Components } from './RuleSetComponents';


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
