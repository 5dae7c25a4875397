/**
 * One RHK: its text and IKI; on a JA/JF form the supervisor's RHK it intervenes and an aspect per IKI,
 * on a JPT form its perspektif, where it was assigned from and a Manual Indikator Kinerja per IKI.
 */
import { useId } from 'react';
import type { SkpIki, SkpRhk } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';
import { MikEditor, PerspektifFields } from './JptFields';

const ASPEK = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;

export function RhkCard({
  rhk,
  jpt,
  number,
  parents,
  problems,
  onChange,
  onRemove,
}: {
  rhk: SkpRhk;
  /** The JPT form: perspektif instead of an intervened RHK, IKI without aspect and with a manual. */
  jpt: boolean;
  number: number;
  /** The penilai's RHK the picker offers, by id, in order (draftStore's parentOptions). */
  parents: Record<string, string>;
  problems: readonly string[];
  onChange: (next: SkpRhk) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const setIki = (i: number, next: SkpIki) => onChange({ ...rhk, iki: rhk.iki.map((x, j) => (j === i ? next : x)) });
  const parentIds = Object.keys(parents);
  if (rhk.parentRhkId && !parents[rhk.parentRhkId]) parentIds.push(rhk.parentRhkId);

  return (
    <li className={`card rhk${problems.length ? ' rhk--invalid' : ''}`} data-testid="skp-rhk" data-rhk={rhk.id}>
      <h4 className="rhk__title">{t.skp.rhkNumber(number)}</h4>
      {problems.length > 0 && (
        <ul className="rhk__problems" role="alert" data-testid="skp-rhk-problems">
          {problems.map((p) => (
            <li key={p}>
              <Icon name="alert" size={20} /> {p}
            </li>
          ))}
        </ul>
      )}
      <label className="field__label" htmlFor={`${id}-text`}>
        {t.skp.rhkText}
      </label>
      <textarea id={`${id}-text`} rows={3} value={rhk.text} onChange={(e) => onChange({ ...rhk, text: e.target.value })} data-testid="skp-rhk-text" />

      {jpt && <PerspektifFields rhk={rhk} onChange={onChange} />}
      {!jpt && (
        <>
      <label className="field__label" htmlFor={`${id}-parent`}>
        {t.skp.parent}
      </label>
      <p className="field__hint">{t.skp.parentHint}</p>
      <select
        id={`${id}-parent`}
        value={rhk.parentRhkId ?? ''}
        onChange={(e) => {
          const parentRhkId = e.target.value || null;
          onChange({ ...rhk, parentRhkId, cascadingType: parentRhkId ? (rhk.cascadingType ?? 'tidak_langsung') : null });
        }}
        data-testid="skp-rhk-parent"
      >
        <option value="">{t.skp.parentNone}</option>
        {parentIds.map((pid) => (
          <option key={pid} value={pid}>
            {parents[pid] ?? t.skp.parentUnknown}
          </option>
        ))}
      </select>
      {rhk.parentRhkId && (
        <>
          <p className="field__label" id={`${id}-cascading`}>
            {t.skp.cascading}
          </p>
          <div className="rhk__choice" role="radiogroup" aria-labelledby={`${id}-cascading`}>
            {(['langsung', 'tidak_langsung'] as const).map((c) => (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={rhk.cascadingType === c}
                className={`btn ${rhk.cascadingType === c ? 'btn--primary' : 'btn--secondary'}`}
                onClick={() => onChange({ ...rhk, cascadingType: c })}
              >
                {t.skp.cascadingType[c]}
              </button>
            ))}
          </div>
        </>
      )}
        </>
      )}

      <h5 className="rhk__iki-title">{t.skp.iki}</h5>
      <ol className="plain-list rhk__iki">
        {rhk.iki.map((iki, i) => (
          <li key={iki.id} className="iki" data-testid="skp-iki">
            <p className="iki__title">{t.skp.ikiNumber(i + 1)}</p>
            {!jpt && (
              <>
                <label className="field__label" htmlFor={`${id}-${iki.id}-aspek`}>
                  {t.skp.aspek}
                </label>
                <select id={`${id}-${iki.id}-aspek`} value={iki.aspek ?? 'kuantitas'} onChange={(e) => setIki(i, { ...iki, aspek: e.target.value as (typeof ASPEK)[number] })}>
                  {ASPEK.map((a) => (
                    <option key={a} value={a}>
                      {t.skp.aspekName[a]}
                    </option>
                  ))}
                </select>
              </>
            )}
            <label className="field__label" htmlFor={`${id}-${iki.id}-text`}>
              {t.skp.ikiText}
            </label>
            <textarea id={`${id}-${iki.id}-text`} rows={2} value={iki.text} onChange={(e) => setIki(i, { ...iki, text: e.target.value })} data-testid="skp-iki-text" />
            <label className="field__label" htmlFor={`${id}-${iki.id}-target`}>
              {t.skp.target}
            </label>
            <p className="field__hint">{t.skp.targetHint}</p>
            <input id={`${id}-${iki.id}-target`} type="text" value={iki.target} onChange={(e) => setIki(i, { ...iki, target: e.target.value })} data-testid="skp-iki-target" />
            {jpt && <MikEditor iki={iki} onChange={(next) => setIki(i, next)} />}
            <button type="button" className="btn btn--ghost btn--block" onClick={() => onChange({ ...rhk, iki: rhk.iki.filter((_, j) => j !== i) })}>
              <Icon name="trash" /> {t.skp.removeIki}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn btn--secondary btn--block"
        onClick={() => onChange({ ...rhk, iki: [...rhk.iki, newIki(jpt)] })}
        data-testid="skp-iki-add"
      >
        <Icon name="plus" /> {t.skp.addIki}
      </button>
      <button type="button" className="btn btn--ghost btn--block rhk__remove" onClick={onRemove}>
        <Icon name="trash" /> {t.skp.removeRhk}
      </button>
    </li>
  );
}

/** A new IKI: an aspect on JA/JF forms (kuantitas first, as the form lists them), none on JPT. */
export function newIki(jpt: boolean): SkpIki {
  return { id: uuidv7(), aspek: jpt ? null : 'kuantitas', text: '', target: '', mik: null };
}
