/**
 * The JPT form's own fields (PermenPANRB 6/2022): an RHK's perspektif (one of four) and where it was
 * assigned from, and each IKI's Manual Indikator Kinerja, folded away until opened.
 */
import { EMPTY_MIK, JENIS_INDIKATOR, MIK_FIELDS, PERSPEKTIF, isEmptyMik } from '@kinerja/core';
import { useId } from 'react';
import type { SkpIki, SkpRhk } from '../../api/skp';
import { useI18n } from '../../i18n';

export function PerspektifFields({ rhk, onChange }: { rhk: SkpRhk; onChange: (next: SkpRhk) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <p className="field__label" id={`${id}-perspektif`}>
        {t.skp.perspektif}
      </p>
      <div className="rhk__choice rhk__choice--grid" role="radiogroup" aria-labelledby={`${id}-perspektif`} data-testid="skp-rhk-perspektif">
        {PERSPEKTIF.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={rhk.perspektif === p}
            className={`btn ${rhk.perspektif === p ? 'btn--primary' : 'btn--secondary'}`}
            onClick={() => onChange({ ...rhk, perspektif: p })}
            data-value={p}
          >
            {t.skp.perspektifName[p]}
          </button>
        ))}
      </div>
      <label className="field__label" htmlFor={`${id}-penugasan`}>
        {t.skp.penugasanDari}
      </label>
      <p className="field__hint">{t.skp.penugasanDariHint}</p>
      <input
        id={`${id}-penugasan`}
        type="text"
        maxLength={500}
        value={rhk.penugasanDari ?? ''}
        onChange={(e) => onChange({ ...rhk, penugasanDari: e.target.value === '' ? null : e.target.value })}
        data-testid="skp-rhk-penugasan"
      />
    </>
  );
}

export function MikEditor({ iki, onChange }: { iki: SkpIki; onChange: (next: SkpIki) => void }) {
  const { t } = useI18n();
  const id = useId();
  const mik = iki.mik ?? EMPTY_MIK;
  const set = (next: typeof mik) => onChange({ ...iki, mik: next });
  return (
    <details className="mik" data-testid="skp-iki-mik">
      <summary className="mik__summary">
        {t.skp.mik} <span className="muted">({isEmptyMik(iki.mik) ? t.skp.mikEmpty : t.skp.mikFilled})</span>
      </summary>
      <div className="stack mik__fields">
        {MIK_FIELDS.map((f) => (
          <div key={f.key} className="stack">
            <label className="field__label" htmlFor={`${id}-${f.key}`}>
              {t.skp.mikField[f.key]}
            </label>
            <textarea id={`${id}-${f.key}`} rows={2} maxLength={2000} value={mik[f.key]} onChange={(e) => set({ ...mik, [f.key]: e.target.value })} data-testid={`skp-mik-${f.key}`} />
          </div>
        ))}
        <label className="field__label" htmlFor={`${id}-jenis`}>
          {t.skp.jenisIndikator}
        </label>
        <select
          id={`${id}-jenis`}
          value={mik.jenisIndikator ?? ''}
          onChange={(e) => set({ ...mik, jenisIndikator: e.target.value === '' ? null : (e.target.value as (typeof JENIS_INDIKATOR)[number]) })}
          data-testid="skp-mik-jenisIndikator"
        >
          <option value="">{t.skp.jenisIndikatorNone}</option>
          {JENIS_INDIKATOR.map((j) => (
            <option key={j} value={j}>
              {t.skp.jenisIndikatorName[j]}
            </option>
          ))}
        </select>
      </div>
    </details>
  );
}

/** A JPT IKI's manual as read: the fields written, in printed order. */
export function MikRead({ iki }: { iki: SkpIki }) {
  const { t } = useI18n();
  if (!iki.mik || isEmptyMik(iki.mik)) return null;
  const mik = iki.mik;
  return (
    <details className="mik" data-testid="skp-iki-mik-read">
      <summary className="mik__summary">{t.skp.mik}</summary>
      <dl className="mik__read">
        {MIK_FIELDS.filter((f) => mik[f.key].trim() !== '').map((f) => (
          <div key={f.key}>
            <dt className="muted">{t.skp.mikField[f.key]}</dt>
            <dd>{mik[f.key]}</dd>
          </div>
        ))}
        {mik.jenisIndikator && (
          <div>
            <dt className="muted">{t.skp.jenisIndikator}</dt>
            <dd>{t.skp.jenisIndikatorName[mik.jenisIndikator]}</dd>
          </div>
        )}
      </dl>
    </details>
  );
}
