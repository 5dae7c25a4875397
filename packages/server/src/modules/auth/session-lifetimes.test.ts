import { describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/index.js';
import { sessionLifetime } from './sessions.js';

/**
 * The roles that must use two-factor sign-in (admin OPD, admin BKD, finance, auditor) get shorter
 * sessions: KINERJA_PRIVILEGED_SESSION_IDLE_MINUTES (30) without a request and
 * KINERJA_PRIVILEGED_SESSION_MAX_HOURS (12) from sign-in; everyone else SESSION_IDLE_DAYS / SESSION_MAX_DAYS.
 */
describe('session lifetimes by role', () => {
  it('are settings, and the privileged roles never get longer than everyone else', () => {
    const cfg = { sessionIdleDays: 14, sessionMaxDays: 60, privilegedSessionIdleMinutes: 30, privilegedSessionMaxHours: 12 };
    for (const role of ['agency_admin', 'bkd_admin', 'finance', 'auditor'] as const) expect(sessionLifetime(cfg, role)).toEqual({ idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 });
    expect(sessionLifetime(cfg, 'employee')).toEqual({ idleMs: 14 * 86_400_000, maxMs: 60 * 86_400_000 });
    expect(sessionLifetime({ ...cfg, privilegedSessionIdleMinutes: 100 * 24 * 60 }, 'auditor').idleMs).toBe(14 * 86_400_000);
  });

  it('end an admin session after the idle minutes and after the hours from sign-in, while an employee stays signed in', async () => {
    const t: TestApp = await createTestApp({ privilegedSessionIdleMinutes: 30, privilegedSessionMaxHours: 12 });
    try {
      const step = (minutes: number) => t.setNow(new Date(t.ctx.now().getTime() + minutes * 60_000));
      const admin = await signIn(t.app, t.fixture.people.adminA!.nip);
      const staff = await signIn(t.app, t.fixture.people.staff1!.nip);
      // The cookie itself ends with the shorter limit.
      step(25);
      expect((await admin.get('/api/v1/me')).statusCode).toBe(200);
      step(25); // 25 minutes since the last request
      expect((await admin.get('/api/v1/me')).statusCode).toBe(200);
      step(31); // 31 minutes idle
      expect((await admin.get('/api/v1/me')).statusCode).toBe(401);
      expect((await staff.get('/api/v1/me')).statusCode).toBe(200);

      // Active all along, the admin is still out after 12 hours from sign-in.
      const busy = await signIn(t.app, t.fixture.people.adminA!.nip);
      for (let i = 0; i < 24; i++) {
        step(29);
        expect((await busy.get('/api/v1/me')).statusCode, `after ${(i + 1) * 29} minutes`).toBe(200);
      }
      step(29); // 725 minutes since sign-in
      expect((await busy.get('/api/v1/me')).statusCode).toBe(401);
      expect((await staff.get('/api/v1/me')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
