/**
 * The agency admin's side of the selfie check-in (#/presensi/swafoto/instansi): office areas (a
 * circle entered by hand, or a polygon pasted as GeoJSON), face references waiting for approval with
 * their photos, and the anomaly report of the last 7 days. The admin's own agency.
 */
import { checkGeofence, type GeofenceShape } from '@kinerja/core';
import { useCallback, useEffect, useState } from 'react';
import {
  decideEnrolment,
  enrolmentPhotoUrl,
  fetchAnomalies,
  fetchEnrolments,
  fetchGeofences,
  removeGeofence,
  saveGeofence,
  type AnomalyItem,
  type EnrolmentItem,
  type GeofenceItem,
} from '../../../api/selfie';
import { errorText } from '../../../errors';
import { uuidv7 } from '../../../lib/uuid';
import { useI18n } from '../../../i18n';
import { useSession } from '../../../session';
import { disputesHref } from '../links';
import { useSelfieText } from './text';
import './selfie.css';

/** A GeoJSON Polygon, Feature or FeatureCollection's first polygon, as corners ([lon, lat] order in GeoJSON). */
function polygonFromGeoJson(text: string): GeofenceShape | null {
  try {
    let g = JSON.parse(text) as { type?: string; coordinates?: number[][][]; geometry?: unknown; features?: unknown[] };
    if (g.type === 'FeatureCollection') g = (g.features?.[0] ?? {}) as typeof g;
    if (g.type === 'Feature') g = (g.geometry ?? {}) as typeof g;
    if (g.type !== 'Polygon' || !g.coordinates?.[0]) return null;
    return { kind: 'polygon', points: g.coordinates[0].map(([lon, lat]) => ({ lat: Number(lat), lon: Number(lon) })) };
  } catch {
    return null;
  }
}

export default function SelfieAdmin() {
  const t = useSelfieText().admin;
  const { t: dict, lang } = useI18n();
  const { me } = useSession();
  const agencyId = me.account.agencyId!;
  const [fences, setFences] = useState<GeofenceItem[]>([]);
  const [pending, setPending] = useState<EnrolmentItem[]>([]);
  const [anomalies, setAnomalies] = useState<AnomalyItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ name: '', lat: '', lon: '', radius: '100', geojson: '' });

  const reload = useCallback(async () => {
    try {
      const to = new Date();
      const from = new Date(to.getTime() - 7 * 86_400_000);
      const [f, e, a] = await Promise.all([fetchGeofences(agencyId), fetchEnrolments(agencyId), fetchAnomalies(agencyId, from.toISOString(), to.toISOString())]);
      setFences(f.items);
      setPending(e.items);
      setAnomalies(a.items);
    } catch (err) {
      setError(errorText(err, dict, lang));
    }
  }, [agencyId]);
  useEffect(() => void reload(), [reload]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const shape: GeofenceShape | null = form.geojson.trim()
      ? polygonFromGeoJson(form.geojson)
      : { kind: 'radius', center: { lat: Number(form.lat), lon: Number(form.lon) }, radiusMeters: Number(form.radius) };
    if (!shape) return setError(t.badGeoJson);
    const problem = checkGeofence(shape);
    if (problem) return setError(problem.message);
    try {
      await saveGeofence(agencyId, uuidv7(), { name: form.name.trim() || 'Kantor', shape });
      setForm({ name: '', lat: '', lon: '', radius: '100', geojson: '' });
      await reload();
    } catch (err) {
      setError(errorText(err, dict, lang));
    }
  }

  async function act(p: Promise<unknown>) {
    try {
      await p;
      await reload();
    } catch (err) {
      setError(errorText(err, dict, lang));
    }
  }

  return (
    <section className="stack att selfie-admin" aria-labelledby="selfie-admin-title">
      <h1 id="selfie-admin-title">{t.title}</h1>
      <a href={disputesHref()} data-testid="selfie-disputes-link">
        {t.disputesLink}
      </a>
      {error && <p role="alert" className="selfie-error">{error}</p>}
      <h2>{t.fences}</h2>
      <ul>
        {fences.map((f) => (
          <li key={f.id} className="selfie-row">
            <span>
              {f.name} ({f.shape.kind === 'radius' ? `${f.shape.radiusMeters} m` : `${f.shape.points.length} titik`})
            </span>
            <button type="button" className="btn btn--secondary" onClick={() => void act(removeGeofence(agencyId, f.id))}>
              {t.remove}
            </button>
          </li>
        ))}
      </ul>
      <form className="card stack" onSubmit={(e) => void save(e)}>
        <div className="selfie-fields">
          <label>
            {t.name}
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} maxLength={100} />
          </label>
          <label>
            {t.radius}
            <input inputMode="numeric" value={form.radius} onChange={(e) => setForm({ ...form, radius: e.target.value })} />
          </label>
          <label>
            {t.lat}
            <input inputMode="decimal" value={form.lat} onChange={(e) => setForm({ ...form, lat: e.target.value })} />
          </label>
          <label>
            {t.lon}
            <input inputMode="decimal" value={form.lon} onChange={(e) => setForm({ ...form, lon: e.target.value })} />
          </label>
        </div>
        <label className="stack">
          {t.polygon}
          <textarea rows={3} value={form.geojson} onChange={(e) => setForm({ ...form, geojson: e.target.value })} />
        </label>
        <button type="submit" className="btn btn--primary btn--block">
          {t.save}
        </button>
      </form>
      <h2>{t.pending}</h2>
      {pending.length === 0 && <p>{t.none}</p>}
      <ul className="stack">
        {pending.map((e) => (
          <li key={e.id} className="card selfie-row">
            <img className="selfie-admin-photo" src={enrolmentPhotoUrl(agencyId, e.id)} alt={e.name} />
            <span>
              {e.name}
              <br />
              {e.nip}
            </span>
            <button type="button" className="btn btn--primary" onClick={() => void act(decideEnrolment(agencyId, e.id, true))}>
              {t.approve}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => void act(decideEnrolment(agencyId, e.id, false))}>
              {t.reject}
            </button>
          </li>
        ))}
      </ul>
      <h2>{t.anomalies}</h2>
      {anomalies.length === 0 && <p>{t.none}</p>}
      <ul className="stack">
        {anomalies.map((a, i) => (
          <li key={i} className="card">
            <strong>{t.kinds[a.kind]}</strong> ({a.detail})
            <ul>
              {a.checkins.map((c) => (
                <li key={c.id}>
                  {c.name} · {new Date(c.at).toLocaleString('id-ID')} · {c.lat.toFixed(5)}, {c.lon.toFixed(5)} ±{Math.round(c.accuracyMeters)} m
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
