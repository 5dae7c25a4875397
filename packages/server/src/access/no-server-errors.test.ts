import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/**
 * No input ever produces a 500: every documented route is hit with hostile input — wrong types, huge
 * strings, markup, odd content types, nonsense path parameters — as a signed-in admin (who gets past
 * the access checks, so the input reaches the handlers) and as an employee.
 */
let t: TestApp;
let routes: { method: string; path: string }[] = [];
let admin: Client;
let staff: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })))
    // Signing out or changing one's own password would end the sessions this test uses.
    .filter((r) => !['/api/v1/auth/logout', '/api/v1/auth/password'].includes(r.path));
});
afterAll(() => t.close());

const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ minLength: 500, maxLength: 3000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('<script>alert(1)</script>'),
  fc.constant("'; drop table employees; --"),
  fc.constant('../../etc/passwd'),
  fc.constant('\u0000\uFFFF'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const hostileBody = fc.oneof(fc.dictionary(fc.constantFrom('nip', 'password', 'workDate', 'activityCode', 'volume', 'startTime', 'endTime', 'supervisorEmployeeId', 'agencyId', 'holidays', 'items', 'name', 'fromDate', 'sha256', 'reason'), hostileValue), hostileValue);
const hostileSegment = fc.oneof(fc.constant('00000000-0000-0000-0000-000000000000'), fc.constant('2026-02-30'), fc.constant('%00'), fc.constant('x'.repeat(300)), fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent), fc.constant('9'.repeat(30)));

function fill(path: string, segment: string): string {
  return path.replace(/\{[^}]+\}/g, segment);
}

describe('hostile input never produces a server error', () => {
  it('for every route, caller and random input', async () => {
    expect(routes.length).toBeGreaterThan(30);
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), hostileSegment, hostileBody, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'image/jpeg'), fc.boolean(), async (route, segment, body, contentType, asAdmin) => {
        const client = asAdmin ? admin : staff;
        const payload = typeof body === 'string' ? body : JSON.stringify(body);
        const url = `${fill(route.path, segment)}${route.method === 'GET' ? `?q=${encodeURIComponent(String(segment))}&from=${segment}&limit=${segment}` : ''}`;
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, ...(route.method === 'GET' ? {} : { 'content-type': contentType }) },
          ...(route.method === 'GET' ? {} : { payload }),
        });
        if (res.statusCode >= 500) failures.push(`${route.method} ${url} [${contentType}] ${payload.slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
          const err = res.json().error;
          if (!err?.code || !err?.message) failures.push(`${route.method} ${url}: error without code/message`);
        }
      }),
      { numRuns: 600, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    );
    expect([...new Set(failures)].slice(0, 20)).toEqual([]);
  });
});
