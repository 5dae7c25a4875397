import { PASSWORD_MIN_LENGTH } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { createTestApp, FIXTURE_PASSWORD, signIn, type Client, type TestApp } from '../../testing/index.js';
import { hashPassword } from './passwords.js';
import { hashToken } from './sessions.js';

/**
 * Issue 20, accounts: chosen passwords against the shipped blocklist, "Perangkat saya" (list, sign one
 * out, sign out the others), an admin's forced sign-out, and the audit row of each of these events.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 3, loginLockMinutes: 15 });
}, 120_000);
afterAll(() => t.close());

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** Signs in from a given browser and address; the raw cookie token is kept to check it never reaches the audit trail. */
async function signInFrom(nip: string, userAgent: string, remoteAddress: string, password = FIXTURE_PASSWORD): Promise<Client & { token: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password }, headers: { 'user-agent': userAgent }, remoteAddress });
  expect(res.statusCode).toBe(200);
  const token = res.cookies.find((c) => c.name === 'kinerja_session')!.value;
  const csrf = res.json().csrfToken as string;
  const cookie = `kinerja_session=${token}`;
  return {
    token,
    cookie,
    csrf,
    get: (url) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    send: (method, url, body) => t.app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf }, ...(body === undefined ? {} : { payload: body as object }) }),
    upload: () => Promise.reject(new Error('not used')),
  };
}

const auditRows = (action: string, entityId?: string) => {
  let q = t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action);
  if (entityId) q = q.where('entity_id', '=', entityId);
  return q.orderBy('chain_seq').execute();
};

const secrets: string[] = [FIXTURE_PASSWORD];

describe('choosing a password (NIST SP 800-63B-4)', () => {
  it('refuses a breached password, one of the Indonesian list dressed with digits, and a short one, in Indonesian', async () => {
    const who = t.fixture.people.staff2!;
    const c = await signIn(t.app, who.nip);
    const change = (newPassword: string) => c.send('POST', '/api/v1/auth/password', { currentPassword: FIXTURE_PASSWORD, newPassword });
    for (const breached of ['1qaz2wsx3edc4rfv', 'PasswordPassword', 'bismillah1234567', 'Sayang123456789!']) {
      const res = await change(breached);
      expect(res.statusCode, breached).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'newPassword', message: expect.stringContaining('terlalu umum atau pernah bocor') }] });
    }
    const short = await change('kuda-lari-pagi');
    expect(short.json().error.details[0].message).toContain('minimal 15 karakter');
    // Still the old password: nothing was changed.
    await signIn(t.app, who.nip, FIXTURE_PASSWORD);
  });

  it('accepts a long passphrase of lower-case words with no digit or symbol, and it signs in', async () => {
    const who = t.fixture.people.kadisB!;
    const c = await signIn(t.app, who.nip);
    const passphrase = 'pagi ini kopi tubruk di teras belakang rumah nenek';
    secrets.push(passphrase);
    expect((await c.send('POST', '/api/v1/auth/password', { currentPassword: FIXTURE_PASSWORD, newPassword: passphrase })).statusCode).toBe(204);
    await signIn(t.app, who.nip, passphrase);
    const [row] = await auditRows('auth.password_changed', who.accountId);
    expect(row).toBeDefined();
  });

  it('a password set under the older rules (the demo accounts\' 12-character kinerja-demo) still signs in', async () => {
    // The rules apply when a password is chosen, not at sign-in: the README's demo sign-ins keep working.
    const who = t.fixture.people.auditor!;
    await t.ctx.db.updateTable('accounts').set({ password_hash: await hashPassword(DEMO_PASSWORD) }).where('id', '=', who.accountId).execute();
    expect(DEMO_PASSWORD.length).toBeLessThan(PASSWORD_MIN_LENGTH);
    await signIn(t.app, who.nip, DEMO_PASSWORD);
  });
});

describe('my devices and sessions', () => {
  it('lists my sessions with a short device name, the address prefix and this device marked; nobody else\'s', async () => {
    const who = t.fixture.people.staff1!;
    const phone = await signInFrom(who.nip, ANDROID, '203.0.113.57');
    const laptop = await signInFrom(who.nip, WINDOWS, '198.51.100.8');
    secrets.push(phone.token, laptop.token, hashToken(phone.token), hashToken(laptop.token));
    const res = await phone.get('/api/v1/auth/sessions');
    expect(res.statusCode).toBe(200);
    const sessions = res.json().sessions as { id: string; device: string; ipPrefix: string; current: boolean; createdAt: string; lastSeenAt: string }[];
    expect(sessions.map((s) => [s.device, s.ipPrefix, s.current]).sort()).toEqual([
      ['Chrome di Android', '203.0.113.x', true],
      ['Firefox di Windows', '198.51.100.x', false],
    ]);
    expect(sessions.every((s) => s.createdAt === '2026-11-23T03:00:00.000Z' && s.lastSeenAt === s.createdAt)).toBe(true);
    expect(JSON.stringify(res.json())).not.toContain(hashToken(phone.token));
    // Another account sees none of these.
    const other = await signIn(t.app, t.fixture.people.kasubbag!.nip);
    const theirs = (await other.get('/api/v1/auth/sessions')).json().sessions as { id: string }[];
    expect(theirs.map((s) => s.id)).not.toContain(sessions[0]!.id);
  });

  it('signs one device out: its cookie gets 401 at once; CSRF is required; someone else\'s session is unknown', async () => {
    const who = t.fixture.people.sekretaris!;
    const phone = await signInFrom(who.nip, ANDROID, '203.0.113.9');
    const laptop = await signInFrom(who.nip, WINDOWS, '198.51.100.9');
    const sessions = (await phone.get('/api/v1/auth/sessions')).json().sessions as { id: string; current: boolean }[];
    const laptopId = sessions.find((s) => !s.current)!.id;

    const noCsrf = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${laptopId}`, headers: { cookie: phone.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF');
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);

    const stranger = await signIn(t.app, t.fixture.people.staff3!.nip);
    expect((await stranger.send('DELETE', `/api/v1/auth/sessions/${laptopId}`, { password: FIXTURE_PASSWORD })).statusCode).toBe(404);
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);

    // Another device only with the password again (ASVS 7.5.2): none or a wrong one is refused and recorded.
    const without = await phone.send('DELETE', `/api/v1/auth/sessions/${laptopId}`, {});
    expect(without.statusCode).toBe(400);
    expect(without.json().error.details).toEqual([{ field: 'password', message: 'Masukkan kata sandi Anda yang benar untuk mengeluarkan perangkat lain.' }]);
    expect((await phone.send('DELETE', `/api/v1/auth/sessions/${laptopId}`, { password: 'bukan-kata-sandinya' })).statusCode).toBe(400);
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);
    expect(await auditRows('auth.reauth_failed', who.accountId)).toHaveLength(1);

    expect((await phone.send('DELETE', `/api/v1/auth/sessions/${laptopId}`, { password: FIXTURE_PASSWORD })).statusCode).toBe(204);
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(401);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(200);
    expect((await phone.send('DELETE', `/api/v1/auth/sessions/${laptopId}`, { password: FIXTURE_PASSWORD })).statusCode).toBe(404);

    const [row] = await auditRows('auth.session_revoked', laptopId);
    expect(row).toMatchObject({ actor_account_id: who.accountId, agency_id: who.agencyId, entity: 'session', data: { current: false } });
  });

  it('signs out my current device too, with no password asked, clearing its cookie', async () => {
    const phone = await signInFrom(t.fixture.people.kadisA!.nip, ANDROID, '203.0.113.10');
    const [mine] = (await phone.get('/api/v1/auth/sessions')).json().sessions as { id: string }[];
    const res = await phone.send('DELETE', `/api/v1/auth/sessions/${mine!.id}`, {});
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'kinerja_session')?.value).toBe('');
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('signs out every other device of mine and keeps this one', async () => {
    const who = t.fixture.people.teacherB!;
    const here = await signInFrom(who.nip, ANDROID, '203.0.113.11');
    const others = [await signInFrom(who.nip, WINDOWS, '198.51.100.11'), await signInFrom(who.nip, WINDOWS, '198.51.100.12')];
    expect((await here.send('POST', '/api/v1/auth/sessions/sign-out-others', { password: 'bukan-kata-sandinya' })).statusCode).toBe(400);
    for (const o of others) expect((await o.get('/api/v1/me')).statusCode).toBe(200);
    const res = await here.send('POST', '/api/v1/auth/sessions/sign-out-others', { password: FIXTURE_PASSWORD });
    expect(res.json()).toEqual({ signedOut: 2 });
    for (const o of others) expect((await o.get('/api/v1/me')).statusCode).toBe(401);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect(((await here.get('/api/v1/auth/sessions')).json().sessions as unknown[]).length).toBe(1);
    const [row] = await auditRows('auth.other_sessions_revoked', who.accountId);
    expect(row).toMatchObject({ actor_account_id: who.accountId, data: { sessions: 2 } });
  });
});

describe('forced sign-out by an admin', () => {
  it('the agency\'s admin signs an account out of every device; another agency\'s admin does not find it', async () => {
    const who = t.fixture.people.staff3!;
    const a = await signIn(t.app, who.nip);
    const b = await signIn(t.app, who.nip);
    const url = `/api/v1/agencies/${who.agencyId}/accounts/${who.accountId}/sign-out`;

    const otherAdmin = await signIn(t.app, t.fixture.people.adminB!.nip);
    const refused = await otherAdmin.send('POST', url);
    expect(refused.statusCode).toBe(404);
    expect((await a.get('/api/v1/me')).statusCode).toBe(200);
    // The right admin, the wrong agency in the URL: not found either.
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    expect((await admin.send('POST', `/api/v1/agencies/${t.fixture.agencyIds.B}/accounts/${who.accountId}/sign-out`)).statusCode).toBe(404);

    const res = await admin.send('POST', url);
    expect(res.statusCode).toBe(200);
    expect(res.json().signedOut).toBeGreaterThanOrEqual(2);
    expect((await a.get('/api/v1/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    const [row] = await auditRows('auth.forced_sign_out', who.accountId);
    expect(row).toMatchObject({ actor_account_id: t.fixture.people.adminA!.accountId, agency_id: who.agencyId, entity: 'account' });
  });

  it('the BKD signs out an account of any agency', async () => {
    const who = t.fixture.people.adminB!;
    const c = await signIn(t.app, who.nip);
    const bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
    expect((await bkd.send('POST', `/api/v1/agencies/${who.agencyId}/accounts/${who.accountId}/sign-out`)).statusCode).toBe(200);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('the audit trail of sign-in events', () => {
  it('records sign-in, failure, lockout, a try while locked, reset and sign-out', async () => {
    const who = t.fixture.people.kasubbag!;
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: who.nip, password }, remoteAddress: '203.0.113.77' });
    const wrong = ['salah-satu-sandi', 'salah-dua-sandi', 'salah-tiga-sandi', 'salah-empat-sandi'];
    secrets.push(...wrong);
    expect((await attempt(wrong[0]!)).statusCode).toBe(401);
    expect((await attempt(wrong[1]!)).statusCode).toBe(401);
    expect((await attempt(wrong[2]!)).statusCode).toBe(423);
    expect((await attempt(wrong[3]!)).statusCode).toBe(423);
    expect((await auditRows('auth.login_failed', who.accountId)).map((r) => r.data)).toEqual([
      { ip: '203.0.113.77', failures: 1 },
      { ip: '203.0.113.77', failures: 2 },
    ]);
    expect((await auditRows('auth.locked', who.accountId)).map((r) => r.data)).toEqual([{ ip: '203.0.113.77', failures: 3 }]);
    expect(await auditRows('auth.login_refused_locked', who.accountId)).toHaveLength(1);

    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    const reset = await admin.send('POST', `/api/v1/agencies/${who.agencyId}/employees/${who.id}/password-reset`);
    const temporary = reset.json().temporaryPassword as string;
    secrets.push(temporary);
    expect(await auditRows('auth.password_reset', who.accountId)).toMatchObject([{ actor_account_id: t.fixture.people.adminA!.accountId }]);

    const c = await signIn(t.app, who.nip, temporary);
    expect((await auditRows('auth.login', who.accountId)).length).toBeGreaterThanOrEqual(1);
    expect((await c.send('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect(await auditRows('auth.logout')).not.toHaveLength(0);
  });

  it('no password, token or token hash is in any audit row', async () => {
    const rows = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_id', 'data']).where('action', 'like', 'auth.%').execute();
    expect(rows.length).toBeGreaterThan(10);
    const text = JSON.stringify(rows);
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
  });
});
