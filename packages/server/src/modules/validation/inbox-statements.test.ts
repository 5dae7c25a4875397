import { randomUUID } from 'node:crypto';
import { PostgresQueryCompiler, type KyselyPlugin, type QueryId } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { addMachine, addPunches } from '../attendance/test-support.js';
import { loadInbox } from './inbox.js';
import { people, submitEntries, wib } from './test-support.js';

/**
 * How many SQL statements one inbox first page costs (issue 14 item 16), for a team in an agency
 * with attendance punches (so the page judges attendance): counted, so the number cannot grow
 * unnoticed. Counted are the statements executed (a query builder nested in another, as a union's
 * second half, is part of its statement). The fixture is absences.test.ts's. Now is Monday 23
 * November 2026, 10:00 WIB.
 */
let t: TestApp;
const MONDAY = new Date('2026-11-23T03:00:00Z');
let as: ReturnType<typeof people>;
beforeAll(async () => {
  t = await createTestApp();
  as = people(t);
  const A = t.fixture.agencyIds.A;
  const staff1 = t.fixture.people.staff1!;
  const machine = await addMachine(t, A);
  // Tuesday 17th on time (the agency's first punch: judging starts here); Wednesday 18th cuti tahunan;
  // Thursday 19th no punch and no leave (TK); Friday 20th dinas luar (counts as present: no flag).
  await addPunches(t, A, machine, staff1, ['2026-11-17 07:25', '2026-11-17 16:35']);
  const leave = (day: string, type: string) => ({
    agency_id: A,
    id: randomUUID(),
    request_id: randomUUID(),
    employee_id: staff1.id,
    type_code: type,
    part: 'day' as const,
    starts_on: day,
    ends_on: day,
    reason: 'Keperluan keluarga',
    attachment_sha256: null,
    status: 'approved' as const,
    approver_employee_id: t.fixture.people.kasubbag!.id,
    created_at: wib('2026-11-10', '08:00'),
    created_by_account_id: staff1.accountId,
  });
  await t.ctx.db.insertInto('attendance_leave_requests').values([leave('2026-11-18', 'cuti_tahunan'), leave('2026-11-20', 'dinas_luar')]).execute();
  // Each day logged on its own evening (the reporting window), then back to Monday.
  for (const day of ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']) {
    t.setNow(wib(day, '18:00'));
    await submitEntries(await as('staff1'), day, [{}]);
  }
  t.setNow(MONDAY);
});
afterAll(() => t.close());

const compiler = new PostgresQueryCompiler();
const compiled = new Map<QueryId, string>();
let executed: string[] = [];
const counter: KyselyPlugin = {
  transformQuery(args) {
    compiled.set(args.queryId, compiler.compileQuery(args.node, args.queryId).sql);
    return args.node;
  },
  transformResult: async (args) => {
    executed.push(compiled.get(args.queryId) ?? '?');
    return args.result;
  },
};

/** The statements executed by one loadInbox, in order. One counting database throughout, so the caches kept per database (the journal context) work as in the server. */
let counted: TestApp['ctx']['db'] | undefined;
async function statementsOfFirstPage(): Promise<string[]> {
  counted ??= t.ctx.db.withPlugin(counter);
  executed = [];
  const boss = t.fixture.people.kasubbag!;
  const inbox = await loadInbox({ ...t.ctx, db: counted }, { accountId: boss.accountId, agencyId: t.fixture.agencyIds.A, employeeId: boss.id }, undefined, 10, 'page');
  // The page is a real one: it judged attendance (Thursday 19th is TK).
  expect(inbox.page.items.find((d) => d.employeeId === t.fixture.people.staff1!.id && d.date === '2026-11-19')?.flags.map((f) => f.code)).toContain('ABSENT_DAY');
  return executed;
}

describe('statements per inbox first page', () => {
  it('a first page with attendance judged costs at most 18 statements (20 before the first punch and the agency zone were handed to judgeRange), none of them repeated', async () => {
    await statementsOfFirstPage(); // caches warm, as on every page after a supervisor's first
    const executed = await statementsOfFirstPage();
    expect(executed.length, executed.join('\n')).toBeLessThanOrEqual(18);
    // The agency's first punch is read once (absences.ts hands it to judgeRange), and the agency row
    // once (todayChart's; its zone is handed to judgeRange).
    expect(executed.filter((s) => s.includes('min("at")')).length).toBe(1);
    expect(executed.filter((s) => s.includes('from "agencies"')).length).toBe(1);
    // No statement is sent twice with the same text (a per-request read repeated).
    const repeated = executed.filter((s, i) => executed.indexOf(s) !== i);
    expect(repeated).toEqual([]);
  });
});
