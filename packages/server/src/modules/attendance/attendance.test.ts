import { randomUUID } from 'node:crypto';
import type { AttendanceMachine, MachineCommand, PunchImportResult, UndecidedSerial } from '@kinerja/core/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/index.js';
import { multipart } from '../imports/test-support.js';
import { SimulatedMachine } from './test-support.js';

let t: TestApp;
let adminA: Client;
let adminB: Client;
let bkd: Client;
let staff: Client;
let A: string;
let B: string;

beforeAll(async () => {
  t = await createTestApp();
  A = t.fixture.agencyIds.A;
  B = t.fixture.agencyIds.B;
  adminA = await signIn(t.app, t.fixture.people.adminA!.nip);
  adminB = await signIn(t.app, t.fixture.people.adminB!.nip);
  bkd = await signIn(t.app, t.fixture.people.bkdAdmin!.nip);
  staff = await signIn(t.app, t.fixture.people.staff1!.nip);
});
afterAll(() => t.close());

const register = async (c: Client, agencyId: string, serialNumber: string, zone = 'WIB') =>
  c.send('POST', `/api/v1/agencies/${agencyId}/attendance/machines`, { serialNumber, name: `Mesin ${serialNumber}`, zone });
const machines = async (c: Client, agencyId: string) => (await c.get(`/api/v1/agencies/${agencyId}/attendance/machines`)).json().items as AttendanceMachine[];
const punchesOf = async (machineId: string) =>
  (
    await sql<{ pin: string; local_time: string; at: Date; employee_id: string | null; source: string }>`
      select pin, to_char(local_time, 'YYYY-MM-DD HH24:MI:SS') as local_time, at, employee_id, source
      from attendance_punches where machine_id = ${machineId} order by local_time, pin`.execute(t.ctx.db)
  ).rows;

describe('an unknown serial', () => {
  it('is refused, listed as pending for the admins, and never accepted by itself', async () => {
    const m = new SimulatedMachine(t.app, 'UNKNOWN0001');
    const hs = await m.handshake();
    expect(hs.statusCode).toBe(403);
    expect(hs.body).not.toContain('GET OPTION');
    m.punch('1001', '2026-11-23 07:01:00');
    expect((await m.pushAttlog()).res.statusCode).toBe(403);
    expect((await m.heartbeat()).statusCode).toBe(403);
    const listed = (await adminA.get('/api/v1/attendance/pending-serials')).json().items as UndecidedSerial[];
    const mine = listed.find((s) => s.serialNumber === 'UNKNOWN0001');
    expect(mine).toMatchObject({ state: 'pending', pushVersion: '2.4.1', requests: 3 });
    expect((await staff.get('/api/v1/attendance/pending-serials')).statusCode).toBe(403);
    expect((await t.ctx.db.selectFrom('attendance_punches').select('pin').execute()).length).toBe(0);
  });

  it('stays refused once an admin refuses it, and is listed as refused', async () => {
    const m = new SimulatedMachine(t.app, 'UNKNOWN0002');
    await m.handshake();
    expect((await staff.send('POST', '/api/v1/attendance/pending-serials/UNKNOWN0002/refuse')).statusCode).toBe(403);
    expect((await adminB.send('POST', '/api/v1/attendance/pending-serials/UNKNOWN0002/refuse')).statusCode).toBe(204);
    expect((await adminB.send('POST', '/api/v1/attendance/pending-serials/UNKNOWN0002/refuse')).statusCode).toBe(404);
    expect((await m.handshake()).statusCode).toBe(403);
    const listed = (await bkd.get('/api/v1/attendance/pending-serials')).json().items as UndecidedSerial[];
    expect(listed.find((s) => s.serialNumber === 'UNKNOWN0002')).toMatchObject({ state: 'refused', requests: 2 });
  });

  it('can be accepted into an agency by its admin (not into another agency), then speaks', async () => {
    const m = new SimulatedMachine(t.app, 'PENDING0003');
    await m.handshake();
    const body = { agencyId: B, name: 'Lobi', zone: 'WITA' };
    expect((await adminA.send('POST', '/api/v1/attendance/pending-serials/PENDING0003/accept', body)).statusCode).toBe(403);
    const ok = await adminA.send('POST', '/api/v1/attendance/pending-serials/PENDING0003/accept', { ...body, agencyId: A });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ serialNumber: 'PENDING0003', zone: 'WITA', agencyId: A });
    expect((await m.handshake()).statusCode).toBe(200);
    expect(m.lastHandshake).toContain('TimeZone=8\n');
    // Accepted serials leave the list; accepting again finds nothing waiting.
    const listed = (await adminA.get('/api/v1/attendance/pending-serials')).json().items as UndecidedSerial[];
    expect(listed.some((s) => s.serialNumber === 'PENDING0003')).toBe(false);
    expect((await bkd.send('POST', '/api/v1/attendance/pending-serials/PENDING0003/accept', { ...body, agencyId: A })).statusCode).toBe(404);
    expect((await register(adminB, B, 'PENDING0003')).statusCode).toBe(409);
  });
});

describe('a registered machine speaking the push protocol', () => {
  let m: SimulatedMachine;
  let machineId: string;
  const nip = () => t.fixture.people.staff1!.nip;

  beforeAll(async () => {
    const res = await register(adminA, A, 'CEZU202360241');
    expect(res.statusCode).toBe(201);
    machineId = (res.json() as AttendanceMachine).id;
    m = new SimulatedMachine(t.app, 'CEZU202360241');
  });

  it('gets the options with its stamps and time zone, byte for byte', async () => {
    const res = await m.handshake();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe(
      'GET OPTION FROM: CEZU202360241\nATTLOGStamp=0\nOPERLOGStamp=0\nATTPHOTOStamp=0\nErrorDelay=30\nDelay=10\nTransTimes=00:00;14:05\nTransInterval=1\nTransFlag=TransData AttLog\tOpLog\nTimeZone=7\nRealtime=1\nEncrypt=0\n',
    );
    // Older firmware (no pushver) reads the stamps under their old names.
    const old = await t.app.inject({ method: 'GET', url: '/iclock/cdata?SN=CEZU202360241&options=all' });
    expect(old.body.split('\n').slice(0, 4)).toEqual(['GET OPTION FROM: CEZU202360241', 'Stamp=0', 'OpStamp=0', 'PhotoStamp=0']);
  });

  it('stores an ATTLOG batch once, answers OK: n, and a resend after a dropped OK stores nothing twice', async () => {
    t.setNow(new Date('2026-11-23T00:05:00Z')); // 07:05 WIB
    m.punch(nip(), '2026-11-23 07:01:12');
    m.punch('7777', '2026-11-23 07:02:40', 0, 15);
    m.dropNextOk = true;
    const first = await m.pushAttlog();
    expect(first.res.body).toBe('OK: 2');
    expect(first.acknowledged).toBe(false);
    m.punch(nip(), '2026-11-23 07:04:59', 1, 1);
    const resend = await m.pushAttlog();
    expect(resend.res.body).toBe('OK: 3');
    expect(resend.acknowledged).toBe(true);
    expect(m.outbox).toEqual([]);
    const rows = await punchesOf(machineId);
    expect(rows.map((r) => [r.pin, r.local_time])).toEqual([
      [nip(), '2026-11-23 07:01:12'],
      ['7777', '2026-11-23 07:02:40'],
      [nip(), '2026-11-23 07:04:59'],
    ]);
    // Local time is WIB: 07:01:12 is 00:01:12 UTC. The NIP names the employee; an unknown PIN is kept unmapped.
    expect(new Date(rows[0]!.at).toISOString()).toBe('2026-11-23T00:01:12.000Z');
    expect(rows[0]!.employee_id).toBe(t.fixture.people.staff1!.id);
    expect(rows[1]!.employee_id).toBeNull();
    // The stamp it sent comes back at the next handshake.
    await m.handshake();
    expect(m.lastHandshake).toContain('ATTLOGStamp=3\n');
  });

  it('shows on the admin list with last seen, punches today and the clock drift', async () => {
    const list = await machines(adminA, A);
    const mine = list.find((x) => x.id === machineId)!;
    expect(mine.punchesToday).toBe(3);
    expect(mine.lastSeenAt).not.toBeNull();
    // Newest punch 07:04:59 WIB arrived at 07:05:00: one second behind.
    expect(mine.clockDriftSeconds).toBe(-1);
    expect((await adminB.get(`/api/v1/agencies/${A}/attendance/machines`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/agencies/${A}/attendance/machines`)).statusCode).toBe(403);
    expect((await machines(adminB, B)).some((x) => x.id === machineId)).toBe(false);
  });

  it('acknowledges unreadable lines without storing them, and reads any content type', async () => {
    m.outbox.push('abc\tnot a time', `${nip()}\t2026-11-23 12:00:00\t0\t1\t0\t0`);
    const res = await m.pushAttlog(500, 'application/x-www-form-urlencoded');
    expect(res.res.body).toBe('OK: 1');
    expect((await punchesOf(machineId)).length).toBe(4);
    expect((await machines(adminA, A)).find((x) => x.id === machineId)!.badLines).toBe(1);
  });

  it('receives a queued enrol command at its heartbeat and reports the result', async () => {
    expect((await m.heartbeat()).body).toBe('OK');
    const requestId = randomUUID();
    const body = { requestId, action: 'enrol', employees: [{ employeeId: t.fixture.people.staff1!.id }] };
    expect((await adminB.send('POST', `/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`, body)).statusCode).toBe(403);
    expect((await adminB.send('POST', `/api/v1/agencies/${B}/attendance/machines/${machineId}/commands`, body)).statusCode).toBe(404);
    const queued = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`, body);
    expect(queued.statusCode).toBe(200);
    const [cmd] = queued.json().items as MachineCommand[];
    expect(cmd!.command).toBe(`DATA UPDATE USERINFO PIN=${nip()}\tName=Dewi Lestari\tPrivilege=0`);
    // The same request again queues nothing.
    const again = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`, body);
    expect((again.json().items as MachineCommand[]).map((c) => c.id)).toEqual([cmd!.id]);

    const hb = await m.heartbeat();
    expect(hb.body).toBe(`C:${cmd!.id}:DATA UPDATE USERINFO PIN=${nip()}\tName=Dewi Lestari\tPrivilege=0\n`);
    expect(m.users.get(nip())).toBe('Dewi Lestari');
    expect(m.results).toEqual(['OK']);
    // Answered: not offered again.
    expect((await m.heartbeat()).body).toBe('OK');
    const list = (await adminA.get(`/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`)).json().items as MachineCommand[];
    expect(list[0]).toMatchObject({ id: cmd!.id, returnCode: 0, sentCount: 1 });

    // Removing with an assigned short PIN: the PIN is kept for the employee and used on the machine.
    const remove = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`, {
      requestId: randomUUID(),
      action: 'remove',
      employees: [{ employeeId: t.fixture.people.staff2!.id, pin: '2002' }],
    });
    expect((remove.json().items as MachineCommand[])[0]!.command).toBe('DATA DELETE USERINFO PIN=2002');
    m.users.set('2002', 'Agus Salim');
    expect((await m.heartbeat()).body).toBe(`C:${cmd!.id + 1}:DATA DELETE USERINFO PIN=2002\n`);
    expect(m.users.has('2002')).toBe(false);
    const taken = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`, {
      requestId: randomUUID(),
      action: 'enrol',
      employees: [{ employeeId: t.fixture.people.staff3!.id, pin: '2002' }],
    });
    expect(taken.statusCode).toBe(409);
    // A punch under the assigned PIN maps to that employee.
    m.punch('2002', '2026-11-23 07:10:00');
    await m.pushAttlog();
    expect((await punchesOf(machineId)).find((r) => r.pin === '2002')!.employee_id).toBe(t.fixture.people.staff2!.id);
  });

  it('offers an unanswered command again after five minutes, and ignores results for ids it never gave', async () => {
    const q = await adminA.send('POST', `/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`, {
      requestId: randomUUID(),
      action: 'enrol',
      employees: [{ employeeId: t.fixture.people.staff3!.id }],
    });
    const id = (q.json().items as MachineCommand[])[0]!.id;
    const poll = () => t.app.inject({ method: 'GET', url: '/iclock/getrequest?SN=CEZU202360241' });
    expect((await poll()).body).toMatch(new RegExp(`^C:${id}:DATA UPDATE USERINFO `));
    expect((await poll()).body).toBe('OK');
    t.setNow(new Date('2026-11-23T00:11:00Z'));
    expect((await poll()).body).toMatch(new RegExp(`^C:${id}:`));
    const res = await t.app.inject({ method: 'POST', url: '/iclock/devicecmd?SN=CEZU202360241', payload: `ID=${id}&Return=-1002&CMD=DATA\nID=9999&Return=0&CMD=DATA\n` });
    expect(res.body).toBe('OK');
    const list = (await adminA.get(`/api/v1/agencies/${A}/attendance/machines/${machineId}/commands`)).json().items as MachineCommand[];
    expect(list.find((c) => c.id === id)).toMatchObject({ returnCode: -1002, sentCount: 2 });
    expect(list.some((c) => c.id === 9999)).toBe(false);
  });

  it('stores the OPERLOG raw, once per body', async () => {
    const body = 'OPLOG 4\t0\t2026-11-23 07:20:00\t0\t0\t0\t0\nUSER PIN=2002\tName=Agus\tPri=0\n';
    expect((await m.pushOperlog(body)).body).toBe('OK');
    expect((await m.pushOperlog(body)).body).toBe('OK');
    const rows = await t.ctx.db.selectFrom('attendance_operlog').select(['body', 'agency_id']).where('machine_id', '=', machineId).execute();
    expect(rows).toEqual([{ body, agency_id: A }]);
  });

  it('refuses an oversized body, and bounds the requests one serial may make', async () => {
    const big = await t.app.inject({ method: 'POST', url: '/iclock/cdata?SN=CEZU202360241&table=ATTLOG', headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(600 * 1024) });
    expect(big.statusCode).toBe(413);
    const small = await createTestApp({ iclockRequestsPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await small.app.inject({ method: 'GET', url: '/iclock/getrequest?SN=ANY0001' })).statusCode);
      expect(statuses).toEqual([403, 403, 403, 429, 429]);
      // Another serial from the same address has its own allowance.
      expect((await small.app.inject({ method: 'GET', url: '/iclock/getrequest?SN=ANY0002' })).statusCode).toBe(403);
      // Made-up serials from one address fill the pending list only so far; each is still refused.
      for (let i = 0; i < 40; i++) expect((await small.app.inject({ method: 'GET', url: `/iclock/getrequest?SN=FLOOD${i}` })).statusCode).toBe(403);
      const listed = await small.ctx.db.selectFrom('attendance_serials').select('serial_number').where('serial_number', 'like', 'FLOOD%').execute();
      expect(listed.length).toBeLessThan(40);
    } finally {
      await small.close();
    }
  });
});

describe('importing a USB export', () => {
  let machineId: string;
  beforeAll(async () => {
    machineId = ((await register(adminA, A, 'USBONLY0001', 'WIT')).json() as AttendanceMachine).id;
  });
  const importFile = (c: Client | null, content: string, dryRun: string, agencyId = A) => {
    const body = multipart({ dryRun }, { filename: 'attlog.dat', content: Buffer.from(content) });
    const auth = c ? { cookie: c.cookie, 'x-csrf-token': c.csrf } : {};
    return t.app.inject({ method: 'POST', url: `/api/v1/agencies/${agencyId}/attendance/machines/${machineId}/imports`, headers: { ...body.headers, ...auth }, payload: body.payload });
  };
  const nip = () => t.fixture.people.staff1!.nip;

  it('lists the bad lines on a dry run, refuses to store a file with them, and stores a clean one once', async () => {
    const dat = `${nip().padStart(24, ' ')}\t2026-11-02 07:28:03\t0\t1\t0\t0\n      5005\t2026-11-02 16:01:00\t1\t1\t0\t0\n      5005\t2026-13-02 16:01:00\t1\t1\t0\t0\n`;
    const dry = await importFile(adminA, dat, 'true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ format: 'dat', dryRun: true, punches: 2, stored: 0, alreadyStored: 0, unknownPins: 1 } satisfies Partial<PunchImportResult>);
    expect((dry.json() as PunchImportResult).bad).toEqual([{ line: 3, text: '      5005\t2026-13-02 16:01:00\t1\t1\t0\t0', reason: expect.stringContaining('waktu') }]);
    const refused = await importFile(adminA, dat, 'false');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('IMPORT_INVALID');
    expect((await punchesOf(machineId)).length).toBe(0);

    const clean = dat.split('\n').slice(0, 2).join('\n');
    expect((await importFile(adminA, clean, 'false')).json()).toMatchObject({ stored: 2, alreadyStored: 0 });
    expect((await importFile(adminA, clean, 'true')).json()).toMatchObject({ stored: 0, alreadyStored: 2 });
    expect((await importFile(adminA, clean, 'false')).json()).toMatchObject({ stored: 0, alreadyStored: 2 });
    const rows = await punchesOf(machineId);
    expect(rows.map((r) => [r.pin, r.source])).toEqual([
      [nip(), 'file'],
      ['5005', 'file'],
    ]);
    // WIT: 07:28:03 local is 22:28:03 UTC the day before.
    expect(new Date(rows[0]!.at).toISOString()).toBe('2026-11-01T22:28:03.000Z');
  });

  it('reads the plain template and Att2000 CSV, and keeps other callers out', async () => {
    const template = `pin;waktu;status\n${nip()};2026-11-03 07:15;0\n`;
    expect((await importFile(adminA, template, 'false')).json()).toMatchObject({ format: 'template', stored: 1, unknownPins: 0 });
    const att = `USERID,Badgenumber,CHECKTIME,CHECKTYPE,VERIFYCODE\n12,${nip()},04/11/2026 07:20:00,I,1\n12,${nip()},04/11/2026 16:05:00,O,1\n`;
    expect((await importFile(adminA, att, 'false')).json()).toMatchObject({ format: 'att2000', stored: 2 });
    expect((await importFile(adminB, template, 'true')).statusCode).toBe(403);
    expect((await importFile(adminB, template, 'true', B)).statusCode).toBe(404);
    expect((await importFile(staff, template, 'true')).statusCode).toBe(403);
    expect((await importFile(adminA, 'hello world\n', 'true')).statusCode).toBe(415);
  });
});
