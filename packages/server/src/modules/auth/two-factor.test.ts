import { stat } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PASSWORD, signIn, type TestApp } from '../../testing/index.js';
import { hashPassword } from './passwords.js';
import { openSecret, sealSecret, totpKey } from './totp-secret.js';
import { resetTwoFactor } from './two-factor.js';

/**
 * Issue 20, two-factor sign-in (TOTP, RFC 6238): enrolment, the second step of a sign-in, wrong and
 * replayed codes, recovery codes, the requirement for admins and auditors, the demo exemption, and the
 * audit trail of each. Codes are made here with the same library the server checks them with.
 */
let t: TestApp;
const START = new Date('2026-11-23T03:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 3, loginLockMinutes: 15 });
}, 120_000);
afterAll(() => t.close());

const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: when.getTime() });

interface Raw {
  status: number;
  body: Record<string, unknown>;
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'DELETE', url: string, body?: object): Promise<LightMyRequestResponse>;
}

function clientOf(cookie: string, csrf: string) {
  return {
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    send: (method: 'POST' | 'DELETE', url: string, body?: object) =>
      t.app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf }, ...(body === undefined ? {} : { payload: body }) }),
  };
}

/** The password step; the answer says whether a second step follows. */
async function passwordStep(nip: string, password = FIXTURE_PASSWORD): Promise<Raw> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password } });
  const token = res.cookies.find((c) => c.name === 'kinerja_session')?.value ?? '';
  const body = res.json() as Record<string, unknown>;
  const cookie = `kinerja_session=${token}`;
  const csrf = (body.csrfToken as string) ?? '';
  return { status: res.statusCode, body, cookie, csrf, ...clientOf(cookie, csrf) };
}

/** Finishes a sign-in with a code; answers the new session's client. */
async function secondStep(c: Raw, code: string) {
  const res = await c.send('POST', '/api/v1/auth/two-factor/verify', { code });
  const token = res.cookies.find((k) => k.name === 'kinerja_session')?.value;
  const body = res.json() as Record<string, unknown>;
  const cookie = token ? `kinerja_session=${token}` : c.cookie;
  return { res, body, cookie, ...clientOf(cookie, (body.csrfToken as string) ?? c.csrf) };
}

const auditRows = (action: string, accountId: string) =>
  t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('entity_id', '=', accountId).orderBy('chain_seq').execute();

/** What must never reach the audit trail or an answer other than the enrolment: secrets and codes. */
const secrets: string[] = [];

describe('an employee turns two-factor sign-in on', () => {
  let secret = '';
  const who = () => t.fixture.people.staff1!;

  it('asks the password again, shows the secret as a QR code and as text, and keeps it encrypted', async () => {
    t.setNow(at(0));
    const c = await signIn(t.app, who().nip);
    const status = await c.get('/api/v1/auth/two-factor');
    expect(status.json()).toMatchObject({ enabled: false, required: false, exempt: false, recoveryCodesLeft: 0, step: null });

    const noPassword = await c.send('POST', '/api/v1/auth/two-factor/enrolment', {});
    expect(noPassword.statusCode).toBe(400);
    const wrong = await c.send('POST', '/api/v1/auth/two-factor/enrolment', { password: 'bukan-kata-sandinya' });
    expect(wrong.statusCode).toBe(400);
    expect((await auditRows('auth.reauth_failed', who().accountId)).at(-1)?.data).toMatchObject({ for: 'two_factor' });

    const res = await c.send('POST', '/api/v1/auth/two-factor/enrolment', { password: FIXTURE_PASSWORD });
    expect(res.statusCode).toBe(200);
    const e = res.json();
    secret = e.secret;
    secrets.push(secret);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits in base32
    expect(e.uri).toBe(`otpauth://totp/Kinerja:${who().nip}?issuer=Kinerja&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect(e.qrSvg).toMatch(/^<svg viewBox="0 0 \d+ \d+" xmlns="http:\/\/www.w3.org\/2000\/svg"><path d="M/);
    // Not enabled until a first code confirms it.
    expect((await c.get('/api/v1/auth/two-factor')).json()).toMatchObject({ enabled: false });

    const row = await t.ctx.db.selectFrom('account_totp').selectAll().where('account_id', '=', who().accountId).executeTakeFirstOrThrow();
    expect(row.secret).toBeNull();
    expect(row.pending_secret).toMatch(/^v1\.[\w-]{11}\.[\w-]{16}\.[\w-]+$/);
    expect(row.pending_secret).not.toContain(secret);
    const key = await totpKey(t.ctx.config.totpKeyFile);
    expect(Buffer.from(openSecret(key, who().accountId, row.pending_secret!))).toEqual(Buffer.from(Secret.fromBase32(secret).bytes));
    // Sealed to its account: the same value on another account's row does not open.
    expect(() => openSecret(key, t.fixture.people.staff2!.accountId, row.pending_secret!)).toThrow(/rusak atau diubah/);
    expect(() => openSecret(Buffer.alloc(32, 7), who().accountId, row.pending_secret!)).toThrow(/kunci lain/);
    expect((await stat(t.ctx.config.totpKeyFile)).mode & 0o777).toBe(0o600);
  });

  it('is confirmed by a first code only, gives ten recovery codes once, and signs the other devices out', async () => {
    const c = await signIn(t.app, who().nip); // this device stays
    const other = await signIn(t.app, who().nip);
    expect((await other.get('/api/v1/me')).statusCode).toBe(200);

    const bad = await c.send('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: '000000' === codeAt(secret, at(0)) ? '111111' : '000000' });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('BAD_TWO_FACTOR_CODE');

    // A re-enrolment started from this device; its secret is the one confirmed.
    const started = await c.send('POST', '/api/v1/auth/two-factor/enrolment', { password: FIXTURE_PASSWORD });
    secret = started.json().secret;
    secrets.push(secret);
    const res = await c.send('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: codeAt(secret, at(0)) });
    expect(res.statusCode).toBe(200);
    const codes = res.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    secrets.push(...codes);
    recovery.push(...codes);
    expect(res.json().me).toBeUndefined(); // already signed in: nothing new

    expect((await other.get('/api/v1/me')).statusCode).toBe(401);
    expect((await c.get('/api/v1/me')).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/two-factor')).json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: false });

    // Only hashes are kept.
    const stored = await t.ctx.db.selectFrom('recovery_codes').select('code_hash').where('account_id', '=', who().accountId).execute();
    expect(stored).toHaveLength(10);
    for (const s of stored) expect(s.code_hash).toMatch(/^\$argon2id\$/);
    expect((await auditRows('auth.2fa_enabled', who().accountId)).at(-1)?.data).toMatchObject({ replaced: false, recoveryCodes: 10, otherSessionsEnded: 2 }); // the other device and the first test's
    expect(await auditRows('auth.2fa_enrolment_failed', who().accountId)).toHaveLength(1);
  });

  const recovery: string[] = [];

  it('then signs in with the password and a code: nothing else is open in between, and the session token is new', async () => {
    t.setNow(at(30));
    const c = await passwordStep(who().nip);
    expect(c.status).toBe(200);
    expect(c.body).toEqual({ csrfToken: expect.any(String), twoFactor: 'verify' });
    for (const url of ['/api/v1/me', '/api/v1/auth/sessions', '/api/v1/journal/context']) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('TWO_FACTOR_REQUIRED');
    }
    expect((await c.send('POST', '/api/v1/auth/two-factor/enrolment', { password: FIXTURE_PASSWORD })).json().error.code).toBe('TWO_FACTOR_REQUIRED');
    expect((await c.get('/api/v1/auth/two-factor')).json()).toMatchObject({ step: 'verify', csrfToken: c.csrf });
    expect(await auditRows('auth.password_verified', who().accountId)).toHaveLength(1);

    const done = await secondStep(c, codeAt(secret, at(30)).replace(/^(\d{3})/, '$1 '));
    expect(done.res.statusCode).toBe(200);
    expect(done.body.me).toMatchObject({ account: { nip: who().nip } });
    expect(done.cookie).not.toBe(c.cookie);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401); // the waiting session is gone
    expect((await done.get('/api/v1/me')).statusCode).toBe(200);
    expect((await auditRows('auth.login', who().accountId)).at(-1)?.data).toMatchObject({ secondFactor: 'totp' });
  });

  it('refuses a code used once, again within its window, and an older one', async () => {
    t.setNow(at(40)); // still the step of at(30)
    const c = await passwordStep(who().nip);
    const again = await secondStep(c, codeAt(secret, at(30)));
    expect(again.res.statusCode).toBe(401);
    expect(again.res.json().error.code).toBe('BAD_TWO_FACTOR_CODE');
    const older = await secondStep(c, codeAt(secret, at(0)));
    expect(older.res.statusCode).toBe(401);
    expect((await auditRows('auth.2fa_failed', who().accountId)).map((r) => (r.data as { reason: string }).reason)).toEqual(['replayed', 'replayed']);
    // The next step's code (a phone a little ahead) is fine, and clears the count.
    const next = await secondStep(c, codeAt(secret, at(60)));
    expect(next.res.statusCode).toBe(200);
  });

  it('locks the account after wrong codes like after wrong passwords; a correct password does not reset the count', async () => {
    t.setNow(at(120));
    let c = await passwordStep(who().nip);
    expect((await secondStep(c, '12345')).res.json().error.code).toBe('BAD_TWO_FACTOR_CODE'); // unreadable counts
    expect((await secondStep(c, codeAt(secret, at(3600)))).res.statusCode).toBe(401); // wrong
    c = await passwordStep(who().nip); // the password again: still 2 failures
    const third = await secondStep(c, codeAt(secret, at(7200)));
    expect(third.res.statusCode).toBe(423);
    expect(third.res.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(Number(third.res.headers['retry-after'])).toBe(900);
    expect((await c.get('/api/v1/auth/two-factor')).statusCode).toBe(401); // the waiting session ended
    expect((await passwordStep(who().nip)).status).toBe(423); // and the password alone cannot start another
    expect((await auditRows('auth.locked', who().accountId)).at(-1)?.data).toMatchObject({ factor: 'totp', failures: 3 });

    t.setNow(at(120 + 15 * 60 + 1));
    c = await passwordStep(who().nip);
    expect((await secondStep(c, codeAt(secret, at(120 + 15 * 60 + 1)))).res.statusCode).toBe(200);
  });

  it('accepts each recovery code once, in any case and without its dash', async () => {
    t.setNow(at(2000));
    const first = recovery[0]!;
    let c = await passwordStep(who().nip);
    const used = await secondStep(c, first.toUpperCase().replace('-', ''));
    expect(used.res.statusCode).toBe(200);
    expect((await used.get('/api/v1/auth/two-factor')).json()).toMatchObject({ recoveryCodesLeft: 9 });
    expect((await auditRows('auth.2fa_recovery_code_used', who().accountId)).at(-1)?.data).toEqual({ left: 9 });
    expect((await auditRows('auth.login', who().accountId)).at(-1)?.data).toMatchObject({ secondFactor: 'recovery_code' });

    c = await passwordStep(who().nip);
    expect((await secondStep(c, first)).res.statusCode).toBe(401);
    expect((await secondStep(c, recovery[1]!)).res.statusCode).toBe(200);
  });

  it('makes new recovery codes with the password; the old ones stop working', async () => {
    const c = await signInWithCode(who().nip, secret, at(2100));
    expect((await c.send('POST', '/api/v1/auth/two-factor/recovery-codes', { password: 'bukan-kata-sandinya' })).statusCode).toBe(400);
    const res = await c.send('POST', '/api/v1/auth/two-factor/recovery-codes', { password: FIXTURE_PASSWORD });
    expect(res.statusCode).toBe(200);
    const fresh = res.json().recoveryCodes as string[];
    secrets.push(...fresh);
    expect(fresh).toHaveLength(10);
    expect(await auditRows('auth.2fa_recovery_codes_regenerated', who().accountId)).toHaveLength(1);
    const p = await passwordStep(who().nip);
    expect((await secondStep(p, recovery[2]!)).res.statusCode).toBe(401);
    expect((await secondStep(p, fresh[0]!)).res.statusCode).toBe(200);
  });

  it("an admin's password reset does not bypass it: the temporary password still needs a code (ASVS 6.4.3)", async () => {
    const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
    const reset = await admin.send('POST', `/api/v1/agencies/${who().agencyId}/employees/${who().id}/password-reset`);
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    t.setNow(at(2150));
    const c = await passwordStep(who().nip, temporary);
    expect(c.body.twoFactor).toBe('verify');
    expect((await c.get('/api/v1/me')).json().error.code).toBe('TWO_FACTOR_REQUIRED');
    const done = await secondStep(c, codeAt(secret, at(2150)));
    expect(done.res.statusCode).toBe(200);
    expect((await done.get('/api/v1/auth/sessions')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await t.ctx.db.updateTable('accounts').set({ password_hash: await hashPassword(FIXTURE_PASSWORD), must_change_password: false }).where('id', '=', who().accountId).execute();
  });

  it('is turned off with the password, after which the password alone signs in', async () => {
    const c = await signInWithCode(who().nip, secret, at(2200));
    expect((await c.send('POST', '/api/v1/auth/two-factor/disable', { password: 'bukan-kata-sandinya' })).statusCode).toBe(400);
    expect((await c.send('POST', '/api/v1/auth/two-factor/disable', { password: FIXTURE_PASSWORD })).statusCode).toBe(204);
    expect(await auditRows('auth.2fa_disabled', who().accountId)).toHaveLength(1);
    expect(await t.ctx.db.selectFrom('recovery_codes').select('id').where('account_id', '=', who().accountId).execute()).toEqual([]);
    expect((await passwordStep(who().nip)).body.me).toMatchObject({ account: { nip: who().nip } });
  });
});

async function signInWithCode(nip: string, secret: string, when: Date) {
  t.setNow(when);
  const c = await passwordStep(nip);
  expect(c.body.twoFactor).toBe('verify');
  const done = await secondStep(c, codeAt(secret, when));
  expect(done.res.statusCode).toBe(200);
  return done;
}

describe('admins, the BKD and auditors must use it', () => {
  it('an agency admin without an authenticator is sent to enrolment after the password and can do nothing else', async () => {
    t.setNow(at(5000));
    const admin = t.fixture.people.adminA!;
    await t.ctx.db.updateTable('accounts').set({ two_factor_exempt: false }).where('id', '=', admin.accountId).execute();
    const c = await passwordStep(admin.nip);
    expect(c.body).toEqual({ csrfToken: expect.any(String), twoFactor: 'enrol' });
    for (const url of ['/api/v1/me', `/api/v1/agencies/${admin.agencyId}/employees`, '/api/v1/auth/sessions']) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    }
    expect((await c.send('POST', `/api/v1/agencies/${admin.agencyId}/accounts/${t.fixture.people.staff2!.accountId}/sign-out`)).json().error.code).toBe(
      'TWO_FACTOR_ENROLMENT_REQUIRED',
    );
    expect((await c.send('POST', '/api/v1/auth/two-factor/verify', { code: '123456' })).json().error.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect((await c.get('/api/v1/auth/two-factor')).json()).toMatchObject({ step: 'enrol', required: true, exempt: false, enabled: false });

    // Right after the password step, enrolling asks no password again.
    const e = await c.send('POST', '/api/v1/auth/two-factor/enrolment', {});
    expect(e.statusCode).toBe(200);
    const secret = e.json().secret as string;
    secrets.push(secret);
    const done = await c.send('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: codeAt(secret, at(5000)) });
    expect(done.statusCode).toBe(200);
    expect(done.json().me).toMatchObject({ account: { role: 'agency_admin' } });
    secrets.push(...(done.json().recoveryCodes as string[]));
    const token = done.cookies.find((k) => k.name === 'kinerja_session')!.value;
    expect(`kinerja_session=${token}`).not.toBe(c.cookie);
    const full = clientOf(`kinerja_session=${token}`, done.json().csrfToken);
    expect((await full.get(`/api/v1/agencies/${admin.agencyId}/employees`)).statusCode).toBe(200);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
    expect((await auditRows('auth.login', admin.accountId)).at(-1)?.data).toMatchObject({ secondFactor: 'enrolment' });

    // A required role cannot turn it off (it may enrol another phone instead).
    const off = await full.send('POST', '/api/v1/auth/two-factor/disable', { password: FIXTURE_PASSWORD });
    expect(off.statusCode).toBe(403);
    expect(off.json().error.message).toMatch(/wajib/);

    // From now on the password alone is not enough.
    t.setNow(at(5030));
    const next = await passwordStep(admin.nip);
    expect(next.body.twoFactor).toBe('verify');
    expect((await secondStep(next, codeAt(secret, at(5030)))).res.statusCode).toBe(200);
  });

  it('the same holds for a BKD admin and an auditor', async () => {
    for (const key of ['bkdAdmin', 'auditor'] as const) {
      const who = t.fixture.people[key]!;
      await t.ctx.db.updateTable('accounts').set({ two_factor_exempt: false }).where('id', '=', who.accountId).execute();
      const c = await passwordStep(who.nip);
      expect(c.body.twoFactor, key).toBe('enrol');
      expect((await c.get('/api/v1/agencies')).json().error.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      await t.ctx.db.updateTable('accounts').set({ two_factor_exempt: true }).where('id', '=', who.accountId).execute();
    }
  });

  it('an exempt (demo) admin signs in with the password alone, and the status says why', async () => {
    const admin = t.fixture.people.adminB!;
    const c = await passwordStep(admin.nip);
    expect(c.body.me).toMatchObject({ account: { role: 'agency_admin' } });
    expect((await c.get('/api/v1/auth/two-factor')).json()).toMatchObject({ required: false, exempt: true, enabled: false, step: null });
  });

  it("the operator's reset (lost phone and codes) removes it and ends every session; a required role enrols again", async () => {
    t.setNow(at(5500));
    const admin = t.fixture.people.adminA!;
    const before = await passwordStep(admin.nip);
    expect(before.body.twoFactor).toBe('verify');
    expect(await resetTwoFactor(t.ctx, admin.nip)).toBe(true);
    expect((await before.get('/api/v1/auth/two-factor')).statusCode).toBe(401);
    expect((await auditRows('auth.2fa_reset', admin.accountId)).at(-1)).toMatchObject({ actor_account_id: null, data: { had: true } });
    expect((await passwordStep(admin.nip)).body.twoFactor).toBe('enrol');
    await expect(resetTwoFactor(t.ctx, '199001012015031099')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a waiting session ends after ten minutes', async () => {
    t.setNow(at(6000));
    const c = await passwordStep(t.fixture.people.adminA!.nip);
    expect(c.body.twoFactor).toBe('enrol');
    t.setNow(at(6000 + 10 * 60));
    expect((await c.get('/api/v1/auth/two-factor')).statusCode).toBe(401);
  });
});

describe('the audit trail', () => {
  it('holds no secret and no code', async () => {
    const rows = await t.ctx.db.selectFrom('audit_log').select(['action', 'data']).where('action', 'like', 'auth.%').execute();
    const text = JSON.stringify(rows).toLowerCase();
    expect(secrets.length).toBeGreaterThan(30);
    for (const s of secrets) {
      expect(text).not.toContain(s.toLowerCase());
      expect(text).not.toContain(s.toLowerCase().replace('-', ''));
    }
  });

  it('seals with the key file: a fresh seal opens, another key does not', async () => {
    const key = await totpKey(t.ctx.config.totpKeyFile);
    const sealed = sealSecret(key, 'a', new Uint8Array([1, 2, 3]));
    expect([...openSecret(key, 'a', sealed)]).toEqual([1, 2, 3]);
    expect(sealSecret(key, 'a', new Uint8Array([1, 2, 3]))).not.toBe(sealed); // a new nonce each time
  });
});
