import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { forgetJournalContext } from '../journal/index.js';
import { fresh, slots, submitEntries, wib } from './test-support.js';

// A rule about a date reads the settings in force on that date (modules/settings), never today's:
// here the agency lowers its daily target from Monday 16 November 2026, in the middle of the month.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('validation under the settings in force on the day concerned', () => {
  it("the recap's month target counts each day under its own day's target, before and after the change", async () => {
    const A = t.fixture.agencyIds.A;
    t.setNow(wib('2026-11-02'));
    const change = await (await fresh(t, 'adminA')).send('PUT', `/api/v1/agencies/${A}/journal-settings`, {
      dailyTargetMinutes: { mon: 300, tue: 300, wed: 300, thu: 300, fri: 300, sat: 0, sun: 0 },
      effectiveFrom: '2026-11-16',
    });
    expect(change.statusCode).toBe(200);
    // November 2026 has no holiday: 10 working days (2–13) at 510 minutes, 11 (16–30) at 300.
    for (const today of ['2026-11-10', '2026-11-25']) {
      t.setNow(wib(today));
      forgetJournalContext(t.ctx.db);
      const res = await (await fresh(t, 'adminA')).get(`/api/v1/agencies/${A}/validation/recap?month=2026-11`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ workingDays: 21, targetMinutesPerEmployee: 10 * 510 + 11 * 300 });
    }
  });
});

describe('the inbox under the settings in force on the day concerned', () => {
  it("judges a day's total against that day's cap, not the lower cap in force today", async () => {
    const u = await createTestApp();
    try {
      const A = u.fixture.agencyIds.A;
      u.setNow(wib('2026-11-02'));
      const change = await (await fresh(u, 'adminA')).send('PUT', `/api/v1/agencies/${A}/journal-settings`, {
        dailyTargetMinutes: { mon: 240, tue: 240, wed: 240, thu: 240, fri: 240, sat: 0, sun: 0 },
        maxMinutesPerDay: 240,
        effectiveFrom: '2026-11-20',
      });
      expect(change.statusCode).toBe(200);
      // 300 minutes on Wednesday 18 November: under that day's target (510) and cap (1440), over the later cap.
      u.setNow(wib('2026-11-18', '18:00'));
      await submitEntries(await fresh(u, 'staff1'), '2026-11-18', slots(5));
      u.setNow(wib('2026-11-23'));
      // Days have passed: the agency's context (kept a few seconds) is read again, with today's settings.
      forgetJournalContext(u.ctx.db);
      const inbox = (await (await fresh(u, 'kasubbag')).get('/api/v1/validation/inbox')).json();
      const person = inbox.people.find((p: { employee: { employeeId: string } }) => p.employee.employeeId === u.fixture.people.staff1!.id);
      expect(person.days).toEqual([expect.objectContaining({ date: '2026-11-18', targetMinutes: 510, claimedMinutes: 300, flags: [] })]);
      const item = inbox.page.items.find((d: { employeeId: string; date: string }) => d.employeeId === u.fixture.people.staff1!.id && d.date === '2026-11-18');
      expect(item.flags).toEqual([]);
      expect(inbox.counts.onFlaggedDays).toBe(0);
    } finally {
      await u.close();
    }
  });
});
