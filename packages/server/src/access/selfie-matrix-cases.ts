/**
 * The selfie check-in's rows of the access matrix (access-matrix.test.ts), with their setup: office
 * areas to delete (one per caller), the employee's face reference approved and more pending (one
 * decision per caller), a check-in of the employee, and a photo uploaded by every caller.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Client, TestApp } from '../testing/index.js';
import type { tppMatrixCases } from './tpp-matrix-cases.js';

type Case = Awaited<ReturnType<typeof tppMatrixCases>>[number];
type Caller = Parameters<Case['url']>[0];

export async function selfieMatrixCases(t: TestApp, clients: Map<Caller, Client>): Promise<Case[]> {
  const A = t.fixture.agencyIds.A;
  const admin = clients.get('admin')!;
  const ownClient = clients.get('own')!;
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`selfie matrix setup: ${r.statusCode} ${r.body.slice(0, 300)}`);
    return r.json() as Record<string, unknown>;
  };
  const uuid = (i: number, salt: number) => `0190b7a0-${String(salt).padStart(4, '0')}-7000-8000-${String(i).padStart(12, '0')}`;
  const base = `/api/v1/agencies/${A}/attendance`;
  const office = { lat: -0.0263, lon: 109.3425 };
  const fence = (name: string) => ({ name, shape: { kind: 'radius', center: office, radiusMeters: 150 } });
  for (let i = 0; i < 10; i++) await ok(admin.send('PUT', `${base}/geofences/${uuid(i, 41)}`, fence(`Kantor ${i}`)));

  // A small photo per caller (its own upload: a check-in or reference names only a file its account sent).
  const photos = new Map<Caller, string>();
  let n = 0;
  for (const [caller, client] of clients) {
    n++;
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 20 * n, g: 200 - 10 * n, b: 77 } } }).jpeg().toBuffer();
    const sha = createHash('sha256').update(jpeg).digest('hex');
    const res = await t.app.inject({ method: 'PUT', url: `/api/v1/evidence/${sha}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'image/jpeg' }, payload: jpeg });
    if (res.statusCode < 300) photos.set(caller, sha);
  }
  const ownPhoto = photos.get('own');
  if (!ownPhoto) throw new Error('selfie matrix setup: the employee could not upload a photo');
  const descriptor = Array.from({ length: 128 }, (_, i) => Math.cos(i) / 10);
  const reference = uuid(99, 42);
  await ok(ownClient.send('POST', '/api/v1/attendance/selfie/enrolment', { requestId: reference, photoSha256: ownPhoto, descriptor }));
  await ok(admin.send('POST', `${base}/selfie/enrolments/${reference}/decision`, { approve: true }));
  for (let i = 0; i < 10; i++) await ok(ownClient.send('POST', '/api/v1/attendance/selfie/enrolment', { requestId: uuid(i, 43), photoSha256: ownPhoto, descriptor }));
  const checkinBody = (caller: Caller, i: number) => ({
    id: uuid(i, 44),
    deviceId: `matriks-${caller}`,
    deviceTime: t.ctx.now().toISOString(),
    deviceNow: t.ctx.now().toISOString(),
    ...office,
    accuracyMeters: 15,
    photoSha256: photos.get(caller) ?? ownPhoto,
    referenceId: reference,
    match: 0.9,
    liveness: 0.9,
    antispoof: 0.9,
  });
  const checkin = uuid(100, 44);
  await ok(ownClient.send('POST', '/api/v1/attendance/selfie/checkins', { ...checkinBody('own', 100), id: checkin }));
  // Check-ins outside the office (rejected), one per caller, for the dispute verdicts.
  for (let i = 0; i < 10; i++) await ok(ownClient.send('POST', '/api/v1/attendance/selfie/checkins', { ...checkinBody('own', 0), id: uuid(i, 47), lat: office.lat + 0.05 }));

  const manage = (status: number) => ({ own: 403, peer: 403, boss: 403, outsider: 403, admin: status, otherAdmin: 403, bkd: status, auditor: 403, none: 401 });
  // Only the employee, their supervisor and the agency's own admins; the rest are told the photo does not exist.
  const photo = { own: 200, peer: 404, boss: 200, outsider: 404, admin: 200, otherAdmin: 404, bkd: 404, auditor: 404, none: 401 };
  // Accounts with an employee record may submit; only the employee holds an approved reference (the others: 400).
  const selfOnly = (ok: number, others: number) => ({ own: ok, peer: others, boss: others, outsider: others, admin: others, otherAdmin: others, bkd: others, auditor: 403, none: 401 });
  const anyEmployee = (status: number) => selfOnly(status, status);
  // Judging disputed check-ins: the agency's own admins only (not the BKD, who may not open the photos).
  const resolve = (status: number) => ({ own: 403, peer: 403, boss: 403, outsider: 403, admin: status, otherAdmin: 403, bkd: 403, auditor: 403, none: 401 });

  return [
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/attendance/geofences',
      url: () => `${base}/geofences`,
      expect: { own: 200, peer: 200, boss: 200, outsider: 403, admin: 200, otherAdmin: 403, bkd: 200, auditor: 200, none: 401 },
    },
    { method: 'PUT', path: '/api/v1/agencies/{agencyId}/attendance/geofences/{geofenceId}', url: (_c, i) => `${base}/geofences/${uuid(i, 45)}`, body: () => fence('Kantor baru'), expect: manage(201) },
    { method: 'DELETE', path: '/api/v1/agencies/{agencyId}/attendance/geofences/{geofenceId}', url: (_c, i) => `${base}/geofences/${uuid(i, 41)}`, expect: manage(204) },
    { method: 'GET', path: '/api/v1/attendance/selfie/me', url: () => '/api/v1/attendance/selfie/me', expect: anyEmployee(200) },
    {
      method: 'POST',
      path: '/api/v1/attendance/selfie/enrolment',
      url: () => '/api/v1/attendance/selfie/enrolment',
      body: (caller, i) => ({ requestId: uuid(i, 46), photoSha256: photos.get(caller) ?? ownPhoto, descriptor }),
      expect: anyEmployee(202),
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/selfie/enrolments', url: () => `${base}/selfie/enrolments`, expect: manage(200) },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/selfie/enrolments/{enrolmentId}/decision',
      url: (_c, i) => `${base}/selfie/enrolments/${uuid(i, 43)}/decision`,
      body: () => ({ approve: false, note: 'Wajah tidak jelas' }),
      expect: manage(200),
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/selfie/enrolments/{enrolmentId}/photo', url: () => `${base}/selfie/enrolments/${reference}/photo`, expect: photo },
    { method: 'POST', path: '/api/v1/attendance/selfie/checkins', url: () => '/api/v1/attendance/selfie/checkins', body: checkinBody, expect: selfOnly(201, 400) },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/selfie/checkins/{checkinId}/photo', url: () => `${base}/selfie/checkins/${checkin}/photo`, expect: photo },
    {
      method: 'GET',
      path: '/api/v1/agencies/{agencyId}/attendance/selfie/anomalies',
      url: () => `${base}/selfie/anomalies?from=2026-11-01T00:00:00Z&to=2026-11-30T00:00:00Z`,
      expect: manage(200),
    },
    { method: 'GET', path: '/api/v1/agencies/{agencyId}/attendance/selfie/disputes', url: () => `${base}/selfie/disputes`, expect: resolve(200) },
    {
      method: 'POST',
      path: '/api/v1/agencies/{agencyId}/attendance/selfie/checkins/{checkinId}/resolution',
      url: (_c, i) => `${base}/selfie/checkins/${uuid(i, 47)}/resolution`,
      body: () => ({ verdict: 'accept', note: 'Dinas luar, surat tugas ada' }),
      expect: resolve(200),
    },
  ];
}
