import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { newId } from '../../db/ids.js';
import { createTestApp, FIXTURE_PASSWORD, type TestApp } from '../../testing/index.js';

// The limits as shipped, not the test harness's generous ones.
const shipped = loadConfig({});
const OFFICE_IP = '10.20.30.40';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    loginRateLimitPerMinute: shipped.loginRateLimitPerMinute,
    loginRateLimitPerAccountPerMinute: shipped.loginRateLimitPerAccountPerMinute,
    loginRateLimitPerAccountIpPerMinute: shipped.loginRateLimitPerAccountIpPerMinute,
  });
});
afterAll(() => t.close());

const signIn = (nip: string, remoteAddress: string, password = FIXTURE_PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password }, remoteAddress });

describe('sign-in limits follow the account, not the office address', () => {
  it('lets 100 people of one office sign in from one NAT address within a minute', async () => {
    const { password_hash } = await t.ctx.db.selectFrom('accounts').select('password_hash').where('id', '=', t.fixture.people.staff1!.accountId).executeTakeFirstOrThrow();
    const nips = Array.from({ length: 100 }, (_, i) => `1990010120150${String(i).padStart(3, '0')}01`);
    await t.ctx.db
      .insertInto('accounts')
      .values(nips.map((nip) => ({ id: newId(), nip, role: 'auditor' as const, agency_id: null, employee_id: null, password_hash, must_change_password: false })))
      .execute();
    const started = Date.now();
    const statuses = [];
    for (const nip of nips) statuses.push((await signIn(nip, OFFICE_IP)).statusCode);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it('limits one account hammered from one address, and answers Retry-After', async () => {
    const nip = t.fixture.people.staff2!.nip;
    const limit = shipped.loginRateLimitPerAccountIpPerMinute;
    for (let i = 0; i < limit; i++) expect((await signIn(nip, '10.0.0.1')).statusCode).toBe(200);
    const refused = await signIn(nip, '10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // A NIP typed with spaces is the same account.
    expect((await signIn(`${nip.slice(0, 8)} ${nip.slice(8)}`, '10.0.0.1')).statusCode).toBe(429);
    // The owner at another address still gets in: the hammering spent only part of the account's allowance.
    expect((await signIn(nip, '10.0.0.2')).statusCode).toBe(200);
  });

  it('limits one account hammered from many addresses', async () => {
    const nip = t.fixture.people.staff3!.nip;
    const limit = shipped.loginRateLimitPerAccountPerMinute;
    for (let i = 0; i < limit; i++) expect((await signIn(nip, `10.1.0.${i}`, 'salah')).statusCode).not.toBe(429);
    const refused = await signIn(nip, '10.1.1.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the per-address ceiling', () => {
  it('still refuses one address beyond its ceiling, with Retry-After', async () => {
    const small = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const nips = [small.fixture.people.staff1!, small.fixture.people.staff2!, small.fixture.people.staff3!, small.fixture.people.kadisA!].map((p) => p.nip);
      const answers = [];
      for (const nip of nips) answers.push(await small.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip, password: 'salah' }, remoteAddress: OFFICE_IP }));
      expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 429]);
      expect(Number(answers[3]!.headers['retry-after'])).toBeGreaterThan(0);
      const other = await small.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: nips[0], password: FIXTURE_PASSWORD }, remoteAddress: '10.9.9.9' });
      expect(other.statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });
});
