/** The form's evidence: the files with their state (shrinking, uploading, attached, failed) and the camera and file pickers. */
import { MAX_EVIDENCE_PER_ENTRY } from '@kinerja/core/api/limits';
import { evidenceUrl } from '../../../api/journal';
import { Icon } from '../../../components/Icon';
import { shownName } from '../../../format';
import { useI18n } from '../../../i18n';
import type { EvidenceUploads } from './useEvidenceUploads';

export function EvidenceSection({ evidence }: { evidence: EvidenceUploads }) {
  const { t } = useI18n();
  const { existing, added, live, startUpload, addFiles, toggleExisting, dropAdded } = evidence;
  return (
    <section className="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title" className="evidence__title">
        {t.sheet.evidence}
      </h2>
      <p className="field__hint">{t.sheet.evidenceHint}</p>
      {(existing.length > 0 || added.length > 0) && (
        <ul className="plain-list evlist" data-testid="evidence-list">
          {existing.map((e) => (
            <li key={e.sha256} className={`evtile${e.remove ? ' is-removed' : ''}`} data-testid="evidence-item" data-phase={e.remove ? 'remove' : 'attached'}>
              <a className="evtile__thumb" href={evidenceUrl(e.sha256)} target="_blank" rel="noreferrer" aria-label={t.sheet.openFile(shownName(e.fileName))}>
                {e.mediaType === 'application/pdf' ? <span className="evtile__pdf">{t.sheet.pdf}</span> : <img src={evidenceUrl(e.sha256)} alt="" width={72} height={72} />}
              </a>
              <div className="evtile__body">
                <span className="evtile__name">{shownName(e.fileName) || e.sha256.slice(0, 12)}</span>
                <span className="evtile__state">{e.remove ? t.sheet.removeOnSave : t.sheet.attached}</span>
                <button
                  type="button"
                  className="btn btn--ghost evtile__btn"
                  aria-label={e.remove ? undefined : t.sheet.removeEvidence(shownName(e.fileName))}
                  onClick={() => toggleExisting(e.sha256)}
                >
                  {e.remove ? t.sheet.undoRemove : <><Icon name="trash" /> {t.sheet.remove}</>}
                </button>
              </div>
            </li>
          ))}
          {added.map((a) => (
            <li key={a.key} className={`evtile evtile--${a.phase}`} data-testid="evidence-item" data-phase={a.phase}>
              <span className="evtile__thumb">
                {a.previewUrl ? (
                  <img src={a.previewUrl} alt="" width={72} height={72} />
                ) : a.mediaType === 'application/pdf' ? (
                  <span className="evtile__pdf">{t.sheet.pdf}</span>
                ) : a.phase === 'failed' ? (
                  <Icon name="alert" />
                ) : (
                  <span className="spinner" aria-hidden="true" />
                )}
              </span>
              <div className="evtile__body">
                <span className="evtile__name">{shownName(a.fileName)}</span>
                <span className="evtile__state" aria-live="polite">
                  {a.phase === 'preparing'
                    ? t.sheet.shrinking
                    : a.phase === 'uploading'
                      ? t.sheet.uploading(Math.round(a.progress * 100))
                      : a.phase === 'uploaded'
                        ? t.sheet.attachOnSave
                        : a.phase === 'attached'
                          ? t.sheet.attached
                          : null}
                </span>
                {a.phase === 'uploading' && (
                  <div className="progress" aria-hidden="true">
                    <div className="progress__bar" style={{ width: `${Math.round(a.progress * 100)}%` }} />
                  </div>
                )}
                {a.phase === 'failed' && (
                  <p className="field__error" data-testid="evidence-error">
                    <Icon name="alert" size={20} /> {a.error}
                  </p>
                )}
                <div className="evtile__actions">
                  {a.phase === 'failed' && (
                    <button type="button" className="btn btn--secondary evtile__btn" onClick={() => startUpload(a.key, a.file)}>
                      {t.sheet.retryUpload}
                    </button>
                  )}
                  {a.phase !== 'attached' && (
                    <button
                      type="button"
                      className="btn btn--ghost evtile__btn"
                      aria-label={t.sheet.removeEvidence(shownName(a.fileName))}
                      onClick={() => dropAdded(a.key)}
                    >
                      <Icon name="trash" /> {t.sheet.remove}
                    </button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {live < MAX_EVIDENCE_PER_ENTRY && (
        <div className="evpick">
          <div className="filepick">
            <input
              id="evidence-camera"
              className="filepick__input"
              type="file"
              accept="image/*"
              capture="environment"
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = '';
              }}
              data-testid="evidence-camera"
            />
            <label htmlFor="evidence-camera" className="btn btn--secondary btn--block filepick__label">
              <Icon name="camera" /> {t.sheet.takePhoto}
            </label>
          </div>
          <div className="filepick">
            <input
              id="evidence-file"
              className="filepick__input"
              type="file"
              accept="image/*,application/pdf"
              multiple
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = '';
              }}
              data-testid="evidence-input"
            />
            <label htmlFor="evidence-file" className="btn btn--secondary btn--block filepick__label">
              <Icon name="file" /> {t.sheet.pickFile}
            </label>
          </div>
        </div>
      )}
    </section>
  );
}
