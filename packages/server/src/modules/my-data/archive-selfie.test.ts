import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { pathOf } from '../evidence/index.js';
import { samplePhoto } from '../evidence/samples.js';
import { archiveOf } from './test-support.js';

/**
 * The "my data" archive holds the selfie check-ins and face references (UU PDP: photos of a face are
 * personal data, and the person may have them): every check-in in a CSV with its place, scores and
 * verdict, the references with their state, and each photo as stored; nobody else's.
 */
let t: TestApp;
let dataDir: string;
let staff: Client;
let A: string;
let checkinSha: string;
let referenceSha: string;
let othersSha: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-my-data-selfie-'));
  t = await createTestApp({ dataDir });
  A = t.fixture.agencyIds.A;
  const p = t.fixture.people;
  staff = await signIn(t.app, p.staff1!.nip);
  const other = await signIn(t.app, p.staff2!.nip);
  referenceSha = await staff.upload(await samplePhoto({ width: 320, height: 320, seedColour: '#a0522d' }), 'image/jpeg');
  checkinSha = await staff.upload(await samplePhoto({ width: 320, height: 320, seedColour: '#2e8b57' }), 'image/jpeg');
  othersSha = await other.upload(await samplePhoto({ width: 320, height: 320, seedColour: '#4682b4' }), 'image/jpeg');
  const reference = newId();
  await t.ctx.db
    .insertInto('selfie_references')
    .values({ agency_id: A, id: reference, employee_id: p.staff1!.id, photo_sha256: referenceSha, descriptor: JSON.stringify([0.1, 0.2]) as never, state: 'approved', submitted_at: new Date('2026-11-02T01:00:00Z'), submitted_by_account_id: p.staff1!.accountId, decided_at: new Date('2026-11-02T03:00:00Z'), decided_by_account_id: p.adminA!.accountId, note: '=catatan admin' })
    .execute();
  const checkin = (employeeId: string, accountId: string, sha: string, at: string, accepted: boolean) =>
    t.ctx.db
      .insertInto('selfie_checkins')
      .values({
        agency_id: A, id: newId(), employee_id: employeeId, account_id: accountId, device_id: 'ponsel-uji', device_time: new Date(at), received_at: new Date(at), skew_seconds: 0, clock_skewed: false, at: new Date(at),
        lat: -0.0263, lon: 109.3425, accuracy_meters: 12, place: accepted ? 'inside' : 'outside', geofence_id: null, distance_meters: accepted ? 8 : 950, photo_sha256: sha, reference_id: reference,
        match_score: 0.91, liveness_score: 0.88, antispoof_score: 0.93, face: 'matched', descriptor: null, accepted,
      })
      .execute();
  await checkin(p.staff1!.id, p.staff1!.accountId, checkinSha, '2026-11-10T00:25:00Z', true);
  await checkin(p.staff1!.id, p.staff1!.accountId, checkinSha, '2026-11-11T00:40:00Z', false);
  // The refused one was disputed: its face resembled staff2's reference, and the admin accepted it with a note.
  await t.ctx.db
    .updateTable('selfie_checkins')
    .set({ resolution: 'accepted', resolution_note: '=dinas luar, surat tugas ada', resolved_at: new Date('2026-11-12T02:00:00Z'), resolved_by_account_id: p.adminA!.accountId, other_employee_id: p.staff2!.id, other_match: 0.83 })
    .where('agency_id', '=', A)
    .where('employee_id', '=', p.staff1!.id)
    .where('accepted', '=', false)
    .execute();
  await checkin(p.staff2!.id, p.staff2!.accountId, othersSha, '2026-11-10T00:30:00Z', true);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('my data archive: selfie check-ins and face references', () => {
  it('holds my check-ins with their verdicts, my reference, and the photos as stored, and nobody else’s', async () => {
    const zip = await archiveOf(staff, A, t.fixture.people.staff1!.id);
    const rows = (await zip.file('kehadiran/swafoto.csv')!.async('string')).replace(/^\uFEFF/, '').trim().split('\n');
    expect(rows).toHaveLength(3);
    const checkinPhoto = `kehadiran/swafoto/2026-11-10T00-25-00-000Z_${checkinSha.slice(0, 8)}.jpg`;
    expect(rows[1]).toContain('2026-11-10T00:25:00.000Z');
    expect(rows[1]).toContain(',inside,8,0.91,0.88,0.93,matched,ya,ponsel-uji,');
    expect(rows[1]).toContain(checkinPhoto);
    expect(rows[2]).toContain(',outside,950,');
    expect(rows[2]).toContain(',tidak,ponsel-uji,');
    expect(rows[1]).toMatch(/,,,tidak$/);
    // The admin's verdict on the disputed one, its note kept as text, and that a colleague's face was closer — not whose.
    expect(rows[2]).toMatch(/,diterima,'=dinas luar\, surat tugas ada,2026-11-12T02:00:00.000Z,ya$|,diterima,"'=dinas luar, surat tugas ada",2026-11-12T02:00:00.000Z,ya$/);
    expect(rows[2]).not.toContain(t.fixture.people.staff2!.id);
    expect(rows[2]).not.toContain(t.fixture.people.staff2!.nip);
    const references = (await zip.file('kehadiran/swafoto-acuan.csv')!.async('string')).replace(/^\uFEFF/, '').trim().split('\n');
    expect(references).toHaveLength(2);
    expect(references[1]).toContain("2026-11-02T01:00:00.000Z,approved,2026-11-02T03:00:00.000Z,'=catatan admin,kehadiran/swafoto/acuan-");

    const stored = await readFile(pathOf(t.ctx, { sha256: checkinSha, media_type: 'image/jpeg' }));
    expect(Buffer.compare(await zip.file(checkinPhoto)!.async('nodebuffer'), stored)).toBe(0);
    const photos = Object.keys(zip.files).filter((n) => n.startsWith('kehadiran/swafoto/') && !zip.files[n]!.dir);
    // One file per check-in (the refused one too), named by its time; the reference beside them.
    expect(photos.sort()).toEqual(
      [checkinPhoto, `kehadiran/swafoto/2026-11-11T00-40-00-000Z_${checkinSha.slice(0, 8)}.jpg`, `kehadiran/swafoto/acuan-2026-11-02T01-00-00-000Z_${referenceSha.slice(0, 8)}.jpg`].sort(),
    );
    expect(photos.some((n) => n.includes(othersSha.slice(0, 8)))).toBe(false);
    const readme = await zip.file('BACA-SAYA.txt')!.async('string');
    expect(readme).toContain('kehadiran/swafoto.csv');
  });
});
