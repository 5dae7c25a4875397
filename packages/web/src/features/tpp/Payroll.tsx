/**
 * Payroll attributes of an agency's employees for TPP (#/tpp/instansi/:agencyId/penggajian[/:employeeId]):
 * who still lacks what the computation or the nominatif needs (kelas, golongan, bank account), and
 * one employee's form — golongan, CPNS, kelas set by hand, the salary BPJS is already paid on (the
 * BPJS base together with the TPP), the bank account; and the signers the daftar nominatif prints
 * (PA/KPA, bendahara). The server checks and audits each change (tpp.payroll.set, tpp.signers.set).
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { TppPayrollRow } from '../../api/tpp';
import { tppApi } from '../../api/tpp';
import { Icon } from '../../components/Icon';
import { Badge, ErrorBox, Field, Loading, Notice, PageTitle, useLoad } from '../../components/ui';
import { formatNip } from '../../format';
import { href } from '../../router';
import { canManage, useSession } from '../../session';
import { isFinance } from './access';
import { positionGroupsHref } from './PositionGroups';
import { useTppText } from './text';

export const payrollHref = (agencyId: string, employeeId?: string) => href(['tpp', 'instansi', agencyId, 'penggajian', ...(employeeId ? [employeeId] : [])]);

const GOLONGAN = /^((IV|III|II|I)\/[a-e]|[IVX]{1,5})$/;
const ACCOUNT = /^[0-9][0-9 .-]{3,39}$/;
const PAGE = 50;

export function PayrollList({ agencyId }: { agencyId: string }) {
  const tx = useTppText();
  const p = tx.payroll;
  const { me } = useSession();
  const mayWrite = canManage(me, agencyId) || (isFinance(me.account.role) && me.account.agencyId === agencyId);
  const q = useLoad((signal) => tppApi.payroll(agencyId, signal), [agencyId]);
  const [search, setSearch] = useState('');
  const [onlyMissing, setOnlyMissing] = useState(true);
  const [shown, setShown] = useState(PAGE);
  const items = useMemo(() => {
    const s = search.trim().toLowerCase();
    return (q.data?.items ?? []).filter((r) => (!onlyMissing || r.missing.length > 0) && (s === '' || r.name.toLowerCase().includes(s) || r.nip.includes(s.replace(/\s/g, ''))));
  }, [q.data, search, onlyMissing]);
  const missingCount = (q.data?.items ?? []).filter((r) => r.missing.length > 0).length;
  return (
    <div className="stack tpp">
      <a className="backlink" href={href(['tpp', 'instansi', agencyId])}>
        <Icon name="back" /> {tx.agency.title}
      </a>
      <PageTitle testId="tpp-title">{p.title}</PageTitle>
      <p className="muted">{p.intro}</p>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data && (
        <>
          <Notice kind={missingCount > 0 ? 'warn' : 'ok'}>
            <span data-testid="tpp-payroll-missing-count">{p.missingCount(missingCount, q.data.items.length)}</span>
          </Notice>
          <Field label={p.search} type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="tpp-payroll-search" />
          <label className="check">
            <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} data-testid="tpp-payroll-only-missing" />
            <span>{p.onlyMissing}</span>
          </label>
          {items.length === 0 ? (
            <p className="empty">{p.none}</p>
          ) : (
            <ul className="plain-list">
              {items.slice(0, shown).map((r) => (
                <li key={r.employeeId}>
                  <a className="row-link" href={payrollHref(agencyId, r.employeeId)} data-testid="tpp-payroll-row">
                    <span className="row-link__body">
                      <span className="row-link__title">{r.name}</span>
                      <span className="muted">
                        {formatNip(r.nip)} · {r.golongan ?? '—'} · {r.kelasOverride ?? r.kelasFromPosition ?? '—'}
                      </span>
                      {r.missing.length > 0 && (
                        <span>
                          {r.missing.map((m) => (
                            <Badge key={m} kind="warn">
                              {p.missing[m as keyof typeof p.missing] ?? m}
                            </Badge>
                          ))}
                        </span>
                      )}
                    </span>
                    <Icon name="chevron" />
                  </a>
                </li>
              ))}
            </ul>
          )}
          {items.length > shown && (
            <button type="button" className="btn btn--secondary btn--block" onClick={() => setShown((n) => n + PAGE)}>
              {p.more(items.length - shown)}
            </button>
          )}
        </>
      )}
      <a className="btn btn--secondary btn--block" href={positionGroupsHref(agencyId)} data-testid="tpp-groups-link">
        <Icon name="file" /> {tx.groups.link}
      </a>
      <Signers agencyId={agencyId} mayWrite={mayWrite} />
    </div>
  );
}

type SignerDraft = { name: string; nip: string; title: string };
const NIP = /^[0-9]{18}$/;

/** The nominatif's signers (PA/KPA, bendahara): a role left empty is a line written in by hand. */
function Signers({ agencyId, mayWrite }: { agencyId: string; mayWrite: boolean }) {
  const p = useTppText().payroll;
  const q = useLoad((signal) => tppApi.signers(agencyId, signal), [agencyId]);
  const [draft, setDraft] = useState<Record<'pa' | 'bendahara', SignerDraft> | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const of = (s: { name: string; nip: string | null; title: string | null } | null): SignerDraft => ({ name: s?.name ?? '', nip: s?.nip ?? '', title: s?.title ?? '' });
  const d = draft ?? (q.data ? { pa: of(q.data.pa), bendahara: of(q.data.bendahara) } : null);
  const problem = (s: SignerDraft): { name?: string; nip?: string } => {
    const empty = s.name.trim() === '' && s.nip.trim() === '' && s.title.trim() === '';
    if (empty) return {};
    return { ...(s.name.trim() === '' ? { name: p.signer.nameMissing } : {}), ...(s.nip.trim() !== '' && !NIP.test(s.nip.replace(/\s/g, '')) ? { nip: p.signer.nipBad } : {}) };
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!d) return;
    setTried(true);
    setSaved(false);
    if (Object.keys(problem(d.pa)).length + Object.keys(problem(d.bendahara)).length > 0) return;
    const body = (s: SignerDraft) => (s.name.trim() === '' ? null : { name: s.name.trim(), nip: s.nip.replace(/\s/g, '') || null, title: s.title.trim() || null });
    setBusy(true);
    setError(null);
    try {
      await tppApi.setSigners(agencyId, { pa: body(d.pa), bendahara: body(d.bendahara) });
      setSaved(true);
      setTried(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" onSubmit={(e) => void save(e)} noValidate aria-labelledby="tpp-signers-title">
      <h2 id="tpp-signers-title">{p.signer.title}</h2>
      <p className="muted">{p.signer.hint}</p>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {d &&
        (['pa', 'bendahara'] as const).map((role) => {
          const s = d[role];
          const bad = tried ? problem(s) : {};
          const set = (k: keyof SignerDraft, v: string) => setDraft({ ...d, [role]: { ...s, [k]: v } });
          return (
            <fieldset key={role} className="tpp-edit__group stack">
              <legend>{p.signer[role]}</legend>
              <Field label={p.signer.name} type="text" value={s.name} onChange={(e) => set('name', e.target.value)} error={bad.name} maxLength={120} disabled={!mayWrite} data-testid={`tpp-signer-${role}-name`} />
              <Field label="NIP" type="text" inputMode="numeric" value={s.nip} onChange={(e) => set('nip', e.target.value)} error={bad.nip} disabled={!mayWrite} data-testid={`tpp-signer-${role}-nip`} />
              <Field label={p.signer.post} type="text" value={s.title} onChange={(e) => set('title', e.target.value)} maxLength={120} disabled={!mayWrite} />
            </fieldset>
          );
        })}
      {mayWrite && d && (
        <button type="submit" className="btn btn--primary btn--block" disabled={busy} data-testid="tpp-signers-save">
          {p.signer.save}
        </button>
      )}
      {saved && (
        <Notice kind="ok" live>
          <span data-testid="tpp-signers-saved">{p.signer.saved}</span>
        </Notice>
      )}
      {error != null && <ErrorBox error={error} />}
    </form>
  );
}

type Draft = { golongan: string; cpns: boolean; withoutNpwp: boolean; kelasOverride: string; salary: string; bank: string; number: string; holder: string };
const draftOf = (r: TppPayrollRow): Draft => ({
  golongan: r.golongan ?? '',
  cpns: r.cpns,
  withoutNpwp: r.withoutNpwp,
  kelasOverride: r.kelasOverride === null ? '' : String(r.kelasOverride),
  salary: r.salary === null ? '' : String(r.salary),
  bank: r.bankAccount?.bank ?? '',
  number: r.bankAccount?.number ?? '',
  holder: r.bankAccount?.holder ?? r.name,
});

/** The form's own checks, in the server's terms (it checks again): field → message. */
export function payrollProblems(d: Draft, p: { golongan: string; kelas: string; salary: string; account: string; bankWhole: string }): Partial<Record<keyof Draft, string>> {
  const out: Partial<Record<keyof Draft, string>> = {};
  if (d.golongan.trim() !== '' && !GOLONGAN.test(d.golongan.trim())) out.golongan = p.golongan;
  if (d.kelasOverride.trim() !== '' && !(/^\d+$/.test(d.kelasOverride.trim()) && Number(d.kelasOverride) >= 1 && Number(d.kelasOverride) <= 17)) out.kelasOverride = p.kelas;
  if (d.salary.trim() !== '' && !(/^\d+$/.test(d.salary.replace(/\./g, '').trim()) && Number(d.salary.replace(/\./g, '')) <= 1_000_000_000)) out.salary = p.salary;
  const anyBank = [d.bank, d.number].some((x) => x.trim() !== '');
  if (anyBank) {
    if (d.bank.trim() === '') out.bank = p.bankWhole;
    if (!ACCOUNT.test(d.number.trim())) out.number = p.account;
    if (d.holder.trim() === '') out.holder = p.bankWhole;
  }
  return out;
}

export function PayrollEdit({ agencyId, employeeId }: { agencyId: string; employeeId: string }) {
  const tx = useTppText();
  const p = tx.payroll;
  const { me } = useSession();
  const mayWrite = canManage(me, agencyId) || (isFinance(me.account.role) && me.account.agencyId === agencyId);
  const q = useLoad((signal) => tppApi.payroll(agencyId, signal), [agencyId]);
  const row = q.data?.items.find((r) => r.employeeId === employeeId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<TppPayrollRow | null>(null);
  const d = draft ?? (row ? draftOf(row) : null);
  const problems = d ? payrollProblems(d, p.problem) : {};
  const set = (k: keyof Draft, v: string | boolean) => d && setDraft({ ...d, [k]: v });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!d || !row) return;
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const bank = d.bank.trim() === '' && d.number.trim() === '' ? null : { bank: d.bank.trim(), number: d.number.trim(), holder: d.holder.trim() };
      const next = await tppApi.setPayroll(agencyId, employeeId, {
        golongan: d.golongan.trim() === '' ? null : d.golongan.trim(),
        cpns: d.cpns,
        withoutNpwp: d.withoutNpwp,
        kelasOverride: d.kelasOverride.trim() === '' ? null : Number(d.kelasOverride),
        salary: d.salary.trim() === '' ? null : Number(d.salary.replace(/\./g, '')),
        bankAccount: bank,
        objective: row.objective,
        partScores: row.partScores,
      });
      setSaved(next);
      setDraft(draftOf(next));
      setTried(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const err = (k: keyof Draft) => (tried ? problems[k] : undefined);
  return (
    <div className="stack tpp">
      <a className="backlink" href={payrollHref(agencyId)}>
        <Icon name="back" /> {p.title}
      </a>
      {q.error != null && <ErrorBox error={q.error} onRetry={q.retry} />}
      {q.loading && !q.data && <Loading />}
      {q.data && !row && <Notice kind="error">{p.notFound}</Notice>}
      {row && d && (
        <>
          <PageTitle testId="tpp-title">{row.name}</PageTitle>
          <p className="muted">
            {formatNip(row.nip)} · {row.positionName ?? '—'} · {row.unitName ?? '—'}
          </p>
          <form className="card stack" onSubmit={(e) => void submit(e)} noValidate>
            <Field label={p.golongan} hint={p.golonganHint} type="text" value={d.golongan} onChange={(e) => set('golongan', e.target.value)} error={err('golongan')} disabled={!mayWrite} data-testid="tpp-payroll-golongan" />
            <label className="check">
              <input type="checkbox" checked={d.cpns} onChange={(e) => set('cpns', e.target.checked)} disabled={!mayWrite} data-testid="tpp-payroll-cpns" />
              <span>{p.cpns}</span>
            </label>
            <label className="check">
              <input type="checkbox" checked={d.withoutNpwp} onChange={(e) => set('withoutNpwp', e.target.checked)} disabled={!mayWrite} data-testid="tpp-payroll-without-npwp" />
              <span>{p.withoutNpwp}</span>
            </label>
            <p className="muted">{p.withoutNpwpHint}</p>
            <Field
              label={p.kelas}
              hint={p.kelasHint(row.kelasFromPosition)}
              type="text"
              inputMode="numeric"
              value={d.kelasOverride}
              onChange={(e) => set('kelasOverride', e.target.value)}
              error={err('kelasOverride')}
              disabled={!mayWrite}
              data-testid="tpp-payroll-kelas"
            />
            <Field label={p.salary} hint={p.salaryHint} type="text" inputMode="numeric" value={d.salary} onChange={(e) => set('salary', e.target.value)} error={err('salary')} disabled={!mayWrite} data-testid="tpp-payroll-salary" />
            <fieldset className="tpp-edit__group stack">
              <legend>{p.account}</legend>
              <Field label={p.bank} type="text" value={d.bank} onChange={(e) => set('bank', e.target.value)} error={err('bank')} maxLength={60} disabled={!mayWrite} data-testid="tpp-payroll-bank" />
              <Field label={p.number} type="text" inputMode="numeric" value={d.number} onChange={(e) => set('number', e.target.value)} error={err('number')} disabled={!mayWrite} data-testid="tpp-payroll-number" />
              <Field label={p.holder} type="text" value={d.holder} onChange={(e) => set('holder', e.target.value)} error={err('holder')} maxLength={120} disabled={!mayWrite} />
            </fieldset>
            <p className="muted">{p.notYet}</p>
            {mayWrite && (
              <button type="submit" className="btn btn--primary btn--block" disabled={busy} data-testid="tpp-payroll-save">
                {p.save}
              </button>
            )}
            {tried && Object.keys(problems).length > 0 && <Notice kind="error">{p.fix}</Notice>}
            {saved && (
              <Notice kind="ok" live>
                <span data-testid="tpp-payroll-saved">{saved.missing.length === 0 ? p.savedComplete : p.savedMissing(saved.missing.map((m) => p.missing[m as keyof typeof p.missing] ?? m).join(', '))}</span>
              </Notice>
            )}
            {error != null && <ErrorBox error={error} />}
          </form>
        </>
      )}
    </div>
  );
}
