/**
 * One attachment for a leave request (a doctor's note, a travel order), through the journal's
 * evidence pipeline: a photo is shrunk and hashed as journal evidence is, kept on the phone, then
 * sent with the resumable upload; the request names it by its SHA-256.
 */
import { useEffect, useId, useState } from 'react';
import { Icon } from '../../components/Icon';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n';
import { PrepareError, prepareEvidence } from '../journal';
import { saveBlob, uploadFile } from '../offline';

export type Attachment =
  | { state: 'busy'; fileName: string; progress: number }
  | { state: 'ready'; fileName: string; sha256: string; previewUrl: string | null }
  | { state: 'failed'; fileName: string; error: string };

const PICKERS = [
  { key: 'camera', accept: 'image/*', icon: 'camera' },
  { key: 'file', accept: 'image/*,application/pdf', icon: 'file' },
] as const;

export function AttachmentPicker({ label, value, onChange }: { label: string; value: Attachment | null; onChange: (a: Attachment | null) => void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const preview = value?.state === 'ready' ? value.previewUrl : null;
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function take(file: File | undefined) {
    if (!file) return;
    onChange({ state: 'busy', fileName: file.name, progress: 0 });
    try {
      const prepared = await prepareEvidence(file);
      await saveBlob({ sha256: prepared.sha256, blob: prepared.body, mediaType: prepared.mediaType, fileName: prepared.fileName, uploaded: false });
      await uploadFile(prepared.sha256, (p) => onChange({ state: 'busy', fileName: prepared.fileName, progress: p }));
      onChange({
        state: 'ready',
        fileName: prepared.fileName,
        sha256: prepared.sha256,
        previewUrl: prepared.mediaType === 'image/jpeg' ? URL.createObjectURL(prepared.body) : null,
      });
    } catch (err) {
      onChange({ state: 'failed', fileName: file.name, error: err instanceof PrepareError ? t.sheet[err.problem] : errorText(err, t, lang) });
    }
  }

  return (
    <div className="field att-attachment">
      <p className="field__label">{label}</p>
      {value && (
        <div className="att-attachment__file" data-testid="att-attachment" data-state={value.state}>
          {value.state === 'ready' && value.previewUrl ? <img src={value.previewUrl} alt="" width={72} height={72} /> : <Icon name={value.state === 'failed' ? 'alert' : 'file'} />}
          <span className="att-attachment__name">
            {value.fileName}
            <br />
            <span className="muted" aria-live="polite">
              {value.state === 'busy' ? t.sheet.uploading(Math.round(value.progress * 100)) : value.state === 'ready' ? t.sheet.attached : value.error}
            </span>
          </span>
          {value.state !== 'busy' && (
            <button type="button" className="btn btn--ghost att-attachment__remove" onClick={() => onChange(null)} aria-label={t.sheet.removeEvidence(value.fileName)}>
              <Icon name="trash" />
            </button>
          )}
        </div>
      )}
      {(!value || value.state === 'failed') && (
        <div className="att-pick">
          {PICKERS.map((p) => (
            <div key={p.key} className="filepick">
              <input
                id={`${id}-${p.key}`}
                className="filepick__input"
                type="file"
                accept={p.accept}
                {...(p.key === 'camera' ? { capture: 'environment' as const } : {})}
                onChange={(e) => {
                  void take(e.target.files?.[0]);
                  e.target.value = '';
                }}
                data-testid={`att-attachment-${p.key}`}
              />
              <label htmlFor={`${id}-${p.key}`} className="btn btn--secondary btn--block filepick__label">
                <Icon name={p.icon} /> {p.key === 'camera' ? t.sheet.takePhoto : t.sheet.pickFile}
              </label>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
