/**
 * The pejabat penilai's part of one evaluation: umpan balik per RHK or BerAKHLAK value, the two
 * ratings (a judgment: three big choices each, the predikat of the matrix shown as they are picked),
 * the organisation's live curve, and finalising with what still blocks it or only warns.
 */
import { BERAKHLAK, BERAKHLAK_VALUES, FEEDBACK_PRESETS, predikatOf, RATINGS, type Rating } from '@kinerja/core';
import { useId, useState } from 'react';
import { evaluationApi, type EvaluationDetail } from '../../api/evaluation';
import { ErrorBox, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';
import { CurveChart } from './CurveChart';

interface PanelProps {
  detail: EvaluationDetail;
  agencyId: string;
  evaluationId: string;
  onChanged: (d: EvaluationDetail) => void;
}

function RatingChoice({ name, legend, value, onChange, testId }: { name: string; legend: string; value: Rating | null; onChange: (r: Rating) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <fieldset className="eval-choice" data-testid={testId}>
      <legend className="field__label">{legend}</legend>
      {RATINGS.map((r) => (
        <label key={r} className={`eval-choice__option${value === r ? ' is-on' : ''}`}>
          <input className="visually-hidden" type="radio" name={name} checked={value === r} onChange={() => onChange(r)} data-testid={`${testId}-${r}`} />
          {t.evaluation.rating[r]}
        </label>
      ))}
    </fieldset>
  );
}

export function RatingCard({ detail, agencyId, evaluationId, onChanged }: PanelProps) {
  const { t } = useI18n();
  const id = useId();
  const e = detail.evaluation;
  const [hasil, setHasil] = useState<Rating | null>(detail.leadsOrganisation ? null : e.ratingHasilKerja);
  const [perilaku, setPerilaku] = useState<Rating | null>(e.ratingPerilakuKerja);
  const [note, setNote] = useState(detail.ratingNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const effectiveHasil = detail.leadsOrganisation ? e.ratingHasilKerja : hasil;
  const preview = effectiveHasil && perilaku ? predikatOf(effectiveHasil, perilaku) : null;
  async function save() {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      onChanged(await evaluationApi.rate(agencyId, evaluationId, { ratingHasilKerja: detail.leadsOrganisation ? null : hasil, ratingPerilakuKerja: perilaku, note: note.trim() }));
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card stack" data-testid="evaluation-rate">
      <h3>{t.evaluation.rate.title}</h3>
      {detail.leadsOrganisation ? (
        <p>
          <span className="muted">{t.evaluation.rate.hasil}:</span>{' '}
          {detail.capaianOrganisasi ? t.evaluation.rate.leaderHasil(t.evaluation.capaianLabel[detail.capaianOrganisasi]) : t.evaluation.notRated}
        </p>
      ) : (
        <RatingChoice name={`${id}-hasil`} legend={t.evaluation.rate.hasil} value={hasil} onChange={setHasil} testId="rate-hasil" />
      )}
      <RatingChoice name={`${id}-perilaku`} legend={t.evaluation.rate.perilaku} value={perilaku} onChange={setPerilaku} testId="rate-perilaku" />
      <p>
        {t.evaluation.predikat}: <strong data-testid="rate-preview">{preview ? t.evaluation.predikatLabel[preview] : t.evaluation.notRated}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${id}-note`} className="field__label">
          {t.evaluation.rate.note}
        </label>
        <div className="field__control">
          <textarea id={`${id}-note`} rows={2} maxLength={2000} value={note} onChange={(ev) => setNote(ev.target.value)} data-testid="rate-note" />
        </div>
      </div>
      {error !== null && <ErrorBox error={error} />}
      {done && (
        <Notice kind="ok" live>
          {t.evaluation.rate.saved}
        </Notice>
      )}
      <button type="button" className="btn btn--primary btn--block" onClick={save} disabled={busy || (!detail.leadsOrganisation && !hasil) || !perilaku} data-testid="rate-save">
        {t.evaluation.rate.save}
      </button>
    </section>
  );
}

export function FeedbackComposer({ target, targetId, agencyId, evaluationId, onChanged }: Omit<PanelProps, 'detail'> & { target: 'rhk' | 'perilaku'; targetId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [preset, setPreset] = useState<(typeof FEEDBACK_PRESETS)[number] | ''>('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  async function send() {
    if (!preset && !text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    setBusy(true);
    setError(null);
    try {
      onChanged(await evaluationApi.feedback(agencyId, evaluationId, uuidv7(), { target, targetId, preset: preset || null, text: text.trim() }));
      setPreset('');
      setText('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <details className="evaluation-give" data-testid="feedback-composer">
      <summary className="btn btn--ghost">{t.evaluation.rate.feedbackTitle}</summary>
      <div className="stack">
        <div className="field">
          <label htmlFor={`${id}-preset`} className="field__label">
            {t.evaluation.rate.feedbackPreset}
          </label>
          <div className="field__control">
            <select id={`${id}-preset`} className="eval-select" value={preset} onChange={(e) => setPreset(e.target.value as typeof preset)} data-testid="feedback-preset">
              <option value="">{t.evaluation.rate.feedbackNoPreset}</option>
              {FEEDBACK_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t.evaluation.preset[p]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className={`field${empty ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-text`} className="field__label">
            {t.evaluation.rate.feedbackText}
          </label>
          <div className="field__control">
            <textarea id={`${id}-text`} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} data-testid="feedback-text" />
          </div>
          {empty && <p className="field__error">{t.evaluation.rate.feedbackEmpty}</p>}
        </div>
        {error !== null && <ErrorBox error={error} />}
        <button type="button" className="btn btn--secondary btn--block" onClick={send} disabled={busy} data-testid="feedback-send">
          {t.evaluation.rate.feedbackSend}
        </button>
      </div>
    </details>
  );
}

/** Umpan balik on perilaku kerja: one composer per BerAKHLAK value, chosen from a list. */
export function PerilakuFeedback(props: Omit<PanelProps, 'detail'>) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState<(typeof BERAKHLAK_VALUES)[number]>(BERAKHLAK_VALUES[0]);
  return (
    <section className="card stack" data-testid="perilaku-feedback">
      <h3>{t.evaluation.perilaku}</h3>
      <div className="field">
        <label htmlFor={`${id}-value`} className="field__label">
          BerAKHLAK
        </label>
        <div className="field__control">
          <select id={`${id}-value`} className="eval-select" value={value} onChange={(e) => setValue(e.target.value as typeof value)} data-testid="perilaku-value">
            {BERAKHLAK_VALUES.map((v) => (
              <option key={v} value={v}>
                {BERAKHLAK[v].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FeedbackComposer key={value} target="perilaku" targetId={value} {...props} />
    </section>
  );
}

export function FinaliseCard({ detail, agencyId, evaluationId, onChanged }: PanelProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [requestId] = useState(uuidv7);
  const { blocking, warnings } = detail.check;
  const policy = blocking.some((b) => b.code === 'DISTRIBUTION_BREACH') ? 'block' : 'warn';
  async function finalise() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await evaluationApi.finalise(agencyId, evaluationId, requestId));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }
  return (
    <>
      {detail.curve && <CurveChart curve={detail.curve} policy={policy} />}
      <section className="card stack" data-testid="evaluation-finalise">
        <h3>{t.evaluation.rate.finalise}</h3>
        <p className="muted">{t.evaluation.rate.finaliseHint}</p>
        {blocking.length > 0 && (
          <Notice kind="error">
            <strong>{t.evaluation.rate.blocking}</strong>
            <ul className="evaluation-issues" data-testid="finalise-blocking">
              {blocking.map((b, i) => (
                <li key={i}>{b.message}</li>
              ))}
            </ul>
          </Notice>
        )}
        {warnings.length > 0 && (
          <Notice kind="warn">
            <strong>{t.evaluation.rate.warnings}</strong>
            <ul className="evaluation-issues" data-testid="finalise-warnings">
              {warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          </Notice>
        )}
        {error !== null && <ErrorBox error={error} />}
        <button type="button" className="btn btn--primary btn--block" onClick={finalise} disabled={busy || blocking.length > 0} data-testid="finalise">
          {t.evaluation.rate.finalise}
        </button>
      </section>
    </>
  );
}
