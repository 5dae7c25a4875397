import { PostgresQueryCompiler, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { addMachine, addPunches } from '../attendance/test-support.js';
import { loadInbox, type InboxPeople } from './inbox.js';
import { people, submitEntries, wib } from './test-support.js';

/**
 * Issue 14 item 16: with `people=page` an inbox page judges attendance (the ABSENT_DAY flag) for the
 * page's people only, not for the whole team: judging grew with the team's size while the page shows
 * ten days. Agency A has a machine; staff1 punched on Tuesday 17 November (the agency's first punch)
 * and nobody punched after, so every later working day is TK. staff2 logs Wednesday 18th (the oldest
 * pending day: the first page at limit 1), staff1 logs Thursday 19th (the second page). Now is Monday
 * 23 November 2026, 10:00 WIB.
 */
let t: TestApp;
let as: ReturnType<typeof people>;
const id = (person: string) => t.fixture.people[person]!.id;
beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
  const A = t.fixture.agencyIds.A;
  const machine = await addMachine(t, A);
  await addPunches(t, A, machine, t.fixture.people.staff1!, ['2026-11-17 07:25', '2026-11-17 16:35']);
  t.setNow(wib('2026-11-18', '18:00'));
  await submitEntries(await as('staff2'), '2026-11-18', [{}]);
  t.setNow(wib('2026-11-19', '18:00'));
  await submitEntries(await as('staff1'), '2026-11-19', [{}]);
  t.setNow(wib('2026-11-23'));
});
afterAll(() => t.close());

const compiler = new PostgresQueryCompiler();

/** One inbox page, with the employee ids every read of punches (and selfie check-ins, in the same statement) asked for. */
async function pageJudging(listing: InboxPeople, cursor?: string) {
  const judged: string[][] = [];
  const probe: KyselyPlugin = {
    transformQuery(args) {
      const q = compiler.compileQuery(args.node, args.queryId);
      if (q.sql.startsWith('select "employee_id", "at" from "attendance_punches"')) judged.push([...new Set(q.parameters.flat().filter((p): p is string => typeof p === 'string' && /^[0-9a-f-]{36}$/.test(p) && p !== t.fixture.agencyIds.A))]);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const boss = t.fixture.people.kasubbag!;
  const inbox = await loadInbox({ ...t.ctx, db: t.ctx.db.withPlugin(probe) }, { accountId: boss.accountId, agencyId: t.fixture.agencyIds.A, employeeId: boss.id }, cursor, 1, listing);
  return { inbox, judged };
}

const codes = (flags: { code: string }[]) => flags.map((f) => f.code);

describe('inbox: attendance judged for the page only (people=page)', () => {
  it('the first page (staff2’s Wednesday) judges staff2 only, once, and flags the TK day', async () => {
    const { inbox, judged } = await pageJudging('page');
    expect(inbox.page.items.map((d) => [d.employeeId, d.date])).toEqual([[id('staff2'), '2026-11-18']]);
    expect(codes(inbox.page.items[0]!.flags)).toContain('ABSENT_DAY');
    expect(inbox.people.map((p) => p.employee.employeeId)).toEqual([id('staff2')]);
    expect(judged).toEqual([[id('staff2')]]);
    // staff1's TK Thursday is off the page: its absence is not judged, so the count of entries on
    // flagged days after this page knows only its day-total flags (none).
    expect(inbox.page.rest).toEqual({ days: 1, entries: 1, onFlaggedDays: 0 });
    expect(inbox.counts.onFlaggedDays).toBe(1);
  });

  it('the next page judges staff1 and flags its TK day', async () => {
    const first = await pageJudging('page');
    const { inbox, judged } = await pageJudging('page', first.inbox.page.nextCursor!);
    expect(inbox.page.items.map((d) => [d.employeeId, d.date])).toEqual([[id('staff1'), '2026-11-19']]);
    expect(codes(inbox.page.items[0]!.flags)).toContain('ABSENT_DAY');
    expect(judged).toEqual([[id('staff1')]]);
  });

  it('the default listing (every waiting person summarised) still judges everyone it lists', async () => {
    const { inbox, judged } = await pageJudging('all');
    expect(judged.map((ids) => [...ids].sort())).toEqual([[id('staff1'), id('staff2')].sort()]);
    const staff1 = inbox.people.find((p) => p.employee.employeeId === id('staff1'))!;
    expect(codes(staff1.days[0]!.flags)).toContain('ABSENT_DAY');
    expect(inbox.counts.onFlaggedDays).toBe(2);
    expect(inbox.page.rest).toEqual({ days: 1, entries: 1, onFlaggedDays: 1 });
  });
});
