import ExcelJS from 'exceljs';
import { gunzipSync } from 'node:zlib';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { csvOf, multipart } from '../imports/test-support.js';

let t: TestApp;
let bkd: Client;
beforeAll(async () => {
  t = await createTestApp();
  bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
});
afterAll(() => t.close());

const HEADER = ['kode', 'nama', 'satuan', 'menit_standar', 'jenis_jabatan', 'kelompok', 'opd', 'aktif'];
const send = (c: Client, content: Buffer, filename: string, dryRun: boolean) => {
  const body = multipart({ dryRun: String(dryRun) }, { filename, content });
  return t.app.inject({ method: 'POST', url: '/api/v1/activities/import', headers: { ...body.headers, cookie: c.cookie, 'x-csrf-token': c.csrf }, payload: body.payload });
};

describe('publishing the activity dictionary', () => {
  it('lists every bad row in a dry run and publishes nothing', async () => {
    const file = csvOf([
      HEADER,
      ['ADM-001', 'Mengagendakan surat masuk', 'Surat', '5', '', 'Administrasi', '', 'ya'],
      ['adm 002', 'X', '', '0', 'kepala', '', 'NOPE', 'mungkin'],
      ['ADM-001', 'Duplikat', 'Surat', '5', '', '', '', ''],
    ], ';');
    const res = await send(bkd, file, 'kamus.csv', false);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBeNull();
    const columns = body.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    expect(columns).toEqual(['3:kode', '3:nama', '3:satuan', '3:menit_standar', '3:jenis_jabatan', '3:opd', '3:aktif', '4:kode']);
    expect((await bkd.get('/api/v1/activities')).json().version).toBe(t.fixture.dictionaryVersion);
  });

  it('publishes an XLSX as a new version; old entries keep the version they were logged against', async () => {
    const staff = await signIn(t.app, t.fixture.people.staff1!.nip);
    const id = v7();
    await staff.send('PUT', `/api/v1/journal/entries/${id}`, { workDate: '2026-11-23', startTime: '08:00', endTime: '09:00', activityCode: 'ADM-001', volume: 2 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kamus');
    ws.addRow(HEADER);
    ws.addRow(['ADM-001', 'Mengagendakan surat masuk dan keluar', 'Surat', 10, '', 'Administrasi', '', 'ya']);
    ws.addRow(['KES-900', 'Kunjungan rumah pasien TB', 'Pasien', 45, 'fungsional', 'Kesehatan', 'DINKES', 'ya']);
    ws.addRow(['OLD-001', 'Kegiatan lama', 'Kegiatan', 30, '', '', '', 'tidak']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await send(staff, bytes, 'kamus.xlsx', false)).statusCode).toBe(403);
    const dry = (await send(bkd, bytes, 'kamus.xlsx', true)).json();
    expect(dry).toMatchObject({ dryRun: true, version: null, itemCount: 3, problems: [] });
    const published = (await send(bkd, bytes, 'kamus.xlsx', false)).json();
    expect(published.version).toBe(t.fixture.dictionaryVersion + 1);

    const dictionaryA = (await staff.get('/api/v1/activities')).json();
    expect(dictionaryA.items.map((i: { code: string }) => i.code).sort()).toEqual(['ADM-001', 'KES-900']);
    const teacherB = await signIn(t.app, t.fixture.people.teacherB!.nip);
    const dictionaryB = (await teacherB.get('/api/v1/activities')).json();
    expect(dictionaryB.items.map((i: { code: string }) => i.code)).toEqual(['ADM-001']);
    // Restricted to DINKES: another agency cannot log it.
    const refused = await teacherB.send('PUT', `/api/v1/journal/entries/${v7()}`, { workDate: '2026-11-23', startTime: '08:00', endTime: '09:00', activityCode: 'KES-900', volume: 1 });
    expect(refused.json().error.code).toBe('UNKNOWN_ACTIVITY');

    const old = (await staff.get('/api/v1/journal/days/2026-11-23')).json().entries.find((e: { id: string }) => e.id === id);
    expect(old).toMatchObject({ activityVersion: t.fixture.dictionaryVersion, creditedMinutes: 10, activityName: 'Mengagendakan surat masuk' });
    const fresh = await staff.send('PUT', `/api/v1/journal/entries/${v7()}`, { workDate: '2026-11-23', startTime: '09:00', endTime: '10:00', activityCode: 'ADM-001', volume: 2 });
    expect(fresh.json().entry).toMatchObject({ activityVersion: published.version, creditedMinutes: 20 });
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const res = await send(bkd, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'foto.csv', true);
    expect(res.statusCode).toBe(415);
  });
});

describe('serving the dictionary to devices', () => {
  it('sends it gzipped to a client that accepts gzip, the same JSON as plain, and 304 for its ETag', async () => {
    const staff = await signIn(t.app, t.fixture.people.staff1!.nip);
    const headers = { cookie: staff.cookie };
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/activities', headers });
    const zipped = await t.app.inject({ method: 'GET', url: '/api/v1/activities', headers: { ...headers, 'accept-encoding': 'gzip, br' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(plain.json().items.length).toBeGreaterThan(0);
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/activities', headers: { ...headers, 'if-none-match': String(plain.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });
});
