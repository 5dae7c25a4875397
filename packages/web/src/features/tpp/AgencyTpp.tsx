/**
 * The agency's TPP for admins and finance (#/tpp/instansi/:agencyId[?bulan=]): the month's run and
 * its lifecycle (create a draft, recompute, check, see the inputs not final, lock, recalculate with
 * its differences), the employees, and the nominatif downloads. The province (#/tpp/provinsi) for
 * the BKD and auditors, and the what-if of a rule change (#/tpp/simulasi).
 */
import { useState, type FormEvent } from 'react';
import type { TppRecalculationDetail, TppRunDetail, TppRunSummary, TppWhatIfAnswer } from '../../api/tpp';
import { nominatifUrl, provinceNominatifUrl, tppApi } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { Badge, ErrorBox, Field, Loading, Notice, PageTitle, useDebounced, useLoad } from '../../components/ui';
import { formatNip } from '../../format';
import { useI18n } from '../../i18n';
import { href, navigate } from '../../router';
import { canManage, useSession } from '../../session';
import { isFinance } from './access';
import { employeeMonthHref } from './MyTpp';
import { MonthStepper, NotFinalList, rupiah, useMonthLabel } from './parts';
import { useTppText } from './text';

export const agencyHref = (agencyId: string, month?: string) => href(['tpp', 'instansi', agencyId], { bulan: month });
export const runHref = (agencyId: string, runId: string) => href(['tpp', 'instansi', agencyId, runId]);
export const recalcHref = (agencyId: string, runId: string, recalcId: string) => href(['tpp', 'instansi', agencyId, runId, 'hitung-ulang', recalcId]);
export const provinceHref = (month?: string) => href(['tpp', 'provinsi'], { bulan: month });

const thisMonth = () => new Date().toISOString().slice(0, 7);

function RunCard({ run, to }: { run: TppRunSummary; to: string }) {
  const tx = useTppText();
  return (
    <a className="row-link tpp-row" href={to} data-testid="tpp-run">
      <span className="row-link__body">
        <span className="row-link__title">{run.agencyName}</span>
        <span>
          <Badge kind={run.status === 'locked' ? 'info' : 'warn'}>{tx.runStatus[run.status]}</Badge> {tx.run.employees(run.totals.employees)}
        </span>
        {run.notFinalCount > 0 && <span className="muted">{tx.run.notFinal}: {run.notFinalCount}</span>}
      </span>
      <span className="tpp-amount">{rupiah(run.totals.payable)}</span>
      <Icon name="chevron" />
    </a>
  );
}

function Downloads({ xlsx, pdf, locked }: { xlsx: string; pdf: string; locked: boolean }) {
  const tx = useTppText();
  return (
    <section className="card" aria-labelledby="tpp-downloads-title">
      <h2 id="tpp-downloads-title">{tx.run.downloads}</h2>
      {!locked && <p className="muted">{tx.run.draftDownload}</p>}
      <div className="shortcuts">
        <a className="btn btn--secondary btn--block" href={xlsx} download data-testid="tpp-nominatif-xlsx">
          <Icon name="download" /> {tx.run.xlsx}
        </a>
        <a className="btn btn--secondary btn--block" href={pdf} target="_blank" rel="noopener" data-testid="tpp-nominatif-pdf">
          <Icon name="file" /> {tx.run.pdf}
        </a>
      </div>
    </section>
  );
}

export function AgencyTpp({ agencyId, month = thisMonth() }: { agencyId: string; month?: string | undefined }) {
  const tx = useTppText();
  const { me } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const q = useLoad((signal) => tppApi.runs(agencyId, month, signal), [agencyId, month]);
  const mayWrite = canManage(me, agencyId) || (isFinance(me.account.role) && me.account.agencyId === agencyId);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const d = await tppApi.createRun(agencyId, { month });
      navigate(runHref(agencyId, d.run.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const run = q.data?.items[0];
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.agency.title}</PageTitle>
      <MonthStepper month={month} to={(m) => agencyHref(agencyId, m)} />
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data && (
        <section className="card" aria-labelledby="tpp-runs-title">
          <h2 id="tpp-runs-title">{tx.agency.runs}</h2>
          {q.data.items.length === 0 ? (
            <p className="empty" data-testid="tpp-no-run">{tx.agency.noRun}</p>
          ) : (
            <ul className="plain-list">
              {q.data.items.map((r) => (
                <li key={r.id}>
                  <RunCard run={r} to={runHref(agencyId, r.id)} />
                </li>
              ))}
            </ul>
          )}
          {mayWrite && (!run || run.status === 'draft') && (
            <button type="button" className="btn btn--primary btn--block" disabled={busy} onClick={() => void create()} data-testid="tpp-create-run">
              {busy ? tx.agency.creating : tx.agency.create}
            </button>
          )}
          {error != null && <ErrorBox error={error} />}
        </section>
      )}
      {run && <Downloads xlsx={nominatifUrl(agencyId, run.id, 'xlsx')} pdf={nominatifUrl(agencyId, run.id, 'pdf')} locked={run.status === 'locked'} />}
      <div className="shortcuts">
        <a className="btn btn--secondary btn--block" href={href(['tpp', 'instansi', agencyId, 'penggajian'])} data-testid="tpp-payroll-link">
          <Icon name="wallet" /> {tx.payroll.link}
        </a>
        <a className="btn btn--secondary btn--block" href={href(['tpp', 'simulasi'], { bulan: month })} data-testid="tpp-whatif-link">
          <Icon name="repeat" /> {tx.agency.whatIf}
        </a>
        <a className="btn btn--secondary btn--block" href={href(['tpp', 'aturan'])} data-testid="tpp-rules-link">
          <Icon name="file" /> {tx.agency.ruleSets}
        </a>
      </div>
    </div>
  );
}

function RunActions({ d, agencyId, onDone }: { d: TppRunDetail; agencyId: string; onDone: (d: TppRunDetail) => void }) {
  const tx = useTppText();
  const [note, setNote] = useState('');
  const [accept, setAccept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reason, setReason] = useState('');
  const run = d.run;
  const act = async (fn: () => Promise<TppRunDetail | void>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await fn();
      if (r) onDone(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const body = () => ({ ...(note.trim() ? { note: note.trim() } : {}) });
  const recalc = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const r = await tppApi.recalculate(agencyId, run.id, { reason: reason.trim() });
      navigate(recalcHref(agencyId, run.id, r.id));
    });
  };
  return (
    <section className="card" aria-labelledby="tpp-actions-title">
      <h2 id="tpp-actions-title">{tx.runStatus[run.status]}</h2>
      {run.status !== 'locked' && <Field label={tx.run.note} type="text" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />}
      {run.status === 'draft' && (
        <div className="shortcuts">
          <button type="button" className="btn btn--secondary btn--block" disabled={busy} onClick={() => void act(() => tppApi.recompute(agencyId, run.id))} data-testid="tpp-recompute">
            <Icon name="repeat" /> {tx.run.recompute}
          </button>
          <button type="button" className="btn btn--primary btn--block" disabled={busy} onClick={() => void act(() => tppApi.action(agencyId, run.id, 'check', body()))} data-testid="tpp-check">
            <Icon name="check" /> {tx.run.check}
          </button>
        </div>
      )}
      {run.status === 'checked' && (
        <>
          {d.notFinal.length > 0 && (
            <label className="check">
              <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} data-testid="tpp-accept-not-final" />
              <span>{tx.run.acceptNotFinal(d.notFinal.length)}</span>
            </label>
          )}
          <div className="shortcuts">
            <button
              type="button"
              className="btn btn--primary btn--block"
              disabled={busy || (d.notFinal.length > 0 && !accept)}
              onClick={() => void act(() => tppApi.action(agencyId, run.id, 'lock', { ...body(), ...(d.notFinal.length > 0 ? { acceptNotFinal: true } : {}) }))}
              data-testid="tpp-lock"
            >
              <Icon name="lock" /> {tx.run.lock}
            </button>
            <button type="button" className="btn btn--secondary btn--block" disabled={busy} onClick={() => void act(() => tppApi.action(agencyId, run.id, 'reopen', body()))} data-testid="tpp-reopen">
              {tx.run.reopen}
            </button>
          </div>
        </>
      )}
      {run.status === 'locked' && (
        <form onSubmit={recalc} className="stack">
          <h3>{tx.run.recalc}</h3>
          <p className="muted">{tx.run.recalcHint}</p>
          <Field label={tx.run.reason} type="text" value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} maxLength={500} required data-testid="tpp-recalc-reason" />
          <button type="submit" className="btn btn--primary btn--block" disabled={busy || reason.trim().length < 3} data-testid="tpp-recalc">
            <Icon name="repeat" /> {tx.run.recalcDo}
          </button>
        </form>
      )}
      {error != null && <ErrorBox error={error} />}
    </section>
  );
}

function RunPeople({ agencyId, runId, month }: { agencyId: string; runId: string; month: string }) {
  const tx = useTppText();
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(50);
  const q = useDebounced(search.trim(), 300);
  const list = useLoad((signal) => tppApi.runEmployees(agencyId, runId, { ...(q ? { q } : {}), limit }, signal), [agencyId, runId, q, limit], true);
  return (
    <section className="card" aria-labelledby="tpp-people-title">
      <h2 id="tpp-people-title">{tx.run.people}</h2>
      <Field label={tx.run.search} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      {list.error != null && <ErrorBox error={list.error} onRetry={list.retry} />}
      {list.data && (
        <>
          <ul className="plain-list">
            {list.data.items.map((p) => (
              <li key={p.employeeId}>
                <a className="row-link tpp-row" href={employeeMonthHref(agencyId, p.employeeId, month)} data-testid="tpp-run-employee">
                  <span className="row-link__body">
                    <span className="row-link__title">{p.name}</span>
                    <span className="nip">{formatNip(p.nip)}</span>
                    <span className="muted">
                      {[p.golongan, p.kelas != null ? `kelas ${p.kelas}` : null, p.status !== 'paid' ? tx.resultStatus[p.status] : null].filter(Boolean).join(' · ')}
                    </span>
                    {p.carried !== 0 && <span className="muted">{tx.my.carried}: {rupiah(p.carried, true)}</span>}
                  </span>
                  <span className="tpp-amount">{rupiah(p.payable)}</span>
                  <Icon name="chevron" />
                </a>
              </li>
            ))}
          </ul>
          {list.data.total > list.data.items.length && (
            <button type="button" className="btn btn--secondary btn--block" onClick={() => setLimit((l) => l + 100)}>
              {tx.run.more(list.data.total - list.data.items.length)}
            </button>
          )}
        </>
      )}
    </section>
  );
}

export function RunScreen({ agencyId, runId }: { agencyId: string; runId: string }) {
  const tx = useTppText();
  const { t } = useI18n();
  const label = useMonthLabel();
  const { me } = useSession();
  const q = useLoad((signal) => tppApi.run(agencyId, runId, signal), [agencyId, runId]);
  const [fresh, setFresh] = useState<TppRunDetail | null>(null);
  const d = fresh && fresh.run.id === runId ? fresh : q.data;
  const mayWrite = canManage(me, agencyId) || (isFinance(me.account.role) && me.account.agencyId === agencyId);
  if (q.error != null) return <ErrorBox error={q.error} onRetry={q.retry} />;
  if (!d) return <Loading />;
  const run = d.run;
  const tot = run.totals;
  return (
    <div className="stack tpp">
      <a className="backlink" href={agencyHref(agencyId, run.month)}>
        <Icon name="back" /> {tx.agency.title}
      </a>
      <PageTitle testId="tpp-title">{tx.run.title(run.agencyName, label(run.month))}</PageTitle>
      <section className="card tpp-summary" aria-labelledby="tpp-run-totals">
        <p className="eyebrow" id="tpp-run-totals">
          {tx.run.totals} <Badge kind={run.status === 'locked' ? 'info' : 'warn'}><span data-testid="tpp-run-status">{tx.runStatus[run.status]}</span></Badge>
        </p>
        <p className="tpp-summary__payable" data-testid="tpp-run-payable">{rupiah(tot.payable)}</p>
        <p>{tx.run.employees(tot.employees)}</p>
        <p className="muted">{tx.run.counts(tot.paid, tot.held, tot.nonTpp, tot.failed)}</p>
        <dl className="facts">
          <div className="fact fact--half"><dt>{tx.facts.gross}</dt><dd>{rupiah(tot.gross)}</dd></div>
          <div className="fact fact--half"><dt>{tx.facts.pph21}</dt><dd>{rupiah(tot.pph21)}</dd></div>
          <div className="fact fact--half"><dt>{tx.facts.bpjs}</dt><dd>{rupiah(tot.bpjsEmployee)}</dd></div>
          <div className="fact fact--half"><dt>{tx.facts.net}</dt><dd>{rupiah(tot.net)}</dd></div>
        </dl>
        <p className="muted">{tx.my.ruleSet(run.ruleSet.id, run.ruleSet.version)}</p>
      </section>
      {mayWrite && <RunActions d={d} agencyId={agencyId} onDone={(r) => setFresh(r)} />}
      {d.notFinal.length > 0 ? <NotFinalList items={d.notFinal} title={tx.run.notFinal} /> : <Notice kind="ok">{tx.run.allFinal}</Notice>}
      <Downloads xlsx={nominatifUrl(agencyId, run.id, 'xlsx')} pdf={nominatifUrl(agencyId, run.id, 'pdf')} locked={run.status === 'locked'} />
      {d.recalculations.length > 0 && (
        <section className="card" aria-labelledby="tpp-recalcs-title">
          <h2 id="tpp-recalcs-title">{tx.run.recalcs}</h2>
          <ul className="plain-list">
            {d.recalculations.map((r) => (
              <li key={r.id}>
                <a className="row-link tpp-row" href={recalcHref(agencyId, run.id, r.id)} data-testid="tpp-run-recalculation">
                  <span className="row-link__body">
                    <span className="row-link__title">{tx.run.recalcTitle(r.seq)}</span>
                    <span className="muted">{r.reason}</span>
                    <span className="muted">{tx.run.changed(r.changed)}</span>
                  </span>
                  <span className="tpp-amount">{rupiah(r.difference, true)}</span>
                  <Icon name="chevron" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.units.length > 0 && (
        <section className="card" aria-labelledby="tpp-units-title">
          <h2 id="tpp-units-title">{tx.run.units}</h2>
          <ul className="plain-list">
            {d.units.map((u) => (
              <li key={u.unitId ?? u.unitName} className="tpp-line__row tpp-unit">
                <span>
                  {u.unitName} <span className="muted">({u.employees})</span>
                </span>
                <span className="tpp-amount">{rupiah(u.payable)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RunPeople agencyId={agencyId} runId={run.id} month={run.month} />
      <section className="card" aria-labelledby="tpp-events-title">
        <h2 id="tpp-events-title">{tx.run.events}</h2>
        <ul className="plain-list">
          {d.events.map((ev, i) => (
            <li key={i}>
              <strong>{tx.run.event[ev.action]}</strong> · {new Date(ev.at).toLocaleString(t.locale)}
              {ev.byName ? ` · ${ev.byName}` : ''}
              {ev.note ? <p className="muted">{ev.note}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function RecalculationScreen({ agencyId, runId, recalcId }: { agencyId: string; runId: string; recalcId: string }) {
  const tx = useTppText();
  const label = useMonthLabel();
  const q = useLoad((signal) => tppApi.recalculation(agencyId, runId, recalcId, signal), [agencyId, runId, recalcId]);
  const r: TppRecalculationDetail | undefined = q.data;
  return (
    <div className="stack tpp">
      <a className="backlink" href={runHref(agencyId, runId)}>
        <Icon name="back" /> {tx.run.recalcs}
      </a>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {!r && q.loading && <Loading />}
      {r && (
        <>
          <PageTitle testId="tpp-title">{tx.run.recalcTitle(r.seq)}</PageTitle>
          <section className="card tpp-summary">
            <p className="eyebrow">{r.reason}</p>
            <p className="tpp-summary__payable" data-testid="tpp-recalc-total">{rupiah(r.total, true)}</p>
            <p className="muted">{tx.run.settle(label(r.settleMonth))}</p>
            <p className="muted">{r.items.length === 0 ? tx.run.noChange : tx.run.changed(r.items.length)}</p>
          </section>
          {r.items.length > 0 && (
            <ul className="plain-list cards">
              {r.items.map((it) => (
                <li key={it.employeeId} className="card tpp-diff" data-testid="tpp-recalc-item">
                  <p className="row-link__title">{it.name}</p>
                  <p className="nip">{formatNip(it.nip)}</p>
                  <p className="tpp-line__row">
                    <span className="muted">
                      {rupiah(it.before)} → {rupiah(it.after)}
                    </span>
                    <span className={`tpp-amount${it.difference < 0 ? ' tpp-amount--minus' : ''}`}>{rupiah(it.difference, true)}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

export function ProvinceTpp({ month = thisMonth() }: { month?: string | undefined }) {
  const tx = useTppText();
  const { me } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const q = useLoad((signal) => tppApi.provinceMonth(month, signal), [month]);
  const createAll = async () => {
    setBusy(true);
    setError(null);
    try {
      await tppApi.createProvinceRuns(month);
      q.retry();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.agency.province}</PageTitle>
      <MonthStepper month={month} to={provinceHref} />
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data && (
        <>
          <section className="card tpp-summary">
            <p className="eyebrow">{tx.run.totals}</p>
            <p className="tpp-summary__payable" data-testid="tpp-province-payable">{rupiah(q.data.totals.payable)}</p>
            <p>{tx.run.employees(q.data.totals.employees)}</p>
            {q.data.missing.length > 0 && <p className="muted">{tx.agency.provinceMissing(q.data.missing.length)}</p>}
            {me.account.role === 'bkd_admin' && q.data.missing.length > 0 && (
              <button type="button" className="btn btn--primary btn--block" disabled={busy} onClick={() => void createAll()} data-testid="tpp-create-all">
                {busy ? tx.agency.creating : tx.agency.createAll}
              </button>
            )}
            {error != null && <ErrorBox error={error} />}
          </section>
          <ul className="plain-list cards">
            {q.data.items.map((r) => (
              <li key={r.id}>
                <RunCard run={r} to={runHref(r.agencyId, r.id)} />
              </li>
            ))}
            {q.data.missing.map((a) => (
              <li key={a.agencyId}>
                <a className="row-link tpp-row" href={agencyHref(a.agencyId, month)}>
                  <span className="row-link__body">
                    <span className="row-link__title">{a.agencyName}</span>
                    <span className="muted">{tx.agency.noRun}</span>
                  </span>
                  <Icon name="chevron" />
                </a>
              </li>
            ))}
          </ul>
          {q.data.items.length > 0 && <Downloads xlsx={provinceNominatifUrl(month, 'xlsx')} pdf={provinceNominatifUrl(month, 'pdf')} locked={q.data.items.every((r) => r.status === 'locked')} />}
        </>
      )}
      <div className="shortcuts">
        <a className="btn btn--secondary btn--block" href={href(['tpp', 'simulasi'], { bulan: month })}>
          <Icon name="repeat" /> {tx.agency.whatIf}
        </a>
        <a className="btn btn--secondary btn--block" href={href(['tpp', 'aturan'])}>
          <Icon name="file" /> {tx.agency.ruleSets}
        </a>
      </div>
    </div>
  );
}

function WhatIfRow({ title, row, testId }: { title: string; row: TppWhatIfAnswer['total']; testId: string }) {
  const tx = useTppText();
  return (
    <div className="tpp-diff" data-testid={testId}>
      <p className="row-link__title">{title}</p>
      <p className="tpp-line__row">
        <span className="muted">
          {rupiah(row.before)} → {rupiah(row.after)}
        </span>
        <span className={`tpp-amount${row.difference < 0 ? ' tpp-amount--minus' : ''}`} data-testid={`${testId}-difference`}>
          {rupiah(row.difference, true)}
        </span>
      </p>
      <p className="muted">
        {tx.run.employees(row.employees)} · {tx.whatIf.gainLose(row.gain, row.lose, row.same)}
      </p>
    </div>
  );
}

export function WhatIfScreen({ month = thisMonth() }: { month?: string | undefined }) {
  const tx = useTppText();
  const sets = useLoad((signal) => tppApi.ruleSets(signal), []);
  const [choice, setChoice] = useState('');
  const [doc, setDoc] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [answer, setAnswer] = useState<TppWhatIfAnswer | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const [id, v] = choice.split('@');
      const body = doc ? { month, document: doc as never } : { month, ruleSet: { id: id!, version: Number(v) } };
      setAnswer(await tppApi.whatIf(body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack tpp">
      <PageTitle testId="tpp-title">{tx.whatIf.title}</PageTitle>
      <MonthStepper month={month} to={(m) => href(['tpp', 'simulasi'], { bulan: m })} />
      <p className="muted">{tx.whatIf.intro}</p>
      <form className="card stack" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label className="field__label" htmlFor="tpp-whatif-set">
            {tx.whatIf.stored}
          </label>
          <div className="field__control">
            <select id="tpp-whatif-set" value={choice} onChange={(e) => { setChoice(e.target.value); setDoc(null); }} data-testid="tpp-whatif-set">
              <option value="">{tx.whatIf.pick}</option>
              {sets.data?.items.map((s) => (
                <option key={`${s.ruleSetId}@${s.version}`} value={`${s.ruleSetId}@${s.version}`}>
                  {s.name} · v{s.version}
                </option>
              ))}
            </select>
          </div>
        </div>
        <JsonFilePick label={tx.whatIf.file} onLoad={(v) => { setDoc(v); setChoice(''); setFileError(null); }} onError={() => setFileError(tx.rules.badJson)} />
        {fileError && <Notice kind="error">{fileError}</Notice>}
        <button type="submit" className="btn btn--primary btn--block" disabled={busy || (!doc && !choice)} data-testid="tpp-whatif-run">
          {busy ? tx.agency.creating : tx.whatIf.run}
        </button>
        {error != null && <ErrorBox error={error} />}
      </form>
      {answer && (
        <section className="card stack" aria-labelledby="tpp-whatif-result" data-testid="tpp-whatif-result">
          <h2 id="tpp-whatif-result">{tx.my.ruleSet(answer.ruleSet.id, answer.ruleSet.version)}</h2>
          <WhatIfRow title={tx.whatIf.total} row={answer.total} testId="tpp-whatif-total" />
          {answer.agencies.map((a) => (
            <WhatIfRow key={a.agencyId} title={a.agencyName} row={a} testId="tpp-whatif-agency" />
          ))}
          {answer.notLocked.length > 0 && <p className="muted">{tx.whatIf.notLocked(answer.notLocked.length)}</p>}
        </section>
      )}
    </div>
  );
}

/** A big "choose a file" button that reads a JSON file in the browser. */
export function JsonFilePick({ label, onLoad, onError, testId = 'tpp-json-file' }: { label: string; onLoad: (value: unknown, name: string) => void; onError: () => void; testId?: string }) {
  return (
    <label className="btn btn--secondary btn--block filepick">
      <Icon name="upload" /> {label}
      <input
        type="file"
        accept="application/json,.json"
        className="filepick__input"
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (!f) return;
          void f.text().then((s) => {
            try {
              onLoad(JSON.parse(s) as unknown, f.name);
            } catch {
              onError();
            }
          });
        }}
      />
    </label>
  );
}
