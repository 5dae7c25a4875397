import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../testing/index.js';
import { samplePhoto } from '../evidence/samples.js';
import { forgetJournalContext } from '../journal/index.js';
import { approveOverdue } from './auto-approve.js';
import { fresh, logEntries, slots, statusOf, submitEntries, wib } from './test-support.js';

// The validation window, and the flags' tolerances, read the settings in force on the day concerned
// (modules/settings), never today's. Here Dinas Pendidikan's window is 7 working days until Sunday 15
// November 2026 and 3 from Monday 16: an entry sent on the 10th keeps its 7 days, one sent on the 16th
// has 3. November 2026 has no holiday.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Moves the clock; the agency's context (kept a few seconds) is read again, with that day's settings. */
function at(app: TestApp, date: string, time = '10:00') {
  app.setNow(wib(date, time));
  forgetJournalContext(app.ctx.db);
}

async function changeSettings(app: TestApp, body: Record<string, unknown>) {
  const res = await (await fresh(app, 'adminA')).send('PUT', `/api/v1/agencies/${app.fixture.agencyIds.A}/journal-settings`, body);
  expect(res.statusCode).toBe(200);
  return res.json();
}

type Day = { date: string; deadline: { dueOn: string; daysLeft: number; overdue: boolean } | null };

describe('the validation window in force on the day an entry was sent', () => {
  const sent = new Map<string, string>();
  const staff1 = () => t.fixture.people.staff1!.id;

  beforeAll(async () => {
    at(t, '2026-11-02');
    expect(await changeSettings(t, { validationWindowWorkingDays: 7, afterValidationWindow: 'approve', effectiveFrom: '2026-11-02' })).toMatchObject({ validationWindowWorkingDays: 7 });
    await changeSettings(t, { validationWindowWorkingDays: 3, effectiveFrom: '2026-11-16' });
    for (const date of ['2026-11-10', '2026-11-11', '2026-11-16']) {
      at(t, date, '16:00');
      const [id] = await submitEntries(await fresh(t, 'staff1'), date, slots(1));
      sent.set(date, id!);
    }
  });

  async function inbox() {
    const res = await (await fresh(t, 'kasubbag')).get('/api/v1/validation/inbox?limit=50');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const days = body.people.find((p: { employee: { employeeId: string } }) => p.employee.employeeId === staff1()).days as Day[];
    return { overdue: body.counts.overdue as number, due: Object.fromEntries(days.map((d) => [d.date, d.deadline])) };
  }

  it('gives each day its own due date: the 10th (7 days) and the 16th (3 days) are both due on Thursday 19th, the 11th on the 20th', async () => {
    at(t, '2026-11-19');
    const { overdue, due } = await inbox();
    expect(due).toEqual({
      '2026-11-10': { dueOn: '2026-11-19', daysLeft: 0, overdue: false },
      '2026-11-11': { dueOn: '2026-11-20', daysLeft: 1, overdue: false },
      '2026-11-16': { dueOn: '2026-11-19', daysLeft: 0, overdue: false },
    });
    expect(overdue).toBe(0);
    // The person's day (the supervisor's review screen) says the same.
    const day = (await (await fresh(t, 'kasubbag')).get(`/api/v1/validation/people/${staff1()}/days/2026-11-10`)).json().day;
    expect(day.deadline).toEqual({ dueOn: '2026-11-19', daysLeft: 0, overdue: false });
  });

  it('counts the on-time rate by those due dates: nothing is late on the 19th', async () => {
    at(t, '2026-11-19');
    const rates = (await (await fresh(t, 'adminA')).get('/api/v1/validation/rates?month=2026-11')).json().items as { supervisor: { employeeId: string }; late: number; pending: number }[];
    expect(rates.find((r) => r.supervisor.employeeId === t.fixture.people.kasubbag!.id)).toMatchObject({ reached: 3, late: 0, pending: 3 });
  });

  it("on Friday 20th the 10th's and the 16th's entries are overdue and approved by the job; the 11th's still has today", async () => {
    at(t, '2026-11-20');
    expect((await inbox()).overdue).toBe(2);
    at(t, '2026-11-20', '00:10');
    expect(await approveOverdue(t.ctx)).toBe(2);
    expect(await statusOf(t, sent.get('2026-11-10')!)).toBe('approved');
    expect(await statusOf(t, sent.get('2026-11-11')!)).toBe('submitted');
    expect(await statusOf(t, sent.get('2026-11-16')!)).toBe('approved');
    at(t, '2026-11-21', '00:10');
    expect(await approveOverdue(t.ctx)).toBe(1);
    expect(await statusOf(t, sent.get('2026-11-11')!)).toBe('approved');
  });
});

describe("the flags' tolerances in force on the entry's work date", () => {
  it('a photo or a device clock judged by the tolerance of its day, not the wider one in force today', async () => {
    const u = await createTestApp();
    try {
      at(u, '2026-11-02');
      // From Monday 16th: photos may be 30 days off, device clocks 2 hours.
      await changeSettings(u, { photoTimeToleranceHours: 720, maxClockSkewMinutes: 120, effectiveFrom: '2026-11-16' });
      const ids = new Map<string, string>();
      for (const date of ['2026-11-10', '2026-11-17']) {
        at(u, date, '16:00');
        const c: Client = await fresh(u, 'staff1');
        // A photo taken on 1 November (9 and 16 days before), on an entry whose device clock was an hour off.
        const sha = await c.upload(await samplePhoto({ width: 96, height: 64, seedColour: date.endsWith('10') ? '#117733' : '#771133', exif: { IFD2: { DateTimeOriginal: '2026:11:01 09:00:00' } } }));
        const [id] = await logEntries(c, date, slots(1));
        expect((await c.send('POST', `/api/v1/journal/entries/${id}/evidence`, { sha256: sha, fileName: 'foto.jpg' })).statusCode).toBe(200);
        await u.ctx.db.updateTable('journal_entries').set({ clock_skew_seconds: 3600 }).where('id', '=', id!).execute();
        expect((await c.send('POST', `/api/v1/journal/days/${date}/submit`)).statusCode).toBe(200);
        ids.set(date, id!);
      }
      at(u, '2026-11-20');
      const flagsOf = async (date: string) => {
        const res = await (await fresh(u, 'kasubbag')).get(`/api/v1/validation/people/${u.fixture.people.staff1!.id}/days/${date}`);
        expect(res.statusCode).toBe(200);
        return (res.json().day.entries as { id: string; flags: { code: string }[] }[]).find((e) => e.id === ids.get(date))!.flags.map((f) => f.code);
      };
      // The 10th: 36 hours and 15 minutes, as then; the 17th: 720 hours and 120 minutes.
      expect(await flagsOf('2026-11-10')).toEqual(['PHOTO_TIME_FAR', 'CLOCK_SKEW']);
      expect(await flagsOf('2026-11-17')).toEqual([]);
    } finally {
      await u.close();
    }
  });
});
