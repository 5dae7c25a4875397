/**
 * The TPP module end to end on the test fixture (agency A, Dinas Kesehatan): inputs gathered from
 * stored punches, journal entries, an SKP and a finalised evaluation, payroll attributes and a Plt
 * decree; a run under each shipped rule set matching amounts worked out by hand; a locked month
 * recomputed from its snapshot with identical rupiah; a recorded recalculation and its difference;
 * the what-if of a changed TL band; the finance role.
 */
import { randomUUID } from 'node:crypto';
import { addDays, monthRange, SHIPPED_TPP_RULE_SETS, weekdayOf, type TppEmployeeResult } from '@kinerja/core';
import type { TppEmployeeMonthAnswer, TppRecalculationDetail, TppRunDetail, TppWhatIfAnswer } from '@kinerja/core/api';
import { PostgresQueryCompiler, type KyselyPlugin, type QueryId } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { gatherMonth } from './gather.js';
import { reproduceRun } from './index.js';

let t: TestApp;
let bkd: Client;
let admin: Client;
let A: string;
const people = () => t.fixture.people;

/** Mon–Fri of a month (the test database has no holidays). */
function workingDays(month: string): string[] {
  const { from, to } = monthRange(month);
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!['sat', 'sun'].includes(weekdayOf(d))) out.push(d);
  return out;
}

/** Local WIB clock time on a date as the UTC instant. */
const wib = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+07:00`);

async function punches(machineId: string, employeeId: string, days: readonly string[], skip: ReadonlySet<string>, lateOn: ReadonlyMap<string, string>) {
  const rows = days
    .filter((d) => !skip.has(d))
    .flatMap((d) => [
      [d, lateOn.get(d) ?? '07:00'],
      [d, weekdayOf(d) === 'fri' ? '17:00' : '16:45'],
    ])
    .map(([d, hm]) => ({ agency_id: A, machine_id: machineId, pin: employeeId.slice(-6), local_time: `${d} ${hm}:00`, at: wib(d!, hm!), employee_id: employeeId, status: 0, verify: 1, source: 'file' as const }));
  if (rows.length > 0) await t.ctx.db.insertInto('attendance_punches').values(rows).execute();
}

async function approvedJournal(employeeId: string, days: readonly string[]) {
  await t.ctx.db
    .insertInto('journal_entries')
    .values(days.map((d) => ({ agency_id: A, id: randomUUID(), employee_id: employeeId, work_date: d, duration_minutes: 510, activity_code: 'ADM-002', activity_version: 1, volume: 1, credited_minutes: 510, status: 'approved' as const, submitted_at: wib(d, '17:00') })))
    .execute();
}

/** A month of inputs for agency A: everybody present on every working day, except staff1 (late 45 minutes on the 2nd working day, absent on the 3rd). */
async function seedMonth(month: string, machineId: string) {
  const days = workingDays(month);
  const p = people();
  for (const key of ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3', 'adminA']) {
    const id = p[key]!.id;
    await punches(machineId, id, days, key === 'staff1' ? new Set([days[2]!]) : new Set(), key === 'staff1' ? new Map([[days[1]!, '08:15']]) : new Map());
  }
  for (const key of ['sekretaris', 'staff1', 'staff2', 'staff3']) await approvedJournal(p[key]!.id, days);
  return days;
}

const run = (id: string, path = '') => `/api/v1/agencies/${A}/tpp/runs/${id}${path}`;
async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body.slice(0, 400)}`);
  return r.json() as T;
}
async function resultOf(month: string, key: string): Promise<TppEmployeeResult> {
  const answer = await ok<TppEmployeeMonthAnswer>(admin.get(`/api/v1/agencies/${A}/tpp/employees/${people()[key]!.id}/months/${month}`));
  return answer.result as TppEmployeeResult;
}
const compiler = new PostgresQueryCompiler();
const disciplineOn = (r: TppEmployeeResult, date: string) => r.lines.filter((l) => l.kind === 'discipline' && l.ref?.date === date).map((l) => l.amount);

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  bkd = await signIn(t.app, people().bkdAdmin!.nip);
  admin = await signIn(t.app, people().adminA!.nip);
  for (const doc of Object.values(SHIPPED_TPP_RULE_SETS)) await ok(bkd.send('POST', '/api/v1/tpp/rule-sets', { document: doc }));
  const machineId = randomUUID();
  await t.ctx.db.insertInto('attendance_machines').values({ agency_id: A, id: machineId, serial_number: 'TPPTEST', name: 'Lobi', zone: 'WIB' }).execute();
  const p = people();
  const payroll = (key: string, body: object) =>
    ok(admin.send('PUT', `/api/v1/agencies/${A}/tpp/payroll/${p[key]!.id}`, { cpns: false, kelasOverride: null, objective: null, bankAccount: { bank: 'Bank Kalbar', number: `100200${key.length}`, holder: p[key]!.name }, ...body }));
  await payroll('staff1', { golongan: 'III/b', salary: 3_800_000 });
  await payroll('staff2', { golongan: 'III/a', salary: 2_900_000, cpns: true });
  await payroll('sekretaris', { golongan: 'IV/a', salary: 5_000_000 });
  await payroll('staff3', { golongan: 'III/c', salary: 4_000_000 });
  // An approved SKP for 2026 for the four, and staff3's finalised evaluation: Butuh Perbaikan.
  for (const key of ['sekretaris', 'staff1', 'staff2', 'staff3']) {
    const skpId = randomUUID();
    const position = { sekretaris: 'SEKRETARIS', staff1: 'PENGADM', staff2: 'PENGADM', staff3: 'EPID' }[key]!;
    await t.ctx.db
      .insertInto('skp')
      .values({ agency_id: A, id: skpId, employee_id: p[key]!.id, position_id: t.fixture.positions[position]!.id, period_from: '2026-01-01', period_to: '2026-12-31', form: 'ja', pendekatan: 'kuantitatif', status: 'disetujui', current_version: 1, version_in_force: 1 })
      .execute();
    if (key === 'staff3') {
      await t.ctx.db
        .insertInto('evaluations')
        .values({ agency_id: A, id: randomUUID(), skp_id: skpId, kind: 'periodik', label: 'Triwulan II', period_from: '2026-04-01', period_to: '2026-06-30', covered_from: '2026-04-01', covered_to: '2026-06-30', credited_months: 3, status: 'final', predikat: 'butuh_perbaikan', finalised_at: new Date('2026-07-10T03:00:00Z') })
        .execute();
    }
  }
  for (const month of ['2026-08', '2026-09', '2026-10']) await seedMonth(month, machineId);
}, 120_000);
afterAll(() => t?.close());

describe('a month under each shipped rule set, worked out by hand', () => {
  it('Kalbar-like default (October 2026, 22 working days, 11.220 target minutes)', async () => {
    const detail = await ok<TppRunDetail>(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-10', ruleSet: { id: 'kalbar-default', version: 1 } }));
    expect(detail.run.status).toBe('draft');
    const days = workingDays('2026-10');
    const s1 = await resultOf('2026-10', 'staff1');
    // Kelas 6: basic 3.000.000 = beban kerja 60 % 1.800.000 + prestasi kerja 40 % 1.200.000; discipline part 40 % = 1.200.000.
    expect(s1.basic).toBe(3_000_000);
    expect(disciplineOn(s1, days[1]!)).toEqual([-12_000]); // TL2 (08:15, 45 minutes late): 1 % × 1.200.000
    expect(disciplineOn(s1, days[2]!)).toEqual([-60_000]); // TK: 5 % × 1.200.000
    expect(s1.lines.find((l) => l.key === 'productivity.minutes')!.amount).toBe(0); // 11.220 / 11.220 approved on time
    expect(s1.gross).toBe(2_928_000); // 3.000.000 − 12.000 − 60.000
    expect(s1.pph21).toBe(146_400); // III: 5 % × 2.928.000
    expect(s1.bpjsEmployee).toBe(29_280); // 1 % × (3.800.000 + 2.928.000) = 67.280 − 1 % × 3.800.000
    expect(s1.net).toBe(2_752_320);
    const tl = s1.lines.find((l) => l.kind === 'discipline' && l.ref?.date === days[1])!;
    expect(tl.text).toMatch(/^TL2 pada \d+ Okt \(terlambat masuk 45 menit\): −1 % dari disiplin = −Rp 12\.000$/);

    const cpns = await resultOf('2026-10', 'staff2');
    expect(cpns.lines.find((l) => l.key === 'modifier.cpns')!.amount).toBe(-600_000); // paid 80 % of 3.000.000
    expect([cpns.gross, cpns.pph21, cpns.bpjsEmployee, cpns.net]).toEqual([2_400_000, 120_000, 24_000, 2_256_000]); // BPJS 1 % × 5.300.000 − 29.000

    const plt = await resultOf('2026-10', 'sekretaris');
    expect(plt.lines.find((l) => l.key === 'modifier.plt')!.amount).toBe(1_600_000); // 20 % × basic kelas 12 8.000.000
    // gross 9.600.000; IV: 15 % = 1.440.000; BPJS base capped at 12.000.000: 120.000 − 50.000.
    expect([plt.gross, plt.pph21, plt.bpjsEmployee, plt.net]).toEqual([9_600_000, 1_440_000, 70_000, 8_090_000]);

    const bp = await resultOf('2026-10', 'staff3');
    expect(bp.lines.find((l) => l.key === 'productivity.predikat')!.amount).toBe(-540_000); // kelas 9: productivity 60 % × 4.500.000 = 2.700.000, paid 80 %
    expect([bp.gross, bp.pph21, bp.bpjsEmployee, bp.net]).toEqual([3_960_000, 198_000, 39_600, 3_722_400]);

    // Nobody else has an approved SKP: computed, held.
    expect((await resultOf('2026-10', 'kasubbag')).status).toBe('held');
    expect(detail.run.totals.payable).toBe(2_752_320 + 2_256_000 + 8_090_000 + 3_722_400);
  });

  it('Kalbar-like default (July 2026): a supervisor\'s team entries left unvalidated past their window cut their productivity part', async () => {
    const p = people();
    const chart = await t.ctx.charts.get(A, '2026-07-31');
    // The fixture's chart: the Sekretaris heads the Sekretariat (the Kasubbag's supervisor) and is Plt of P2P (staff3's).
    expect([chart.supervisorOf(p.kasubbag!.id)?.employeeId, chart.supervisorOf(p.staff3!.id)?.employeeId, chart.supervisorOf(p.staff1!.id)?.employeeId]).toEqual([p.sekretaris!.id, p.sekretaris!.id, p.kasubbag!.id]);
    const machine = await t.ctx.db.selectFrom('attendance_machines').select('id').where('agency_id', '=', A).where('serial_number', '=', 'TPPTEST').executeTakeFirstOrThrow();
    const days = await seedMonth('2026-07', machine.id);
    const entry = async (key: string, day: string, status: 'submitted' | 'approved', submittedAt: Date) => {
      const id = randomUUID();
      await t.ctx.db
        .insertInto('journal_entries')
        .values({ agency_id: A, id, employee_id: p[key]!.id, work_date: day, duration_minutes: 30, activity_code: 'ADM-002', activity_version: 1, volume: 1, credited_minutes: 30, status, submitted_at: submittedAt })
        .execute();
      return id;
    };
    // Lapses: staff3's entry approved automatically when its window passed; the Kasubbag's still waiting since July; staff1's still waiting since July (the Kasubbag's lapse).
    const auto = await entry('staff3', days[3]!, 'approved', wib(days[3]!, '17:00'));
    await t.ctx.db
      .insertInto('entry_decisions')
      .values({ agency_id: A, id: randomUUID(), entry_id: auto, decision: 'approved', decided_by_account_id: null, decided_by_employee_id: null, capacity: 'automatic', auto_reason: 'window', entry_version: 1, submitted_at: wib(days[3]!, '17:00'), decided_at: wib(days[11]!, '00:05') })
      .execute();
    const waiting = await entry('kasubbag', days[4]!, 'submitted', wib(days[4]!, '17:00'));
    const staff1Waiting = await entry('staff1', days[5]!, 'submitted', wib(days[5]!, '17:00'));
    // Not lapses: staff3's entry decided by the supervisor, and staff2's sent on Friday 20 November (5 working days still running on the 23rd).
    const decided = await entry('staff3', days[6]!, 'approved', wib(days[6]!, '17:00'));
    await t.ctx.db
      .insertInto('entry_decisions')
      .values({ agency_id: A, id: randomUUID(), entry_id: decided, decision: 'approved', decided_by_account_id: p.sekretaris!.accountId, decided_by_employee_id: p.sekretaris!.id, capacity: 'plt', auto_reason: null, entry_version: 1, submitted_at: wib(days[6]!, '17:00'), decided_at: wib(days[7]!, '09:00') })
      .execute();
    await entry('staff2', days[7]!, 'submitted', new Date('2026-11-20T10:00:00Z'));

    await ok(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-07', ruleSet: { id: 'kalbar-default', version: 1 } }));
    const sek = await resultOf('2026-07', 'sekretaris');
    const lapse = sek.lines.find((l) => l.key === 'productivity.teamLapses')!;
    expect(lapse.ref?.entryIds).toEqual([auto, waiting]);
    // Pagu 8.000.000 + Plt 20 % × 8.000.000 = 9.600.000; productivity 60 % = 5.760.000, all minutes on time, no predikat (100 %);
    // 2 lapses × 0,5 % = 1 % of 5.760.000 = 57.600.
    expect(lapse.amount).toBe(-57_600);
    expect(lapse.text).toBe('2 jurnal bawahan tidak divalidasi tepat waktu × 0,5 % (maks 10 %) = −1 % dari Rp 5.760.000 = −Rp 57.600');
    // gross 9.542.400; IV: 15 % = 1.431.360; BPJS base capped at 12.000.000: 120.000 − 50.000.
    expect([sek.gross, sek.pph21, sek.bpjsEmployee, sek.net]).toEqual([9_542_400, 1_431_360, 70_000, 8_041_040]);
    const kasubbag = await resultOf('2026-07', 'kasubbag');
    expect(kasubbag.lines.find((l) => l.key === 'productivity.teamLapses')?.ref?.entryIds).toEqual([staff1Waiting]);
    // Nobody else supervises anyone with a lapse.
    for (const key of ['staff1', 'staff2', 'staff3']) expect((await resultOf('2026-07', key)).lines.some((l) => l.key === 'productivity.teamLapses')).toBe(false);
  });

  it("one employee's month (the live estimate) reads only the lapses of that employee's own team, not the agency's", async () => {
    // July's lapses are the previous test's: staff3's and the Kasubbag's (the Sekretaris's team), staff1's (the Kasubbag's).
    const p = people();
    const lapseRows = async (key: string) => {
      const seen: { sql: string; ids: string[] }[] = [];
      const compiled = new Map<QueryId, string>();
      const spy: KyselyPlugin = {
        transformQuery(args) {
          compiled.set(args.queryId, compiler.compileQuery(args.node, args.queryId).sql);
          return args.node;
        },
        transformResult: async (args) => {
          const text = compiled.get(args.queryId) ?? '';
          // validation's two lapse statements: entries approved by the window, entries still waiting past it.
          if (/"auto_reason" = /.test(text) || (/from "journal_entries"/.test(text) && /"submitted_at" < /.test(text))) seen.push({ sql: text, ids: args.result.rows.map((r) => String((r as { id: unknown }).id)) });
          return args.result;
        },
      };
      const g = await gatherMonth({ ...t.ctx, db: t.ctx.db.withPlugin(spy) }, A, '2026-07', { employeeIds: [p[key]!.id] });
      return { seen, lapses: g.employees[0]?.input?.teamLapses?.map((l) => l.entryId) ?? [] };
    };
    const sek = await lapseRows('sekretaris');
    expect(sek.seen).toHaveLength(2);
    for (const s of sek.seen) expect(s.sql).toMatch(/"agency_id" = \$1/);
    // Read: the Sekretaris's team's two lapses only (staff1's waiting entry, the Kasubbag's lapse, is not read).
    expect(sek.lapses).toHaveLength(2);
    expect(sek.seen.flatMap((s) => s.ids).sort()).toEqual([...sek.lapses].sort());
    // staff1 supervises nobody: no lapse statement at all.
    const staff1 = await lapseRows('staff1');
    expect(staff1.seen).toEqual([]);
    expect(staff1.lapses).toEqual([]);
  });

  it('Tulang Bawang (September 2026): TL2 1 % and TK 3 % of the 40 % discipline part', async () => {
    await ok(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-09', ruleSet: { id: 'tulang-bawang', version: 1 } }));
    const days = workingDays('2026-09');
    const s1 = await resultOf('2026-09', 'staff1');
    // Kelas 6: 2.450.000; discipline 40 % = 980.000.
    expect(disciplineOn(s1, days[1]!)).toEqual([-9_800]);
    expect(disciplineOn(s1, days[2]!)).toEqual([-29_400]);
    expect(s1.gross).toBe(2_410_800);
    expect(s1.pph21).toBe(120_540); // 5 % × 2.410.800
    expect(s1.bpjsEmployee).toBe(24_108); // 1 % × 6.210.800 = 62.108 − 38.000
    expect(s1.net).toBe(2_266_152);
  });

  it('Tulang Bawang (June 2026): an apel missed on a present day costs 2 % of the discipline part; none on a TK day or when the machine saw them', async () => {
    const p = people();
    const machine = await t.ctx.db.selectFrom('attendance_machines').select('id').where('agency_id', '=', A).where('serial_number', '=', 'TPPTEST').executeTakeFirstOrThrow();
    const days = await seedMonth('2026-06', machine.id);
    const everyone = ['kadisA', 'sekretaris', 'kasubbag', 'staff1', 'staff2', 'staff3', 'adminA'].map((k) => p[k]!.id);
    const event = (date: string, kind: 'apel' | 'upacara', machineId?: string) =>
      ok<{ id: string }>(admin.send('POST', `/api/v1/agencies/${A}/attendance/events`, { kind, name: kind === 'apel' ? 'Apel pagi' : 'Upacara', date, start: '06:50', end: '07:30', ...(machineId ? { machineId } : {}) }));
    // Apel on the 5th working day, attendance from a list without staff1.
    const apel = await event(days[4]!, 'apel');
    await ok(admin.send('POST', `/api/v1/agencies/${A}/attendance/events/${apel.id}/attendees`, { employeeIds: everyone.filter((id) => id !== p.staff1!.id) }));
    // An upacara on staff1's TK day (3rd working day), nobody listed: the TK already cuts that day, the apel does not.
    await event(days[2]!, 'upacara');
    // An apel on the 6th working day read from the machine: everybody scanned at 07:00.
    await event(days[5]!, 'apel', machine.id);

    await ok(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-06', ruleSet: { id: 'tulang-bawang', version: 1 } }));
    const s1 = await resultOf('2026-06', 'staff1');
    // Kelas 6: 2.450.000; discipline 40 % = 980.000.
    expect(disciplineOn(s1, days[1]!)).toEqual([-9_800]); // TL2 1 %
    expect(disciplineOn(s1, days[2]!)).toEqual([-29_400]); // TK 3 %, no apel line
    expect(disciplineOn(s1, days[4]!)).toEqual([-19_600]); // apel 2 % × 980.000
    expect(disciplineOn(s1, days[5]!)).toEqual([]);
    expect(s1.lines.find((l) => l.key === `discipline.apel.${days[4]}`)!.rule).toBe('discipline.apelPercent');
    expect(s1.gross).toBe(2_391_200); // 2.450.000 − 9.800 − 29.400 − 19.600
    expect(s1.pph21).toBe(119_560); // 5 % × 2.391.200
    expect(s1.bpjsEmployee).toBe(23_912); // 1 % × 6.191.200 = 61.912 − 38.000
    expect(s1.net).toBe(2_247_728);
    // staff2 was on the list and seen by the machine; the upacara on days[2] listed nobody, so every present employee missed it.
    const s2 = await resultOf('2026-06', 'staff2');
    expect(s2.lines.filter((l) => l.key.startsWith('discipline.apel.')).map((l) => l.ref?.date)).toEqual([days[2]]);
  });

  it('TTU (August 2026): 80/10/10, late 45 minutes P3 2,5 %, TK 8 %, lines rounded down, the net to Rp 100', async () => {
    await ok(admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-08', ruleSet: { id: 'timor-tengah-utara', version: 1 } }));
    const days = workingDays('2026-08');
    const s1 = await resultOf('2026-08', 'staff1');
    // Kelas 6: 2.350.000; absensi 10 % = 235.000.
    expect(disciplineOn(s1, days[1]!)).toEqual([-5_875]);
    expect(disciplineOn(s1, days[2]!)).toEqual([-18_800]);
    expect(s1.gross).toBe(2_325_325);
    expect(s1.pph21).toBe(116_266); // 5 % × 2.325.325 = 116.266,25, down
    expect(s1.bpjsEmployee).toBe(23_253); // 1 % × 6.125.325 = 61.253,25 → 61.253 − 38.000
    expect(s1.net).toBe(2_185_800); // 2.185.806 down to Rp 100
  });
});

describe('lock, reproduce, recalculate, what-if', () => {
  it('refuses to lock a draft, and locking with inputs not final needs acceptNotFinal', async () => {
    const runs = await ok<{ items: { id: string; month: string }[] }>(admin.get(`/api/v1/agencies/${A}/tpp/runs?month=2026-10`));
    const id = runs.items[0]!.id;
    expect((await admin.send('POST', run(id, '/lock'), {})).statusCode).toBe(409);
    await ok(admin.send('POST', run(id, '/check'), {}));
    const refused = await admin.send('POST', run(id, '/lock'), {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('TPP_NOT_FINAL');
    const locked = await ok<TppRunDetail>(admin.send('POST', run(id, '/lock'), { acceptNotFinal: true, note: 'Rekening pegawai lain menyusul' }));
    expect(locked.run.status).toBe('locked');
    expect(locked.events.map((e) => e.action)).toEqual(['created', 'checked', 'locked']);
    // A locked month is not computed again as a draft.
    expect((await admin.send('POST', `/api/v1/agencies/${A}/tpp/runs`, { month: '2026-10' })).json().error.code).toBe('TPP_RUN_LOCKED');
  });

  it('a locked month recomputed from its snapshot gives identical rupiah, even after the inputs changed', async () => {
    const id = (await ok<{ items: { id: string }[] }>(admin.get(`/api/v1/agencies/${A}/tpp/runs?month=2026-10`))).items[0]!.id;
    // The world moves on: staff1's salary and golongan change, a journal entry is withdrawn.
    await ok(admin.send('PUT', `/api/v1/agencies/${A}/tpp/payroll/${people().staff1!.id}`, { golongan: 'IV/a', cpns: false, kelasOverride: null, salary: 9_000_000, bankAccount: null, objective: null }));
    const again = await reproduceRun(t.ctx, A, id);
    expect(again.length).toBe(7);
    for (const r of again) expect(r.recomputed).toEqual(r.stored);
    expect((await resultOf('2026-10', 'staff1')).net).toBe(2_752_320);
    await ok(admin.send('PUT', `/api/v1/agencies/${A}/tpp/payroll/${people().staff1!.id}`, { golongan: 'III/b', cpns: false, kelasOverride: null, salary: 3_800_000, bankAccount: null, objective: null }));
  });

  it('a correction after locking is a recorded recalculation whose difference is carried to the next month', async () => {
    const id = (await ok<{ items: { id: string }[] }>(admin.get(`/api/v1/agencies/${A}/tpp/runs?month=2026-10`))).items[0]!.id;
    // A hukdis sedang decided for October (after the lock): −25 % in the Kalbar-like rules.
    await ok(admin.send('POST', `/api/v1/agencies/${A}/tpp/payroll/${people().staff2!.id}/hukdis`, { hukdisId: 'sedang', fromMonth: '2026-10', toMonth: '2026-12', decreeNumber: 'SK-HD-7' }));
    const rc = await ok<TppRecalculationDetail>(admin.send('POST', run(id, '/recalculations'), { reason: 'Hukuman disiplin sedang berlaku Oktober' }));
    expect(rc.settleMonth).toBe('2026-12');
    expect(rc.items.map((i) => i.employeeId)).toEqual([people().staff2!.id]);
    const item = rc.items[0]!;
    expect(item.before).toBe(2_256_000);
    // gross 2.400.000 − 25 % = 1.800.000; PPh 5 % 90.000; BPJS 1 % × 4.700.000 − 29.000 = 18.000 → 1.692.000.
    expect(item.after).toBe(1_692_000);
    expect(item.difference).toBe(-564_000);
    expect(rc.total).toBe(-564_000);
    // The locked row stays as locked; the month shows what is in force and what is carried.
    const month = await ok<TppEmployeeMonthAnswer>(admin.get(`/api/v1/agencies/${A}/tpp/employees/${people().staff2!.id}/months/2026-10`));
    expect([month.month.payable, month.month.carried, month.recalculations.length]).toEqual([1_692_000, -564_000, 1]);
    const detail = await ok<TppRunDetail>(admin.get(run(id)));
    expect(detail.run.totals.payable).toBe(2_752_320 + 2_256_000 + 8_090_000 + 3_722_400);
    expect(detail.recalculations.map((r) => [r.changed, r.difference])).toEqual([[1, -564_000]]);
    expect(detail.events.at(-1)!.action).toBe('recalculated');
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', 'like', 'tpp.run.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(expect.arrayContaining(['tpp.run.checked', 'tpp.run.created', 'tpp.run.locked', 'tpp.run.recalculated']));
  });

  it('what-if: TL2 at 3 % instead of 1 % on the locked October costs staff1 Rp 22.560 and nobody else anything', async () => {
    const v2 = structuredClone(SHIPPED_TPP_RULE_SETS['kalbar-default']) as { version: number; discipline: { bandGroups: { id: string; bands: { id: string; percent: number }[] }[] } };
    v2.version = 2;
    v2.discipline.bandGroups.find((g) => g.id === 'tl')!.bands.find((b) => b.id === 'TL2')!.percent = 3;
    const answer = await ok<TppWhatIfAnswer>(bkd.send('POST', '/api/v1/tpp/what-if', { month: '2026-10', document: v2 }));
    // 2 % more of the 1.200.000 discipline part = −24.000 gross; PPh 5 % gives back 1.200, BPJS 1 % 240.
    expect(answer.total).toEqual({ employees: 7, before: answer.total.before, after: answer.total.before - 22_560, difference: -22_560, gain: 0, lose: 1, same: 6 });
    expect(answer.agencies.map((a) => [a.agencyId, a.difference])).toEqual([[A, -22_560]]);
    expect(answer.notLocked.map((a) => a.agencyId).sort()).toEqual([t.fixture.agencyIds.B, t.fixture.agencyIds.C].sort());
    // An agency admin sees only their own agency.
    const own = await ok<TppWhatIfAnswer>(admin.send('POST', '/api/v1/tpp/what-if', { month: '2026-10', document: v2 }));
    expect(own.notLocked).toEqual([]);
    expect(own.total.difference).toBe(-22_560);
  });
});

describe('who sees what', () => {
  let finance: Client;
  beforeAll(async () => {
    const p = people();
    await t.ctx.db.updateTable('accounts').set({ role: 'finance' }).where('id', '=', p.staff3!.accountId).execute();
    await t.ctx.db.updateTable('accounts').set({ two_factor_exempt: true }).where('id', '=', p.staff3!.accountId).execute();
    finance = await signIn(t.app, p.staff3!.nip);
  });

  it('finance reads and runs its own agency\'s TPP, nothing of another agency and none of the journal', async () => {
    const runs = await ok<{ items: { id: string; month: string }[] }>(finance.get(`/api/v1/agencies/${A}/tpp/runs`));
    expect(runs.items.map((r) => r.month)).toEqual(['2026-10', '2026-09', '2026-08', '2026-07', '2026-06']);
    const september = runs.items[1]!.id;
    expect((await finance.send('POST', run(september, '/check'), {})).statusCode).toBe(200);
    expect((await finance.get(`/api/v1/agencies/${t.fixture.agencyIds.B}/tpp/runs`)).statusCode).toBe(403);
    expect((await finance.get(`/api/v1/agencies/${A}/employees/${people().staff1!.id}/journal?from=2026-10-01&to=2026-10-31`)).statusCode).toBeGreaterThanOrEqual(403);
    expect((await finance.send('POST', '/api/v1/tpp/rule-sets', { document: SHIPPED_TPP_RULE_SETS['kalbar-default'] })).statusCode).toBe(403);
  });

  it('an employee sees their own month and its late-day line with its date; a peer does not', async () => {
    const own = await signIn(t.app, people().staff1!.nip);
    const mine = await ok<{ detail: TppEmployeeMonthAnswer; history: { month: string }[] }>(own.get('/api/v1/tpp/me?month=2026-10'));
    expect(mine.detail.month.source).toBe('locked');
    expect(mine.history.map((h) => h.month)).toEqual(['2026-09', '2026-08', '2026-07', '2026-06']);
    const late = (mine.detail.result as TppEmployeeResult).lines.find((l) => l.rule === 'discipline.bandGroups.tl.TL2')!;
    expect(late.ref?.date).toBe(workingDays('2026-10')[1]);
    const peer = await signIn(t.app, people().staff2!.nip);
    expect((await peer.get(`/api/v1/agencies/${A}/tpp/employees/${people().staff1!.id}/months/2026-10`)).statusCode).toBe(403);
  });

  it('a supervisor sees their team; the month still running is an estimate', async () => {
    const boss = await signIn(t.app, people().kasubbag!.nip);
    const team = await ok<{ month: string; items: { employeeId: string; month: { source: string } }[] }>(boss.get(`/api/v1/agencies/${A}/tpp/team?month=2026-10`));
    expect(team.items.map((i) => i.employeeId).sort()).toEqual([people().staff1!.id, people().staff2!.id, people().adminA!.id].sort());
    expect(new Set(team.items.map((i) => i.month.source))).toEqual(new Set(['locked']));
    const now = await ok<{ month: string; items: { month: { source: string } }[] }>(boss.get(`/api/v1/agencies/${A}/tpp/team`));
    expect(now.month).toBe('2026-11');
    expect(new Set(now.items.map((i) => i.month.source))).toEqual(new Set(['estimate']));
  });
});

describe('the month still running (November 2026, as of Monday the 23rd, 10:00 WIB)', () => {
  let answer: TppEmployeeMonthAnswer;
  beforeAll(async () => {
    const staff1 = people().staff1!;
    const machine = await t.ctx.db.selectFrom('attendance_machines').select('id').where('agency_id', '=', A).where('serial_number', '=', 'TPPTEST').executeTakeFirstOrThrow();
    // Present every working day up to today (today's 07:00 scan only: its day is not over), but the
    // 17th (approved leave) and the 18th (leave asked, not decided yet).
    const days = workingDays('2026-11').filter((d) => d <= '2026-11-23');
    await punches(machine.id, staff1.id, days, new Set(['2026-11-17', '2026-11-18']), new Map());
    const leave = (day: string, status: 'approved' | 'pending') => ({
      agency_id: A,
      id: randomUUID(),
      request_id: randomUUID(),
      employee_id: staff1.id,
      type_code: 'cuti_tahunan',
      part: 'day' as const,
      starts_on: day,
      ends_on: day,
      reason: 'Keperluan keluarga',
      attachment_sha256: null,
      status,
      approver_employee_id: people().kasubbag!.id,
      created_at: wib('2026-11-10', '08:00'),
      created_by_account_id: staff1.accountId,
    });
    await t.ctx.db.insertInto('attendance_leave_requests').values([leave('2026-11-17', 'approved'), leave('2026-11-18', 'pending')]).execute();
    answer = await ok<TppEmployeeMonthAnswer>(admin.get(`/api/v1/agencies/${A}/tpp/employees/${staff1.id}/months/2026-11`));
  });

  it('judges no day after today (neither TK nor present), and says it covers the days up to today', async () => {
    expect(answer.month.source).toBe('estimate');
    const result = answer.result as TppEmployeeResult;
    const judged = result.lines.filter((l) => l.kind === 'discipline' && l.ref?.date).map((l) => l.ref!.date!);
    expect(judged.filter((d) => d >= '2026-11-23')).toEqual([]);
    expect(answer.notFinal.filter((n) => n.kind === 'month_running').map((n) => n.dates)).toEqual([['2026-11-23']]);
  });

  it('gathers approved leave from the leave requests, lists the undecided one, and no longer calls leave a missing source', async () => {
    const result = answer.result as TppEmployeeResult;
    expect(disciplineOn(result, '2026-11-17')).toEqual([]);
    expect(disciplineOn(result, '2026-11-18')).toHaveLength(1);
    expect(answer.notFinal.filter((n) => n.kind === 'leave_open').map((n) => [n.employeeId, n.dates])).toEqual([[people().staff1!.id, ['2026-11-18']]]);
    expect(answer.notFinal.filter((n) => n.kind === 'source_missing' && /cuti/i.test(n.message))).toEqual([]);
  });
});

describe('an employee without NPWP (payroll attribute, PPh 21 20 % higher under the Kalbar-like set)', () => {
  it('is set by the admin, kept when a later save leaves it out, audited, and raises the month\'s PPh 21 line; cleared, the line is the plain one again', async () => {
    const staff3 = people().staff3!;
    const url = `/api/v1/agencies/${A}/tpp/payroll/${staff3.id}`;
    const body = { golongan: 'III/c', salary: 4_000_000, cpns: false, kelasOverride: null, objective: null, bankAccount: { bank: 'Bank Kalbar', number: '1002006', holder: staff3.name } };
    expect((await ok<{ withoutNpwp: boolean }>(admin.send('PUT', url, { ...body, withoutNpwp: true }))).withoutNpwp).toBe(true);
    expect((await ok<{ withoutNpwp: boolean }>(admin.send('PUT', url, body))).withoutNpwp).toBe(true);
    const audit = await t.ctx.db.selectFrom('audit_log').select('data').where('action', '=', 'tpp.payroll.set').where('entity_id', '=', staff3.id).execute();
    expect(audit.some((a) => (a.data as { withoutNpwp?: boolean } | null)?.withoutNpwp === true)).toBe(true);
    const taxLine = async () => {
      const answer = await ok<TppEmployeeMonthAnswer>(admin.get(`/api/v1/agencies/${A}/tpp/employees/${staff3.id}/months/2026-11`));
      expect(answer.month.source).toBe('estimate');
      return (answer.result as TppEmployeeResult).lines.find((l) => l.key === 'tax.pph21')!;
    };
    const raised = await taxLine();
    const gross = Number(raised.input.of);
    expect(gross).toBeGreaterThan(0);
    expect(raised.rule).toBe('payroll.pph21.withoutNpwp');
    expect(raised.input).toMatchObject({ golongan: 'III/c', percent: 6, basePercent: 5, percentHigher: 20, withoutNpwp: true });
    expect(raised.amount).toBe(-Math.round((gross * 6) / 100));
    expect(raised.text).toMatch(/^PPh 21 golongan III\/c, tanpa NPWP: 5 % \+ 20 % lebih tinggi = 6 % dari bruto Rp [\d.]+ = −Rp [\d.]+$/);
    await ok(admin.send('PUT', url, { ...body, withoutNpwp: false }));
    const plain = await taxLine();
    expect([plain.rule, plain.input.percent, plain.amount]).toEqual(['payroll.pph21', 5, -Math.round((Number(plain.input.of) * 5) / 100)]);
  });
});
