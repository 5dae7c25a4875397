import { randomUUID } from 'node:crypto';
import type { Principal } from '@kinerja/core';
import type {
  AcceptSerialBody,
  AttendanceMachine,
  MachineCommand,
  MachineCommandsBody,
  RegisterMachineBody,
  UndecidedSerial,
} from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { enrolCommand, removeCommand, ZONE_OFFSET_HOURS, type Zone } from './protocol.js';
import {
  acceptSerial,
  commandsByRequest,
  commandsOfMachine,
  employeesForCommands,
  insertCommands,
  insertMachine,
  insertPins,
  machineRow,
  machinesOfAgency,
  nextCommandId,
  pinHolders,
  refuseSerial,
  serialForUpdate,
  serialRow,
  undecidedSerials,
  agencyExists,
  type NewCommand,
} from './queries.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The instant today (in `now`'s calendar day in each zone) began, for WIB, WITA and WIT. */
export function dayStarts(now: Date): Record<Zone, Date> {
  const out = {} as Record<Zone, Date>;
  for (const zone of Object.keys(ZONE_OFFSET_HOURS) as Zone[]) {
    const offset = ZONE_OFFSET_HOURS[zone] * 3600_000;
    const local = new Date(now.getTime() + offset);
    out[zone] = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - offset);
  }
  return out;
}

export async function listMachines(ctx: AppContext, p: Principal, agencyId: string): Promise<AttendanceMachine[]> {
  await requireAccess(ctx, p, 'attendance.machines.read', { agencyId });
  const rows = await machinesOfAgency(ctx.db, agencyId, dayStarts(ctx.now()));
  return rows.map((m) => ({
    id: m.id,
    agencyId: m.agency_id,
    serialNumber: m.serial_number,
    name: m.name,
    zone: m.zone,
    active: m.active,
    lastSeenAt: iso(m.last_seen_at),
    lastIp: m.last_ip,
    pushVersion: m.push_version,
    punchesToday: Number(m.punches_today ?? 0),
    clockDriftSeconds: m.clock_drift_seconds,
    driftMeasuredAt: iso(m.drift_measured_at),
    badLines: Number(m.bad_lines),
  }));
}

export async function listUndecidedSerials(ctx: AppContext, p: Principal): Promise<UndecidedSerial[]> {
  await requireAccess(ctx, p, 'attendance.serials.decide');
  return (await undecidedSerials(ctx.db, 200)).map((s) => ({
    serialNumber: s.serial_number,
    state: s.state === 'refused' ? 'refused' : 'pending',
    firstSeenAt: s.first_seen_at.toISOString(),
    lastSeenAt: s.last_seen_at.toISOString(),
    lastIp: s.last_ip,
    pushVersion: s.push_version,
    requests: Number(s.requests),
    decidedAt: iso(s.decided_at),
  }));
}

/**
 * A machine joins an agency under its serial: registered ahead by an admin, or a pending serial
 * accepted. A serial already accepted (here or in another agency) is a 409 that names no agency.
 */
async function addMachine(ctx: AppContext, p: Principal, agencyId: string, serial: string, name: string, zone: Zone, action: string): Promise<AttendanceMachine> {
  await requireAccess(ctx, p, 'attendance.machines.manage', { agencyId });
  const now = ctx.now();
  const id = randomUUID();
  if (!(await agencyExists(ctx.db, agencyId))) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  await ctx.db.transaction().execute(async (tx) => {
    const existing = await serialForUpdate(tx, serial);
    if (existing?.state === 'accepted') throw new AppError('CONFLICT', 'Nomor seri mesin ini sudah terdaftar.');
    await insertMachine(tx, { agency_id: agencyId, id, serial_number: serial, name, zone, created_by_account_id: p.accountId, created_at: now });
    await acceptSerial(tx, serial, agencyId, id, p.accountId, now);
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action, entity: 'attendance_machine', entityId: id, data: { serialNumber: serial, name, zone, wasPending: existing?.state ?? null } });
  });
  const listed = (await listMachines(ctx, p, agencyId)).find((m) => m.id === id);
  if (!listed) throw new AppError('NOT_FOUND');
  return listed;
}

export function registerMachine(ctx: AppContext, p: Principal, agencyId: string, body: RegisterMachineBody) {
  return addMachine(ctx, p, agencyId, body.serialNumber, body.name, body.zone, 'attendance.machine_registered');
}

export async function acceptPendingSerial(ctx: AppContext, p: Principal, serial: string, body: AcceptSerialBody) {
  await requireAccess(ctx, p, 'attendance.serials.decide');
  const reg = await serialRow(ctx.db, serial);
  if (!reg || reg.state === 'accepted') throw new AppError('NOT_FOUND', 'Tidak ada mesin menunggu dengan nomor seri ini.');
  return addMachine(ctx, p, body.agencyId, serial, body.name, body.zone, 'attendance.serial_accepted');
}

export async function refusePendingSerial(ctx: AppContext, p: Principal, serial: string): Promise<void> {
  await requireAccess(ctx, p, 'attendance.serials.decide');
  await ctx.db.transaction().execute(async (tx) => {
    const refused = await refuseSerial(tx, serial, p.accountId, ctx.now());
    if (refused.length === 0) throw new AppError('NOT_FOUND', 'Tidak ada mesin menunggu dengan nomor seri ini.');
    await recordAudit(tx, { agencyId: null, actorAccountId: p.accountId, action: 'attendance.serial_refused', entity: 'attendance_serial', entityId: null, data: { serialNumber: serial } });
  });
}

/** The machine, when it is the agency's; another agency's machine id is answered as unknown. */
export async function agencyMachine(db: Db, agencyId: string, machineId: string, lock = false) {
  const m = await machineRow(db, agencyId, machineId, lock);
  if (!m) throw new AppError('NOT_FOUND', 'Mesin presensi tidak ditemukan.');
  return m;
}

const toCommand = (c: Awaited<ReturnType<typeof commandsOfMachine>>[number]): MachineCommand => ({
  id: c.id,
  kind: c.kind,
  employeeId: c.employee_id,
  pin: c.pin,
  command: c.command,
  createdAt: c.created_at.toISOString(),
  sentAt: iso(c.sent_at),
  sentCount: c.sent_count,
  returnCode: c.return_code,
  returnedAt: iso(c.returned_at),
});

export async function machineCommands(ctx: AppContext, p: Principal, agencyId: string, machineId: string): Promise<MachineCommand[]> {
  await requireAccess(ctx, p, 'attendance.machines.read', { agencyId });
  await agencyMachine(ctx.db, agencyId, machineId);
  return (await commandsOfMachine(ctx.db, agencyId, machineId, 200)).map(toCommand);
}

/**
 * Enrol (DATA UPDATE USERINFO) or remove (DATA DELETE USERINFO) employees of the agency on one of
 * its machines. Only these two commands exist: nothing from the request reaches the machine except
 * a PIN (digits) and the employee's name as the server has it. The PIN is the one given (assigned to
 * the employee from now on; a PIN held by someone else is a 409), else the employee's assigned PIN,
 * else the NIP. The same requestId again answers the commands it queued and queues nothing.
 */
export async function queueCommands(ctx: AppContext, p: Principal, agencyId: string, machineId: string, body: MachineCommandsBody): Promise<MachineCommand[]> {
  await requireAccess(ctx, p, 'attendance.machines.manage', { agencyId });
  const ids = [...new Set(body.employees.map((e) => e.employeeId))];
  if (ids.length !== body.employees.length) throw new AppError('VALIDATION', 'Seorang pegawai disebut lebih dari sekali.', [{ field: 'employees', message: 'Pegawai ganda.' }]);
  const now = ctx.now();
  const queued = await ctx.db.transaction().execute(async (tx) => {
    await agencyMachine(tx, agencyId, machineId, true);
    const again = await commandsByRequest(tx, agencyId, machineId, body.requestId);
    if (again.length > 0) return new Set(again.map((c) => c.id));
    const people = new Map((await employeesForCommands(tx, agencyId, ids)).map((e) => [e.id, e]));
    const missing = ids.filter((id) => !people.has(id));
    if (missing.length > 0) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan di instansi ini.', missing.map((id) => ({ field: 'employees', message: id })));
    const given = body.employees.filter((e) => e.pin !== undefined && people.get(e.employeeId)!.pin !== e.pin);
    if (given.length > 0) {
      const holders = await pinHolders(tx, agencyId, given.map((e) => e.pin!));
      const taken = holders.filter((h) => given.some((g) => g.pin === h.pin && g.employeeId !== h.employee_id));
      const twice = given.filter((g, i) => given.findIndex((o) => o.pin === g.pin) !== i);
      const reassigned = given.filter((g) => people.get(g.employeeId)!.pin !== null);
      if (taken.length > 0 || twice.length > 0) throw new AppError('CONFLICT', 'PIN sudah dipakai pegawai lain di instansi ini.', [...taken, ...twice].map((h) => ({ field: 'employees', message: `PIN ${h.pin}` })));
      if (reassigned.length > 0) throw new AppError('CONFLICT', 'Pegawai ini sudah memiliki PIN mesin lain; PIN tidak diganti dari sini.', reassigned.map((g) => ({ field: 'employees', message: g.employeeId })));
      await insertPins(tx, given.map((g) => ({ agency_id: agencyId, pin: g.pin!, employee_id: g.employeeId })));
    }
    const first = Number((await nextCommandId(tx, agencyId, machineId))?.next ?? 1);
    const rows: NewCommand[] = body.employees.map((e, i) => {
      const person = people.get(e.employeeId)!;
      const pin = e.pin ?? person.pin ?? person.nip;
      return {
        agency_id: agencyId,
        machine_id: machineId,
        id: first + i,
        kind: body.action,
        employee_id: e.employeeId,
        pin,
        command: body.action === 'enrol' ? enrolCommand(pin, person.name) : removeCommand(pin),
        request_id: body.requestId,
        created_by_account_id: p.accountId,
        created_at: now,
      };
    });
    await insertCommands(tx, rows);
    await recordAudit(tx, {
      agencyId,
      actorAccountId: p.accountId,
      action: body.action === 'enrol' ? 'attendance.enrol_queued' : 'attendance.remove_queued',
      entity: 'attendance_machine',
      entityId: machineId,
      data: { employees: rows.map((r) => ({ employeeId: r.employee_id, pin: r.pin, commandId: r.id })) },
    });
    return new Set(rows.map((r) => r.id));
  });
  return (await commandsOfMachine(ctx.db, agencyId, machineId, 1000)).filter((c) => queued.has(c.id)).map(toCommand).reverse();
}
