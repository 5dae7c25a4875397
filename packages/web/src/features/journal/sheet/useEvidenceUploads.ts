/**
 * The entry's evidence while the form is open: files already attached (each can be marked for
 * removal) and new ones, each shrunk, kept on the phone, then uploaded at once if there is a connection.
 */
import { MAX_EVIDENCE_PER_ENTRY } from '@kinerja/core/api/limits';
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Entry } from '../../../api/journal';
import { errorText } from '../../../errors';
import { useI18n, type Dict, type Lang } from '../../../i18n';
import { uuidv7 } from '../../../lib/uuid';
import { isOfflineError, saveBlob, uploadFile } from '../../offline';
import { PrepareError, prepareEvidence } from '../evidence';
import type { Errors } from './entryForm';

export interface NewEvidence {
  key: string;
  file: File;
  fileName: string;
  phase: 'preparing' | 'uploading' | 'uploaded' | 'failed' | 'attached';
  progress: number;
  sha256?: string;
  mediaType?: string;
  previewUrl?: string;
  error?: string;
}

function prepareMessage(err: unknown, t: Dict, lang: Lang): string {
  if (err instanceof PrepareError) return t.sheet[err.problem];
  return errorText(err, t, lang);
}

export type EvidenceUploads = ReturnType<typeof useEvidenceUploads>;

export function useEvidenceUploads(entry: Entry | undefined, setErrors: Dispatch<SetStateAction<Errors>>) {
  const { t, lang } = useI18n();
  const [existing, setExisting] = useState(() => (entry?.evidence ?? []).map((e) => ({ ...e, remove: false })));
  const [added, setAdded] = useState<NewEvidence[]>([]);
  const uploads = useRef(new Map<string, Promise<boolean>>());
  const previews = useRef<string[]>([]);

  useEffect(() => () => previews.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const live = existing.filter((e) => !e.remove).length + added.filter((a) => a.phase !== 'failed').length;

  const update = useCallback((key: string, patch: Partial<NewEvidence>) => {
    setAdded((list) => list.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  }, []);

  const startUpload = useCallback(
    (key: string, file: File) => {
      const run = (async () => {
        update(key, { phase: 'preparing', progress: 0, error: undefined });
        let prepared;
        try {
          prepared = await prepareEvidence(file);
        } catch (err) {
          update(key, { phase: 'failed', error: prepareMessage(err, t, lang) });
          return false;
        }
        let previewUrl: string | undefined;
        if (prepared.mediaType === 'image/jpeg') {
          previewUrl = URL.createObjectURL(prepared.body);
          previews.current.push(previewUrl);
        }
        // The file is kept on the phone first (the outbox sends it if the upload below cannot).
        try {
          await saveBlob({ sha256: prepared.sha256, blob: prepared.body, mediaType: prepared.mediaType, fileName: prepared.fileName, uploaded: false });
        } catch (err) {
          update(key, { phase: 'failed', error: errorText(err, t, lang) });
          return false;
        }
        const ready = { sha256: prepared.sha256, mediaType: prepared.mediaType, fileName: prepared.fileName, ...(previewUrl ? { previewUrl } : {}) };
        if (!navigator.onLine) {
          update(key, { ...ready, phase: 'uploaded', progress: 0 });
          return true;
        }
        update(key, { ...ready, phase: 'uploading' });
        try {
          await uploadFile(prepared.sha256, (p) => update(key, { progress: p }));
          update(key, { phase: 'uploaded', progress: 1 });
          return true;
        } catch (err) {
          // No connection: it goes with the entry later. A refusal (type, size) is final.
          if (isOfflineError(err)) {
            update(key, { phase: 'uploaded', progress: 0 });
            return true;
          }
          update(key, { phase: 'failed', error: errorText(err, t, lang) });
          return false;
        }
      })();
      uploads.current.set(key, run);
    },
    [t, lang, update],
  );

  function addFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    const room = MAX_EVIDENCE_PER_ENTRY - live;
    const list = [...files].slice(0, Math.max(0, room));
    setErrors((e) => ({ ...e, form: files.length > room ? t.sheet.tooMany : undefined }));
    const items: NewEvidence[] = list.map((file) => ({ key: uuidv7(), file, fileName: file.name, phase: 'preparing', progress: 0 }));
    setAdded((a) => [...a, ...items]);
    for (const it of items) startUpload(it.key, it.file);
  }

  function toggleExisting(sha256: string) {
    setExisting((l) => l.map((x) => (x.sha256 === sha256 ? { ...x, remove: !x.remove } : x)));
  }

  function dropAdded(key: string) {
    uploads.current.delete(key);
    setAdded((l) => l.filter((x) => x.key !== key));
  }

  return { existing, added, live, uploads, update, startUpload, addFiles, toggleExisting, dropAdded };
}
