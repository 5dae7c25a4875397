/**
 * Office geofences and the selfie check-in's place rules, pure.
 *
 * An office's geofence is a circle (centre and radius) or a polygon (its corners, WGS 84 degrees).
 * A phone's fix is a point with the accuracy the browser reports (the radius, in metres, of the 68 %
 * circle around it). Distances are great-circle (haversine on the mean Earth radius); a polygon is
 * tested with point-in-polygon-hao (robust predicates; a point on an edge counts as inside).
 *
 * The rule chosen (the regulations say nothing about geofences): a fix is inside when its point lies
 * in one of the office's fences and its accuracy is no worse than `maxAccuracyMeters` (an agency
 * setting, default 100 m). A fix whose point is inside but whose accuracy is worse is `inaccurate`:
 * the phone could be anywhere in a circle larger than the tolerance, so it is not believed.
 */
import pointInPolygon from 'point-in-polygon-hao';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export type GeofenceShape =
  | { kind: 'radius'; center: GeoPoint; radiusMeters: number }
  | { kind: 'polygon'; points: GeoPoint[] };

export interface Geofence {
  id: string;
  name: string;
  shape: GeofenceShape;
}

export interface GeoFix extends GeoPoint {
  /** The browser's `coords.accuracy`, metres. */
  accuracyMeters: number;
}

export interface PlaceRule {
  maxAccuracyMeters: number;
}

export const DEFAULT_PLACE_RULE: PlaceRule = { maxAccuracyMeters: 100 };

/** Bounds an admin may enter. */
export const GEOFENCE_LIMITS = { minRadiusMeters: 10, maxRadiusMeters: 5000, minPoints: 3, maxPoints: 200, maxSpanMeters: 20_000 } as const;

/** The IUGG mean Earth radius, metres. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance between two points, metres. */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function validPoint(p: GeoPoint): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180;
}

export interface GeofenceProblem {
  code: 'VALIDATION';
  field: string;
  message: string;
}

/** What is wrong with a fence an admin entered or imported, or null. */
export function checkGeofence(shape: GeofenceShape): GeofenceProblem | null {
  const L = GEOFENCE_LIMITS;
  if (shape.kind === 'radius') {
    if (!validPoint(shape.center)) return { code: 'VALIDATION', field: 'center', message: 'Titik pusat harus berupa lintang −90..90 dan bujur −180..180.' };
    if (!Number.isFinite(shape.radiusMeters) || shape.radiusMeters < L.minRadiusMeters || shape.radiusMeters > L.maxRadiusMeters)
      return { code: 'VALIDATION', field: 'radiusMeters', message: `Radius harus ${L.minRadiusMeters}–${L.maxRadiusMeters} meter.` };
    return null;
  }
  const pts = openRing(shape.points);
  if (pts.length < L.minPoints || pts.length > L.maxPoints)
    return { code: 'VALIDATION', field: 'points', message: `Poligon harus memiliki ${L.minPoints}–${L.maxPoints} titik sudut.` };
  const bad = pts.findIndex((p) => !validPoint(p));
  if (bad >= 0) return { code: 'VALIDATION', field: `points.${bad}`, message: 'Titik sudut harus berupa lintang −90..90 dan bujur −180..180.' };
  for (let i = 0; i < pts.length; i++)
    for (let j = i + 1; j < pts.length; j++)
      if (haversineMeters(pts[i]!, pts[j]!) > L.maxSpanMeters)
        return { code: 'VALIDATION', field: 'points', message: `Poligon kantor tidak boleh lebih lebar dari ${L.maxSpanMeters / 1000} km.` };
  if (Math.abs(ringArea(pts)) < 1e-12) return { code: 'VALIDATION', field: 'points', message: 'Titik sudut poligon tidak boleh segaris.' };
  return null;
}

/** The corners without a repeated closing point. */
function openRing(points: readonly GeoPoint[]): GeoPoint[] {
  const first = points[0];
  const last = points.at(-1);
  if (points.length > 1 && first && last && first.lat === last.lat && first.lon === last.lon) return points.slice(0, -1);
  return [...points];
}

/** Twice the signed area in degrees² (shoelace); zero for collinear corners. */
function ringArea(pts: readonly GeoPoint[]): number {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % pts.length]!;
    s += a.lon * b.lat - b.lon * a.lat;
  }
  return s;
}

/** Whether the point lies in the shape (on a polygon's edge or the circle counts as inside). */
export function insideShape(p: GeoPoint, shape: GeofenceShape): boolean {
  if (shape.kind === 'radius') return haversineMeters(p, shape.center) <= shape.radiusMeters;
  const ring = openRing(shape.points).map((q) => [q.lon, q.lat]);
  ring.push(ring[0]!);
  return pointInPolygon([p.lon, p.lat], [ring]) !== false;
}

/**
 * How far the point is from the shape, metres (0 inside). For a polygon, the distance to its nearest
 * edge on a local flat projection around the point (an office is a few hundred metres across).
 */
export function distanceToShape(p: GeoPoint, shape: GeofenceShape): number {
  if (insideShape(p, shape)) return 0;
  if (shape.kind === 'radius') return haversineMeters(p, shape.center) - shape.radiusMeters;
  const kx = (EARTH_RADIUS_METERS * Math.PI) / 180;
  const ky = kx * Math.cos(rad(p.lat));
  const xy = (q: GeoPoint): [number, number] => [(q.lon - p.lon) * ky, (q.lat - p.lat) * kx];
  const pts = openRing(shape.points).map(xy);
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[(i + 1) % pts.length]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

export type PlaceVerdict = 'inside' | 'outside' | 'inaccurate' | 'no_fence' | 'invalid_fix';

export interface PlaceJudgement {
  verdict: PlaceVerdict;
  /** The fence the point is in (or nearest to). */
  fenceId: string | null;
  /** Metres from the nearest fence (0 inside); null when there is none or the fix is unreadable. */
  distanceMeters: number | null;
}

/** Where a fix stands against the office's fences (see the module comment for the rule). */
export function judgePlace(fix: GeoFix, fences: readonly Geofence[], rule: PlaceRule = DEFAULT_PLACE_RULE): PlaceJudgement {
  if (!validPoint(fix) || !Number.isFinite(fix.accuracyMeters) || fix.accuracyMeters < 0) return { verdict: 'invalid_fix', fenceId: null, distanceMeters: null };
  if (fences.length === 0) return { verdict: 'no_fence', fenceId: null, distanceMeters: null };
  let nearest: { id: string; d: number } | null = null;
  for (const f of fences) {
    const d = distanceToShape(fix, f.shape);
    if (!nearest || d < nearest.d) nearest = { id: f.id, d };
    if (d === 0) break;
  }
  const n = nearest!;
  if (n.d > 0) return { verdict: 'outside', fenceId: n.id, distanceMeters: n.d };
  if (fix.accuracyMeters > rule.maxAccuracyMeters) return { verdict: 'inaccurate', fenceId: n.id, distanceMeters: 0 };
  return { verdict: 'inside', fenceId: n.id, distanceMeters: 0 };
}

export const PLACE_MESSAGES: Record<Exclude<PlaceVerdict, 'inside'>, string> = {
  outside: 'Lokasi Anda di luar area kantor.',
  inaccurate: 'Lokasi kurang akurat. Pindah ke tempat terbuka lalu coba lagi.',
  no_fence: 'Instansi Anda belum menetapkan area kantor untuk presensi swafoto.',
  invalid_fix: 'Lokasi tidak terbaca.',
};
