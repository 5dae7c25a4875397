/**
 * Perilaku kerja: the 7 BerAKHLAK values, each with its 3 printed panduan perilaku and the one
 * Ekspektasi Khusus Pimpinan the pejabat penilai writes for it. Read on the employee's screens; the
 * penilai writes them while approving (edit and approve in one step).
 */
import { BERAKHLAK, BERAKHLAK_VALUES, type BerakhlakValue } from '@kinerja/core';
import { useId } from 'react';
import type { SkpContent } from '../../api/skp';
import { useI18n } from '../../i18n';

type Perilaku = SkpContent['perilaku'];

export function ekspektasiOf(perilaku: Perilaku, value: BerakhlakValue): string {
  return perilaku.find((p) => p.id === value)?.ekspektasi ?? '';
}

/** The perilaku with one value's expectation replaced; an emptied one is left out. */
export function withEkspektasi(perilaku: Perilaku, value: BerakhlakValue, text: string): Perilaku {
  const rest = perilaku.filter((p) => p.id !== value);
  const next = text.trim() === '' ? rest : [...rest, { id: value, ekspektasi: text }];
  return BERAKHLAK_VALUES.flatMap((v) => next.filter((p) => p.id === v));
}

function Value({ value, n, children }: { value: BerakhlakValue; n: number; children: React.ReactNode }) {
  const entry = BERAKHLAK[value];
  return (
    <li className="card perilaku" data-testid="skp-perilaku" data-value={value}>
      <h3 className="perilaku__title">
        {n}. {entry.label}
      </h3>
      <ul className="perilaku__panduan">
        {entry.panduanPerilaku.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {children}
    </li>
  );
}

export function PerilakuRead({ perilaku }: { perilaku: Perilaku }) {
  const { t } = useI18n();
  return (
    <section className="stack" aria-labelledby="skp-perilaku">
      <h2 id="skp-perilaku">{t.skp.perilaku}</h2>
      <p className="muted">{t.skp.perilakuHint}</p>
      <ol className="plain-list stack">
        {BERAKHLAK_VALUES.map((v, i) => {
          const text = ekspektasiOf(perilaku, v);
          return (
            <Value key={v} value={v} n={i + 1}>
              <p className="perilaku__ekspektasi">
                <span className="muted">{t.skp.ekspektasi}: </span>
                {text ? <span data-testid="skp-ekspektasi">{text}</span> : <span className="muted">{t.skp.ekspektasiNone}</span>}
              </p>
            </Value>
          );
        })}
      </ol>
    </section>
  );
}

export function PerilakuEditor({ perilaku, onChange }: { perilaku: Perilaku; onChange: (next: Perilaku) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-title`} data-testid="skp-perilaku-editor">
      <h2 id={`${id}-title`}>{t.skp.perilaku}</h2>
      <p className="muted">{t.skp.perilakuHint}</p>
      <ol className="plain-list stack">
        {BERAKHLAK_VALUES.map((v, i) => (
          <Value key={v} value={v} n={i + 1}>
            <label className="field__label" htmlFor={`${id}-${v}`}>
              {t.skp.ekspektasi}
            </label>
            <textarea id={`${id}-${v}`} rows={3} maxLength={2000} value={ekspektasiOf(perilaku, v)} onChange={(e) => onChange(withEkspektasi(perilaku, v, e.target.value))} data-testid={`skp-ekspektasi-${v}`} />
          </Value>
        ))}
      </ol>
    </section>
  );
}
