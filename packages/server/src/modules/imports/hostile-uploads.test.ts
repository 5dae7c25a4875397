import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { entryOf, partsOf, repeatedEntry, XXE_SHEET, zipOf } from './hostile-files.js';
import { multipart, xlsxOf } from './test-support.js';
import { guardXlsx, XlsxRefused } from './xlsx-guard.js';

/**
 * Every route that takes a spreadsheet or CSV upload, sent a ZIP bomb, an XLSX with an external entity
 * and one with a zip-slip name: each is refused with a 4xx, and the bomb never costs the process its size
 * in memory. The routes: the org import (POST /imports), the activity dictionary (POST /activities/import),
 * an attendance machine's USB file (text only: refused as not text). TPP payroll data has no file upload.
 */
let t: TestApp;
let bkd: Client;
let adminA: Client;
let machineId: string;
const GiB = 1024 * 1024 * 1024;

let bomb: Buffer;
let liar: Buffer;
let xxe: Buffer;
let slip: Buffer;
let manyParts: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  [bkd, adminA] = await Promise.all([signIn(t.app, t.fixture.people.bkdAdmin!.nip), signIn(t.app, t.fixture.people.adminA!.nip)]);
  const A = t.fixture.agencyIds.A;
  const res = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/machines`, { serialNumber: 'HOSTILE0001', name: 'Mesin uji', zone: 'WIB' });
  machineId = res.json().id;

  const real = await partsOf(await xlsxOf({ Pegawai: [['kode_opd', 'nip', 'nama'], ['DINKES', '199001012015031001', 'Budi']] }));
  const keep = (except: string) => [...real].filter(([n]) => n !== except).map(([n, c]) => entryOf(n, c));
  const sheet = 'xl/worksheets/sheet1.xml';
  // 1 GiB of spaces as the worksheet: about 1 MiB on the wire, under the 20 MiB upload limit.
  const huge = await repeatedEntry(sheet, GiB);
  bomb = zipOf([...keep(sheet), huge]);
  // The same part, its headers claiming 100 bytes.
  liar = zipOf([...keep(sheet), { ...huge, declaredSize: 100 }]);
  xxe = zipOf([...keep(sheet), entryOf(sheet, Buffer.from(XXE_SHEET(real.get(sheet)!.toString('utf8'))))]);
  slip = zipOf([...keep(''), entryOf('../../../../tmp/kinerja-zip-slip.txt', Buffer.from('x'))]);
  manyParts = zipOf([...keep(''), ...Array.from({ length: 2_100 }, (_, i) => entryOf(`xl/media/p${i}.bin`, Buffer.from('x')))]);
}, 120_000);
afterAll(() => t.close());

type Send = (c: Client, content: Buffer, name: string) => Promise<{ statusCode: number; body: string }>;
const post = (url: string): Send => (c, content, name) => {
  const body = multipart({ dryRun: 'true' }, { filename: name, content });
  return t.app.inject({ method: 'POST', url, headers: { ...body.headers, cookie: c.cookie, 'x-csrf-token': c.csrf }, payload: body.payload });
};
const routes: [string, () => Client, () => Send][] = [
  ['org import', () => bkd, () => post('/api/v1/imports')],
  ['activity dictionary import', () => bkd, () => post('/api/v1/activities/import')],
  ['attendance USB file import', () => adminA, () => post(`/api/v1/agencies/${t.fixture.agencyIds.A}/attendance/machines/${machineId}/imports`)],
];

/** Peak resident memory of this process so far, in bytes. */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

describe.each(routes)('%s', (_name, client, send) => {
  it('refuses a ZIP bomb (1 GiB in a 1 MiB file, honest or lying headers) with a 4xx, in bounded memory and time', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    for (const file of [bomb, liar]) {
      const before = peakRss();
      const started = Date.now();
      const res = await send()(client(), file, 'bom.xlsx');
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(peakRss() - before).toBeLessThan(300 * 1024 * 1024);
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  }, 60_000);

  it('refuses an XLSX with an external entity, and never shows what it names', async () => {
    const res = await send()(client(), xxe, 'xxe.xlsx');
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toContain('root:');
  });

  it('refuses an XLSX with a part named ../…, or with thousands of parts', async () => {
    for (const file of [slip, manyParts]) {
      const res = await send()(client(), file, 'slip.xlsx');
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});

describe('the guard itself', () => {
  it('passes a real workbook and names why it refuses the others', async () => {
    await expect(guardXlsx(await xlsxOf({ Unit: [['kode_opd'], ['DINKES']] }))).resolves.toBeUndefined();
    await expect(guardXlsx(liar)).rejects.toMatchObject({ reason: 'too_large' });
    await expect(guardXlsx(xxe)).rejects.toBeInstanceOf(XlsxRefused);
    await expect(guardXlsx(xxe)).rejects.toMatchObject({ reason: 'unsafe' });
    await expect(guardXlsx(slip)).rejects.toMatchObject({ reason: 'unsafe' });
  });

  it('answers the routes with their codes and an Indonesian message', async () => {
    const res = await post('/api/v1/imports')(bkd, bomb, 'bom.xlsx');
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(/ZIP bomb/);
    const x = await post('/api/v1/activities/import')(bkd, xxe, 'xxe.xlsx');
    expect(x.statusCode).toBe(415);
    expect(JSON.parse(x.body).error.message).toMatch(/DOCTYPE/);
  });
});
