import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, FIXTURE_PASSWORD, type TestApp } from '../../testing/index.js';

/** The finance role (TPP) handles pay: like admins and auditors it signs in with two factors (ASVS 6.3.3). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('two factors for finance', () => {
  it('a finance account without an authenticator is sent to enrolment after the password, and nothing else is open', async () => {
    const who = t.fixture.people.staff2!;
    await t.ctx.db.updateTable('accounts').set({ role: 'finance' }).where('id', '=', who.accountId).execute();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: who.nip, password: FIXTURE_PASSWORD } });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kinerja_session')!.value;
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { kinerja_session: cookie } });
    expect(me.statusCode).toBe(403);
    expect(me.json().error.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const status = await t.app.inject({ method: 'GET', url: '/api/v1/auth/two-factor', cookies: { kinerja_session: cookie } });
    expect(status.statusCode).toBe(200);
  });
});
