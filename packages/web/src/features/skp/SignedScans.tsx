/**
 * The signed SKP kept with an approved one: print it ("Cetak PDF"), sign it by hand, then keep a photo
 * or scan of the signed paper here. The employee, the penilai and the pengelola kinerja may add one;
 * every reader of the SKP sees and opens them.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { skpScans, skpScanUrl, uploadSkpScan, type SkpDetail } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Notice, useLoad } from '../../components/ui';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { sha256Hex } from '../journal';

export function SignedScans({ detail }: { detail: SkpDetail }) {
  const { t } = useI18n();
  const { skp } = detail;
  const inputId = useId();
  const loaded = useLoad((signal) => skpScans(skp.agencyId, skp.id, signal), [skp.agencyId, skp.id]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [kept, setKept] = useState(false);
  const mayUpload = detail.capacities.length > 0;

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setKept(false);
    setProgress(0);
    try {
      const sha = await sha256Hex(file);
      await uploadSkpScan(skp.agencyId, skp.id, sha, file, file.type || 'application/octet-stream', setProgress);
      setKept(true);
      loaded.retry();
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  }

  const items = loaded.data?.items ?? [];
  return (
    <section className="stack skp-scans" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t.skp.scans.title}</h2>
      <p className="muted">{t.skp.scans.intro}</p>
      {loaded.error !== undefined && <ErrorBox error={loaded.error} onRetry={loaded.retry} />}
      {items.length === 0 && loaded.data && <p className="muted" data-testid="skp-scans-none">{t.skp.scans.none}</p>}
      {items.length > 0 && (
        <ul className="skp-scans__list" data-testid="skp-scans">
          {items.map((s) => (
            <li key={s.sha256}>
              <a className="btn btn--ghost" href={skpScanUrl(skp.agencyId, skp.id, s.sha256)} target="_blank" rel="noopener">
                <Icon name="file" /> {t.skp.scans.item(s.mediaType === 'application/pdf' ? 'PDF' : 'Foto', s.version, formatDate(s.uploadedAt, t.locale), s.uploadedByName ?? '-')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {kept && (
        <Notice kind="ok" live>
          {t.skp.scans.kept}
        </Notice>
      )}
      {error !== null && <ErrorBox error={error} />}
      {mayUpload && (
        <>
          <label htmlFor={inputId} className="btn btn--secondary skp-print" aria-disabled={progress !== null}>
            <Icon name="upload" /> {progress === null ? t.skp.scans.upload : t.skp.scans.uploading(Math.round(progress * 100))}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            disabled={progress !== null}
            onChange={(e) => void onFile(e)}
            data-testid="skp-scan-input"
          />
        </>
      )}
    </section>
  );
}
