/**
 * The selfie check-in (#/presensi/swafoto): the employee's face reference (taken here, approved by an
 * admin) and the check-in itself: camera and location, the face read on this phone against the
 * approved reference with a liveness check, the photo kept as evidence, and the answer of the server.
 * The check-in goes through the shared outbox (offline/checkin.ts): without a connection it waits on
 * the phone with its photo, listed with the journal's unsent changes, and the sync engine sends it
 * when the connection returns. A lazy chunk; Human a further one.
 */
import { judgePlace, type GeoFix } from '@kinerja/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchSelfieSetup, submitEnrolment, type CheckinAnswer, type SelfieSetupAnswer } from '../../../api/selfie';
import { errorText } from '../../../errors';
import { useI18n } from '../../../i18n';
import { uuidv7 } from '../../../lib/uuid';
import { prepareEvidence } from '../../journal';
import { adoptLegacyCheckins, isOfflineError, queueCheckin, saveBlob, sendNow, syncNow, uploadFile, useOutbox, type FileRef } from '../../offline';
import { loadFaceEngine, readLive } from './face';
import { useSelfieText } from './text';
import './selfie.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; answer: CheckinAnswer }
  | { kind: 'queued'; itemId: string }
  | { kind: 'enrolled' };

function deviceLabel(): string {
  let id = localStorage.getItem('kinerja.selfie.device');
  if (!id) localStorage.setItem('kinerja.selfie.device', (id = uuidv7()));
  return id;
}

function position(): Promise<GeoFix> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition((p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude, accuracyMeters: p.coords.accuracy }), reject, {
      enableHighAccuracy: true,
      timeout: 20_000,
      maximumAge: 0,
    }),
  );
}

async function snapshot(video: HTMLVideoElement): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth || 640;
  canvas.height = video.videoHeight || 480;
  canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((res, rej) => canvas.toBlob((b) => (b ? res(b) : rej(new Error('no photo'))), 'image/jpeg', 0.85));
  return new File([blob], `swafoto-${Date.now()}.jpg`, { type: 'image/jpeg' });
}

/** Keeps the photo on the phone (offline blob store) until the server has it. */
async function keepPhoto(video: HTMLVideoElement): Promise<FileRef> {
  const prepared = await prepareEvidence(await snapshot(video));
  await saveBlob({ sha256: prepared.sha256, blob: prepared.body, mediaType: prepared.mediaType, fileName: prepared.fileName, uploaded: false });
  return { sha256: prepared.sha256, fileName: prepared.fileName, mediaType: prepared.mediaType };
}

export default function SelfieScreen() {
  const t = useSelfieText();
  const { t: dict, lang } = useI18n();
  const [setup, setSetup] = useState<SelfieSetupAnswer | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'busy', message: t.loading });
  const outbox = useOutbox();
  const checkins = (outbox ?? []).filter((it) => it.kind === 'attendance.checkin');
  const waiting = checkins.filter((it) => it.state === 'waiting' || it.state === 'sending').length;
  const [fix, setFix] = useState<GeoFix | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);

  const load = useCallback(async () => {
    // Check-ins an older app version kept in its own queue join the outbox.
    if ((await adoptLegacyCheckins().catch(() => 0)) > 0) void syncNow();
    try {
      const s = await fetchSelfieSetup();
      localStorage.setItem('kinerja.selfie.setup', JSON.stringify(s));
      setSetup(s);
      setPhase({ kind: 'idle' });
    } catch (err) {
      const kept = localStorage.getItem('kinerja.selfie.setup');
      if (kept && isOfflineError(err)) {
        setSetup(JSON.parse(kept) as SelfieSetupAnswer);
        setPhase({ kind: 'idle' });
      } else setPhase({ kind: 'error', message: errorText(err, dict, lang) });
    }
  }, []);

  useEffect(() => {
    void load();
    return () => {
      streamRef.current?.getTracks().forEach((tr) => tr.stop());
    };
  }, [load]);

  async function openCamera(): Promise<HTMLVideoElement> {
    if (!streamRef.current) {
      try {
        streamRef.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } }, audio: false });
      } catch {
        throw new Error(t.cameraDenied);
      }
    }
    const video = videoRef.current!;
    if (video.srcObject !== streamRef.current) {
      video.srcObject = streamRef.current;
      await video.play();
    }
    return video;
  }

  async function enrol() {
    try {
      setPhase({ kind: 'busy', message: t.loadingModels });
      const [video, engine] = await Promise.all([openCamera(), loadFaceEngine()]);
      setPhase({ kind: 'busy', message: t.checking });
      const reading = await readLive(engine, video);
      if (!reading) throw new Error(t.noFace);
      const photo = await keepPhoto(video);
      await uploadFile(photo.sha256);
      await submitEnrolment({ requestId: uuidv7(), photoSha256: photo.sha256, descriptor: reading.descriptor });
      setPhase({ kind: 'enrolled' });
      setSetup(await fetchSelfieSetup());
    } catch (err) {
      setPhase({ kind: 'error', message: err instanceof Error && !('code' in err) ? err.message : errorText(err, dict, lang) });
    }
  }

  async function checkIn() {
    if (!setup?.reference) return;
    try {
      setPhase({ kind: 'busy', message: t.loadingModels });
      const located = position().catch(() => {
        throw new Error(t.locationDenied);
      });
      const [video, engine] = await Promise.all([openCamera(), loadFaceEngine()]);
      const here = await located;
      setFix(here);
      setPhase({ kind: 'busy', message: t.checking });
      const reading = await readLive(engine, video);
      if (!reading) throw new Error(t.noFace);
      const deviceTime = new Date().toISOString();
      const photo = await keepPhoto(video);
      const checkin = {
        id: uuidv7(),
        deviceId: deviceLabel(),
        deviceTime,
        lat: here.lat,
        lon: here.lon,
        accuracyMeters: here.accuracyMeters,
        photoSha256: photo.sha256,
        referenceId: setup.reference.id,
        match: Math.max(0, Math.min(1, engine.similarity(reading.descriptor, setup.reference.descriptor))),
        liveness: Math.max(0, Math.min(1, reading.liveness)),
        antispoof: Math.max(0, Math.min(1, reading.antispoof)),
      };
      const item = await queueCheckin(checkin, photo);
      const sent = await sendNow(item.itemId);
      if (sent.kind === 'sent' && sent.result.checkin) setPhase({ kind: 'done', answer: sent.result.checkin });
      else if (sent.kind === 'attention') setPhase({ kind: 'error', message: sent.result.message ?? t.refused });
      else setPhase({ kind: 'queued', itemId: item.itemId });
    } catch (err) {
      setPhase({ kind: 'error', message: err instanceof Error && !('code' in err) ? err.message : errorText(err, dict, lang) });
    }
  }

  // A queued check-in that the engine sent meanwhile shows the server's answer here too.
  const queuedItem = phase.kind === 'queued' ? checkins.find((it) => it.itemId === phase.itemId) : undefined;
  const shown: Phase =
    queuedItem?.state === 'sent' && queuedItem.answer
      ? { kind: 'done', answer: queuedItem.answer }
      : queuedItem?.state === 'attention'
        ? { kind: 'error', message: queuedItem.message ?? t.refused }
        : phase;
  const place = fix && setup ? judgePlace(fix, setup.geofences.map((g) => ({ id: g.id, name: g.name, shape: g.shape })), { maxAccuracyMeters: setup.maxAccuracyMeters }) : null;
  const busy = phase.kind === 'busy';
  const enrolled = setup?.reference != null;

  return (
    <section className="stack att selfie" aria-labelledby="selfie-title">
      <h1 id="selfie-title">{t.title}</h1>
      <p>{enrolled ? t.intro : t.enrolIntro}</p>
      {waiting > 0 && <p className="selfie-note" role="status">{t.queuedCount(waiting)}</p>}
      <div className="selfie-frame">
        <video ref={videoRef} className="selfie-video" playsInline muted aria-label={t.title} />
      </div>
      {fix && (
        <p className={`selfie-place selfie-place--${place?.verdict ?? 'none'}`}>
          {t.location(fix.accuracyMeters)} · {place ? t.place[place.verdict] : ''}
        </p>
      )}
      {shown.kind === 'busy' && (
        <p role="status" aria-live="polite">
          {shown.message}
        </p>
      )}
      {shown.kind === 'error' && (
        <p role="alert" className="selfie-error">
          {shown.message}
        </p>
      )}
      {shown.kind === 'queued' && <p role="status">{t.queued}</p>}
      {shown.kind === 'enrolled' && <p role="status">{t.sent}</p>}
      {shown.kind === 'done' && (
        <div role="status" className={`card selfie-result ${shown.answer.accepted ? 'selfie-result--ok' : 'selfie-result--no'}`}>
          {shown.answer.accepted ? (
            <p>{t.accepted(new Date(shown.answer.at).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }))}</p>
          ) : (
            <>
              <p>{t.refused}</p>
              <ul>
                {shown.answer.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          {shown.answer.clockSkewed && <p>{t.skewed}</p>}
        </div>
      )}
      {setup && !enrolled && setup.enrolment?.state === 'pending' && shown.kind !== 'enrolled' && <p>{t.enrolPending}</p>}
      {setup && !enrolled && setup.enrolment?.state === 'rejected' && <p>{t.enrolRejected(setup.enrolment.note)}</p>}
      {setup && !enrolled && setup.enrolment?.state !== 'pending' && shown.kind !== 'enrolled' && (
        <button type="button" className="btn btn--primary btn--big btn--block" disabled={busy} onClick={() => void enrol()}>
          {t.takeReference}
        </button>
      )}
      {enrolled && (
        <button type="button" className="btn btn--primary btn--big btn--block" disabled={busy} onClick={() => void checkIn()}>
          {shown.kind === 'done' ? t.again : t.start}
        </button>
      )}
    </section>
  );
}
