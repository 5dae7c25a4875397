/**
 * ASVS 5.0 6.4.1 (a system-made initial password expires and cannot become the long-term one) and
 * 7.4.2 (turning an account off ends all its sessions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PASSWORD, signIn, type TestApp } from '../../testing/index.js';
import { setAccountActivity } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ temporaryPasswordHours: 24 });
});
afterAll(() => t.close());

const auditRows = (action: string, entityId: string) =>
  t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('entity_id', '=', entityId).orderBy('chain_seq').execute();
const login = (nip: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password } });
const later = (hours: number) => t.setNow(new Date(t.ctx.now().getTime() + hours * 3_600_000));

async function resetBy(adminNip: string, who: { agencyId: string; id: string }): Promise<string> {
  const admin = await signIn(t.app, adminNip);
  const res = await admin.send('POST', `/api/v1/agencies/${who.agencyId}/employees/${who.id}/password-reset`);
  expect(res.statusCode).toBe(200);
  return res.json().temporaryPassword as string;
}

describe('temporary passwords (ASVS 6.4.1)', () => {
  it('a reset password signs in within its hours, not after: 401 TEMPORARY_PASSWORD_EXPIRED in Indonesian, recorded', async () => {
    const who = t.fixture.people.staff2!;
    const temp = await resetBy(t.fixture.people.adminA!.nip, who);
    const [row] = await t.ctx.db.selectFrom('accounts').select(['must_change_password', 'temporary_password_expires_at']).where('id', '=', who.accountId).execute();
    expect(row!.must_change_password).toBe(true);
    expect(new Date(row!.temporary_password_expires_at!).getTime()).toBe(t.ctx.now().getTime() + 24 * 3_600_000);
    expect((await auditRows('auth.password_reset', who.accountId)).at(-1)!.data).toMatchObject({ temporaryPasswordHours: 24 });

    // Within its time it signs in, to the password change only.
    later(23);
    const early = await signIn(t.app, who.nip, temp);
    expect((await early.get(`/api/v1/agencies/${who.agencyId}/employees/${who.id}`)).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    // Past it: the password is refused, and the session it opened ends with it.
    later(1);
    const res = await login(who.nip, temp);
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'TEMPORARY_PASSWORD_EXPIRED', message: expect.stringContaining('Kata sandi sementara sudah kedaluwarsa') });
    expect((await early.get('/api/v1/me')).statusCode).toBe(401);
    expect(await auditRows('auth.temporary_password_expired', who.accountId)).toHaveLength(1);
    // A wrong password past the expiry is only a wrong password: the expiry is told to whoever knows it.
    expect((await login(who.nip, 'bukan-kata-sandinya-sama-sekali')).json().error.code).toBe('BAD_CREDENTIALS');

    // A new reset gives a new allowance, and the chosen password has no expiry.
    const again = await resetBy(t.fixture.people.adminA!.nip, who);
    const c = await signIn(t.app, who.nip, again);
    expect((await c.send('POST', '/api/v1/auth/password', { currentPassword: again, newPassword: 'pilihan-saya-sendiri-77' })).statusCode).toBe(204);
    const [after] = await t.ctx.db.selectFrom('accounts').select(['must_change_password', 'temporary_password_expires_at']).where('id', '=', who.accountId).execute();
    expect(after).toEqual({ must_change_password: false, temporary_password_expires_at: null });
    later(24 * 400);
    expect((await login(who.nip, 'pilihan-saya-sendiri-77')).statusCode).toBe(200);
    // Nine Argon2 hashes: on a loaded machine this takes longer than the default minute.
  }, 180_000);

  it('the temporary password cannot be kept as the long-term one', async () => {
    const who = t.fixture.people.staff3!;
    const temp = await resetBy(t.fixture.people.adminA!.nip, who);
    const c = await signIn(t.app, who.nip, temp);
    const res = await c.send('POST', '/api/v1/auth/password', { currentPassword: temp, newPassword: temp });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect((await c.get('/api/v1/me')).json().account.mustChangePassword).toBe(true);
  });
});

describe('turning an account off (ASVS 7.4.2)', () => {
  it('ends every session of the account at once, refuses sign-in, and is recorded; turned on again it signs in', async () => {
    const who = t.fixture.people.staff1!;
    const phone = await signIn(t.app, who.nip);
    const laptop = await signIn(t.app, who.nip);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(200);

    expect(await setAccountActivity(t.ctx, who.nip, false)).toEqual({ found: true, sessionsEnded: 2 });
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(401);
    expect(await t.ctx.db.selectFrom('sessions').select('id').where('account_id', '=', who.accountId).execute()).toEqual([]);
    const refused = await login(who.nip, FIXTURE_PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('BAD_CREDENTIALS');
    expect(await auditRows('auth.account_disabled', who.accountId)).toMatchObject([{ actor_account_id: null, data: { via: 'cli', sessionsEnded: 2 } }]);

    expect(await setAccountActivity(t.ctx, who.nip, true)).toEqual({ found: true, sessionsEnded: 0 });
    expect((await login(who.nip, FIXTURE_PASSWORD)).statusCode).toBe(200);
    expect(await auditRows('auth.account_enabled', who.accountId)).toHaveLength(1);
    expect(await setAccountActivity(t.ctx, '199001012020121999', false)).toEqual({ found: false, sessionsEnded: 0 });
  });
});
