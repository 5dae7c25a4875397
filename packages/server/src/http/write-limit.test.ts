import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../testing/index.js';

/** The per-account ceiling on changes (http/write-limit.ts), set low so a test reaches it. */
const LIMIT = 4;
let t: TestApp;
let staff: Client;
let other: Client;

beforeAll(async () => {
  t = await createTestApp({ writeRateLimitPerAccountPerMinute: LIMIT });
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
  other = await signIn(t.app, t.fixture.people.staff2!.nip);
});
afterAll(() => t.close());

const favourite = (c: Client, i: number) => c.send(i % 2 ? 'DELETE' : 'PUT', '/api/v1/activities/favourites/ADM-001');

describe('per-account write limit', () => {
  it('refuses the changes past the ceiling with 429 RATE_LIMITED in Bahasa Indonesia and Retry-After; other accounts and reads go on', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await favourite(staff, i)).statusCode).not.toBe(429);
    const refused = await favourite(staff, LIMIT);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: { code: 'RATE_LIMITED', message: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.' } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    // Counted per account, not per address (both come from the same address here).
    expect((await favourite(other, 0)).statusCode).not.toBe(429);
    // Reads are not counted.
    expect((await staff.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('leaves sign-in to its own limits', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { nip: t.fixture.people.staff1!.nip, password: 'salah-sekali-123' } });
    expect(res.statusCode).toBe(401);
  });
});
