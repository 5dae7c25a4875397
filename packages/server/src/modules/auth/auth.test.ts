import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PASSWORD, signIn, type TestApp } from '../../testing/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 3, loginLockMinutes: 15 });
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in with NIP and password, sets an HttpOnly SameSite cookie and returns me', async () => {
    const staff = t.fixture.people.staff1!;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: staff.nip, password: FIXTURE_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kinerja_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const body = res.json();
    expect(body.me.employee.nip).toBe(staff.nip);
    expect(body.csrfToken).toMatch(/\S{20,}/);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const staff = t.fixture.people.staff1!;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { nip: staff.nip, password: FIXTURE_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // trustProxy is off in tests, so the forwarded header must not be believed.
    expect(res.cookies[0]!.secure).toBeFalsy();
  });

  it('accepts a NIP typed with spaces', async () => {
    const staff = t.fixture.people.staff2!;
    const spaced = `${staff.nip.slice(0, 8)} ${staff.nip.slice(8, 14)} ${staff.nip.slice(14, 15)} ${staff.nip.slice(15)}`;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: spaced, password: FIXTURE_PASSWORD } });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown NIP alike', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: t.fixture.people.kadisB!.nip, password: 'salah-sekali' } });
    const b = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: '199001012015031001', password: 'salah-sekali' } });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json()).toEqual(b.json());
    expect(a.json().error.code).toBe('BAD_CREDENTIALS');
  });

  it('locks the account after repeated failures, then unlocks when the time has passed', async () => {
    const who = t.fixture.people.teacherB!;
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: who.nip, password } });
    expect((await attempt('x1')).statusCode).toBe(401);
    expect((await attempt('x2')).statusCode).toBe(401);
    const third = await attempt('x3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('ACCOUNT_LOCKED');
    // Retry-After: the seconds until the lock ends, as with 429.
    expect(third.headers['retry-after']).toBe(String(15 * 60));
    // Even the right password is refused while locked.
    t.setNow(new Date(t.ctx.now().getTime() + 5 * 60_000 + 500));
    const stillLocked = await attempt(FIXTURE_PASSWORD);
    expect(stillLocked.statusCode).toBe(423);
    expect(stillLocked.headers['retry-after']).toBe(String(10 * 60));
    t.setNow(new Date(t.ctx.now().getTime() - 5 * 60_000 - 500));
    t.setNow(new Date(t.ctx.now().getTime() + 16 * 60_000));
    expect((await attempt(FIXTURE_PASSWORD)).statusCode).toBe(200);
  });

  it('answers bad input with 400 VALIDATION in Bahasa Indonesia', async () => {
    for (const payload of [{}, { nip: 123 }, { nip: '', password: '' }, { nip: 'x'.repeat(1000), password: 'y' }, { nip: 'a', password: 'b', admin: true }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"nip":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/JSON/);
  });
});

describe('session, CSRF and sign-out', () => {
  it('requires a session for /me', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const c = await signIn(t.app, t.fixture.people.staff1!.nip);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie, 'x-csrf-token': 'nope' } });
    expect(wrong.statusCode).toBe(403);
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('signs out and the session no longer works', async () => {
    const c = await signIn(t.app, t.fixture.people.staff1!.nip);
    expect((await c.send('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('password change and admin reset', () => {
  it('changes the password, signs out other sessions, and the new password works', async () => {
    const who = t.fixture.people.staff2!;
    const a = await signIn(t.app, who.nip);
    const b = await signIn(t.app, who.nip);
    const weak = await a.send('POST', '/api/v1/auth/password', { currentPassword: FIXTURE_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const wrongCurrent = await a.send('POST', '/api/v1/auth/password', { currentPassword: 'bukan-ini-123', newPassword: 'kata-sandi-baru-9' });
    expect(wrongCurrent.statusCode).toBe(400);
    const ok = await a.send('POST', '/api/v1/auth/password', { currentPassword: FIXTURE_PASSWORD, newPassword: 'kata-sandi-baru-9' });
    expect(ok.statusCode).toBe(204);
    expect((await a.get('/api/v1/me')).statusCode).toBe(200);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    await signIn(t.app, who.nip, 'kata-sandi-baru-9');
  });

  it('admin reset gives a temporary password that must be changed before anything else', async () => {
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    const who = t.fixture.people.kasubbag!;
    const res = await admin.send('POST', `/api/v1/agencies/${who.agencyId}/employees/${who.id}/password-reset`);
    expect(res.statusCode).toBe(200);
    const temp = res.json().temporaryPassword as string;
    const c = await signIn(t.app, who.nip, temp);
    const me = await c.get('/api/v1/me');
    expect(me.json().account.mustChangePassword).toBe(true);
    const blocked = await c.get(`/api/v1/agencies/${who.agencyId}/employees/${who.id}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await c.send('POST', '/api/v1/auth/password', { currentPassword: temp, newPassword: 'pilihan-saya-77' })).statusCode).toBe(204);
    expect((await c.get(`/api/v1/agencies/${who.agencyId}/employees/${who.id}`)).statusCode).toBe(200);
  });
});
