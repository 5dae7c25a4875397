import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { people, slots, submitEntries, wib } from './test-support.js';

let t: TestApp;
let as: ReturnType<typeof people>;
const id = (person: string) => t.fixture.people[person]!.id;

interface Day {
  employeeId: string;
  date: string;
  pendingCount: number;
  flags: { code: string }[];
}
interface Person {
  employee: { employeeId: string; name: string };
  pendingCount: number;
  days: Day[];
}

beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
  t.setNow(wib('2026-11-23'));
  await submitEntries(await as('staff2'), '2026-11-18', slots(1));
  await submitEntries(await as('staff1'), '2026-11-19', slots(2));
  // Nine hours on a day whose target is 510 minutes: the whole day is flagged (over target).
  await submitEntries(await as('staff1'), '2026-11-20', slots(9));
  await submitEntries(await as('adminA'), '2026-11-23', slots(1));
});
afterAll(() => t.close());

describe('GET /validation/inbox?people=page', () => {
  it('counts the entries waiting on flagged days, in both listings', async () => {
    const all = (await (await as('kasubbag')).get('/api/v1/validation/inbox')).json();
    expect(all.counts).toEqual({ people: 3, days: 4, entries: 13, overdue: 0, onFlaggedDays: 9 });
    const flagged = (all.people as Person[]).flatMap((p) => p.days).filter((d) => d.flags.length > 0);
    expect(flagged.map((d) => [d.employeeId, d.date, d.flags.map((f) => f.code)])).toEqual([[id('staff1'), '2026-11-20', ['DAY_OVER_TARGET']]]);
    const page = (await (await as('kasubbag')).get('/api/v1/validation/inbox?people=page')).json();
    expect(page.counts).toEqual(all.counts);
  });

  it('lists only the people of the page, each with all their days, and the same page of entries', async () => {
    const boss = await as('kasubbag');
    const all = (await boss.get('/api/v1/validation/inbox?limit=2')).json();
    expect((all.people as Person[]).map((p) => p.employee.name)).toEqual(['Agus Salim', 'Dewi Lestari', 'Rina Marlina']);

    const first = (await boss.get('/api/v1/validation/inbox?limit=2&people=page')).json();
    expect(first.page).toEqual(all.page);
    // Agus's one day and Dewi's first: both people, and Dewi with both her days though one is on the next page.
    expect((first.people as Person[]).map((p) => [p.employee.name, p.pendingCount, p.days.map((d) => d.date)])).toEqual([
      ['Agus Salim', 1, ['2026-11-18']],
      ['Dewi Lestari', 11, ['2026-11-19', '2026-11-20']],
    ]);
    expect(first.people).toEqual((all.people as Person[]).slice(0, 2));
    // What the next pages hold, for the approve-all confirmation: Dewi's flagged day of 9 and Rina's one entry.
    expect(first.page.rest).toEqual({ days: 2, entries: 10, onFlaggedDays: 9 });

    const second = (await boss.get(`/api/v1/validation/inbox?limit=2&people=page&cursor=${first.page.nextCursor}`)).json();
    expect(second.page.items.map((d: Day) => [d.employeeId, d.date])).toEqual([
      [id('staff1'), '2026-11-20'],
      [id('adminA'), '2026-11-23'],
    ]);
    expect((second.people as Person[]).map((p) => p.employee.name)).toEqual(['Dewi Lestari', 'Rina Marlina']);
    expect(second.page).toMatchObject({ nextCursor: null, rest: { days: 0, entries: 0, onFlaggedDays: 0 } });
  });

  it('refuses an unknown listing', async () => {
    const res = await (await as('kasubbag')).get('/api/v1/validation/inbox?people=none');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
  });
});
