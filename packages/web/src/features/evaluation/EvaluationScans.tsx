/**
 * The signed evaluation documents kept with a finalised evaluation: print the Dokumen Evaluasi, sign it
 * by hand, keep a photo or scan of it here. The employee, the penilai and the pengelola kinerja may
 * add one; every reader of the evaluation sees and opens them. A scan signed before a reopen stays,
 * marked so.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { evaluationScans, evaluationScanUrl, uploadEvaluationScan } from '../../api/evaluation-documents';
import type { EvaluationDetail } from '../../api/evaluation';
import { Icon } from '../../components/Icon';
import { ErrorBox, Notice, useLoad } from '../../components/ui';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { sha256Hex } from '../journal';
import { useDocumentsText } from './documents-text';

export function EvaluationScans({ detail, agencyId }: { detail: EvaluationDetail; agencyId: string }) {
  const { t } = useI18n();
  const text = useDocumentsText();
  const e = detail.evaluation;
  const inputId = useId();
  const loaded = useLoad((signal) => evaluationScans(agencyId, e.id, signal), [agencyId, e.id, e.status]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [kept, setKept] = useState(false);
  // The employee, the penilai, the pengelola kinerja; only a final evaluation keeps one (the server says 409 otherwise).
  const mayUpload = e.status === 'final' && detail.capacities.length > 0;

  async function onFile(ev: ChangeEvent<HTMLInputElement>) {
    const file = ev.target.files?.[0];
    ev.target.value = '';
    if (!file) return;
    setError(null);
    setKept(false);
    setProgress(0);
    try {
      const sha = await sha256Hex(file);
      await uploadEvaluationScan(agencyId, e.id, sha, file, file.type || 'application/octet-stream', setProgress);
      setKept(true);
      loaded.retry();
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  }

  const items = loaded.data?.items ?? [];
  if (e.status !== 'final' && items.length === 0) return null;
  return (
    <section className="card stack evaluation-scans" aria-labelledby={`${inputId}-title`} data-testid="evaluation-scans">
      <h2 id={`${inputId}-title`}>{text.scans.title}</h2>
      <p className="muted">{text.scans.intro}</p>
      {loaded.error !== undefined && <ErrorBox error={loaded.error} onRetry={loaded.retry} />}
      {items.length === 0 && loaded.data && <p className="muted">{text.scans.none}</p>}
      {items.length > 0 && (
        <ul className="evaluation-scans__list" data-testid="evaluation-scans-list">
          {items.map((s) => (
            <li key={s.sha256}>
              <a className="btn btn--ghost" href={evaluationScanUrl(agencyId, e.id, s.sha256)} target="_blank" rel="noopener">
                <Icon name="file" /> {text.scans.item(s.mediaType === 'application/pdf' ? 'PDF' : 'Foto', formatDate(s.uploadedAt, t.locale), s.uploadedByName ?? '-')}
                {s.finalisedAt !== e.finalisedAt && <span className="muted"> ({text.scans.earlier})</span>}
              </a>
            </li>
          ))}
        </ul>
      )}
      {kept && (
        <Notice kind="ok" live>
          {text.scans.kept}
        </Notice>
      )}
      {error !== null && <ErrorBox error={error} />}
      {mayUpload && (
        <>
          <label htmlFor={inputId} className="btn btn--secondary btn--block" aria-disabled={progress !== null}>
            <Icon name="upload" /> {progress === null ? text.scans.upload : text.scans.uploading(Math.round(progress * 100))}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            disabled={progress !== null}
            onChange={(ev) => void onFile(ev)}
            data-testid="evaluation-scan-input"
          />
        </>
      )}
    </section>
  );
}
