import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from './geofence.js';
import { DEFAULT_ANOMALY_RULE, DEFAULT_FACE_RULE, findAnomalies, judgeFace, roundCoordinate, speedKmh, type CheckinForAnomaly } from './selfie.js';

describe('judgeFace', () => {
  const s = fc.double({ min: 0, max: 1, noNaN: true });
  it('matched only when every score reaches its threshold; liveness is judged before the match', () => {
    fc.assert(
      fc.property(s, s, s, (match, liveness, antispoof) => {
        const v = judgeFace({ match, liveness, antispoof });
        const live = liveness >= DEFAULT_FACE_RULE.minLiveness && antispoof >= DEFAULT_FACE_RULE.minAntispoof;
        expect(v).toBe(!live ? 'not_live' : match >= DEFAULT_FACE_RULE.minMatch ? 'matched' : 'no_match');
      }),
    );
  });
  it('scores outside 0..1 or not numbers are invalid', () => {
    for (const bad of [-0.01, 1.01, Number.NaN, Infinity]) {
      expect(judgeFace({ match: bad, liveness: 1, antispoof: 1 })).toBe('invalid_scores');
      expect(judgeFace({ match: 1, liveness: bad, antispoof: 1 })).toBe('invalid_scores');
      expect(judgeFace({ match: 1, liveness: 1, antispoof: bad })).toBe('invalid_scores');
    }
    expect(judgeFace({ match: DEFAULT_FACE_RULE.minMatch, liveness: 0.5, antispoof: 0.5 })).toBe('matched');
  });
});

describe('roundCoordinate', () => {
  it('rounds half away from zero on the decimal value, as PostgreSQL numeric does', () => {
    expect(roundCoordinate(0.125, 2)).toBe(0.13);
    expect(roundCoordinate(-0.125, 2)).toBe(-0.13);
    expect(roundCoordinate(109.342551, 5)).toBe(109.34255);
    expect(roundCoordinate(-0.000005, 5)).toBe(-0.00001);
  });
});

const T0 = Date.UTC(2026, 11, 7, 0, 0);
const checkin = (id: string, employeeId: string, lat: number, lon: number, minutes: number, accuracyMeters = 12): CheckinForAnomaly => ({
  id,
  employeeId,
  lat,
  lon,
  at: new Date(T0 + minutes * 60_000),
  accuracyMeters,
});

describe('findAnomalies', () => {
  it('three people on the same rounded point are one shared_coordinates anomaly; two are not', () => {
    const a = findAnomalies([checkin('1', 'e1', -0.026301, 109.342501, 0), checkin('2', 'e2', -0.026302, 109.342499, 1), checkin('3', 'e3', -0.0263, 109.3425, 2), checkin('4', 'e1', -0.0263, 109.3425, 3)]);
    expect(a).toEqual([{ kind: 'shared_coordinates', checkinIds: ['1', '2', '3', '4'], employeeIds: ['e1', 'e2', 'e3'], detail: 3 }]);
    expect(findAnomalies([checkin('1', 'e1', -0.0263, 109.3425, 0), checkin('2', 'e2', -0.0263, 109.3425, 0), checkin('3', 'e1', -0.0263, 109.3425, 5)])).toEqual([]);
  });
  it('Pontianak then Jayapura an hour later is impossible travel; across town in 10 minutes is not', () => {
    const a = findAnomalies([checkin('1', 'e1', -0.0263, 109.3425, 0), checkin('2', 'e1', -2.5337, 140.7181, 60)]);
    expect(a.map((x) => x.kind)).toEqual(['impossible_travel']);
    expect(a[0]!.checkinIds).toEqual(['1', '2']);
    expect(a[0]!.detail).toBeGreaterThan(3000);
    expect(findAnomalies([checkin('1', 'e1', -0.0263, 109.3425, 0), checkin('2', 'e1', -0.05, 109.33, 10)])).toEqual([]);
  });
  it('an accuracy under 3 m is too perfect', () => {
    expect(findAnomalies([checkin('1', 'e1', 0.1, 109, 0, 1), checkin('2', 'e2', 0.2, 109, 0, 3)])).toEqual([{ kind: 'too_perfect_accuracy', checkinIds: ['1'], employeeIds: ['e1'], detail: 1 }]);
  });
  it('property: travel anomalies are exactly the consecutive pairs over the speed and distance, and every anomaly names real check-ins', () => {
    const arb = fc.array(
      fc.record({
        e: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
        lat: fc.constantFrom(-0.0263, -0.03, 0.5, -2.5337),
        lon: fc.constantFrom(109.3425, 109.35, 140.7181),
        minutes: fc.integer({ min: 0, max: 600 }),
        acc: fc.constantFrom(0, 1, 2.9, 3, 15, 40),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const cs = rows.map((r, i) => checkin(String(i).padStart(3, '0'), r.e, r.lat, r.lon, r.minutes, r.acc));
        const found = findAnomalies(cs);
        const ids = new Set(cs.map((c) => c.id));
        for (const a of found) for (const id of a.checkinIds) expect(ids.has(id)).toBe(true);
        expect(found.filter((a) => a.kind === 'too_perfect_accuracy').length).toBe(cs.filter((c) => c.accuracyMeters < 3).length);
        let expected = 0;
        for (const e of ['e1', 'e2', 'e3', 'e4']) {
          const mine = cs.filter((c) => c.employeeId === e).sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
          for (let i = 1; i < mine.length; i++)
            if (haversineMeters(mine[i - 1]!, mine[i]!) > DEFAULT_ANOMALY_RULE.travelMinMeters && speedKmh(mine[i - 1]!, mine[i]!) > DEFAULT_ANOMALY_RULE.maxSpeedKmh) expected++;
        }
        expect(found.filter((a) => a.kind === 'impossible_travel').length).toBe(expected);
        for (const a of found.filter((x) => x.kind === 'shared_coordinates')) expect(a.employeeIds.length).toBeGreaterThanOrEqual(3);
      }),
    );
  });
  it('same place at the same instant is speed 0; different places at the same instant are infinitely fast', () => {
    expect(speedKmh(checkin('1', 'e', 0, 109, 0), checkin('2', 'e', 0, 109, 0))).toBe(0);
    expect(speedKmh(checkin('1', 'e', 0, 109, 0), checkin('2', 'e', 1, 109, 0))).toBe(Infinity);
  });
});
