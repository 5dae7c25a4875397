import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../modules/evidence/samples.js';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/** JSON answers of the API are compressed when the client asks; static files and evidence are not re-compressed. */
let t: TestApp;
let staff: Client;
const web = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
const script = `console.log(${JSON.stringify('Kinerja '.repeat(600))});\n`;

beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Kinerja</title>');
  writeFileSync(join(web, 'app.js'), script);
  writeFileSync(join(web, 'app.js.br'), brotliCompressSync(script));
  t = await createTestApp({ webDistDir: web });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(() => t.close());

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: staff.cookie, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } });

describe('compression', () => {
  it('/journal/context comes back as br or gzip when asked, the same JSON, and plain otherwise', async () => {
    const plain = await get('/api/v1/journal/context');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/api/v1/journal/context', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gzip = await get('/api/v1/journal/context', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    console.info(`/journal/context: ${plain.rawPayload.length} B plain, ${gzip.rawPayload.length} B gzip, ${br.rawPayload.length} B br`);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it('leaves small answers alone', async () => {
    const me = await get('/api/v1/health', 'br, gzip');
    expect(me.headers['content-encoding']).toBeUndefined();
  });

  it('serves the web build’s pre-compressed files as they are, not compressed twice', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/app.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends evidence files uncompressed, with their length', async () => {
    const pdf = samplePdf('Surat Tugas '.repeat(200));
    const sha = await staff.upload(pdf, 'application/pdf');
    const res = await get(`/api/v1/evidence/${sha}`, 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
  });
});
