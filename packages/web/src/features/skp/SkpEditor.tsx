/**
 * The SKP editor, all three forms: RHK utama and tambahan (JA/JF: each with the supervisor's RHK it
 * intervenes; JPT: perspektif, penugasan and a manual per IKI), the perilaku as the penilai wrote it,
 * the Lampiran; save and submit.
 */
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { skpApi, type SkpDetail, type SkpRhk } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';
import { href } from '../../router';
import { useRencanaAksiText } from './rencanaAksiText';
import { useRhkImportText } from './rhkImportText';
import { parentOptions, rememberParents } from './draftStore';
import { placeIssues, type FieldProblem } from './issues';
import { LampiranEditor } from './LampiranEditor';
import { PerilakuRead } from './Perilaku';
import { newIki, RhkCard } from './RhkCard';
import { SkpHeader } from './SkpHeader';
import { usePenilaiRhk } from './usePenilaiRhk';
import { transient, useSkpDraft } from './useSkpDraft';

const JENIS = ['utama', 'tambahan'] as const;

export function SkpEditor({ detail, onChanged }: { detail: SkpDetail; onChanged: (d: SkpDetail) => void }) {
  const { t } = useI18n();
  const raText = useRencanaAksiText();
  const importText = useRhkImportText();
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [stepError, setStepError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const draft = useSkpDraft(detail, (saved) => {
    onChanged(saved);
  });
  const { content } = draft;
  const learned = useMemo(() => rememberParents(detail.skp.id, detail.content), [detail.skp.id, detail.content]);
  const offered = usePenilaiRhk(detail.skp.agencyId, detail.skp.id);
  const parents = useMemo(() => parentOptions(offered, learned, content.rhk.map((r) => r.parentRhkId)), [offered, learned, content.rhk]);

  // A save's own refusal (400 with fields) and the submit's cascade refusal, next to the RHK they name.
  const saveDetails: FieldProblem[] = draft.error instanceof ApiError ? draft.error.details : [];
  // The server's cascade check ran on the saved version: shown only while the screen still shows that version.
  const issues = placeIssues(content, [...saveDetails, ...(refusal?.details ?? [])], refusal || draft.state !== 'saved' ? [] : detail.cascade);

  const edit = (next: typeof content) => {
    // The refusal named fields by position in what was sent; after a change it no longer fits.
    setRefusal(null);
    draft.edit(next);
  };
  const setRhk = (id: string, next: SkpRhk | null) =>
    edit({ ...content, rhk: next ? content.rhk.map((r) => (r.id === id ? next : r)) : content.rhk.filter((r) => r.id !== id) });
  const jpt = detail.skp.form === 'jpt';
  const addRhk = (jenis: SkpRhk['jenis']) =>
    edit({
      ...content,
      rhk: [...content.rhk, { id: uuidv7(), jenis, text: '', parentRhkId: null, cascadingType: null, perspektif: null, penugasanDari: null, iki: [newIki(jpt)] }],
    });

  async function submit() {
    setSubmitting(true);
    setRefusal(null);
    setStepError(null);
    try {
      if (!(await draft.save())) return;
      onChanged(await skpApi.step(detail.skp.agencyId, detail.skp.id, 'submit', uuidv7()));
    } catch (e) {
      if (e instanceof ApiError && e.details.length) setRefusal(e);
      else setStepError(e);
    } finally {
      setSubmitting(false);
    }
  }

  let n = 0;
  return (
    <div className="stack skp">
      <SkpHeader detail={detail} backTo={href(['skp'])} />
      <SaveLine state={draft.state} error={draft.error} onSave={() => void draft.save()} />
      {refusal && <Notice kind="error" live>{t.skp.cannotSubmit}</Notice>}
      {issues.general.map((m) => (
        <Notice key={m} kind="warn">
          <span data-testid="skp-general-issue">{m}</span>
        </Notice>
      ))}
      {JENIS.map((jenis) => {
        const list = content.rhk.filter((r) => r.jenis === jenis);
        return (
          <section key={jenis} className="stack" aria-labelledby={`skp-${jenis}`} data-testid={`skp-section-${jenis}`}>
            <h2 id={`skp-${jenis}`}>{t.skp[jenis]}</h2>
            {list.length === 0 && <p className="empty">{t.skp.noRhk}</p>}
            <ol className="plain-list stack">
              {list.map((r) => (
                <RhkCard
                  key={r.id}
                  rhk={r}
                  jpt={jpt}
                  number={++n}
                  parents={parents}
                  problems={issues.byRhk.get(r.id) ?? []}
                  onChange={(next) => setRhk(r.id, next)}
                  onRemove={() => setRhk(r.id, null)}
                />
              ))}
            </ol>
            <button type="button" className="btn btn--secondary btn--block" onClick={() => addRhk(jenis)} data-testid={`skp-add-${jenis}`}>
              <Icon name="plus" /> {t.skp.addRhk(t.skp.jenisShort[jenis])}
            </button>
          </section>
        );
      })}
      {/* Many RHK at once: typed in Excel from the template, checked, then applied to this draft. */}
      <a className="btn btn--secondary btn--block" href={href(['skp', detail.skp.agencyId, detail.skp.id, 'impor'])} data-testid="skp-rhk-import-link">
        <Icon name="upload" /> {importText.link}
      </a>
      {/* As the server holds them: a draft save does not write them (only the penilai does), so a copy kept on the device may be stale. */}
      <PerilakuRead perilaku={detail.content.perilaku} />
      <LampiranEditor lampiran={content.lampiran} problems={issues.byLampiran} onChange={(lampiran) => edit({ ...content, lampiran })} />
      {/* Rencana aksi name RHK the server holds: offered once a saved version has one. */}
      {detail.content.rhk.length > 0 && (
        <a className="btn btn--secondary btn--block" href={href(['skp', detail.skp.agencyId, detail.skp.id, 'rencana-aksi'])} data-testid="skp-rencana-aksi-link">
          <Icon name="calendar" /> {raText.link}
        </a>
      )}
      {detail.skp.currentVersion > 1 && (
        <a className="btn btn--secondary btn--block" href={href(['skp', detail.skp.agencyId, detail.skp.id, 'versi'])} data-testid="skp-versions-link">
          <Icon name="repeat" /> {t.skp.versionsLink}
        </a>
      )}
      {stepError !== null && <ErrorBox error={stepError} />}
      <div className="skp-actions">
        <button type="button" className="btn btn--secondary btn--block" disabled={draft.state === 'saved' || draft.state === 'saving'} onClick={() => void draft.save()} data-testid="skp-save">
          {t.skp.save}
        </button>
        <button type="button" className="btn btn--primary btn--block" disabled={submitting} onClick={() => void submit()} data-testid="skp-submit">
          <Icon name="send" /> {submitting ? t.app.loading : t.skp.submit}
        </button>
      </div>
    </div>
  );
}

/** Whether what is on screen is on the server yet: "belum tersimpan" must never be missed. */
function SaveLine({ state, error, onSave }: { state: ReturnType<typeof useSkpDraft>['state']; error: unknown; onSave: () => void }) {
  const { t } = useI18n();
  if (state === 'saved') return <p className="skp-saveline skp-saveline--ok" data-testid="skp-save-state" data-state={state} role="status"><Icon name="check" size={20} /> {t.skp.saved}</p>;
  if (state === 'saving') return <p className="skp-saveline" data-testid="skp-save-state" data-state={state} role="status">{t.skp.saving}</p>;
  return (
    <div className="skp-saveline skp-saveline--unsaved" data-testid="skp-save-state" data-state={state} role="status">
      <p>
        <Icon name="alert" size={20} /> {state === 'failed' ? t.skp.saveFailed : t.skp.unsaved}
      </p>
      {/* A lost connection is already said above; a refusal with fields is shown next to its RHK. */}
      {state === 'failed' && error !== null && !transient(error) && !(error instanceof ApiError && error.details.length) && <ErrorBox error={error} />}
      <button type="button" className="btn btn--primary btn--block" onClick={onSave}>
        {t.skp.save}
      </button>
    </div>
  );
}
