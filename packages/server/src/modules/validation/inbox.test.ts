import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { decide, fresh, people, slots, submitEntries, wib } from './test-support.js';

let t: TestApp;
let as: ReturnType<typeof people>;
const ids: Record<string, string[]> = {};
const id = (person: string) => t.fixture.people[person]!.id;

beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
  // Sent a week and a half ago: its five-working-day window ended last Friday.
  t.setNow(wib('2026-11-13'));
  ids.old = await submitEntries(await fresh(t, 'staff2'), '2026-11-13', slots(1));
  t.setNow(wib('2026-11-23'));
  ids.s1a = await submitEntries(await as('staff1'), '2026-11-18', slots(2));
  ids.s1b = await submitEntries(await as('staff1'), '2026-11-20', slots(1));
  ids.s2 = await submitEntries(await as('staff2'), '2026-11-19', slots(3));
  ids.admin = await submitEntries(await as('adminA'), '2026-11-23', slots(1));
  ids.s3 = await submitEntries(await as('staff3'), '2026-11-23', [{ code: 'KES-001' }]);
  await decide(await as('kasubbag'), ids.s1a[0]!, { decision: 'approved' });
});
afterAll(() => t.close());

describe('GET /validation/inbox', () => {
  it('groups my subordinates’ pending entries by person then day, oldest first, with counts', async () => {
    const res = await (await as('kasubbag')).get('/api/v1/validation/inbox');
    expect(res.statusCode).toBe(200);
    const inbox = res.json();
    expect(inbox).toMatchObject({ today: '2026-11-23', asOf: '2026-11-23T03:00:00.000Z', counts: { people: 3, days: 5, entries: 7, overdue: 1 } });
    expect(inbox.people.map((p: { employee: { name: string }; days: { date: string }[] }) => [p.employee.name, p.days.map((d) => d.date)])).toEqual([
      ['Agus Salim', ['2026-11-13', '2026-11-19']],
      ['Dewi Lestari', ['2026-11-18', '2026-11-20']],
      ['Rina Marlina', ['2026-11-23']],
    ]);
    const staff1 = inbox.people[1];
    expect(staff1).toMatchObject({
      employee: { employeeId: id('staff1'), positionName: 'Pengadministrasi Perkantoran', unitName: 'Subbagian Umum dan Kepegawaian' },
      capacity: 'definitive',
      pendingCount: 2,
    });
    // The approved entry still counts towards the day's total; only the other one waits.
    expect(staff1.days[0]).toMatchObject({ targetMinutes: 510, claimedMinutes: 120, pendingCount: 1, pendingMinutes: 60, deadline: { dueOn: '2026-11-30', daysLeft: 5, overdue: false }, flags: [] });
    expect(inbox.people[0].days[0].deadline).toEqual({ dueOn: '2026-11-20', daysLeft: -1, overdue: true });
    expect(staff1.days[0].entries).toBeUndefined();
  });

  it('gives entries, evidence, flags and deadlines one page of days at a time, continued by a cursor', async () => {
    const boss = await as('kasubbag');
    const first = (await boss.get('/api/v1/validation/inbox?limit=2')).json();
    expect(first.page.items.map((d: { employeeId: string; date: string }) => [d.employeeId, d.date])).toEqual([
      [id('staff2'), '2026-11-13'],
      [id('staff2'), '2026-11-19'],
    ]);
    const entries = first.page.items[1].entries;
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      id: ids.s2![0],
      startTime: '07:00',
      endTime: '08:00',
      activityName: 'Menyusun konsep nota dinas',
      version: 2,
      evidence: [],
      flags: [],
      decision: null,
    });
    // The deadline is the day's (the earliest of its entries'), not each entry's.
    expect(first.page.items[1].deadline).toEqual({ dueOn: '2026-11-30', daysLeft: 5, overdue: false });
    // A page entry holds only what the inbox screen reads (issue 14 item 16): its person, date and
    // status are its day's, its own deadline the day's at most; the day view keeps them all.
    expect(Object.keys(entries[0]).sort()).toEqual(
      ['activityCode', 'activityName', 'activityUnit', 'creditedMinutes', 'decision', 'description', 'endTime', 'evidence', 'flags', 'id', 'rhk', 'startTime', 'version', 'volume'].sort(),
    );
    expect(Object.keys(first.page.items[1]).sort()).toEqual(['claimedMinutes', 'date', 'deadline', 'employeeId', 'entries', 'flags', 'pendingCount', 'pendingMinutes', 'targetMinutes']);
    const second = (await boss.get(`/api/v1/validation/inbox?limit=2&cursor=${first.page.nextCursor}`)).json();
    expect(second.page.items.map((d: { date: string }) => d.date)).toEqual(['2026-11-18', '2026-11-20']);
    expect(second.page.items[0].entries.map((e: { id: string }) => e.id)).toEqual([ids.s1a![1]]);
    const third = (await boss.get(`/api/v1/validation/inbox?limit=2&cursor=${second.page.nextCursor}`)).json();
    expect(third.page).toMatchObject({ items: [{ employeeId: id('adminA'), date: '2026-11-23' }], nextCursor: null });
  });

  it('shows the Plt their acted-for subordinates, and nothing to someone without subordinates', async () => {
    const plt = (await (await as('sekretaris')).get('/api/v1/validation/inbox')).json();
    expect(plt.people.map((p: { employee: { name: string }; capacity: string }) => [p.employee.name, p.capacity])).toEqual([['Yohanes Dami', 'plt']]);
    const none = await (await as('staff1')).get('/api/v1/validation/inbox');
    expect(none.statusCode).toBe(200);
    expect(none.json()).toMatchObject({ counts: { people: 0, days: 0, entries: 0, overdue: 0 }, people: [], page: { items: [], nextCursor: null } });
  });

  it('refuses a damaged cursor, and accounts without an employee record', async () => {
    const bad = await (await as('kasubbag')).get('/api/v1/validation/inbox?cursor=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION');
    const auditor = await (await as('auditor')).get('/api/v1/validation/inbox');
    expect(auditor.statusCode).toBe(403);
    expect(auditor.json().error.code).toBe('NOT_AN_EMPLOYEE');
  });

  it('a decided day drops out of the inbox', async () => {
    const boss = await as('kasubbag');
    await boss.send('POST', `/api/v1/validation/people/${id('staff2')}/days/2026-11-13/decision`, { decision: 'approved' });
    const inbox = (await boss.get('/api/v1/validation/inbox')).json();
    expect(inbox.counts).toEqual({ people: 3, days: 4, entries: 6, overdue: 0, onFlaggedDays: 0 });
    expect(inbox.people[0].employee.name).toBe('Dewi Lestari');
  });
});
