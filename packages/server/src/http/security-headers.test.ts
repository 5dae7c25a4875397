import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf, samplePhoto } from '../modules/evidence/samples.js';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/** The headers of docs/security.md ("Headers and transport"), answer by answer. */
let behindProxy: TestApp;
let direct: TestApp;
let staff: Client;
let photoSha: string;
let pdfSha: string;
const web = mkdtempSync(join(tmpdir(), 'kinerja-web-headers-'));
const shell = '<!doctype html><title>Kinerja</title><div id="root"></div><script type="module" src="/assets/app.js"></script>';

beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), shell);
  writeFileSync(join(web, 'index.html.br'), brotliCompressSync(shell));
  behindProxy = await createTestApp({ webDistDir: web, trustProxy: true });
  direct = await createTestApp({ webDistDir: web, trustProxy: false });
  staff = await signIn(behindProxy.app, behindProxy.fixture.people.staff1!.nip);
  photoSha = await staff.upload(await samplePhoto({ width: 800, height: 600, seedColour: '#0b4f8a' }));
  pdfSha = await staff.upload(samplePdf('Surat Tugas'), 'application/pdf');
});
afterAll(async () => {
  await behindProxy?.close();
  await direct?.close();
  rmSync(web, { recursive: true, force: true });
});

function cspOf(res: LightMyRequestResponse): Map<string, string> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!.toLowerCase(), values.join(' ')] as [string, string];
      }),
  );
}

/** What every answer carries, whatever its kind. */
function expectCommonHeaders(res: LightMyRequestResponse) {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['permissions-policy']).toBe(
    'camera=(self), geolocation=(self), microphone=(), display-capture=(), payment=(), usb=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()',
  );
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['x-powered-by']).toBeUndefined();
  // No CORS: the API is for its own origin only, so the browser refuses cross-origin reads.
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
}

/** The app's policy: same origin only, no inline script or style, never framed. */
function expectAppCsp(res: LightMyRequestResponse) {
  expect(Object.fromEntries(cspOf(res))).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'script-src-attr': "'none'",
    'style-src': "'self'",
    'img-src': "'self' blob:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'manifest-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}

const get = (url: string, headers: Record<string, string> = {}) => behindProxy.app.inject({ method: 'GET', url, headers: { cookie: staff.cookie, ...headers } });

describe('security headers', () => {
  it('the app shell (pre-compressed index.html, and the same page for a client route)', async () => {
    for (const res of [await get('/'), await get('/', { 'accept-encoding': 'br' }), await get('/jurnal/2026-11-23')]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectCommonHeaders(res);
      expectAppCsp(res);
    }
  });

  it('an API answer and an API error', async () => {
    const ok = await get('/api/v1/me', { origin: 'https://elsewhere.example' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    expectCommonHeaders(ok);
    expectAppCsp(ok);
    const missing = await get('/api/v1/tidak-ada');
    expect(missing.statusCode).toBe(404);
    expectCommonHeaders(missing);
    expectAppCsp(missing);
  });

  it('an evidence photo: shown as image/jpeg under a safe name, sandboxed', async () => {
    const res = await get(`/api/v1/evidence/${photoSha}`);
    expect(res.statusCode).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toBe(`inline; filename="bukti-${photoSha}.jpg"; filename*=UTF-8''bukti-${photoSha}.jpg`);
    expect(Object.fromEntries(cspOf(res))).toEqual({ 'default-src': "'none'", 'img-src': "'self'", 'base-uri': "'none'", 'frame-ancestors': "'none'", sandbox: '' });
    // A cached copy is checked with the same headers.
    const cached = await get(`/api/v1/evidence/${photoSha}`, { 'if-none-match': `"${photoSha}"` });
    expect(cached.statusCode).toBe(304);
    expectCommonHeaders(cached);
  });

  it('an evidence PDF: shown, but in a CSP sandbox where no script runs', async () => {
    const res = await get(`/api/v1/evidence/${pdfSha}`);
    expect(res.statusCode).toBe(200);
    expectCommonHeaders(res);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="bukti-${pdfSha}.pdf"; filename*=UTF-8''bukti-${pdfSha}.pdf`);
    const csp = cspOf(res);
    expect(csp.get('sandbox')).toBe(''); // no allow-scripts, allow-same-origin, allow-forms…
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.has('script-src')).toBe(false);
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });

  it('the API docs page has its own, looser policy, and only there', async () => {
    const docs = await get('/api/docs');
    expect(docs.statusCode).toBe(200);
    expectCommonHeaders(docs);
    const csp = cspOf(docs);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expectAppCsp(await get('/api/openapi.json'));
  });

  it('HSTS only when a trusted proxy says the request came over HTTPS', async () => {
    const https = await get('/', { 'x-forwarded-proto': 'https' });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const apiHttps = await get('/api/v1/me', { 'x-forwarded-proto': 'https' });
    expect(apiHttps.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await get('/', { 'x-forwarded-proto': 'http' })).headers['strict-transport-security']).toBeUndefined();
    expect((await get('/')).headers['strict-transport-security']).toBeUndefined();
    // Without TRUST_PROXY anyone could send the header: it is not believed.
    const spoofed = await direct.app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.statusCode).toBe(200);
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    expectAppCsp(spoofed);
  });
});
