import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError, api, isAbort } from '../../api/client';
import type { ImportJob } from '../../api/types';
import { Icon } from '../../components/Icon';
import { ErrorBox, Fact, Notice, PageTitle } from '../../components/ui';
import { formatNumber } from '../../format';
import { useI18n, type Dict } from '../../i18n';
import './import.css';

const POLL_MS = 300;
/** Rendering tens of thousands of rows would freeze a cheap phone; the first ones are enough to act on. */
const MAX_PROBLEM_ROWS = 500;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

const isFinished = (j: ImportJob) => j.status === 'succeeded' || j.status === 'failed';

export default function ImportScreen() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [disableMissing, setDisableMissing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  // Poll the job until it has finished. Brief network drops are retried for a while.
  const jobId = job?.id;
  const jobDone = job ? isFinished(job) : true;
  useEffect(() => {
    if (!jobId || jobDone) return;
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const tick = async () => {
      try {
        const next = await api.importJob(jobId, ctrl.signal);
        failures = 0;
        setJob(next);
        if (!isFinished(next)) timer = setTimeout(tick, POLL_MS);
      } catch (err) {
        if (isAbort(err)) return;
        failures += 1;
        if (err instanceof ApiError && (err.code === 'NETWORK' || err.status >= 500) && failures < 20) {
          timer = setTimeout(tick, 1000);
        } else {
          setError(err);
        }
      }
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [jobId, jobDone]);

  // When the result arrives, bring it into view and let screen readers find it.
  useEffect(() => {
    if (job && isFinished(job)) resultRef.current?.focus();
  }, [job?.status]); // eslint-disable-line react-hooks/exhaustive-deps

  function pick(f: File | null) {
    setError(null);
    setJob(null);
    if (f && !/\.(xlsx|csv)$/i.test(f.name)) {
      setFile(null);
      setFileError(t.import.wrongType);
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setFileError(null);
    setFile(f);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setFileError(t.import.noFile);
      fileInput.current?.focus();
      return;
    }
    setUploading(true);
    setError(null);
    setJob(null);
    try {
      setJob(await api.startImport(file, dryRun, disableMissing));
    } catch (err) {
      setError(err);
    } finally {
      setUploading(false);
    }
  }

  function reset() {
    setJob(null);
    setError(null);
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  }

  const running = uploading || (job !== null && !isFinished(job));

  return (
    <div className="stack">
      <PageTitle>{t.import.title}</PageTitle>
      <p>{t.import.intro}</p>

      <a className="btn btn--secondary btn--block" href={api.templateUrl} download="templat-impor-kinerja.xlsx" data-testid="import-template">
        <Icon name="download" /> {t.import.template}
      </a>
      <p className="muted">{t.import.templateHint}</p>

      <form className="card stack" onSubmit={submit} noValidate>
        <div className="filepick">
          <input
            ref={fileInput}
            id="import-file"
            className="filepick__input"
            type="file"
            accept={ACCEPT}
            disabled={running}
            aria-describedby={hintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => pick(e.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
          <label htmlFor="import-file" className="btn btn--secondary btn--block btn--big filepick__label">
            <Icon name="file" /> {file ? t.import.pickAgain : t.import.pick}
          </label>
          <p id={hintId} className={fileError ? 'field__error' : 'filepick__name'} data-testid="import-file-name" aria-live="polite">
            {fileError ? (
              <>
                <Icon name="alert" size={20} /> {fileError}
              </>
            ) : file ? (
              <>
                <strong>{file.name}</strong> <span className="muted">({formatSize(file.size, t.locale)})</span>
              </>
            ) : (
              t.import.noFile
            )}
          </p>
        </div>

        <label className="check check--boxed">
          <input type="checkbox" checked={dryRun} disabled={running} onChange={(e) => setDryRun(e.target.checked)} data-testid="import-dry-run" />
          <span>
            <strong>{t.import.dryRun}</strong>
            <span className="check__hint">{dryRun ? t.import.dryRunHint : t.import.realRunHint}</span>
          </span>
        </label>

        <label className="check check--boxed">
          <input type="checkbox" checked={disableMissing} disabled={running} onChange={(e) => setDisableMissing(e.target.checked)} data-testid="import-disable-missing" />
          <span>
            <strong>{t.import.disableMissing}</strong>
            <span className="check__hint">{t.import.disableMissingHint}</span>
          </span>
        </label>

        <button type="submit" className="btn btn--primary btn--block btn--big" disabled={running} aria-busy={running} data-testid="import-submit">
          <Icon name="upload" /> {uploading ? t.import.submitting : t.import.submit}
        </button>
      </form>

      {error != null && <ErrorBox error={error} />}
      {job && <JobView job={job} t={t} resultRef={resultRef} onAgain={reset} />}
    </div>
  );
}

function JobView({ job, t, resultRef, onAgain }: { job: ImportJob; t: Dict; resultRef: RefObject<HTMLDivElement | null>; onAgain: () => void }) {
  const done = isFinished(job);
  const total = job.totalRows;
  const processed = Math.min(job.processedRows, total || job.processedRows);
  const pct = total > 0 ? Math.round((processed / total) * 100) : done ? 100 : 0;
  const problems = job.problems ?? [];
  const ok = job.status === 'succeeded' && problems.length === 0;

  return (
    <section className="card stack" aria-labelledby="job-title" data-testid="import-job" data-status={job.status}>
      <h2 id="job-title">
        {job.fileName}
        {job.dryRun && <span className="badge badge--info">{t.import.dryRun}</span>}
      </h2>
      {/* Announce status changes only (not every row count): a screen reader would never stop talking. */}
      <p className="job-status" aria-live="polite" data-testid="import-status">
        {t.import.status[job.status]}
      </p>
      {/* While running, and after success (100 %): a failed file's row count would only confuse. */}
      {job.status !== 'failed' && (
        <>
        <div
          className={`progress${done ? '' : ' progress--active'}`}
          role="progressbar"
          aria-label={t.import.progressLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={t.import.progress(processed, total)}
          data-testid="import-progress"
        >
          <div className="progress__bar" style={{ width: `${pct}%` }} />
        </div>
        <p className="muted">
          {t.import.progress(processed, total)} ({pct}%)
        </p>
        </>
      )}
      <div ref={resultRef} tabIndex={-1} className="job-result">
        {done && ok && <Notice kind="ok">{job.dryRun ? t.import.dryRunOk : t.import.savedOk}</Notice>}
        {done && problems.length > 0 && (
          <Notice kind="error">
            <p>
              <strong>{t.import.problemsTitle(problems.length)}</strong>
            </p>
            <p data-testid="import-nothing-saved">{t.import.nothingSaved}</p>
          </Notice>
        )}
        {done && !ok && problems.length === 0 && <Notice kind="error">{t.import.failed}</Notice>}
        {done && problems.length === 0 && <Summary job={job} t={t} />}
        {done && problems.length > 0 && <ProblemTable job={job} t={t} />}
        {done && (
          <button type="button" className="btn btn--secondary btn--block" onClick={onAgain}>
            {t.import.again}
          </button>
        )}
      </div>
    </section>
  );
}

type Counts = { created: number; updated: number; unchanged: number };
const isCounts = (v: unknown): v is Counts =>
  typeof v === 'object' && v !== null && ['created', 'updated', 'unchanged'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number');
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The totals the contract promises (created/updated/unchanged), then what the server adds when it has
 * it: counts per sheet, rows read, changes of post, transfers, new accounts and agencies. Unknown keys are
 * not shown: raw field names mean nothing to the people reading this.
 */
function Summary({ job, t }: { job: ImportJob; t: Dict }) {
  const s = job.summary ?? {};
  const f = (n: number) => formatNumber(n, t.locale);
  const totals: [string, number][] = [];
  for (const [key, label] of [['created', t.import.created], ['updated', t.import.updated], ['unchanged', t.import.unchanged]] as const) {
    const n = num(s[key]);
    if (n !== undefined) totals.push([label, n]);
  }
  const sheets = typeof s.sheets === 'object' && s.sheets !== null ? Object.entries(s.sheets as Record<string, unknown>).filter((e): e is [string, Counts] => isCounts(e[1])) : [];
  const accounts = typeof s.accounts === 'object' && s.accounts !== null ? num((s.accounts as Record<string, unknown>).created) : undefined;
  const agencies = Array.isArray(s.agenciesCreated) ? (s.agenciesCreated as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  const extras: [string, string][] = [];
  const totalRows = num(s.totalRows);
  if (totalRows !== undefined) extras.push([t.import.totalRows, f(totalRows)]);
  const positionChanges = num(s.positionChanges);
  if (positionChanges) extras.push([t.import.positionChanges, f(positionChanges)]);
  const transfers = num(s.transfers);
  if (transfers) extras.push([t.import.transfers, f(transfers)]);
  // Leavers (an import that turns off staff not in the file): how many, and who (the server lists up to a thousand).
  const leaversOf = typeof s.leavers === 'object' && s.leavers !== null ? (s.leavers as Record<string, unknown>) : null;
  const leaverCount = leaversOf ? num(leaversOf.count) : undefined;
  if (leaverCount !== undefined) extras.push([t.import.leavers, f(leaverCount)]);
  const leavers = Array.isArray(leaversOf?.listed)
    ? (leaversOf.listed as unknown[]).filter((l): l is { agencyCode: string; nip: string; name: string } => typeof l === 'object' && l !== null && typeof (l as Record<string, unknown>).nip === 'string')
    : [];
  if (accounts) extras.push([t.import.accountsCreated, f(accounts)]);
  if (agencies.length) extras.push([t.import.agenciesCreated, agencies.join(', ')]);
  if (totals.length === 0 && sheets.length === 0 && extras.length === 0) return null;
  const leaversShown = leavers.slice(0, MAX_LEAVERS_SHOWN);

  return (
    <div className="stack" data-testid="import-summary">
      <h3>{job.dryRun ? t.import.summaryDryRun : t.import.summary}</h3>
      {totals.length > 0 && (
        <dl className="summary">
          {totals.map(([label, n]) => (
            <div key={label} className="summary__item">
              <dt>{label}</dt>
              <dd>{f(n)}</dd>
            </div>
          ))}
        </dl>
      )}
      {sheets.length > 0 && (
        <div>
          <h4 className="subhead">{t.import.perSheet}</h4>
          <ul className="plain-list sheet-counts">
            {sheets.map(([sheet, c]) => (
              <li key={sheet}>
                <strong>{sheet}</strong>: {t.import.sheetLine(f(c.created), f(c.updated), f(c.unchanged))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {extras.length > 0 && (
        <dl className="facts">
          {extras.map(([label, value]) => (
            <Fact key={label} label={label} value={value} half={value.length < 14} />
          ))}
        </dl>
      )}
      {leaversShown.length > 0 && (
        <div data-testid="import-leavers">
          <h4 className="subhead">{t.import.leaversListed(job.dryRun)}</h4>
          <ul className="plain-list">
            {leaversShown.map((l) => (
              <li key={`${l.agencyCode}:${l.nip}`} data-testid="import-leaver">
                <strong>{l.name}</strong> <span className="muted">{l.nip} · {l.agencyCode}</span>
              </li>
            ))}
          </ul>
          {(leaverCount ?? leavers.length) > leaversShown.length && <p className="muted">{t.import.leaversMore(f((leaverCount ?? leavers.length) - leaversShown.length))}</p>}
        </div>
      )}
    </div>
  );
}

/** Leavers listed by name on the screen; the count says how many more. */
const MAX_LEAVERS_SHOWN = 50;

function ProblemTable({ job, t }: { job: ImportJob; t: Dict }) {
  const shown = job.problems.slice(0, MAX_PROBLEM_ROWS);
  return (
    <div className="table-wrap">
      <table className="problems" data-testid="import-problems">
        <caption className="visually-hidden">{t.import.problemsTitle(job.problems.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.import.colSheet}</th>
            <th scope="col">{t.import.colRow}</th>
            <th scope="col">{t.import.colColumn}</th>
            <th scope="col">{t.import.colReason}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i} data-testid="import-problem-row">
              <td data-label={t.import.colSheet}>{p.sheet}</td>
              <td data-label={t.import.colRow}>{p.row}</td>
              <td data-label={t.import.colColumn}>{p.column || '—'}</td>
              <td data-label={t.import.colReason}>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {job.problems.length > shown.length && <p className="muted">{t.import.moreProblems(job.problems.length - shown.length)}</p>}
    </div>
  );
}

function formatSize(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
