/**
 * The TPP rule sets (#/tpp/aturan): every stored version, one version shown readably
 * (#/tpp/aturan/:id/:version), the differences between two versions (…/banding/:against, core's
 * diffTppRuleSets on the server), the JSON file's export, and importing a file (checked first).
 */
import { formatPercent, type TppRuleSet } from '@kinerja/core';
import { useState, type ReactNode } from 'react';
import type { TppRuleSetCheckAnswer, TppRuleSetVersion } from '../../api/tpp';
import { tppApi } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { Badge, ErrorBox, Field, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { useI18n } from '../../i18n';
import { monthName } from '../../lib/dates';
import { href, navigate } from '../../router';
import { JsonFilePick } from './AgencyTpp';
import { rupiah } from './parts';
import { useTppText, type TppText } from './text';

export const ruleSetHref = (id: string, version: number) => href(['tpp', 'aturan', id, String(version)]);
export const ruleSetEditHref = (id: string, version: number) => href(['tpp', 'aturan', id, String(version), 'ubah']);
export const ruleDiffHref = (id: string, version: number, against: number) => href(['tpp', 'aturan', id, String(version), 'banding', String(against)]);

const pct = (n: number) => formatPercent(n);

function useEffective(): (v: Pick<TppRuleSetVersion, 'effectiveFrom' | 'effectiveTo'>) => string {
  const tx = useTppText();
  const { t } = useI18n();
  return (v) => tx.rules.effective(monthName(v.effectiveFrom, t.locale), v.effectiveTo ? monthName(v.effectiveTo, t.locale) : null);
}

export function RuleSetList({ mayImport }: { mayImport: boolean }) {
  const tx = useTppText();
  const effective = useEffective();
  const q = useLoad((signal) => tppApi.ruleSets(signal), []);
  const groups = new Map<string, TppRuleSetVersion[]>();
  for (const v of q.data?.items ?? []) groups.set(v.ruleSetId, [...(groups.get(v.ruleSetId) ?? []), v]);
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.rules.title}</PageTitle>
      <p className="muted">{tx.rules.intro}</p>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {[...groups.entries()].map(([id, versions]) => (
        <section key={id} className="card" aria-labelledby={`tpp-rs-${id}`} data-testid="tpp-rule-set">
          <h2 id={`tpp-rs-${id}`}>{versions[0]!.name}</h2>
          <p className="muted">
            {versions[0]!.region} · <code>{id}</code>
          </p>
          <ul className="plain-list">
            {[...versions].sort((a, b) => b.version - a.version).map((v) => (
              <li key={v.version}>
                <a className="row-link" href={ruleSetHref(id, v.version)} data-testid="tpp-rule-set-version">
                  <span className="row-link__body">
                    <span className="row-link__title">
                      {tx.rules.versions} {v.version} {v.used && <Badge kind="info">{tx.rules.used}</Badge>}
                    </span>
                    <span className="muted">{effective(v)}</span>
                    {v.agencies.length > 0 && <span className="muted">{tx.rules.scope(v.agencies.length)}</span>}
                    {v.note && <span className="muted">{v.note}</span>}
                  </span>
                  <Icon name="chevron" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {mayImport && <ImportRuleSet onDone={q.retry} />}
    </div>
  );
}

function ImportRuleSet({ onDone }: { onDone: () => void }) {
  const tx = useTppText();
  const [doc, setDoc] = useState<{ value: unknown; name: string } | null>(null);
  const [check, setCheck] = useState<TppRuleSetCheckAnswer | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const load = async (value: unknown, name: string) => {
    setDoc({ value, name });
    setBad(false);
    setDone(null);
    setCheck(null);
    setError(null);
    setBusy(true);
    try {
      setCheck(await tppApi.checkRuleSet(value));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const store = async () => {
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      const v = await tppApi.importRuleSet(doc.value, note.trim());
      setDone(tx.rules.imported(v.ruleSetId, v.version));
      setDoc(null);
      setCheck(null);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card stack" aria-labelledby="tpp-import-title">
      <h2 id="tpp-import-title">{tx.rules.import}</h2>
      <p className="muted">{tx.rules.importHint}</p>
      <JsonFilePick label={doc ? doc.name : tx.rules.check} onLoad={(v, n) => void load(v, n)} onError={() => setBad(true)} testId="tpp-rules-file" />
      {bad && <Notice kind="error">{tx.rules.badJson}</Notice>}
      {busy && <Loading />}
      {check && !check.ok && (
        <Notice kind="error">
          <ul className="plain-list" data-testid="tpp-rules-issues">
            {check.issues.map((i, k) => (
              <li key={k}>
                <code>{i.path || '/'}</code>: {i.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {check?.ok && (
        <>
          <Notice kind="ok">{tx.rules.checkOk}</Notice>
          {check.changes.length > 0 && (
            <>
              <p>{tx.rules.checkChanges(check.changes.length)}</p>
              <ChangeList changes={check.changes} />
            </>
          )}
          <Field label={tx.run.note} type="text" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
          <button type="button" className="btn btn--primary btn--block" disabled={busy} onClick={() => void store()} data-testid="tpp-rules-import">
            {tx.rules.importDo}
          </button>
        </>
      )}
      {done && <Notice kind="ok" live>{done}</Notice>}
      {error != null && <ErrorBox error={error} />}
    </section>
  );
}

/** Words for a change's JSON pointer: "/discipline/bandGroups/tl/bands/TL2/percent" → "Potongan disiplin › tl › TL2 › persen". */
const PATH_WORDS: Record<string, string> = {
  basic: 'TPP dasar',
  perKelas: 'per kelas',
  tukinBpk: 'tunjangan kinerja BPK',
  balancing: 'faktor penyeimbang',
  components: 'komponen',
  componentShares: 'bagian komponen',
  default: 'semua kelas',
  byKelas: 'per kelas',
  split: 'pembagian',
  productivity: 'produktivitas',
  discipline: 'disiplin',
  extra: 'bagian lain',
  measures: 'pengukuran',
  capPercent: 'batas %',
  percent: 'persen',
  whenMissing: 'bila tidak ada',
  skpNotFinished: 'SKP belum selesai',
  teamLapse: 'jurnal tim tidak divalidasi',
  bandGroups: 'tabel',
  bands: 'pita',
  fromMinutes: 'dari menit',
  toMinutes: 'sampai menit',
  missingPercent: 'tanpa rekaman %',
  tkPercentPerDay: 'TK per hari',
  apelPercent: 'apel',
  monthlyCapPercent: 'batas sebulan',
  modifiers: 'penyesuaian',
  cpnsPercent: 'CPNS',
  leave: 'cuti',
  nonTpp: 'non-TPP',
  hukdis: 'hukuman disiplin',
  objective: 'variabel objektif',
  payroll: 'penggajian',
  pph21: 'PPh 21',
  bpjs: 'BPJS',
  rounding: 'pembulatan',
  effectiveFrom: 'berlaku mulai',
  effectiveTo: 'berlaku sampai',
  source: 'sumber',
  notes: 'catatan',
  version: 'versi',
};
export const pathWords = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((p) => PATH_WORDS[p] ?? p)
    .join(' › ');

/** A changed value in words: a named item (a component, a part) by its name and id, a kelas's shares as "id 40 %, …". */
const show = (v: unknown, path = ''): string => {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.id === 'string') return `${o.name} (${o.id})`;
    const entries = Object.entries(o);
    if (path.startsWith('/componentShares/') && entries.length > 0 && entries.every(([, x]) => typeof x === 'number')) return entries.map(([k, x]) => `${k} ${String(x).replace('.', ',')} %`).join(', ');
    // A whole byKelas table added or removed: one "kelas: shares" per kelas.
    if (path === '/componentShares/byKelas' && entries.length > 0 && entries.every(([, x]) => typeof x === 'object' && x !== null)) return entries.map(([k, x]) => `${k}: ${show(x, `${path}/${k}`)}`).join('; ');
  }
  return JSON.stringify(v);
};

export function ChangeList({ changes }: { changes: TppRuleSetCheckAnswer['changes'] }) {
  const tx = useTppText();
  return (
    <ul className="plain-list tpp-changes" data-testid="tpp-rule-changes">
      {changes.map((c, i) => (
        <li key={i} className="tpp-change" data-change={c.change} data-testid="tpp-rule-change">
          <p className="tpp-change__path">
            <strong>{pathWords(c.path)}</strong> <Badge kind={c.change === 'removed' ? 'warn' : 'info'}>{tx.rules[c.change]}</Badge>
          </p>
          <p className="tpp-change__values">
            {c.change !== 'added' && <del>{show(c.before, c.path)}</del>}
            {c.change === 'changed' && ' → '}
            {c.change !== 'removed' && <ins>{show(c.after, c.path)}</ins>}
          </p>
          <p className="tpp-line__rule">{c.path}</p>
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Readable({ rs, tx }: { rs: TppRuleSet; tx: TppText }) {
  const s = tx.rules.sections;
  const basic = rs.basic;
  return (
    <>
      <Section title={s.basic}>
        {basic.kind === 'table' ? (
          <ul className="plain-list tpp-kv" data-testid="tpp-rule-basic">
            {Object.entries(basic.perKelas)
              .sort((a, b) => Number(b[0]) - Number(a[0]))
              .map(([k, v]) => (
                <li key={k}>
                  <span>{tx.rules.kelas(k)}</span>
                  <span className="tpp-amount">{rupiah(v)}</span>
                </li>
              ))}
          </ul>
        ) : (
          <>
            <p>{tx.rules.index}</p>
            <p className="muted">
              IKFD {basic.ikfd} · IKK {basic.ikk} · IPPD {basic.ippd}
            </p>
            <ul className="plain-list tpp-kv">
              {Object.entries(basic.tukinBpk).map(([k, v]) => (
                <li key={k}>
                  <span>{tx.rules.kelas(k)}</span>
                  <span className="tpp-amount">
                    {rupiah(v)} × {basic.balancing?.[k] ?? 1}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section title={s.components}>
        <ul className="plain-list tpp-kv">
          {rs.components.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <span>{pct(rs.componentShares.default[c.id] ?? 0)}</span>
            </li>
          ))}
        </ul>
        {Object.entries(rs.componentShares.byKelas ?? {}).map(([k, shares]) => (
          <p key={k} className="muted">
            {tx.rules.kelas(k)}: {rs.components.map((c) => `${c.name} ${pct(shares[c.id] ?? 0)}`).join(', ')}
          </p>
        ))}
      </Section>
      <Section title={s.split}>
        <ul className="plain-list tpp-kv">
          <li><span>{tx.kind.productivity}</span><span>{pct(rs.split.productivity)}</span></li>
          <li><span>{tx.kind.discipline}</span><span>{pct(rs.split.discipline)}</span></li>
          {(rs.split.extra ?? []).map((x) => (
            <li key={x.id}><span>{x.name}</span><span>{pct(x.share)}</span></li>
          ))}
        </ul>
      </Section>
      <Section title={s.productivity}>
        <ul className="plain-list">
          {rs.productivity.measures.map((m, i) => (
            <li key={i}>
              {m.kind === 'minutes'
                ? `Menit jurnal disetujui tepat waktu ÷ target, maks ${pct(m.capPercent)}`
                : `Predikat: ${Object.entries(m.percent).map(([p, v]) => `${p.replace('_', ' ')} ${pct(v)}`).join(', ')}`}
            </li>
          ))}
          <li>SKP belum selesai: {rs.productivity.skpNotFinished}</li>
          {rs.productivity.teamLapse && <li>Jurnal tim tidak divalidasi: {pct(rs.productivity.teamLapse.percentEach)} per kegiatan, maks {pct(rs.productivity.teamLapse.maxPercent)}</li>}
        </ul>
      </Section>
      <Section title={s.discipline}>
        {rs.discipline.bandGroups.map((g) => (
          <div key={g.id} className="tpp-group">
            <h3 className="tpp-group__title">
              <span>{g.name}</span>
              <span className="muted">{g.checkpoints.join(', ')}</span>
            </h3>
            <ul className="plain-list" data-testid="tpp-rule-bands">
              {g.bands.map((b) => (
                <li key={b.id}>{tx.rules.band(b.id, b.fromMinutes, b.toMinutes, pct(b.percent))}</li>
              ))}
              {g.missingPercent !== null && <li>{tx.rules.missing(g.missingId ?? '—', pct(g.missingPercent))}</li>}
            </ul>
          </div>
        ))}
        <ul className="plain-list">
          <li>{tx.rules.tk(pct(rs.discipline.tkPercentPerDay))}</li>
          <li>{tx.rules.apel(rs.discipline.apelPercent === null ? tx.rules.none : pct(rs.discipline.apelPercent))}</li>
          <li>{tx.rules.cap(pct(rs.discipline.monthlyCapPercent))}</li>
        </ul>
      </Section>
      <Section title={s.modifiers}>
        <ul className="plain-list">
          <li>{tx.rules.cpns(pct(rs.modifiers.cpnsPercent))}</li>
          <li>Plt: {rs.modifiers.plt ? (rs.modifiers.plt.mode === 'add_percent' ? `+${pct(rs.modifiers.plt.percent ?? 0)}` : 'yang lebih tinggi') : tx.rules.none}</li>
          <li>Plh: {rs.modifiers.plh ? (rs.modifiers.plh.mode === 'add_percent' ? `+${pct(rs.modifiers.plh.percent ?? 0)}` : 'yang lebih tinggi') : tx.rules.none}</li>
          {rs.modifiers.leave.map((l, i) => (
            <li key={`l${i}`}>{`${l.types.join(', ')} ≥ ${l.minDays} hari: dibayar ${pct(l.paidPercent)}`}</li>
          ))}
          {rs.modifiers.nonTpp.map((l, i) => (
            <li key={`n${i}`}>{`${l.types.join(', ')} ≥ ${l.minDays} hari: tidak menerima TPP`}</li>
          ))}
          {rs.modifiers.hukdis.map((h) => (
            <li key={h.id}>{`${h.name}: −${pct(h.percent)}`}</li>
          ))}
          {rs.modifiers.objective && <li>{`Variabel objektif ${pct(rs.modifiers.objective.minPercent)} s.d. ${pct(rs.modifiers.objective.maxPercent)}`}</li>}
        </ul>
      </Section>
      <Section title={s.payroll}>
        <ul className="plain-list tpp-kv">
          {(['I', 'II', 'III', 'IV'] as const).map((g) => (
            <li key={g}><span>PPh 21 golongan {g}</span><span>{pct(rs.payroll.pph21.pns[g])}</span></li>
          ))}
          <li><span>PPh 21 PPPK</span><span>{pct(rs.payroll.pph21.pppkDefault)}</span></li>
          {rs.payroll.bpjs && (
            <li>
              <span>BPJS {pct(rs.payroll.bpjs.employeePercent)} + {pct(rs.payroll.bpjs.employerPercent)}</span>
              <span>maks {rupiah(rs.payroll.bpjs.baseCap)}</span>
            </li>
          )}
        </ul>
      </Section>
      <Section title={s.rounding}>
        <p>
          {rs.rounding.line === 'half_up' ? 'Setengah ke atas' : 'Ke bawah'} · neto dibulatkan ke bawah ke {rupiah(rs.rounding.netUnit)}
        </p>
      </Section>
    </>
  );
}

export function RuleSetView({ id, version, mayEdit = false }: { id: string; version: number; mayEdit?: boolean }) {
  const tx = useTppText();
  const effective = useEffective();
  const q = useLoad((signal) => tppApi.ruleSet(id, version, signal), [id, version]);
  const list = useLoad((signal) => tppApi.ruleSets(signal), []);
  const others = (list.data?.items ?? []).filter((v) => v.ruleSetId === id && v.version !== version);
  const exportFile = () => {
    if (!q.data) return;
    const blob = new Blob([`${JSON.stringify(q.data.document, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${id}-v${version}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <div className="stack tpp">
      <a className="backlink" href={href(['tpp', 'aturan'])}>
        <Icon name="back" /> {tx.rules.title}
      </a>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {!q.data && q.loading && <Loading />}
      {q.data && (
        <>
          <PageTitle testId="tpp-title">
            {q.data.document.name} · v{version}
          </PageTitle>
          <section className="card">
            <p>{q.data.document.region}</p>
            <p className="muted">{effective(q.data.version)}</p>
            {q.data.document.legalBasis && <p className="muted">{q.data.document.legalBasis}</p>}
            {(q.data.document.notes ?? []).map((n, i) => (
              <p key={i} className="muted">{n}</p>
            ))}
            <div className="shortcuts">
              {mayEdit && (
                <a className="btn btn--primary btn--block" href={ruleSetEditHref(id, version)} data-testid="tpp-rules-edit">
                  <Icon name="pencil" /> {q.data.version.used ? tx.rules.edit.fromUsed : tx.rules.edit.draft}
                </a>
              )}
              <button type="button" className="btn btn--secondary btn--block" onClick={exportFile} data-testid="tpp-rules-export">
                <Icon name="download" /> {tx.rules.export}
              </button>
              {others.length > 0 && (
                <div className="field">
                  <label className="field__label" htmlFor="tpp-compare">
                    {tx.rules.compare}
                  </label>
                  <div className="field__control">
                    <select id="tpp-compare" defaultValue="" onChange={(e) => e.target.value && navigate(ruleDiffHref(id, version, Number(e.target.value)))} data-testid="tpp-rules-compare">
                      <option value="">…</option>
                      {others.map((v) => (
                        <option key={v.version} value={v.version}>
                          v{v.version}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              )}
            </div>
          </section>
          <Readable rs={q.data.document} tx={tx} />
        </>
      )}
    </div>
  );
}

export function RuleSetDiff({ id, version, against }: { id: string; version: number; against: number }) {
  const tx = useTppText();
  const q = useLoad((signal) => tppApi.ruleSetDiff(id, version, against, signal), [id, version, against]);
  return (
    <div className="stack tpp">
      <a className="backlink" href={ruleSetHref(id, version)}>
        <Icon name="back" /> {id} v{version}
      </a>
      <PageTitle testId="tpp-title">{tx.rules.diffTitle(id, against, version)}</PageTitle>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {!q.data && q.loading && <Loading />}
      {q.data && (q.data.changes.length === 0 ? <p className="empty">{tx.rules.noChanges}</p> : <section className="card"><ChangeList changes={q.data.changes} /></section>)}
    </div>
  );
}
