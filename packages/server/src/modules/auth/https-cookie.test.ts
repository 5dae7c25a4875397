import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PASSWORD, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true });
});
afterAll(() => t.close());

const login = (proto: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { nip: t.fixture.people.staff1!.nip, password: FIXTURE_PASSWORD },
    headers: { 'x-forwarded-proto': proto },
  });

it('over HTTPS names the session cookie __Host-kinerja_session (Secure, HttpOnly, Path=/, no Domain); plain http keeps kinerja_session for local use', async () => {
  const https = await login('https');
  expect(https.cookies.map((c) => c.name)).toEqual(['__Host-kinerja_session']);
  const c = https.cookies[0]!;
  expect(c.secure).toBe(true);
  expect(c.httpOnly).toBe(true);
  expect(c.path).toBe('/');
  expect(c.domain).toBeUndefined();
  const http = await login('http');
  expect(http.cookies.map((k) => k.name)).toEqual(['kinerja_session']);
  expect(http.cookies[0]!.secure).toBeFalsy();
});

it('over HTTPS reads only the __Host- cookie: a plain-named one (which a sibling host could set) is not a session', async () => {
  const res = await login('https');
  const token = res.cookies[0]!.value;
  const me = (cookies: Record<string, string>, proto = 'https') => t.app.inject({ method: 'GET', url: '/api/v1/me', cookies, headers: { 'x-forwarded-proto': proto } });
  expect((await me({ '__Host-kinerja_session': token })).statusCode).toBe(200);
  expect((await me({ kinerja_session: token })).statusCode).toBe(401);
  // Plain http reads the plain name only.
  expect((await me({ kinerja_session: token }, 'http')).statusCode).toBe(200);
  expect((await me({ '__Host-kinerja_session': token }, 'http')).statusCode).toBe(401);
  // Signing out over HTTPS clears the __Host- cookie with the attributes the prefix needs.
  const out = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/logout',
    cookies: { '__Host-kinerja_session': token },
    headers: { 'x-forwarded-proto': 'https', 'x-csrf-token': res.json().csrfToken },
  });
  expect(out.statusCode).toBe(204);
  const cleared = out.cookies.find((k) => k.name === '__Host-kinerja_session')!;
  expect(cleared.value).toBe('');
  expect(cleared.secure).toBe(true);
  expect(cleared.path).toBe('/');
});
