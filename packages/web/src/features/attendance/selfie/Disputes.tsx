/**
 * Disputed selfie check-ins (#/presensi/swafoto/sengketa[/diputus]): the agency admin sees the rejected and
 * anomalous check-ins of the last 31 days with the photo beside the reference (and the colleague's
 * reference when the face matched another employee), the reasons, the place and the scores, and
 * accepts one as a valid check-in or confirms the rejection, with a note. The admin's own agency.
 */
import { useCallback, useEffect, useState } from 'react';
import { checkinPhotoUrl, enrolmentPhotoUrl, fetchDisputes, resolveDispute, type DisputeItem } from '../../../api/selfie';
import { errorText } from '../../../errors';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { disputesHref } from '../links';
import { useSelfieText } from './text';
import './selfie.css';

type State = 'open' | 'resolved';

export default function Disputes({ state }: { state: State }) {
  const t = useSelfieText().disputes;
  const { t: dict, lang } = useI18n();
  const { me } = useSession();
  const agencyId = me.account.agencyId!;
  const [items, setItems] = useState<DisputeItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setItems((await fetchDisputes(agencyId, state)).items);
    } catch (err) {
      setError(errorText(err, dict, lang));
    }
  }, [agencyId, state]);
  useEffect(() => void reload(), [reload]);

  async function judge(item: DisputeItem, verdict: 'accept' | 'reject', note: string) {
    setError(null);
    setDone(null);
    if (note.trim().length < 3) return setError(t.noteNeeded);
    try {
      const answer = await resolveDispute(agencyId, item.id, verdict, note.trim());
      setDone(t.done(item.name, answer.accepted));
      await reload();
    } catch (err) {
      setError(errorText(err, dict, lang));
    }
  }

  return (
    <section className="stack att selfie-admin" aria-labelledby="selfie-disputes-title">
      <h1 id="selfie-disputes-title">{t.title}</h1>
      <p>{t.intro}</p>
      <nav className="tabs att-tabs" aria-label={t.title}>
        {(['open', 'resolved'] as const).map((s) => (
          <a key={s} href={disputesHref(s)} aria-current={state === s ? 'page' : undefined} data-testid={`disputes-${s}`}>
            {s === 'open' ? t.open : t.resolved}
          </a>
        ))}
      </nav>
      {error && (
        <p role="alert" className="selfie-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="selfie-note" data-testid="disputes-done">
          {done}
        </p>
      )}
      {items && items.length === 0 && <p>{t.none}</p>}
      <ul className="stack">
        {items?.map((item) => <DisputeCard key={item.id} item={item} agencyId={agencyId} onJudge={judge} />)}
      </ul>
    </section>
  );
}

function DisputeCard({ item, agencyId, onJudge }: { item: DisputeItem; agencyId: string; onJudge: (item: DisputeItem, verdict: 'accept' | 'reject', note: string) => Promise<void> }) {
  const t = useSelfieText().disputes;
  const { lang } = useI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  const act = async (verdict: 'accept' | 'reject') => {
    setBusy(true);
    try {
      await onJudge(item, verdict, note);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card stack selfie-dispute" data-testid="dispute-item">
      <strong>
        {item.name}
        <br />
        <span className="selfie-dispute-nip">NIP {item.nip}</span>
      </strong>
      <div className="selfie-dispute-photos">
        <figure>
          <img className="selfie-admin-photo" src={checkinPhotoUrl(agencyId, item.id)} alt={t.photo(item.name)} />
          <figcaption>{t.checkinPhoto}</figcaption>
        </figure>
        {item.referenceId && (
          <figure>
            <img className="selfie-admin-photo" src={enrolmentPhotoUrl(agencyId, item.referenceId)} alt={`${t.referencePhoto} ${item.name}`} />
            <figcaption>{t.referencePhoto}</figcaption>
          </figure>
        )}
        {item.otherFace?.referenceId && (
          <figure>
            <img className="selfie-admin-photo" src={enrolmentPhotoUrl(agencyId, item.otherFace.referenceId)} alt={t.otherPhoto(item.otherFace.name)} />
            <figcaption>{t.otherPhoto(item.otherFace.name)}</figcaption>
          </figure>
        )}
      </div>
      <ul className="selfie-dispute-reasons" data-testid="dispute-reasons">
        {item.reasons.map((r) => (
          <li key={r.code}>{t.reasons[r.code] ?? r.message}</li>
        ))}
      </ul>
      {item.otherFace && <p className="selfie-error">{t.other(item.otherFace.name, item.otherFace.nip, item.otherFace.similarity)}</p>}
      <dl className="selfie-dispute-facts">
        <dt>{t.at}</dt>
        <dd>{when(item.at)}</dd>
        <dt>{t.place}</dt>
        <dd>
          {item.lat.toFixed(5)}, {item.lon.toFixed(5)} · {t.accuracy(item.accuracyMeters)}
          {item.distanceMeters !== null && item.place !== 'inside' && (
            <>
              <br />
              {t.distance(item.distanceMeters, item.geofenceName)}
            </>
          )}
        </dd>
      </dl>
      <p>{t.scores(item.match, item.liveness, item.antispoof)}</p>
      <p>{t.device(item.deviceId, item.clockSkewed ? item.skewSeconds : 0)}</p>
      {item.resolution ? (
        <p className="selfie-note" data-testid="dispute-verdict">
          <strong>{t.verdict[item.resolution.verdict]}</strong> — {t.decidedOn(when(item.resolution.at), item.resolution.note)}
        </p>
      ) : (
        <>
          <p>{t.now(item.accepted)}</p>
          <label className="stack">
            {t.note}
            <textarea rows={2} maxLength={500} value={note} placeholder={t.notePlaceholder} onChange={(e) => setNote(e.target.value)} data-testid="dispute-note" />
          </label>
          <div className="selfie-dispute-actions">
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void act('accept')} data-testid="dispute-accept">
              {t.accept}
            </button>
            <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void act('reject')} data-testid="dispute-reject">
              {t.reject}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
