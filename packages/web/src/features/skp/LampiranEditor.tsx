/** The Lampiran SKP: three lists (dukungan sumber daya, skema pertanggungjawaban, konsekuensi), edited item by item, or read. */
import { LAMPIRAN_SECTIONS } from '@kinerja/core';
import { useId } from 'react';
import type { SkpContent } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';

type Lampiran = SkpContent['lampiran'];
type Jenis = Lampiran[number]['jenis'];

/** `problems`: the server's refusals by item id (an empty item, …), shown under the item they name. */
export function LampiranEditor({ lampiran, problems, onChange }: { lampiran: Lampiran; problems: ReadonlyMap<string, readonly string[]>; onChange: (next: Lampiran) => void }) {
  const { t } = useI18n();
  const id = useId();
  const set = (itemId: string, text: string) => onChange(lampiran.map((l) => (l.id === itemId ? { ...l, text } : l)));
  return (
    <section className="stack" aria-labelledby={`${id}-title`} data-testid="skp-lampiran">
      <h2 id={`${id}-title`}>{t.skp.lampiran}</h2>
      {LAMPIRAN_SECTIONS.map(({ jenis }) => {
        const items = lampiran.filter((l) => l.jenis === jenis);
        const label = t.skp.lampiranJenis[jenis as Jenis];
        return (
          <div key={jenis} className="card stack" data-testid={`skp-lampiran-${jenis}`}>
            <h3>{label}</h3>
            {items.length === 0 && <p className="empty">{t.skp.lampiranNone}</p>}
            <ol className="plain-list stack">
              {items.map((l, i) => {
                const refused = problems.get(l.id) ?? [];
                return (
                  <li key={l.id} className="stack" data-testid="skp-lampiran-item">
                    <label className="field__label" htmlFor={`${id}-${l.id}`}>
                      {label} {i + 1}
                    </label>
                    <textarea
                      id={`${id}-${l.id}`}
                      rows={2}
                      maxLength={2000}
                      value={l.text}
                      onChange={(e) => set(l.id, e.target.value)}
                      aria-invalid={refused.length > 0 || undefined}
                      aria-describedby={refused.length > 0 ? `${id}-${l.id}-problems` : undefined}
                      data-testid="skp-lampiran-text"
                    />
                    {refused.length > 0 && (
                      <ul id={`${id}-${l.id}-problems`} className="rhk__problems" role="alert" data-testid="skp-lampiran-problems">
                        {refused.map((p) => (
                          <li key={p}>
                            <Icon name="alert" size={20} /> {p}
                          </li>
                        ))}
                      </ul>
                    )}
                    <button type="button" className="btn btn--ghost btn--block" onClick={() => onChange(lampiran.filter((x) => x.id !== l.id))}>
                      <Icon name="trash" /> {t.skp.lampiranRemove}
                    </button>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="btn btn--secondary btn--block" onClick={() => onChange([...lampiran, { id: uuidv7(), jenis: jenis as Jenis, text: '' }])} data-testid={`skp-lampiran-add-${jenis}`}>
              <Icon name="plus" /> {t.skp.lampiranAdd(label)}
            </button>
          </div>
        );
      })}
    </section>
  );
}

export function LampiranRead({ lampiran }: { lampiran: Lampiran }) {
  const { t } = useI18n();
  return (
    <section className="stack" aria-labelledby="skp-lampiran-read">
      <h2 id="skp-lampiran-read">{t.skp.lampiran}</h2>
      {LAMPIRAN_SECTIONS.map(({ jenis }) => {
        const items = lampiran.filter((l) => l.jenis === jenis);
        return (
          <div key={jenis} className="card">
            <h3>{t.skp.lampiranJenis[jenis as Jenis]}</h3>
            {items.length === 0 ? (
              <p className="empty">{t.skp.lampiranNone}</p>
            ) : (
              <ol>
                {items.map((l) => (
                  <li key={l.id}>{l.text}</li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}
