/**
 * "#/skp/<agencyId>/<skpId>/impor": the RHK and IKI of an SKP draft from Excel (issue 16 item 10).
 * Download the template (the draft's RHK, the supervisor's RHK by code), upload it filled in: it is
 * checked at once (a dry run, nothing saved) and every bad row is listed with its row, column and
 * cell; a good file shows what each RHK becomes and which draft RHK go, and "Terapkan" stores it.
 * A draft still only on this phone must be saved first, or the file would silently replace it.
 */
import { importRhk, rhkTemplateUrl, type SkpRhkImportResult } from '../../api/skp-import';
import { Icon } from '../../components/Icon';
import { ErrorBox, Notice, PageTitle } from '../../components/ui';
import { shownText } from '../../format';
import { href, navigate } from '../../router';
import { keptDraft } from './draftStore';
import { useRhkImportText } from './rhkImportText';
import { useXlsxImport } from './useXlsxImport';
import { XlsxFilePick } from './XlsxFilePick';
import './rhk-import.css';

export function RhkImportScreen({ agencyId, skpId }: { agencyId: string; skpId: string }) {
  const tx = useRhkImportText();
  const { file, busy, result, error, fileError, pick, apply } = useXlsxImport((f, dryRun) => importRhk(agencyId, skpId, f, dryRun), tx.notXlsx);
  const unsaved = keptDraft(skpId) !== null;
  const back = href(['skp', agencyId, skpId]);

  return (
    <div className="stack skp" data-testid="rhk-import">
      <a className="btn btn--ghost skp-back" href={back}>
        <Icon name="back" /> {tx.back}
      </a>
      <PageTitle testId="rhk-import-title">{tx.title}</PageTitle>
      <p className="muted">{tx.intro}</p>
      {unsaved && (
        <Notice kind="warn">
          <span data-testid="rhk-import-unsaved">{tx.unsavedDraft}</span>
        </Notice>
      )}

      <section className="card stack">
        <h2 className="rhkimp-step">{tx.step1}</h2>
        <p className="muted">{tx.step1Hint}</p>
        <a className="btn btn--secondary btn--block" href={rhkTemplateUrl(agencyId, skpId)} download data-testid="rhk-import-template">
          <Icon name="download" /> {tx.download}
        </a>
      </section>

      <section className="card stack">
        <h2 className="rhkimp-step">{tx.step2}</h2>
        <p className="muted">{tx.step2Hint}</p>
        <XlsxFilePick id="rhk-import-file" file={file} disabled={busy !== null || unsaved} error={fileError} pick={tx.pick} pickAgain={tx.pickAgain} onPick={pick} />
        {busy && (
          <p role="status" className="muted" data-testid="rhk-import-busy">
            {busy === 'checking' ? tx.checking : tx.applying}
          </p>
        )}
      </section>

      {error !== null && <ErrorBox error={error} />}
      {result && <ResultView result={result} busy={busy !== null} onApply={apply} onOpen={() => navigate(back)} />}
    </div>
  );
}

function ResultView({ result, busy, onApply, onOpen }: { result: SkpRhkImportResult; busy: boolean; onApply: () => void; onOpen: () => void }) {
  const tx = useRhkImportText();
  if (result.outcome === 'ada_masalah') {
    return (
      <section className="card stack" data-testid="rhk-import-problems" aria-live="polite">
        <Notice kind="error" live>
          <strong>{tx.problemsTitle(result.problems.length)}</strong> {tx.problemsHint}
        </Notice>
        <ol className="plain-list rhkimp-problems">
          {result.problems.map((p, i) => (
            <li key={i} className="rhkimp-problem" data-testid="rhk-import-problem">
              <span className="rhkimp-problem__where">{tx.problemWhere(p.row, p.column, p.cell)}</span>
              <span>{p.message}</span>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  if (result.outcome === 'tidak_berubah') {
    return (
      <div data-testid="rhk-import-unchanged">
        <Notice kind="info" live>
          {tx.unchanged}
        </Notice>
      </div>
    );
  }
  if (result.outcome === 'diterapkan') {
    return (
      <section className="stack" data-testid="rhk-import-applied">
        <Notice kind="ok" live>
          {tx.applied}
        </Notice>
        <button type="button" className="btn btn--primary btn--block" onClick={onOpen} data-testid="rhk-import-open">
          {tx.openSkp}
        </button>
      </section>
    );
  }
  return (
    <section className="card stack" data-testid="rhk-import-preview">
      <h2 className="rhkimp-step">{tx.previewTitle(result.rhk.length)}</h2>
      <p className="muted">{tx.previewHint}</p>
      <ol className="plain-list stack">
        {result.rhk.map((r) => (
          <li key={`${r.no}-${r.row}`} className="rhkimp-rhk" data-testid="rhk-import-rhk">
            <div className="rhkimp-rhk__head">
              <span className="badge">{tx.jenis[r.jenis]}</span>
              <span className={`badge ${r.change === 'tetap' ? '' : 'badge--info'}`} data-testid="rhk-import-change">
                {tx.change[r.change]}
              </span>
              <span className="muted">{tx.iki(r.iki.length)}</span>
            </div>
            <p className="rhkimp-rhk__text">
              {r.no}. {shownText(r.text)}
            </p>
            <p className="muted rhkimp-rhk__parent">{r.parentText ? `${tx.parent}: ${shownText(r.parentText)}` : tx.noParent}</p>
          </li>
        ))}
      </ol>
      {result.removed.length > 0 && (
        <Notice kind="warn">
          <p>{tx.removedTitle(result.removed.length)}</p>
          <ul data-testid="rhk-import-removed">
            {result.removed.map((r) => (
              <li key={r.id}>{shownText(r.text)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <button type="button" className="btn btn--primary btn--block" disabled={busy} onClick={onApply} data-testid="rhk-import-apply">
        <Icon name="check" /> {busy ? tx.applying : tx.apply}
      </button>
    </section>
  );
}
