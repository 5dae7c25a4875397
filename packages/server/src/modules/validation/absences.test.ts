import { randomUUID } from 'node:crypto';
import { PostgresQueryCompiler, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.js';
import { addMachine, addPunches } from '../attendance/test-support.js';
import { loadInbox } from './inbox.js';
import { people, submitEntries, wib } from './test-support.js';

/** ABSENT_DAY from attendance's judged days (issue 18 item 7): approved whole-day leave and TK. Now is Monday 23 November 2026, 10:00 WIB. */
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

const codes = (flags: { code: string }[]) => flags.map((f) => f.code);

async function inboxDay(date: string) {
  const inbox = (await (await as('kasubbag')).get('/api/v1/validation/inbox?limit=50')).json();
  const day = inbox.people
    .flatMap((p: { days: unknown[] }) => p.days)
    .find((d: { employeeId: string; date: string }) => d.employeeId === t.fixture.people.staff1!.id && d.date === date);
  expect(day).toBeDefined();
  return day as { flags: { code: string; message: string }[] };
}

async function viewFlags(date: string) {
  const res = await (await as('kasubbag')).get(`/api/v1/validation/people/${t.fixture.people.staff1!.id}/days/${date}`);
  expect(res.statusCode).toBe(200);
  return res.json().day.flags as { code: string; message: string }[];
}

describe('ABSENT_DAY from attendance', () => {
  it('an entry on a day of approved leave is flagged, naming the leave, in the inbox and the day view', async () => {
    const flags = (await inboxDay('2026-11-18')).flags;
    expect(flags).toContainEqual({ code: 'ABSENT_DAY', message: 'Pegawai tercatat cuti tahunan pada tanggal ini, tetapi mencatat kegiatan.' });
    expect(codes(await viewFlags('2026-11-18'))).toContain('ABSENT_DAY');
  });

  it('a TK day (no punch, no leave) with entries is flagged', async () => {
    const flags = (await inboxDay('2026-11-19')).flags;
    expect(flags).toContainEqual({ code: 'ABSENT_DAY', message: 'Pegawai tercatat tidak hadir tanpa keterangan (TK) pada tanggal ini, tetapi mencatat kegiatan.' });
    expect(codes(await viewFlags('2026-11-19'))).toContain('ABSENT_DAY');
  });

  it('a normal day and a day of dinas luar (working elsewhere) are not', async () => {
    expect(codes((await inboxDay('2026-11-17')).flags)).not.toContain('ABSENT_DAY');
    expect(codes((await inboxDay('2026-11-20')).flags)).not.toContain('ABSENT_DAY');
    expect(codes(await viewFlags('2026-11-17'))).not.toContain('ABSENT_DAY');
  });

  it('the recap’s month target leaves out the approved leave day (not TK, not dinas luar), and the units’ totals follow', async () => {
    const r = (await (await as('adminA')).get(`/api/v1/agencies/${t.fixture.agencyIds.A}/validation/recap?month=2026-11`)).json();
    const target = (person: string) => r.employees.find((e: { employeeId: string }) => e.employeeId === t.fixture.people[person]!.id).targetMinutes as number;
    // Wednesday 18th's target is 510 minutes (flags.test.ts).
    expect(target('staff1')).toBe(r.targetMinutesPerEmployee - 510);
    expect(target('staff2')).toBe(r.targetMinutesPerEmployee);
    expect(r.totals.targetMinutes).toBe(r.employees.reduce((s: number, e: { targetMinutes: number }) => s + e.targetMinutes, 0));
  });

  it('days before the agency’s first punch are never absences (staff2 logs on Monday the 16th, unjudged)', async () => {
    t.setNow(wib('2026-11-16', '18:00'));
    await submitEntries(await as('staff2'), '2026-11-16', [{}]);
    t.setNow(MONDAY);
    const inbox = (await (await as('kasubbag')).get('/api/v1/validation/inbox?limit=50')).json();
    const day = inbox.people.flatMap((p: { days: { employeeId: string; date: string; flags: { code: string }[] }[] }) => p.days).find((d: { employeeId: string; date: string }) => d.employeeId === t.fixture.people.staff2!.id && d.date === '2026-11-16');
    expect(day).toBeDefined();
    expect(codes(day.flags)).not.toContain('ABSENT_DAY');
  });

  it('one inbox page judges attendance once: the page’s flags and the day summaries share one read of the punches', async () => {
    const compiler = new PostgresQueryCompiler();
    let punchReads = 0;
    const counter: KyselyPlugin = {
      transformQuery(args) {
        if (compiler.compileQuery(args.node, args.queryId).sql.startsWith('select "employee_id", "at" from "attendance_punches"')) punchReads++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const boss = t.fixture.people.kasubbag!;
    const inbox = await loadInbox({ ...t.ctx, db: t.ctx.db.withPlugin(counter) }, { accountId: boss.accountId, agencyId: t.fixture.agencyIds.A, employeeId: boss.id }, undefined, 50, 'page');
    // The page itself still carries the flag read from that one judging.
    const day = inbox.page.items.find((d) => d.employeeId === t.fixture.people.staff1!.id && d.date === '2026-11-19');
    expect(day?.flags.map((f) => f.code)).toContain('ABSENT_DAY');
    expect(punchReads).toBe(1);
  });
});
