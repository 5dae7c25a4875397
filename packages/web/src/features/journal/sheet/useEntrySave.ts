/**
 * Saving and deleting the entry: both go through the outbox and are sent at once. A refusal from the
 * server is shown next to its field and nothing stays queued; without a connection the change waits
 * in the outbox.
 */
import { useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '../../../api/client';
import type { Day } from '../../../api/journal';
import { errorText } from '../../../errors';
import { useI18n } from '../../../i18n';
import { discard, sendNow, offlineText, queueDelete, queueEntryPut, rememberRhk, type EntryRefusal, type EntryToCheck } from '../../offline';
import { fieldOf, fieldText, revealInSheet, type Errors, type Picked } from './entryForm';
import type { EvidenceUploads } from './useEvidenceUploads';

export type OnDone = (day: Day | null, message: string) => void;

/** What the form holds when Save is pressed. */
export interface EntryDraft {
  id: string;
  date: string;
  activity: Picked | null;
  start: string;
  end: string;
  volume: number;
  description: string;
  /** The RHK of the user's approved SKP the entry serves (null: none). */
  rhkId: string | null;
  credited: number;
  evidence: EvidenceUploads;
}

/**
 * `refusalOf` runs core's entry rules on the phone (offline/entryRules.ts): a refusal shows at once,
 * like the server's, and nothing is queued.
 */
export function useEntrySave(
  initialVersion: number | undefined,
  setErrors: Dispatch<SetStateAction<Errors>>,
  toPicker: () => void,
  onDone: OnDone,
  refusalOf: (entry: EntryToCheck) => EntryRefusal | null,
) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<null | 'waiting' | 'saving' | 'deleting'>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | undefined>(initialVersion);

  async function save({ id, date, activity, start, end, volume, description, rhkId, credited, evidence }: EntryDraft) {
    const { added, existing, uploads, update } = evidence;
    if (!activity) {
      setErrors({ activity: t.sheet.pickFirst });
      toPicker();
      return;
    }
    setErrors({});
    const refusal = refusalOf({ id, workDate: date, startTime: start || null, endTime: end || null, activityCode: activity.code, volume: Number.isFinite(volume) ? volume : 0, rhkId });
    if (refusal) {
      showRefusal(refusal);
      return;
    }
    setBusy('waiting');
    const results = await Promise.all(added.filter((a) => a.phase !== 'attached').map((a) => uploads.current.get(a.key) ?? Promise.resolve(false)));
    if (results.some((ok) => !ok)) {
      setBusy(null);
      showFormError(t.sheet.uploadsFailed);
      return;
    }
    setBusy('saving');
    const files = added
      .filter((a) => a.phase !== 'failed' && a.sha256)
      .map((a) => ({ sha256: a.sha256!, fileName: a.fileName, mediaType: a.mediaType ?? 'image/jpeg' }));
    let outcome;
    let itemId = '';
    try {
      const item = await queueEntryPut({
        entryId: id,
        baseVersion: savedVersion !== undefined && savedVersion > 0 ? savedVersion : null,
        entry: {
          workDate: date,
          startTime: start || null,
          endTime: end || null,
          activityCode: activity.code,
          volume: Number.isFinite(volume) ? volume : 0,
          description: description.trim(),
          rhkId,
          evidence: [...existing.filter((e) => !e.remove).map((e) => e.sha256), ...files.map((f) => f.sha256)],
        },
        files,
        display: { activityName: activity.name, activityUnit: activity.unit, creditedMinutes: credited, status: 'draft' },
      });
      itemId = item.itemId;
      outcome = await sendNow(item.itemId);
    } catch (err) {
      setBusy(null);
      showFormError(errorText(err, t, lang));
      return;
    }
    if (outcome.kind === 'attention' && outcome.result.status === 'rejected') {
      // The form still holds everything: show the server's words next to the field, queue nothing.
      await discard(itemId).catch(() => {});
      setBusy(null);
      const r = outcome.result;
      showRefusal({ code: r.code ?? 'UNKNOWN', message: r.message ?? '', details: r.details ?? [] });
      return;
    }
    if (outcome.kind === 'sent' && outcome.result.entry) setSavedVersion(outcome.result.entry.version);
    // Kept or queued: the next entry of this activity is offered the same RHK.
    void rememberRhk(activity.code, rhkId);
    for (const a of added) if (a.phase === 'uploaded') update(a.key, { phase: 'attached' });
    setBusy(null);
    onDone(null, outcome.kind === 'sent' ? t.journal.saved : outcome.kind === 'queued' ? offlineText(lang).savedLocal : `${t.journal.saved} ${outcome.result.message ?? ''}`);
  }

  /** The server's refusal, or the same one found on the phone: next to its field when it names one. */
  function showRefusal(r: { code: string; message: string; details: { field: string; message: string }[] }) {
    const err = new ApiError(r.code as ApiError['code'], r.message, 422, r.details);
    const field = fieldOf(err);
    const text = fieldText(err, t, lang);
    if (field === 'form') showFormError(text);
    else setErrors({ [field]: text });
    if (field !== 'form') requestAnimationFrame(() => revealInSheet(document.getElementById(`entry-error-${field}`)));
  }

  // The form-level error sits in the footer, right above the Save button: always in view.
  function showFormError(text: string) {
    setErrors((e) => ({ ...e, form: text }));
  }

  async function remove(id: string, date: string) {
    setBusy('deleting');
    try {
      const item = await queueDelete(id, date, savedVersion ?? 0);
      const out = item ? await sendNow(item.itemId) : null;
      if (item && out?.kind === 'attention') {
        await discard(item.itemId).catch(() => {});
        throw new ApiError((out.result.code ?? 'UNKNOWN') as ApiError['code'], out.result.message ?? '', 422);
      }
      onDone(null, !out || out.kind === 'sent' ? t.journal.deleted : offlineText(lang).deletedLocal);
    } catch (err) {
      setBusy(null);
      setConfirmDelete(false);
      showFormError(errorText(err, t, lang));
    }
  }

  return { busy, confirmDelete, setConfirmDelete, save, remove };
}
