import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataExport } from '@kinerja/core/api';
import { samplePhoto } from '../evidence/samples.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';

/**
 * The "my data" archive: asked for by the employee (or an admin, on a written request), made in the
 * background, downloaded as a ZIP holding the profile, every journal entry with its decisions and
 * photo, the SKP list, and who read the data.
 */
let t: TestApp;
let dataDir: string;
let staff: Client;
let boss: Client;
let admin: Client;
let peer: Client;
let A: string;
let staffId: string;
const ENTRY = '0190b7a0-0002-7000-8000-000000000001';
const DELETED = '0190b7a0-0002-7000-8000-000000000002';
let photo: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kinerja-my-data-'));
  t = await createTestApp({ dataDir });
  const p = t.fixture.people;
  A = t.fixture.agencyIds.A;
  staffId = p.staff1!.id;
  staff = await signIn(t.app, p.staff1!.nip);
  boss = await signIn(t.app, p.kasubbag!.nip);
  admin = await signIn(t.app, p.adminA!.nip);
  peer = await signIn(t.app, p.staff2!.nip);
  photo = await staff.upload(await samplePhoto({ width: 640, height: 480, seedColour: '#884422' }));
  expect((await staff.send('PUT', `/api/v1/journal/entries/${ENTRY}`, { workDate: '2026-11-20', startTime: '08:00', endTime: '09:30', activityCode: 'ADM-002', volume: 1, description: 'Konsep nota dinas "anggaran", tahap 1' })).statusCode).toBe(201);
  expect((await staff.send('POST', `/api/v1/journal/entries/${ENTRY}/evidence`, { sha256: photo, fileName: 'foto rapat.jpg' })).statusCode).toBe(200);
  expect((await staff.send('PUT', `/api/v1/journal/entries/${DELETED}`, { workDate: '2026-11-20', startTime: '10:00', endTime: '10:30', activityCode: 'ADM-001', volume: 2 })).statusCode).toBe(201);
  expect((await staff.send('DELETE', `/api/v1/journal/entries/${DELETED}`)).statusCode).toBe(204);
  expect((await staff.send('POST', '/api/v1/journal/days/2026-11-20/submit')).statusCode).toBe(200);
  const skp = await staff.send('POST', `/api/v1/agencies/${A}/employees/${staffId}/skp`, { positionId: t.fixture.positions.PENGADM!.id, periodFrom: '2026-01-01', pendekatan: 'kuantitatif', start: 'kosong' });
  expect(skp.statusCode, skp.body).toBe(201);
  expect((await boss.get(`/api/v1/validation/people/${staffId}/days/2026-11-20`)).statusCode).toBe(200);
  expect((await boss.send('POST', `/api/v1/validation/entries/${ENTRY}/decision`, { decision: 'returned', note: 'Lengkapi uraiannya' })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const url = (employeeId = staffId) => `/api/v1/agencies/${A}/employees/${employeeId}/data-exports`;

async function finished(c: Client, id: string): Promise<DataExport> {
  for (let i = 0; i < 200; i++) {
    const res = await c.get(`/api/v1/agencies/${A}/data-exports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json().export as DataExport;
    if (e.status === 'ready' || e.status === 'failed') return e;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the archive was never finished');
}

describe('my data archive', () => {
  it('is made for me in the background and holds my profile, journal (deleted entries too), decisions, photo, SKP list and who read my data', async () => {
    const asked = await staff.send('POST', url(), {});
    expect(asked.statusCode, asked.body).toBe(202);
    const made = asked.json().export as DataExport;
    expect(made).toMatchObject({ employeeId: staffId, onBehalf: false, reason: null });
    const done = await finished(staff, made.id);
    expect(done.status, done.error ?? '').toBe('ready');
    expect(done.partsDone).toBe(done.partsTotal);
    expect(done.sizeBytes).toBeGreaterThan(1000);

    const file = await staff.get(`/api/v1/agencies/${A}/data-exports/${made.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="arsip-data-kinerja-\d{4}-\d{2}-\d{2}\.zip"$/);
    const zip = await JSZip.loadAsync(file.rawPayload);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toEqual(expect.arrayContaining(['BACA-SAYA.txt', 'profil.json', 'jurnal/kegiatan.csv', 'jurnal/kegiatan.json', 'jurnal/keputusan.csv', 'jurnal/riwayat-perubahan.json', 'skp/daftar.csv', 'siapa-melihat.csv']));

    const profile = JSON.parse(await zip.file('profil.json')!.async('string'));
    expect(profile.pegawai).toMatchObject({ nip: t.fixture.people.staff1!.nip, name: 'Dewi Lestari' });
    expect(JSON.stringify(profile.akun)).not.toMatch(/password_hash|\$argon2/);
    expect(profile.riwayatJabatan.length).toBeGreaterThan(0);

    const journal = JSON.parse(await zip.file('jurnal/kegiatan.json')!.async('string')) as { id: string; uraian: string; dihapus: string; keputusan: { keputusan: string; catatan: string; oleh: string }[]; bukti: { berkas: string }[] }[];
    expect(journal.map((j) => j.id).sort()).toEqual([ENTRY, DELETED].sort());
    const kept = journal.find((j) => j.id === ENTRY)!;
    expect(kept.uraian).toBe('Konsep nota dinas "anggaran", tahap 1');
    expect(kept.keputusan).toEqual([expect.objectContaining({ keputusan: 'returned', catatan: 'Lengkapi uraiannya', oleh: 'Budi Santoso' })]);
    expect(journal.find((j) => j.id === DELETED)!.dihapus).not.toBe('');

    // The photo is in the archive byte for byte, under the name the journal points to.
    const photoName = kept.bukti[0]!.berkas;
    expect(photoName).toMatch(/^bukti\/2026-11-20_[0-9a-f]{8}_foto_rapat\.jpg$/);
    const bytes = await zip.file(photoName)!.async('nodebuffer');
    const original = await staff.get(`/api/v1/evidence/${photo}`);
    expect(bytes.equals(original.rawPayload)).toBe(true);

    // CSV that a spreadsheet opens: a BOM, a header, quotes where the text has them.
    const rows = await zip.file('jurnal/kegiatan.csv')!.async('string');
    expect(rows.charCodeAt(0)).toBe(0xfeff);
    expect(rows).toContain('"Konsep nota dinas ""anggaran"", tahap 1"');
    expect(await zip.file('siapa-melihat.csv')!.async('string')).toContain('Budi Santoso');
    // The SKP as its printed form.
    const pdf = names.find((n) => /^skp\/SKP-2026-01-01-[0-9a-f]{8}\.pdf$/.test(n));
    expect(pdf).toBeDefined();
    expect((await zip.file(pdf!)!.async('nodebuffer')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await zip.file('BACA-SAYA.txt')!.async('string')).toContain('UU 27/2022');
  });

  it('lets an admin make one on a written request (reason required, recorded) and refuses everyone else', async () => {
    const noReason = await admin.send('POST', url(), {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    const asked = await admin.send('POST', url(), { reason: 'Surat permohonan No. 800/12/2026' });
    expect(asked.statusCode).toBe(202);
    const made = asked.json().export as DataExport;
    expect(made).toMatchObject({ onBehalf: true, reason: 'Surat permohonan No. 800/12/2026' });
    expect((await finished(admin, made.id)).status).toBe('ready');
    // The employee sees it among theirs.
    expect(((await staff.get(url())).json().exports as DataExport[]).map((e) => e.id)).toContain(made.id);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('action', 'like', 'data_export.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['data_export.requested', 'data_export.downloaded']));

    // Not the supervisor, not a peer: the archive is the whole record. Another's archive is as unknown as none.
    expect((await boss.send('POST', url(), { reason: 'Surat permohonan No. 800/12/2026' })).statusCode).toBe(403);
    expect((await peer.get(url())).statusCode).toBe(403);
    expect((await peer.get(`/api/v1/agencies/${A}/data-exports/${made.id}`)).statusCode).toBe(404);
    expect((await peer.get(`/api/v1/agencies/${A}/data-exports/${made.id}/file`)).statusCode).toBe(404);
  });
});
