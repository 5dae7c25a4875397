/**
 * Disputed selfie check-ins (issue 18): the agency's own admin lists the rejected and anomalous
 * check-ins with their reasons, place and scores, and accepts one (it becomes the day's punch) or
 * confirms the rejection, with a note, once, audited; a face that matches a colleague's approved
 * reference better than one's own is held for that judgement; after the verdict the retention pass
 * drops the photo on its normal schedule. PGlite and PostgreSQL (TEST_DATABASE_URL).
 */
import { createHash, randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import type { AttendanceMonthAnswer, CheckinAnswer, DisputesAnswer, ResolutionAnswer } from '@kinerja/core/api';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { pathOf } from '../evidence/index.js';
import { applySelfieRetention } from './selfie-retention.js';

let t: TestApp;
let A: string;
const c: Record<string, Client> = {};
const OFFICE = { lat: -0.0263, lon: 109.3425 };
/** Two faces Human's similarity tells apart (0.39 between them); each employee's reference is one. */
const FACE_OWN = Array.from({ length: 1024 }, (_, i) => Math.sin(i) / 10);
const FACE_PEER = FACE_OWN.map((x, i) => x + (5 * Math.cos(i * 7)) / 10);
let ownReference = '';
let seed = 0;

async function upload(client: Client): Promise<string> {
  seed++;
  const bytes = await sharp({ create: { width: 48, height: 48, channels: 3, background: { r: (seed * 37) % 256, g: (seed * 11) % 256, b: 60 } } }).jpeg().toBuffer();
  const sha = createHash('sha256').update(bytes).digest('hex');
  const res = await t.app.inject({ method: 'PUT', url: `/api/v1/evidence/${sha}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'image/jpeg' }, payload: bytes });
  expect(res.statusCode).toBeLessThan(300);
  return sha;
}

async function moveTo(iso: string): Promise<void> {
  t.setNow(new Date(iso));
  const p = t.fixture.people;
  for (const [k, person] of Object.entries({ own: p.staff1!, peer: p.staff2!, boss: p.kasubbag!, admin: p.adminA!, otherAdmin: p.adminB!, bkd: p.bkdAdmin!, auditor: p.auditor! })) c[k] = await signIn(t.app, person.nip);
}

async function enrol(who: 'own' | 'peer', descriptor: number[]): Promise<string> {
  const id = randomUUID();
  expect((await c[who]!.send('POST', '/api/v1/attendance/selfie/enrolment', { requestId: id, photoSha256: await upload(c[who]!), descriptor })).statusCode).toBe(202);
  expect((await c.admin!.send('POST', `/api/v1/agencies/${A}/attendance/selfie/enrolments/${id}/decision`, { approve: true })).statusCode).toBe(200);
  return id;
}

async function checkIn(over: Record<string, unknown>): Promise<CheckinAnswer> {
  const now = t.ctx.now().toISOString();
  const res = await c.own!.send('POST', '/api/v1/attendance/selfie/checkins', {
    id: randomUUID(),
    deviceId: 'ponsel-uji',
    deviceTime: now,
    deviceNow: now,
    lat: OFFICE.lat,
    lon: OFFICE.lon,
    accuracyMeters: 12,
    photoSha256: await upload(c.own!),
    referenceId: ownReference,
    match: 0.8,
    liveness: 0.9,
    antispoof: 0.9,
    ...over,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as CheckinAnswer;
}

const disputes = async (query = '') => {
  const res = await c.admin!.get(`/api/v1/agencies/${A}/attendance/selfie/disputes${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as DisputesAnswer;
};
const resolve = (id: string, verdict: 'accept' | 'reject', note: string, who = 'admin') =>
  c[who]!.send('POST', `/api/v1/agencies/${A}/attendance/selfie/checkins/${id}/resolution`, { verdict, note });
const audits = (id: string) => t.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('entity', '=', 'selfie_checkin').where('entity_id', '=', id).execute();

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  await moveTo('2026-11-23T03:00:00Z');
  expect((await c.admin!.send('PUT', `/api/v1/agencies/${A}/attendance/geofences/${randomUUID()}`, { name: 'Kantor Dinas', shape: { kind: 'radius', center: OFFICE, radiusMeters: 120 } })).statusCode).toBe(201);
  ownReference = await enrol('own', FACE_OWN);
  await enrol('peer', FACE_PEER);
});
afterAll(() => t.close());

describe('the face of another employee', () => {
  it("a face closer to a colleague's approved reference than to one's own is held, not a punch, with the reason; one's own face is not", async () => {
    await moveTo('2026-11-23T00:20:00Z');
    // The phone says "matched" (its word); the descriptor it sent is the colleague's face.
    const proxy = await checkIn({ descriptor: FACE_PEER });
    expect(proxy).toMatchObject({ accepted: false, place: 'inside', face: 'matched' });
    expect(proxy.reasons.join(' ')).toMatch(/pegawai lain/);
    const mine = await checkIn({ descriptor: FACE_OWN });
    expect(mine).toMatchObject({ accepted: true, reasons: [] });
    // Without a descriptor there is nothing to compare: judged as before.
    expect(await checkIn({})).toMatchObject({ accepted: true });

    const list = await disputes();
    const item = list.items.find((i) => i.id === proxy.id)!;
    expect(item.reasons.map((r) => r.code)).toEqual(['face_of_another']);
    expect(item.otherFace).toMatchObject({ employeeId: t.fixture.people.staff2!.id, name: t.fixture.people.staff2!.name, similarity: 1 });
    expect(list.items.some((i) => i.id === mine.id)).toBe(false);
  });
});

describe('judging a disputed check-in', () => {
  it('the admin sees an outside check-in with its place and scores, accepts it with a note: it becomes the day’s punch, once, audited', async () => {
    await moveTo('2026-11-24T03:00:00Z');
    const outside = await checkIn({ lat: OFFICE.lat + 0.01, deviceTime: '2026-11-24T00:40:00.000Z' });
    expect(outside.accepted).toBe(false);
    const item = (await disputes()).items.find((i) => i.id === outside.id)!;
    expect(item).toMatchObject({ nip: t.fixture.people.staff1!.nip, accepted: false, place: 'outside', face: 'matched', geofenceName: 'Kantor Dinas', accuracyMeters: 12, resolution: null });
    expect(item.reasons).toEqual([{ code: 'outside', message: 'Di luar area kantor.' }]);
    expect(item.distanceMeters).toBeGreaterThan(900);

    // Nobody else judges: not the supervisor, not the BKD (who may not open the photo), not another agency's admin.
    for (const who of ['own', 'boss', 'bkd', 'otherAdmin', 'auditor']) expect([who, (await resolve(outside.id, 'accept', 'Dinas luar', who)).statusCode]).toEqual([who, 403]);
    expect((await resolve(outside.id, 'accept', ' ')).statusCode).toBe(400);

    const first = await resolve(outside.id, 'accept', 'Rapat di kantor gubernur, surat tugas ada');
    expect(first.statusCode).toBe(200);
    const answer = first.json() as ResolutionAnswer;
    expect(answer).toMatchObject({ id: outside.id, accepted: true, verdict: 'accepted' });
    // Again: the stored verdict, nothing written twice; the other verdict is refused.
    const again = await resolve(outside.id, 'accept', 'Catatan lain');
    expect([again.statusCode, again.json()]).toEqual([200, answer]);
    const other = await resolve(outside.id, 'reject', 'Berubah pikiran');
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await audits(outside.id)).toEqual([{ action: 'attendance.selfie_checkin_accepted', data: expect.objectContaining({ note: 'Rapat di kantor gubernur, surat tugas ada', wasAccepted: false, place: 'outside' }) }]);

    // Gone from the open list, in the judged one; and the day now has its arrival (07:40 WIB).
    expect((await disputes()).items.some((i) => i.id === outside.id)).toBe(false);
    const judged = (await disputes('?state=resolved')).items.find((i) => i.id === outside.id)!;
    expect(judged.resolution).toMatchObject({ verdict: 'accepted', note: 'Rapat di kantor gubernur, surat tugas ada' });
    await moveTo('2026-11-25T03:00:00Z');
    const month = (await c.own!.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    expect(month.days.find((d) => d.date === '2026-11-24')!.arrival).toBe('07:40');
  });

  it('confirming the rejection keeps it out of the day; a face-of-another check-in accepted by the admin counts', async () => {
    await moveTo('2026-11-26T03:00:00Z');
    const notLive = await checkIn({ liveness: 0.1, deviceTime: '2026-11-26T00:15:00.000Z' });
    expect((await resolve(notLive.id, 'reject', 'Foto dari layar ponsel lain')).json()).toMatchObject({ accepted: false, verdict: 'rejected' });
    await moveTo('2026-11-27T03:00:00Z');
    const proxy = await checkIn({ descriptor: FACE_PEER, deviceTime: '2026-11-27T00:35:00.000Z' });
    expect(proxy.accepted).toBe(false);
    expect((await resolve(proxy.id, 'accept', 'Diperiksa: wajah memang pegawai sendiri (kembar)')).statusCode).toBe(200);
    await moveTo('2026-11-28T03:00:00Z');
    const month = (await c.own!.get('/api/v1/attendance/me/month?month=2026-11')).json() as AttendanceMonthAnswer;
    expect(month.days.find((d) => d.date === '2026-11-26')!.arrival).toBeNull();
    expect(month.days.find((d) => d.date === '2026-11-27')!.arrival).toBe('07:35');
  });

  it('unknown ids are 404; a window longer than 31 days is 400', async () => {
    expect((await resolve(randomUUID(), 'accept', 'Tidak ada')).statusCode).toBe(404);
    expect((await c.admin!.get(`/api/v1/agencies/${A}/attendance/selfie/disputes?from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z`)).statusCode).toBe(400);
  });
});

describe('retention after the verdict', () => {
  it('an unresolved rejection keeps its photo past the period; once judged, the next pass removes it', async () => {
    await moveTo('2026-11-30T03:00:00Z');
    const kept = await checkIn({ lat: OFFICE.lat + 0.02 });
    const judged = await checkIn({ lat: OFFICE.lat + 0.03 });
    const photoOf = async (id: string) => (await t.ctx.db.selectFrom('selfie_checkins').select(['photo_sha256', 'redacted_at']).where('agency_id', '=', A).where('id', '=', id).executeTakeFirstOrThrow());
    const judgedSha = (await photoOf(judged.id)).photo_sha256!;
    await moveTo('2027-03-15T03:00:00Z');
    await applySelfieRetention(t.ctx);
    expect((await photoOf(kept.id)).photo_sha256).not.toBeNull();
    expect((await photoOf(judged.id)).photo_sha256).toBe(judgedSha);

    // Judged (from the resolved list of its window): the next daily pass treats it as any other.
    const open = await disputes('?from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z');
    expect(open.items.map((i) => i.id)).toEqual(expect.arrayContaining([kept.id, judged.id]));
    expect((await resolve(judged.id, 'reject', 'Di rumah, bukan dinas luar')).statusCode).toBe(200);
    await applySelfieRetention(t.ctx);
    const after = await photoOf(judged.id);
    expect(after.photo_sha256).toBeNull();
    expect(after.redacted_at).not.toBeNull();
    await expect(access(pathOf(t.ctx, { sha256: judgedSha, media_type: 'image/jpeg' }))).rejects.toThrow();
    expect((await photoOf(kept.id)).photo_sha256).not.toBeNull();
    // The verdict stays after redaction; judging it again answers it, another verdict is refused.
    expect((await resolve(judged.id, 'reject', 'Ulang')).statusCode).toBe(200);
    expect((await resolve(kept.id, 'accept', 'Terlambat diputus')).statusCode).toBe(200);
  });
});
