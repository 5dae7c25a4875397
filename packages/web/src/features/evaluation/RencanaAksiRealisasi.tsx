/**
 * In one evaluation, under an RHK: its rencana aksi whose period shares a day with the covered days
 * (issue 16 item 5), each with its target and the employee's realisasi (written while the evaluation
 * is open, read by everyone else).
 */
import { useId, useState } from 'react';
import { evaluationApi, type EvaluationDetail } from '../../api/evaluation';
import { ErrorBox, Notice } from '../../components/ui';
import { shownText } from '../../format';
import { useI18n, type Lang } from '../../i18n';

const TEXT: Record<Lang, { title: string; target: (t: string) => string; realisasi: string; save: string; saved: string; required: string; none: string }> = {
  id: { title: 'Rencana aksi', target: (t) => `Target: ${t}`, realisasi: 'Realisasi rencana aksi', save: 'Simpan realisasi', saved: 'Realisasi tersimpan.', required: 'Wajib diisi.', none: 'Belum diisi.' },
  en: { title: 'Action plan', target: (t) => `Target: ${t}`, realisasi: 'Result of the action', save: 'Save result', saved: 'Result saved.', required: 'Required.', none: 'Not filled in yet.' },
};

type Aksi = EvaluationDetail['rhk'][number]['rencanaAksi'][number];

export function RencanaAksiRealisasi({
  items,
  agencyId,
  evaluationId,
  writable,
  onChanged,
}: {
  items: readonly Aksi[];
  agencyId: string;
  evaluationId: string;
  writable: boolean;
  onChanged: (d: EvaluationDetail) => void;
}) {
  const tx = TEXT[useI18n().lang];
  if (items.length === 0) return null;
  return (
    <div className="stack" data-testid="evaluation-rencana-aksi">
      <h4>{tx.title}</h4>
      <ol className="plain-list stack">
        {items.map((a) => (
          <AksiItem key={a.id} aksi={a} agencyId={agencyId} evaluationId={evaluationId} writable={writable} onChanged={onChanged} />
        ))}
      </ol>
    </div>
  );
}

function AksiItem({ aksi, agencyId, evaluationId, writable, onChanged }: { aksi: Aksi; agencyId: string; evaluationId: string; writable: boolean; onChanged: (d: EvaluationDetail) => void }) {
  const tx = TEXT[useI18n().lang];
  const id = useId();
  const [text, setText] = useState(aksi.realisasi?.text ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const save = async () => {
    setMissing(text.trim() === '');
    if (text.trim() === '') return;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      onChanged(await evaluationApi.saveRealisasiAksi(agencyId, evaluationId, aksi.id, text.trim()));
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="evaluation-iki" data-testid="evaluation-aksi">
      <p>
        <strong>{shownText(aksi.text)}</strong>
        <br />
        <span className="muted">
          {aksi.label} · {tx.target(shownText(aksi.target))}
        </span>
      </p>
      {writable ? (
        <>
          <div className={`field${missing ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-text`} className="field__label">
              {tx.realisasi}
            </label>
            <div className="field__control">
              <textarea id={`${id}-text`} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={missing || undefined} data-testid="evaluation-aksi-realisasi" />
            </div>
            {missing && <p className="field__error">{tx.required}</p>}
          </div>
          {error !== null && <ErrorBox error={error} />}
          {done && (
            <Notice kind="ok" live>
              {tx.saved}
            </Notice>
          )}
          <button type="button" className="btn btn--secondary btn--block" onClick={() => void save()} disabled={busy} data-testid="evaluation-aksi-save">
            {tx.save}
          </button>
        </>
      ) : (
        <p data-testid="evaluation-aksi-read">
          <span className="muted">{tx.realisasi}:</span> {aksi.realisasi ? shownText(aksi.realisasi.text) : tx.none}
        </p>
      )}
    </li>
  );
}
