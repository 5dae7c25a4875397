import { createHash, randomUUID } from 'node:crypto';
import { findAnomalies, type CheckinForAnomaly } from '@kinerja/core';
import type { AnomaliesAnswer, AttendanceMonthAnswer, CheckinAnswer, EnrolmentsAnswer, SelfieSetupAnswer } from '@kinerja/core/api';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';

let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const OFFICE = { lat: -0.0263, lon: 109.3425 };
const DESCRIPTOR = Array.from({ length: 1024 }, (_, i) => Math.sin(i) / 10);

async function photo(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 64, channels: 3, background: { r: seed % 256, g: (seed * 7) % 256, b: 90 } } }).jpeg().toBuffer();
}
async function upload(client: Client, bytes: Buffer): Promise<string> {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const res = await t.app.inject({ method: 'PUT', url: `/api/v1/evidence/${sha}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'image/jpeg' }, payload: bytes });
  expect(res.statusCode).toBeLessThan(300);
  return sha;
}

let referenceId: string;
let photoSha: string;
const checkin = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  deviceId: 'ponsel-uji',
  deviceTime: '2026-11-23T00:20:00.000Z',
  deviceNow: '2026-11-23T03:00:00.000Z',
  lat: OFFICE.lat + 0.0001,
  lon: OFFICE.lon,
  accuracyMeters: 12,
  photoSha256: photoSha,
  referenceId,
  match: 0.8,
  liveness: 0.9,
  antispoof: 0.9,
  ...over,
});

/** Moves the server's clock and signs everyone in again (sessions end after days without use). */
async function moveTo(iso: string): Promise<void> {
  t.setNow(new Date(iso));
  const p = t.fixture.people;
  for (const [k, person] of Object.entries({ own: p.staff1!, peer: p.staff2!, boss: p.kasubbag!, admin: p.adminA!, otherAdmin: p.adminB!, bkd: p.bkdAdmin!, auditor: p.auditor! })) c[k] = await signIn(t.app, person.nip);
}

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  await moveTo('2026-11-23T03:00:00Z');
});
afterAll(() => t.close());

describe('geofences', () => {
  it('the agency admin draws them; an employee reads them, cannot change them; a bad fence is refused with its field', async () => {
    const G = randomUUID();
    const body = { name: 'Kantor Dinas', shape: { kind: 'radius', center: OFFICE, radiusMeters: 120 } };
    expect((await c.own!.send('PUT', `/api/v1/agencies/${A}/attendance/geofences/${G}`, body)).statusCode).toBe(403);
    expect((await c.otherAdmin!.send('PUT', `/api/v1/agencies/${A}/attendance/geofences/${G}`, body)).statusCode).toBe(403);
    expect((await c.admin!.send('PUT', `/api/v1/agencies/${A}/attendance/geofences/${G}`, body)).statusCode).toBe(201);
    expect((await c.admin!.send('PUT', `/api/v1/agencies/${A}/attendance/geofences/${G}`, { ...body, name: 'Kantor Dinas Kesehatan' })).statusCode).toBe(200);
    const collinear = { name: 'Garis', shape: { kind: 'polygon', points: [OFFICE, { lat: OFFICE.lat, lon: OFFICE.lon + 0.001 }, { lat: OFFICE.lat, lon: OFFICE.lon + 0.002 }] } };
    const bad = await c.admin!.send('PUT', `/api/v1/agencies/${A}/attendance/geofences/${randomUUID()}`, collinear);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION', details: [{ field: 'shape.points' }] } });
    const list = (await c.own!.get(`/api/v1/agencies/${A}/attendance/geofences`)).json() as { items: { name: string }[] };
    expect(list.items.map((g) => g.name)).toEqual(['Kantor Dinas Kesehatan']);
  });
});

describe('enrolment', () => {
  it('the employee submits a reference photo of their own upload; the admin approves; the phone then gets the descriptor', async () => {
    const other = await upload(c.peer!, await photo(1));
    const notMine = await c.own!.send('POST', '/api/v1/attendance/selfie/enrolment', { requestId: randomUUID(), photoSha256: other, descriptor: DESCRIPTOR });
    expect(notMine.statusCode).toBe(400);
    const sha = await upload(c.own!, await photo(2));
    referenceId = randomUUID();
    expect((await c.own!.send('POST', '/api/v1/attendance/selfie/enrolment', { requestId: referenceId, photoSha256: sha, descriptor: DESCRIPTOR })).statusCode).toBe(202);
    let setup = (await c.own!.get('/api/v1/attendance/selfie/me')).json() as SelfieSetupAnswer;
    expect(setup.enrolment?.state).toBe('pending');
    expect(setup.reference).toBeNull();
    const pending = (await c.admin!.get(`/api/v1/agencies/${A}/attendance/selfie/enrolments`)).json() as EnrolmentsAnswer;
    expect(pending.items.map((i) => i.id)).toContain(referenceId);
    expect((await c.boss!.send('POST', `/api/v1/agencies/${A}/attendance/selfie/enrolments/${referenceId}/decision`, { approve: true })).statusCode).toBe(403);
    expect((await c.admin!.send('POST', `/api/v1/agencies/${A}/attendance/selfie/enrolments/${referenceId}/decision`, { approve: true })).statusCode).toBe(200);
    expect((await c.admin!.send('POST', `/api/v1/agencies/${A}/attendance/selfie/enrolments/${referenceId}/decision`, { approve: false })).statusCode).toBe(404);
    setup = (await c.own!.get('/api/v1/attendance/selfie/me')).json() as SelfieSetupAnswer;
    expect(setup.reference?.id).toBe(referenceId);
    expect(setup.reference?.descriptor).toHaveLength(1024);
    expect(setup.geofences).toHaveLength(1);
  });
});

describe('check-in', () => {
  it('inside and matched: a selfie punch that the month judges (08:15 WIB: TL2); a resend stores nothing twice', async () => {
    photoSha = await upload(c.own!, await photo(3));
    await moveTo('2026-11-23T03:00:00Z');
    const body = checkin({ deviceTime: '2026-11-23T01:15:00.000Z' });
    const first = await c.own!.send('POST', '/api/v1/attendance/selfie/checkins', body);
    expect(first.statusCode).toBe(201);
    const a = first.json() as CheckinAnswer;
    expect(a).toMatchObject({ accepted: true, place: 'inside', face: 'matched', clockSkewed: false, at: '2026-11-23T01:15:00.000Z', reasons: [] });
    const again = await c.own!.send('POST', '/api/v1/attendance/selfie/checkins', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(a);
    const rows = await t.ctx.db.selectFrom('selfie_checkins').select('id').where('agency_id', '=', A).where('id', '=', body.id).execute();
    expect(rows).toHaveLength(1);
    // Another person sending the same id is refused, and learns nothing of the first.
    expect((await c.peer!.send('POST', '/api/v1/attendance/selfie/checkins', { ...body, photoSha256: await upload(c.peer!, await photo(4)) })).statusCode).toBe(409);
    await moveTo('2026-11-24T03:00:00Z');
    const month = (await c.own!.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    const day = month.days.find((d) => d.date === '2026-11-23')!;
    expect(day.arrival).toBe('08:15');
    expect(day.late).toBe('TL2');
  });

  it('outside the fence, too inaccurate, a face that does not match, not live: stored, not a punch, with the reasons', async () => {
    await moveTo('2026-11-25T03:00:00Z');
    const cases = [
      [{ lat: OFFICE.lat + 0.01 }, 'outside', 'matched'],
      [{ accuracyMeters: 250 }, 'inaccurate', 'matched'],
      [{ match: 0.3 }, 'inside', 'no_match'],
      [{ liveness: 0.2 }, 'inside', 'not_live'],
      [{ referenceId: randomUUID() }, 'inside', 'stale_reference'],
    ] as const;
    for (const [over, place, face] of cases) {
      const res = await c.own!.send('POST', '/api/v1/attendance/selfie/checkins', checkin({ ...over, deviceTime: '2026-11-25T00:10:00.000Z', deviceNow: '2026-11-25T03:00:00.000Z' }));
      expect(res.statusCode).toBe(201);
      const a = res.json() as CheckinAnswer;
      expect([a.accepted, a.place, a.face]).toEqual([false, place, face]);
      expect(a.reasons.length).toBeGreaterThan(0);
    }
    const month = (await c.own!.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    expect(month.days.find((d) => d.date === '2026-11-25')!.arrival).toBeNull();
  });

  it('queued offline: the device time corrected by the skew counts; beyond the tolerance the receipt counts and the check-in is flagged', async () => {
    await moveTo('2026-11-26T05:00:00Z');
    // The phone's clock is 2 minutes behind; it took the photo at 07:25 by its clock and sent it at noon.
    const slow = (await c.own!.send('POST', '/api/v1/attendance/selfie/checkins', checkin({ deviceTime: '2026-11-26T00:25:00.000Z', deviceNow: '2026-11-26T04:58:00.000Z' }))).json() as CheckinAnswer;
    expect(slow).toMatchObject({ accepted: true, clockSkewed: false, skewSeconds: 120, at: '2026-11-26T00:27:00.000Z' });
    const skewed = (await c.own!.send('POST', '/api/v1/attendance/selfie/checkins', checkin({ deviceTime: '2026-11-26T00:25:00.000Z', deviceNow: '2026-11-26T03:00:00.000Z' }))).json() as CheckinAnswer;
    expect(skewed).toMatchObject({ clockSkewed: true, skewSeconds: 7200, at: '2026-11-26T05:00:00.000Z' });
  });

  it('an account without an employee record cannot check in', async () => {
    expect((await c.auditor!.send('POST', '/api/v1/attendance/selfie/checkins', checkin())).statusCode).toBe(403);
  });
});

describe('selfie photos', () => {
  it('only the employee, their supervisor and the agency admins see them; everyone else is told they do not exist', async () => {
    const row = await t.ctx.db.selectFrom('selfie_checkins').select('id').where('agency_id', '=', A).where('accepted', '=', true).executeTakeFirstOrThrow();
    const want: Record<string, number> = { own: 200, boss: 200, admin: 200, peer: 404, otherAdmin: 404, bkd: 404, auditor: 404 };
    for (const [who, status] of Object.entries(want)) {
      const res = await c[who]!.get(`/api/v1/agencies/${A}/attendance/selfie/checkins/${row.id}/photo`);
      expect([who, res.statusCode]).toEqual([who, status]);
      if (status === 200) expect(res.headers['content-type']).toMatch(/image\/jpeg/);
    }
    expect((await c.boss!.get(`/api/v1/agencies/${A}/attendance/selfie/enrolments/${referenceId}/photo`)).statusCode).toBe(200);
    expect((await c.peer!.get(`/api/v1/agencies/${A}/attendance/selfie/enrolments/${referenceId}/photo`)).statusCode).toBe(404);
  });
});

describe('anomaly report', () => {
  const people = () => [t.fixture.people.staff1!.id, t.fixture.people.staff2!.id, t.fixture.people.staff3!.id, t.fixture.people.kasubbag!.id];
  const place = [
    [-0.0263, 109.3425],
    [-0.026301, 109.342501],
    [-0.03, 109.35],
    [-2.5337, 140.7181],
    [0.5, 109.3425],
  ] as const;

  it('set-based SQL gives what core findAnomalies gives, on random check-ins', async () => {
    const day = Date.UTC(2027, 0, 4);
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ who: fc.integer({ min: 0, max: 3 }), where: fc.integer({ min: 0, max: 4 }), minutes: fc.integer({ min: 0, max: 600 }), acc: fc.constantFrom(0, 1, 2.5, 3, 12, 40) }), { maxLength: 14 }),
        async (rows) => {
          round++;
          const from = new Date(day + round * 86_400_000);
          const ids = people();
          const cs: CheckinForAnomaly[] = rows.map((r) => ({ id: randomUUID(), employeeId: ids[r.who]!, lat: place[r.where]![0], lon: place[r.where]![1], at: new Date(from.getTime() + r.minutes * 60_000), accuracyMeters: r.acc }));
          for (const x of cs)
            await t.ctx.db
              .insertInto('selfie_checkins')
              .values({
                agency_id: A, id: x.id, employee_id: x.employeeId, account_id: x.employeeId, device_id: 'uji', device_time: x.at, received_at: x.at, skew_seconds: 0, clock_skewed: false, at: x.at,
                lat: x.lat, lon: x.lon, accuracy_meters: x.accuracyMeters, place: 'inside', geofence_id: null, distance_meters: 0, photo_sha256: photoSha, reference_id: null,
                match_score: 0.9, liveness_score: 0.9, antispoof_score: 0.9, face: 'matched', descriptor: null, accepted: false,
              })
              .execute();
          const res = await c.admin!.get(`/api/v1/agencies/${A}/attendance/selfie/anomalies?from=${from.toISOString()}&to=${new Date(from.getTime() + 86_400_000).toISOString()}`);
          expect(res.statusCode).toBe(200);
          const got = (res.json() as AnomaliesAnswer).items.filter((i) => i.kind !== 'outside_geofence').map((i) => ({ kind: i.kind, ids: i.checkins.map((x) => x.id).sort().join() }));
          const want = findAnomalies(cs).map((a) => ({ kind: a.kind, ids: [...a.checkinIds].sort().join() }));
          const key = (x: { kind: string; ids: string }) => `${x.kind}:${x.ids}`;
          expect(got.map(key).sort()).toEqual(want.map(key).sort());
        },
      ),
      { numRuns: 25 },
    );
  });

  it('names the people and the fence distance; only the agency admins and the BKD may read it; a window over 31 days is refused', async () => {
    const q = `from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z`;
    const res = (await c.admin!.get(`/api/v1/agencies/${A}/attendance/selfie/anomalies?${q}`)).json() as AnomaliesAnswer;
    const outside = res.items.filter((i) => i.kind === 'outside_geofence');
    expect(outside).toHaveLength(1);
    expect(outside[0]!.detail).toBeGreaterThan(900);
    expect(outside[0]!.checkins[0]!.nip).toBe(t.fixture.people.staff1!.nip);
    expect((await c.bkd!.get(`/api/v1/agencies/${A}/attendance/selfie/anomalies?${q}`)).statusCode).toBe(200);
    for (const who of ['own', 'boss', 'auditor', 'otherAdmin']) expect((await c[who]!.get(`/api/v1/agencies/${A}/attendance/selfie/anomalies?${q}`)).statusCode).toBe(403);
    expect((await c.admin!.get(`/api/v1/agencies/${A}/attendance/selfie/anomalies?from=2026-10-01T00:00:00Z&to=2026-12-01T00:00:00Z`)).statusCode).toBe(400);
  });
});
