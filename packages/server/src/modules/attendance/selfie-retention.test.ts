/**
 * Selfie retention (issue 18 item 3): with the clock moved past KINERJA_RETENTION_SELFIES_DAYS (90),
 * an accepted check-in loses its photo (row and file), point, accuracy, distance and descriptor and
 * keeps its time, verdicts and office area; a rejected or anomalous one keeps its photo until it is
 * resolved; a recent one is untouched. The pass is idempotent and audited with counts per agency.
 * PGlite and PostgreSQL (TEST_DATABASE_URL).
 */
import { createHash, randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { pathOf } from '../evidence/index.js';
import { applySelfieRetention, mayRedact } from './selfie-retention.js';

let t: TestApp;
let A: string;
let own: Client;
const GEOFENCE = randomUUID();

async function upload(client: Client, seed: number): Promise<string> {
  const bytes = await sharp({ create: { width: 48, height: 48, channels: 3, background: { r: seed * 40, g: 30, b: 200 - seed * 10 } } }).jpeg().toBuffer();
  const sha = createHash('sha256').update(bytes).digest('hex');
  const res = await t.app.inject({ method: 'PUT', url: `/api/v1/evidence/${sha}`, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'image/jpeg' }, payload: bytes });
  expect(res.statusCode).toBeLessThan(300);
  return sha;
}

const ids = { accepted: randomUUID(), rejected: randomUUID(), tooPerfect: randomUUID(), recent: randomUUID(), resolved: randomUUID() };
const shas: Record<keyof typeof ids, string> = {} as never;

async function insert(key: keyof typeof ids, at: string, over: Record<string, unknown> = {}) {
  const p = t.fixture.people.staff1!;
  await t.ctx.db
    .insertInto('selfie_checkins')
    .values({
      agency_id: A,
      id: ids[key],
      employee_id: p.id,
      account_id: p.accountId,
      device_id: 'ponsel-uji',
      device_time: new Date(at),
      received_at: new Date(at),
      skew_seconds: 0,
      clock_skewed: false,
      at: new Date(at),
      lat: -0.0263,
      lon: 109.3425,
      accuracy_meters: 12,
      place: 'inside',
      geofence_id: GEOFENCE,
      distance_meters: 0,
      photo_sha256: shas[key],
      reference_id: null,
      match_score: 0.8,
      liveness_score: 0.9,
      antispoof_score: 0.9,
      face: 'matched',
      descriptor: JSON.stringify([0.1, 0.2]),
      accepted: true,
      ...over,
    })
    .execute();
}

const row = (key: keyof typeof ids) => t.ctx.db.selectFrom('selfie_checkins').selectAll().where('agency_id', '=', A).where('id', '=', ids[key]).executeTakeFirstOrThrow();
const fileRow = (sha: string) => t.ctx.db.selectFrom('evidence_files').select(['sha256', 'media_type']).where('sha256', '=', sha).executeTakeFirst();
const onDisk = async (sha: string) =>
  access(pathOf(t.ctx, { sha256: sha, media_type: 'image/jpeg' })).then(
    () => true,
    () => false,
  );
const audits = () => t.ctx.db.selectFrom('audit_log').select(['agency_id', 'data']).where('action', '=', 'attendance.selfie_retention').execute();

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  t.setNow(new Date('2026-01-05T03:00:00Z'));
  own = await signIn(t.app, t.fixture.people.staff1!.nip);
  for (const [i, k] of (Object.keys(ids) as (keyof typeof ids)[]).entries()) shas[k] = await upload(own, i + 1);
  await insert('accepted', '2026-01-05T00:10:00Z');
  await insert('rejected', '2026-01-05T00:20:00Z', { accepted: false, place: 'outside', distance_meters: 900, geofence_id: null });
  await insert('tooPerfect', '2026-01-05T00:30:00Z', { accuracy_meters: 1 });
  await insert('resolved', '2026-01-05T00:40:00Z', { accepted: false, face: 'no_match', resolved_at: new Date('2026-01-06T00:00:00Z') });
  await insert('recent', '2026-03-20T00:10:00Z');
});
afterAll(() => t?.close());

describe('selfie retention', () => {
  it('keeps everything inside the period', async () => {
    t.setNow(new Date('2026-03-31T00:00:00Z'));
    expect(await applySelfieRetention(t.ctx)).toEqual({ redacted: 0, keptUnresolved: 0, photoFiles: 0 });
    expect((await row('accepted')).photo_sha256).toBe(shas.accepted);
  });

  it('past 90 days: an accepted check-in keeps time, verdict and office area, loses photo and precise location; rejected and anomalous ones keep their photo until resolved', async () => {
    t.setNow(new Date('2026-04-10T00:00:00Z'));
    expect(await applySelfieRetention(t.ctx)).toEqual({ redacted: 2, keptUnresolved: 2, photoFiles: 2 });

    const a = await row('accepted');
    expect(a).toMatchObject({ photo_sha256: null, lat: null, lon: null, accuracy_meters: null, distance_meters: null, descriptor: null, accepted: true, place: 'inside', face: 'matched', geofence_id: GEOFENCE });
    expect(new Date(a.at).toISOString()).toBe('2026-01-05T00:10:00.000Z');
    expect(new Date(a.redacted_at!).toISOString()).toBe('2026-04-10T00:00:00.000Z');
    expect(await fileRow(shas.accepted)).toBeUndefined();
    expect(await onDisk(shas.accepted)).toBe(false);

    expect(await row('resolved')).toMatchObject({ photo_sha256: null, lat: null, accepted: false, face: 'no_match' });
    expect(await fileRow(shas.resolved)).toBeUndefined();

    for (const k of ['rejected', 'tooPerfect', 'recent'] as const) {
      expect((await row(k)).photo_sha256).toBe(shas[k]);
      expect((await row(k)).redacted_at).toBeNull();
      expect(await fileRow(shas[k])).toBeDefined();
      expect(await onDisk(shas[k])).toBe(true);
    }
    expect((await row('rejected')).lat).toBe(-0.0263);

    expect(await audits()).toEqual([{ agency_id: A, data: { redacted: 2, keptUnresolved: 2, photoFiles: 2, retentionDays: 90, before: '2026-01-10T00:00:00.000Z' } }]);
  });

  it('is idempotent: a second pass removes nothing and writes no audit row', async () => {
    expect(await applySelfieRetention(t.ctx)).toEqual({ redacted: 0, keptUnresolved: 2, photoFiles: 0 });
    expect(await audits()).toHaveLength(1);
  });

  it('the photo of a redacted check-in is gone for its admin too (404); the anomaly report skips redacted rows', async () => {
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    expect((await admin.get(`/api/v1/agencies/${A}/attendance/selfie/checkins/${ids.accepted}/photo`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/agencies/${A}/attendance/selfie/checkins/${ids.rejected}/photo`)).statusCode).toBe(200);
    const report = await admin.get(`/api/v1/agencies/${A}/attendance/selfie/anomalies?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z`);
    expect(report.statusCode).toBe(200);
    const seen = (report.json() as { items: { kind: string; checkins: { id: string }[] }[] }).items.flatMap((i) => i.checkins.map((c) => c.id));
    expect(seen).not.toContain(ids.accepted);
    expect(seen).toContain(ids.tooPerfect);
  });

  it('later, the recent accepted check-in passes its 90 days too', async () => {
    t.setNow(new Date('2026-06-20T00:00:00Z'));
    expect(await applySelfieRetention(t.ctx)).toEqual({ redacted: 1, keptUnresolved: 2, photoFiles: 1 });
    expect((await row('recent')).photo_sha256).toBeNull();
  });
});

describe('mayRedact', () => {
  const base = { id: 'x', accepted: true, clock_skewed: false, accuracy_meters: 12, resolved_at: null };
  it('accepted and clean: yes; rejected, clock-skewed, too perfect or flagged: no, until resolved', () => {
    expect(mayRedact(base, new Set())).toBe(true);
    expect(mayRedact({ ...base, accepted: false }, new Set())).toBe(false);
    expect(mayRedact({ ...base, clock_skewed: true }, new Set())).toBe(false);
    expect(mayRedact({ ...base, accuracy_meters: 0 }, new Set())).toBe(false);
    expect(mayRedact(base, new Set(['x']))).toBe(false);
    expect(mayRedact({ ...base, accepted: false, resolved_at: new Date() }, new Set())).toBe(true);
  });
});
