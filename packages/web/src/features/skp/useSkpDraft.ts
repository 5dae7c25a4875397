/**
 * The SKP editor's draft: every change is kept on the phone at once (draftStore) with the id of the
 * save that will carry it; a save sends that id, so a retry after a lost answer applies once. A save
 * that fails for the connection is tried again by itself; the screen says "belum tersimpan" until
 * the server has confirmed exactly what is on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { skpApi, type SkpContent, type SkpDetail } from '../../api/skp';
import { uuidv7 } from '../../lib/uuid';
import { forgetDraft, keepDraft, keptDraft, type KeptDraft } from './draftStore';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

const RETRY_MS = 5_000;
/** Failures a later try can cure; a refusal (400, 409, 422) needs the user to change something. */
export const transient = (e: unknown) => e instanceof ApiError && (e.code === 'NETWORK' || e.code === 'UNAVAILABLE' || e.code === 'INTERNAL');

export function useSkpDraft(detail: SkpDetail, onSaved: (d: SkpDetail) => void) {
  const { id: skpId, agencyId } = detail.skp;
  const pending = useRef<KeptDraft | null>(keptDraft(skpId));
  const [content, setContent] = useState<SkpContent>(() => pending.current?.content ?? detail.content);
  const [state, setState] = useState<SaveState>(pending.current ? 'unsaved' : 'saved');
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const edit = useCallback(
    (next: SkpContent) => {
      setContent(next);
      const draft = { content: next, requestId: uuidv7() };
      pending.current = draft;
      keepDraft(skpId, draft);
      setState('unsaved');
    },
    [skpId],
  );

  /** Sends what is on screen; true once the server holds it (or nothing needed saving). */
  const save = useCallback((): Promise<boolean> => {
    if (inFlight.current) return inFlight.current.then(() => save());
    const draft = pending.current;
    if (!draft) return Promise.resolve(true);
    setState('saving');
    const run = skpApi.saveDraft(agencyId, skpId, draft.requestId, draft.content).then(
      (answer) => {
        forgetDraft(skpId, draft.requestId);
        const caughtUp = pending.current === draft;
        if (caughtUp) pending.current = null;
        setError(null);
        setState(caughtUp ? 'saved' : 'unsaved');
        onSavedRef.current(answer);
        return caughtUp;
      },
      (e: unknown) => {
        setError(e);
        setState('failed');
        return false;
      },
    );
    inFlight.current = run.finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [agencyId, skpId]);

  // A save lost to the connection is tried again with the same request id, and at once when the phone is back online.
  useEffect(() => {
    if (state !== 'failed' || !transient(error)) return;
    const retry = () => void save();
    const timer = setTimeout(retry, RETRY_MS);
    window.addEventListener('online', retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', retry);
    };
  }, [state, error, save]);

  return { content, edit, save, state, error };
}
