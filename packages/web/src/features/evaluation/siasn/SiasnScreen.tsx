/**
 * "Ekspor SIASN" for the agency's admins and the BKD (issue 17 item 8):
 * "#/evaluasi/siasn[/<agencyId>][?tahun=]". The year's finalised annual (skp22) and periodic (kinerja
 * periodik) records as XLSX, JSON or CSV; the push to SIASN when the server has it on; and SIASN's
 * reference codes, which the BKD edits here (every other admin sees them read-only).
 */
import { useEffect, useState } from 'react';
import type { SiasnCodeListName, SiasnPushAnswer, SiasnReferenceCode, SiasnReferenceCodesAnswer } from '@kinerja/core/api';
import { API_BASE, request } from '../../../api/client';
import { AgencyPicker } from '../../../components/AgencyPicker';
import { Icon } from '../../../components/Icon';
import { refusedPage } from '../../../components/StatusPages';
import { ErrorBox, Loading, Notice, PageTitle, useLoad } from '../../../components/ui';
import { formatNip } from '../../../format';
import type { Route } from '../../../router';
import { href, navigate } from '../../../router';
import { useSession } from '../../../session';
import { useSiasnText } from './text';
import './siasn.css';

const enc = encodeURIComponent;
const LISTS: SiasnCodeListName[] = ['perilakuDanKinerja', 'kuadranNilai', 'periodik', 'koefisien', 'golonganPns'];

export function SiasnScreen({ agencyId, route }: { agencyId: string | undefined; route: Route }) {
  const { me } = useSession();
  const text = useSiasnText();
  const own = me.account.agencyId;
  useEffect(() => {
    if (!agencyId && own && me.account.role !== 'bkd_admin') navigate(href(['evaluasi', 'siasn', own]), { replace: true });
  }, [agencyId, own, me.account.role]);
  if (!agencyId) return <AgencyPicker title={text.title} intro={text.pickAgency} hrefOf={(id) => href(['evaluasi', 'siasn', id])} testId="siasn-agency" />;
  const lastYear = new Date().getFullYear() - 1;
  const year = Number(route.query.get('tahun')) || lastYear;
  return <SiasnView agencyId={agencyId} year={year} />;
}

function SiasnView({ agencyId, year }: { agencyId: string; year: number }) {
  const text = useSiasnText();
  const codes = useLoad((signal) => request<SiasnReferenceCodesAnswer>('GET', '/siasn/reference-codes', { signal }), []);
  const refused = refusedPage(codes.error);
  if (refused) return refused;
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const file = (format: 'xlsx' | 'json' | 'csv') => `${API_BASE}/agencies/${enc(agencyId)}/evaluation-exports/siasn.${format}?year=${year}`;
  return (
    <div className="stack evaluation siasn">
      <a className="backlink" href={href(['instansi', agencyId])} data-testid="siasn-back">
        <Icon name="back" /> {text.back}
      </a>
      <PageTitle testId="siasn-title">{text.title}</PageTitle>
      <p className="muted">{text.intro}</p>
      <label className="field">
        <span className="field__label">{text.year}</span>
        <select className="siasn__select" value={year} onChange={(e) => navigate(href(['evaluasi', 'siasn', agencyId], { tahun: e.target.value }), { replace: true })} data-testid="siasn-year">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <div className="stack siasn__downloads">
        <a className="btn btn--primary btn--block" href={file('xlsx')} download data-testid="siasn-xlsx">
          <Icon name="download" /> {text.downloadXlsx}
        </a>
        <a className="btn btn--secondary btn--block" href={file('json')} download data-testid="siasn-json">
          <Icon name="download" /> {text.downloadJson}
        </a>
        <a className="btn btn--ghost btn--block" href={file('csv')} download data-testid="siasn-csv">
          {text.downloadCsv}
        </a>
        <p className="muted">{text.downloadHint}</p>
      </div>
      {codes.data && <PushCard agencyId={agencyId} year={year} enabled={codes.data.pushEnabled} />}
      {codes.loading && <Loading />}
      {codes.error !== undefined && <ErrorBox error={codes.error} onRetry={codes.retry} />}
      {codes.data && <CodesEditor codes={codes.data.codes} canEdit={codes.data.canEdit} />}
    </div>
  );
}

function PushCard({ agencyId, year, enabled }: { agencyId: string; year: number; enabled: boolean }) {
  const text = useSiasnText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<SiasnPushAnswer | null>(null);
  if (!enabled)
    return (
      <p className="muted siasn__push-off" data-testid="siasn-push-off">
        {text.pushOff}
      </p>
    );
  /** Everything, or (after a push with failures) only what failed: what SIASN saved is not sent twice. */
  async function push(only?: 'failed') {
    setBusy(true);
    setError(null);
    try {
      setResult(await request<SiasnPushAnswer>('POST', `/agencies/${enc(agencyId)}/evaluation-exports/siasn-push`, { query: only ? { year, only } : { year }, kind: 'bulk' }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card stack" data-testid="siasn-push">
      <button type="button" className="btn btn--secondary btn--block" onClick={() => void push()} disabled={busy}>
        {busy ? text.pushing : text.push}
      </button>
      {error !== null && <ErrorBox error={error} />}
      {result && (
        <>
          <Notice kind={result.failed ? 'warn' : 'ok'} live>
            {text.pushResult(result.sent, result.failed)}
          </Notice>
          {result.failed > 0 && <p className="muted">{text.pushFailedHint}</p>}
          {result.failed > 0 && (
            <button type="button" className="btn btn--primary btn--block" data-testid="siasn-push-failed" onClick={() => void push('failed')} disabled={busy}>
              {text.pushFailedAgain(result.failed)}
            </button>
          )}
          <ul className="siasn__results">
            {result.records
              .filter((r) => !r.ok)
              .map((r) => (
                <li key={`${r.kind}-${r.nip}-${r.periode}`}>
                  <strong>{r.nama}</strong> <span className="muted">{formatNip(r.nip)} · {r.kind === 'skp22' ? 'SKP' : r.periode}</span>
                  <br />
                  {r.error}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CodesEditor({ codes, canEdit }: { codes: SiasnReferenceCode[]; canEdit: boolean }) {
  const text = useSiasnText();
  const [rows, setRows] = useState(codes);
  useEffect(() => setRows(codes), [codes]);
  return (
    <section className="stack siasn__codes" data-testid="siasn-codes">
      <h2>{text.codes}</h2>
      <p className="muted">{text.codesIntro}</p>
      {!canEdit && <p className="muted">{text.codesReadOnly}</p>}
      {LISTS.map((list) => {
        const items = rows.filter((r) => r.list === list);
        const empty = items.filter((r) => r.code === '').length;
        return (
          <details key={list} className="card siasn__list" open={list !== 'koefisien' && list !== 'golonganPns'} data-testid={`siasn-list-${list}`}>
            <summary>
              {text.list[list]}
              {empty > 0 && <span className="siasn__empty-count"> · {text.emptyCount(empty)}</span>}
            </summary>
            <ul className="siasn__rows">
              {items.map((r) => (
                <CodeRow key={r.key} row={r} canEdit={canEdit} onSaved={(x) => setRows((all) => all.map((o) => (o.list === x.list && o.key === x.key ? x : o)))} />
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

function CodeRow({ row, canEdit, onSaved }: { row: SiasnReferenceCode; canEdit: boolean; onSaved: (r: SiasnReferenceCode) => void }) {
  const text = useSiasnText();
  const [code, setCode] = useState(row.code);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const r = await request<SiasnReferenceCode>('PUT', `/siasn/reference-codes/${enc(row.list)}/${enc(row.key)}`, { json: { code: code.trim(), label: row.label } });
      onSaved(r);
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <li className="siasn__row" data-testid={`siasn-code-${row.list}-${row.key}`}>
      <span className="siasn__label">{row.label}</span>
      {canEdit ? (
        <span className="siasn__edit">
          <input
            aria-label={`${text.code} ${row.label}`}
            value={code}
            inputMode="numeric"
            maxLength={40}
            placeholder="–"
            onChange={(e) => {
              setCode(e.target.value);
              setSaved(false);
            }}
          />
          <button type="button" className="btn btn--secondary" onClick={save} disabled={busy || code.trim() === row.code}>
            {saved ? text.saved : text.save}
          </button>
        </span>
      ) : (
        <span className={row.code ? 'siasn__code' : 'siasn__code siasn__code--empty'}>{row.code || text.empty}</span>
      )}
      {error !== null && <ErrorBox error={error} />}
    </li>
  );
}
