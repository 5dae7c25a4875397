/**
 * "#/skp/impor-massal/<agencyId>?tahun=": the RHK and IKI of many employees' SKP drafts from one Excel
 * file keyed by NIP (issue 16 item 10), for the agency's admins and the BKD. Download the template
 * (every draft of the year), upload it filled in: it is checked at once (a dry run) and every bad cell
 * is listed with its row, column, cell and NIP; a good file lists the SKP it changes, and "Terapkan"
 * stores them all at once, or none.
 */
import { importRhkBulk, rhkBulkTemplateUrl, type SkpRhkBulkImportResult } from '../../api/skp-import';
import { Icon } from '../../components/Icon';
import { ErrorBox, Notice, PageTitle } from '../../components/ui';
import { shownText } from '../../format';
import { href } from '../../router';
import { useRhkImportText } from './rhkImportText';
import { useXlsxImport } from './useXlsxImport';
import { XlsxFilePick } from './XlsxFilePick';
import './rhk-import.css';

export function RhkBulkImportScreen({ agencyId, year }: { agencyId: string; year: number }) {
  const tx = useRhkImportText();
  const { file, busy, result, error, fileError, pick, apply } = useXlsxImport((f, dryRun) => importRhkBulk(agencyId, year, f, dryRun), tx.notXlsx);

  const changing = result ? result.employees.filter((e) => e.change === 'berubah') : [];
  return (
    <div className="stack skp" data-testid="rhk-bulk-import">
      <a className="btn btn--ghost skp-back" href={href(['skp', 'ringkasan', agencyId], { tahun: year })}>
        <Icon name="back" /> {tx.bulk.back}
      </a>
      <PageTitle testId="rhk-bulk-import-title">{tx.bulk.title}</PageTitle>
      <p className="muted">{tx.bulk.intro(year)}</p>

      <section className="card stack">
        <h2 className="rhkimp-step">{tx.step1}</h2>
        <p className="muted">{tx.bulk.step1Hint}</p>
        <a className="btn btn--secondary btn--block" href={rhkBulkTemplateUrl(agencyId, year)} download data-testid="rhk-bulk-import-template">
          <Icon name="download" /> {tx.download}
        </a>
      </section>

      <section className="card stack">
        <h2 className="rhkimp-step">{tx.step2}</h2>
        <p className="muted">
          {tx.step2Hint} {tx.bulk.allOrNothing}
        </p>
        <XlsxFilePick id="rhk-bulk-import-file" file={file} disabled={busy !== null} error={fileError} pick={tx.pick} pickAgain={tx.pickAgain} onPick={pick} />
        {busy && (
          <p role="status" className="muted" data-testid="rhk-bulk-import-busy">
            {busy === 'checking' ? tx.checking : tx.applying}
          </p>
        )}
      </section>

      {error !== null && <ErrorBox error={error} />}
      {result?.outcome === 'ada_masalah' && (
        <section className="card stack" data-testid="rhk-bulk-import-problems" aria-live="polite">
          <Notice kind="error" live>
            <strong>{tx.problemsTitle(result.problems.length)}</strong> {tx.problemsHint}
          </Notice>
          <ol className="plain-list rhkimp-problems">
            {result.problems.map((p, i) => (
              <li key={i} className="rhkimp-problem" data-testid="rhk-bulk-import-problem">
                <span className="rhkimp-problem__where">{tx.bulk.problemWhere(p.row, p.column, p.cell, p.nip)}</span>
                <span>{p.message}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {result?.outcome === 'tidak_berubah' && (
        <div data-testid="rhk-bulk-import-unchanged">
          <Notice kind="info" live>
            {tx.bulk.unchanged}
          </Notice>
        </div>
      )}
      {result?.outcome === 'diterapkan' && (
        <div data-testid="rhk-bulk-import-applied">
          <Notice kind="ok" live>
            {tx.bulk.applied(changing.length)}
          </Notice>
        </div>
      )}
      {result && (result.outcome === 'uji_coba' || result.outcome === 'diterapkan') && (
        <section className="card stack" data-testid="rhk-bulk-import-preview">
          {result.outcome === 'uji_coba' && (
            <>
              <h2 className="rhkimp-step">{tx.bulk.previewTitle(changing.length)}</h2>
              <p className="muted">{tx.previewHint}</p>
            </>
          )}
          <ol className="plain-list stack">
            {changing.map((e) => (
              <li key={e.nip} className="rhkimp-rhk" data-testid="rhk-bulk-import-employee">
                <p className="rhkimp-rhk__text">{shownText(e.name ?? e.nip)}</p>
                <p className="muted rhkimp-rhk__parent">
                  NIP {e.nip} · {tx.bulk.employee(e.rhk, e.iki)} · {tx.bulk.counts(e.added, e.changed, e.removed.length)}
                </p>
                {e.skpId && result.outcome === 'diterapkan' && (
                  <a className="btn btn--secondary btn--block" href={href(['skp', agencyId, e.skpId])} data-testid="rhk-bulk-import-open">
                    {tx.openSkp}
                  </a>
                )}
              </li>
            ))}
          </ol>
          {result.outcome === 'uji_coba' && (
            <button type="button" className="btn btn--primary btn--block" disabled={busy !== null} onClick={apply} data-testid="rhk-bulk-import-apply">
              <Icon name="check" /> {busy ? tx.applying : tx.bulk.apply}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
