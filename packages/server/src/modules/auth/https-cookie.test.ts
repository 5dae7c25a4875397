import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PASSWORD, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true });
});
afterAll(() => t.close());

it('marks the session cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
  const login = (proto: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { nip: t.fixture.people.staff1!.nip, password: FIXTURE_PASSWORD },
      headers: { 'x-forwarded-proto': proto },
    });
  const https = (await login('https')).cookies.find((c) => c.name === 'kinerja_session')!;
  expect(https.secure).toBe(true);
  expect(https.httpOnly).toBe(true);
  const http = (await login('http')).cookies.find((c) => c.name === 'kinerja_session')!;
  expect(http.secure).toBeFalsy();
});
