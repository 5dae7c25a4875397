import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePhoto } from '../modules/evidence/samples.js';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/**
 * Small configuration promises of docs/security.md (ASVS 5.0 V13, V14, V4) that no other test holds:
 * API answers are not kept by browsers, TRACE is not answered, no folder is listed, no source-control
 * metadata or server source is served, JSON answers name their charset.
 */
let t: TestApp;
let staff: Client;
const web = mkdtempSync(join(tmpdir(), 'kinerja-web-asvs-'));

beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Kinerja</title><div id="root"></div>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  t = await createTestApp({ webDistDir: web });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(async () => {
  await t.close();
  rmSync(web, { recursive: true, force: true });
});

describe('configuration (ASVS 5.0 V13, V14)', () => {
  it('API answers carry Cache-Control: no-store, errors too; evidence files keep their own long private caching (14.3.2)', async () => {
    const me = await staff.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).headers['cache-control']).toBe('no-store');
    expect((await staff.get('/api/v1/no-such-route')).headers['cache-control']).toBe('no-store');
    const sha = await staff.upload(await samplePhoto({ width: 320, height: 240, seedColour: '#225588' }));
    expect((await staff.get(`/api/v1/evidence/${sha}`)).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    // The app's static files are not API answers: their caching is the static server's.
    expect((await t.app.inject({ method: 'GET', url: '/assets/app.js' })).headers['cache-control']).not.toBe('no-store');
  });

  it('JSON answers name their charset (4.1.1)', async () => {
    expect((await staff.get('/api/v1/me')).headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('does not answer TRACE, on the API or the app (13.4.4)', async () => {
    for (const url of ['/api/v1/me', '/', '/assets/app.js']) {
      // TRACE is outside Fastify's method type: it must not be routed at all.
      const res = await t.app.inject({ method: 'TRACE' as 'GET', url, headers: { cookie: 'kinerja_session=secret-value' } });
      expect([404, 405], url).toContain(res.statusCode);
      expect(res.body).not.toContain('secret-value');
    }
  });

  it('lists no folder and serves no source-control metadata or server files (13.4.1, 13.4.3)', async () => {
    for (const url of ['/assets/', '/assets', '/.git/config', '/.git/HEAD', '/../package.json', '/%2e%2e/package.json', '/src/app.ts']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.body, url).not.toMatch(/app\.js<|Index of|\[core\]|"name":\s*"@kinerja|import /);
      expect(res.statusCode, url).not.toBe(500);
    }
  });

  // Last: it breaks this test's database on purpose.
  it('answers an unexpected failure with the generic Indonesian message, no SQL, table name or stack (16.5.1)', async () => {
    await sql`drop table personal_data_reads`.execute(t.ctx.db);
    const res = await staff.get('/api/v1/me/data-reads');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: 'Terjadi kesalahan pada server. Data Anda tidak berubah; silakan coba lagi.' } });
    expect(res.body).not.toMatch(/personal_data_reads|relation|select|at .*\.ts/i);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
