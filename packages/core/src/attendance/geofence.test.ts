import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGeofence, distanceToShape, haversineMeters, insideShape, judgePlace, type GeoPoint, type Geofence, type GeofenceShape } from './geofence.js';

// Kantor Gubernur Kalimantan Barat, Pontianak (near the equator) and a point in Jayapura (WIT).
const PONTIANAK: GeoPoint = { lat: -0.0263, lon: 109.3425 };
const JAYAPURA: GeoPoint = { lat: -2.5337, lon: 140.7181 };
/** Moves a point by metres north and east (small distances). */
function offset(p: GeoPoint, north: number, east: number): GeoPoint {
  const m = 111_195; // metres per degree on the mean radius
  return { lat: p.lat + north / m, lon: p.lon + east / (m * Math.cos((p.lat * Math.PI) / 180)) };
}
const square = (c: GeoPoint, half: number): GeofenceShape => ({
  kind: 'polygon',
  points: [offset(c, -half, -half), offset(c, -half, half), offset(c, half, half), offset(c, half, -half)],
});
const near = fc.record({ north: fc.double({ min: -3000, max: 3000, noNaN: true }), east: fc.double({ min: -3000, max: 3000, noNaN: true }) });

describe('haversine', () => {
  it('known distances: one degree of latitude, Pontianak–Jayapura', () => {
    expect(haversineMeters({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, -1);
    expect(haversineMeters(PONTIANAK, JAYAPURA) / 1000).toBeGreaterThan(3450);
    expect(haversineMeters(PONTIANAK, JAYAPURA) / 1000).toBeLessThan(3520);
  });
  it('is a metric: zero on itself, symmetric, triangle inequality', () => {
    const pt = fc.record({ lat: fc.double({ min: -89, max: 89, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(pt, pt, pt, (a, b, c) => {
        expect(haversineMeters(a, a)).toBe(0);
        expect(Math.abs(haversineMeters(a, b) - haversineMeters(b, a))).toBeLessThan(1e-6);
        expect(haversineMeters(a, c)).toBeLessThanOrEqual(haversineMeters(a, b) + haversineMeters(b, c) + 1e-6);
      }),
    );
  });
});

describe('shapes', () => {
  it('a radius fence holds exactly the points within its radius', () => {
    const shape: GeofenceShape = { kind: 'radius', center: PONTIANAK, radiusMeters: 150 };
    fc.assert(
      fc.property(near, ({ north, east }) => {
        const p = offset(PONTIANAK, north, east);
        const d = haversineMeters(p, PONTIANAK);
        expect(insideShape(p, shape)).toBe(d <= 150);
        expect(distanceToShape(p, shape)).toBeCloseTo(Math.max(0, d - 150), 6);
      }),
    );
  });
  it('a square polygon holds the points inside its sides (away from the edge by GPS noise), and measures the distance outside', () => {
    const shape = square(PONTIANAK, 100);
    fc.assert(
      fc.property(near, ({ north, east }) => {
        fc.pre(Math.abs(Math.abs(north) - 100) > 0.01 && Math.abs(Math.abs(east) - 100) > 0.01);
        const p = offset(PONTIANAK, north, east);
        const inside = Math.abs(north) < 100 && Math.abs(east) < 100;
        expect(insideShape(p, shape)).toBe(inside);
        const dn = Math.max(0, Math.abs(north) - 100);
        const de = Math.max(0, Math.abs(east) - 100);
        expect(distanceToShape(p, shape)).toBeCloseTo(Math.hypot(dn, de), -1);
      }),
    );
  });
  it('a polygon given closed (first corner repeated) is the same polygon', () => {
    const open = square(JAYAPURA, 50);
    const closed: GeofenceShape = { kind: 'polygon', points: [...(open as { points: GeoPoint[] }).points, (open as { points: GeoPoint[] }).points[0]!] };
    fc.assert(
      fc.property(near, ({ north, east }) => {
        const p = offset(JAYAPURA, north / 20, east / 20);
        expect(insideShape(p, closed)).toBe(insideShape(p, open));
      }),
    );
  });
  it('a concave (L-shaped) polygon leaves out its notch', () => {
    const c = PONTIANAK;
    const L: GeofenceShape = { kind: 'polygon', points: [offset(c, 0, 0), offset(c, 0, 200), offset(c, 100, 200), offset(c, 100, 100), offset(c, 200, 100), offset(c, 200, 0)] };
    expect(insideShape(offset(c, 50, 150), L)).toBe(true);
    expect(insideShape(offset(c, 150, 50), L)).toBe(true);
    expect(insideShape(offset(c, 150, 150), L)).toBe(false);
    expect(distanceToShape(offset(c, 150, 150), L)).toBeCloseTo(50, -1);
  });
});

describe('checkGeofence', () => {
  it('accepts sane fences and names the field of a bad one', () => {
    expect(checkGeofence({ kind: 'radius', center: PONTIANAK, radiusMeters: 100 })).toBeNull();
    expect(checkGeofence(square(PONTIANAK, 100))).toBeNull();
    expect(checkGeofence({ kind: 'radius', center: PONTIANAK, radiusMeters: 9 })?.field).toBe('radiusMeters');
    expect(checkGeofence({ kind: 'radius', center: PONTIANAK, radiusMeters: 5001 })?.field).toBe('radiusMeters');
    expect(checkGeofence({ kind: 'radius', center: { lat: 91, lon: 0 }, radiusMeters: 100 })?.field).toBe('center');
    expect(checkGeofence({ kind: 'radius', center: PONTIANAK, radiusMeters: Number.NaN })?.field).toBe('radiusMeters');
    expect(checkGeofence({ kind: 'polygon', points: [PONTIANAK, JAYAPURA] })?.field).toBe('points');
    expect(checkGeofence({ kind: 'polygon', points: [PONTIANAK, offset(PONTIANAK, 0, 10), { lat: 0, lon: 181 }] })?.field).toBe('points.2');
    expect(checkGeofence({ kind: 'polygon', points: [PONTIANAK, offset(PONTIANAK, 0, 10), offset(PONTIANAK, 0, 20)] })?.message).toMatch(/segaris/);
    expect(checkGeofence({ kind: 'polygon', points: [PONTIANAK, offset(PONTIANAK, 0, 10), JAYAPURA] })?.message).toMatch(/km/);
  });
});

describe('judgePlace', () => {
  const fences: Geofence[] = [
    { id: 'a', name: 'Kantor', shape: { kind: 'radius', center: PONTIANAK, radiusMeters: 100 } },
    { id: 'b', name: 'Gudang', shape: square(offset(PONTIANAK, 1000, 0), 50) },
  ];
  it('decides inside / inaccurate / outside from the point and the accuracy, for every fix', () => {
    fc.assert(
      fc.property(near, fc.double({ min: 0, max: 500, noNaN: true }), ({ north, east }, acc) => {
        const p = { ...offset(PONTIANAK, north, east), accuracyMeters: acc };
        const j = judgePlace(p, fences, { maxAccuracyMeters: 100 });
        const inAny = fences.some((f) => insideShape(p, f.shape));
        if (!inAny) {
          expect(j.verdict).toBe('outside');
          expect(j.distanceMeters!).toBeGreaterThan(0);
          expect(j.distanceMeters).toBeCloseTo(Math.min(...fences.map((f) => distanceToShape(p, f.shape))), 6);
        } else {
          expect(j.verdict).toBe(acc <= 100 ? 'inside' : 'inaccurate');
          expect(j.distanceMeters).toBe(0);
          expect(insideShape(p, fences.find((f) => f.id === j.fenceId)!.shape)).toBe(true);
        }
      }),
    );
  });
  it('no fences, an unreadable fix', () => {
    expect(judgePlace({ ...PONTIANAK, accuracyMeters: 10 }, []).verdict).toBe('no_fence');
    expect(judgePlace({ lat: Number.NaN, lon: 0, accuracyMeters: 10 }, fences).verdict).toBe('invalid_fix');
    expect(judgePlace({ ...PONTIANAK, accuracyMeters: -1 }, fences).verdict).toBe('invalid_fix');
    expect(judgePlace({ lat: 95, lon: 0, accuracyMeters: 1 }, fences).verdict).toBe('invalid_fix');
  });
  it('the edge of the accuracy tolerance is inside', () => {
    expect(judgePlace({ ...PONTIANAK, accuracyMeters: 100 }, fences).verdict).toBe('inside');
    expect(judgePlace({ ...PONTIANAK, accuracyMeters: 100.01 }, fences).verdict).toBe('inaccurate');
  });
});
