/**
 * An SKP read as it is: the penilai's view of a submitted SKP (Setujui, or Kembalikan with a required
 * note), and the employee's view once it is out of their hands (withdraw while submitted, revise once approved).
 */
import { checkDecisionNote } from '@kinerja/core';
import { useId, useState, type FormEvent } from 'react';
import { skpApi, type SkpDetail, type SkpRhk, type SkpStep } from '../../api/skp';
import { Icon } from '../../components/Icon';
import { ErrorBox, Notice } from '../../components/ui';
import { useI18n } from '../../i18n';
import { uuidv7 } from '../../lib/uuid';
import { href } from '../../router';
import { useRencanaAksiText } from './rencanaAksiText';
import { useSession } from '../../session';
import { rememberParents } from './draftStore';
import { MikRead } from './JptFields';
import { LampiranRead } from './LampiranEditor';
import { PerilakuEditor, PerilakuRead } from './Perilaku';
import { SkpHeader } from './SkpHeader';
import { SignedScans } from './SignedScans';
import { useOwnRhk } from './useOwnRhk';

const JENIS = ['utama', 'tambahan'] as const;

export function SkpReadView({ detail, onChanged }: { detail: SkpDetail; onChanged: (d: SkpDetail) => void }) {
  const { t } = useI18n();
  const raText = useRencanaAksiText();
  const { me } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { skp, capacities } = detail;
  const penilai = capacities.includes('pejabat_penilai');
  const owner = capacities.includes('pegawai') || capacities.includes('pengelola_kinerja');
  const own = useOwnRhk(Number(skp.periodFrom.slice(0, 4)), penilai);
  const parents = { ...rememberParents(skp.id, detail.content), ...own };
  // The penilai writes the Ekspektasi Khusus Pimpinan while the SKP waits for them, and approves with it.
  const writesPerilaku = penilai && skp.status === 'diajukan';
  const [perilaku, setPerilaku] = useState(detail.content.perilaku);
  const perilakuChanged = JSON.stringify(perilaku) !== JSON.stringify(detail.content.perilaku);

  async function act(run: () => Promise<SkpDetail>, message: string | null) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await run());
      setReturning(false);
      setDone(message);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const step = (s: SkpStep, message: string | null) => act(() => skpApi.step(skp.agencyId, skp.id, s, uuidv7()), message);

  let n = 0;
  return (
    <div className="stack skp">
      <SkpHeader detail={detail} backTo={penilai && !owner ? href(['skp', 'menunggu']) : href(['skp'])} />
      {done && (
        <Notice kind="ok" live>
          <span data-testid="skp-done">{done}</span>
        </Notice>
      )}
      {owner && skp.status === 'diajukan' && !done && <Notice kind="info">{t.skp.submitted}</Notice>}
      {JENIS.map((jenis) => {
        const list = detail.content.rhk.filter((r) => r.jenis === jenis);
        return (
          <section key={jenis} className="stack" aria-labelledby={`skp-read-${jenis}`}>
            <h2 id={`skp-read-${jenis}`}>{t.skp[jenis]}</h2>
            {list.length === 0 && <p className="empty">{t.skp.noRhk}</p>}
            <ol className="plain-list stack">
              {list.map((r) => (
                <RhkRead
                  key={r.id}
                  rhk={r}
                  number={++n}
                  parentText={r.parentRhkId ? (parents[r.parentRhkId] ?? null) : null}
                  issues={detail.cascade.filter((c) => c.rhkId === r.id).map((c) => c.message)}
                  logged={(detail.journal ?? []).find((j) => j.rhkId === r.id)}
                  jpt={skp.form === 'jpt'}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {writesPerilaku && !done ? <PerilakuEditor perilaku={perilaku} onChange={setPerilaku} /> : <PerilakuRead perilaku={detail.content.perilaku} />}
      <LampiranRead lampiran={detail.content.lampiran} />
      {error !== null && <ErrorBox error={error} />}
      {penilai && skp.status === 'diajukan' && !returning && (
        <div className="skp-actions">
          <button type="button" className="btn btn--secondary btn--block" disabled={busy} onClick={() => setReturning(true)} data-testid="skp-return">
            <Icon name="repeat" /> {t.skp.giveBack}
          </button>
          <button
            type="button"
            className="btn btn--primary btn--block"
            disabled={busy}
            onClick={() =>
              void (perilakuChanged
                ? act(() => skpApi.editAndApprove(skp.agencyId, skp.id, { ...detail.content, perilaku }, uuidv7()), t.skp.approved)
                : step('approve', t.skp.approved))
            }
            data-testid="skp-approve"
          >
            <Icon name="check" /> {perilakuChanged ? t.skp.ekspektasiApprove : t.skp.approve}
          </button>
        </div>
      )}
      {returning && (
        <ReturnForm
          busy={busy}
          onCancel={() => setReturning(false)}
          onSubmit={(note) => void act(() => skpApi.returnWithNote(skp.agencyId, skp.id, note, uuidv7()), t.skp.returned)}
        />
      )}
      {owner && skp.status === 'diajukan' && (
        <button type="button" className="btn btn--secondary btn--block" disabled={busy} onClick={() => void step('withdraw', null)} data-testid="skp-withdraw">
          {t.skp.withdraw}
        </button>
      )}
      {(owner || penilai) && (skp.status === 'disetujui' || skp.status === 'dibatalkan') && (
        <button type="button" className="btn btn--secondary btn--block" disabled={busy} onClick={() => void step('revise', null)} data-testid="skp-revise">
          <Icon name="pencil" /> {t.skp.revise}
        </button>
      )}
      <div className="skp-links">
        {detail.content.rhk.length > 0 && (
          <a className="btn btn--secondary btn--block" href={href(['skp', skp.agencyId, skp.id, 'rencana-aksi'])} data-testid="skp-rencana-aksi-link">
            <Icon name="calendar" /> {raText.link}
          </a>
        )}
        {skp.currentVersion > 1 && (
          <a className="btn btn--secondary btn--block" href={href(['skp', skp.agencyId, skp.id, 'versi'])} data-testid="skp-versions-link">
            <Icon name="repeat" /> {t.skp.versionsLink}
          </a>
        )}
        {owner && me.subordinates.length > 0 && (
          <a className="btn btn--secondary btn--block" href={href(['skp', skp.agencyId, skp.id, 'matriks'])} data-testid="skp-matriks-link">
            <Icon name="users" /> {t.skp.matriksLink}
          </a>
        )}
      </div>
      {skp.versionInForce !== null && <SignedScans detail={detail} />}
    </div>
  );
}

function RhkRead({
  rhk,
  number,
  parentText,
  issues,
  logged,
  jpt,
}: {
  rhk: SkpRhk;
  jpt: boolean;
  number: number;
  parentText: string | null;
  issues: string[];
  /** Approved journal work logged against this RHK (an approved SKP only). */
  logged: { approvedEntries: number; approvedMinutes: number } | undefined;
}) {
  const { t } = useI18n();
  return (
    <li className="card rhk" data-testid="skp-rhk-read">
      <h3 className="rhk__title">{t.skp.rhkNumber(number)}</h3>
      <p className="rhk__text">{rhk.text}</p>
      {jpt && rhk.perspektif && (
        <p data-testid="skp-rhk-perspektif-read">
          <span className="muted">{t.skp.perspektif}: </span>
          {t.skp.perspektifName[rhk.perspektif]}
        </p>
      )}
      {jpt && rhk.penugasanDari && (
        <p>
          <span className="muted">{t.skp.penugasanDari}: </span>
          {rhk.penugasanDari}
        </p>
      )}
      {rhk.parentRhkId && (
        <p className="rhk__parent">
          <span className="muted">{t.skp.parent}: </span>
          {parentText ?? t.skp.parentUnknown}
          {rhk.cascadingType && <> ({t.skp.cascadingType[rhk.cascadingType]})</>}
        </p>
      )}
      {logged && (
        <p className="rhk__logged" data-testid="skp-rhk-logged">
          <Icon name="clock" size={20} /> {t.skp.journalLogged(logged.approvedEntries, logged.approvedMinutes)}
        </p>
      )}
      {issues.map((m) => (
        <p key={m} className="rhk__problem">
          <Icon name="alert" size={20} /> {m}
        </p>
      ))}
      {rhk.iki.length > 0 && (
        <ul className="plain-list rhk__iki">
          {rhk.iki.map((iki) => (
            <li key={iki.id} className="iki">
              <p className="muted">{iki.aspek ? t.skp.aspekName[iki.aspek] : t.skp.iki}</p>
              <p>{iki.text}</p>
              <p>
                <span className="muted">{t.skp.target}: </span>
                <strong>{iki.target}</strong>
              </p>
              {jpt && <MikRead iki={iki} />}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ReturnForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (note: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(ev: FormEvent) {
    ev.preventDefault();
    if (!checkDecisionNote('returned', note).ok) {
      setError(t.skp.giveBackNoteRequired);
      return;
    }
    onSubmit(note.trim());
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="skp-return-form">
      <label className="field__label" htmlFor={`${id}-note`}>
        {t.skp.giveBackNote}
      </label>
      <p className="field__hint">{t.skp.giveBackHint}</p>
      <textarea id={`${id}-note`} rows={4} value={note} autoFocus aria-invalid={error ? true : undefined} onChange={(e) => {
          setNote(e.target.value);
          setError(null);
        }} data-testid="skp-return-note-input" />
      {error && (
        <p className="field__error" role="alert">
          <Icon name="alert" size={20} /> {error}
        </p>
      )}
      <button type="submit" className="btn btn--primary btn--block" disabled={busy} data-testid="skp-return-send">
        {t.skp.giveBackSend}
      </button>
      <button type="button" className="btn btn--ghost btn--block" onClick={onCancel}>
        {t.skp.cancel}
      </button>
    </form>
  );
}
