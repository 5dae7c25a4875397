import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/query.js';
import { commandsText, handshakeText, instantOf, parseAttlog, parseCommandResults, SERIAL_PATTERN, validStamp, type AttlogRecord, type Zone } from './protocol.js';
import {
  commandsToSend,
  employeesOfPinsOrNips,
  insertOperlog,
  insertPunches,
  machineRow,
  markBatch,
  markCommandsSent,
  storeBatch,
  notePendingSerial,
  recordCommandResult,
  serialRow,
  setOperlogStamp,
  touchMachine,
  type NewPunch,
} from './queries.js';

/** What a machine's request gets: a status and a plain-text body. */
export interface MachineAnswer {
  status: number;
  body: string;
}

export interface KnownMachine {
  agencyId: string;
  machineId: string;
  serialNumber: string;
  zone: Zone;
  attlogStamp: string;
  operlogStamp: string;
}

export interface MachineRequest {
  serial: string | undefined;
  ip: string;
  pushVersion: string | null;
}

/** A command unanswered this long is offered again (its `C:` line may never have arrived); enrolment is idempotent on the machine. */
const RESEND_AFTER_MS = 5 * 60_000;
const COMMANDS_PER_POLL = 20;
/** A batch whose newest punch is this close to its arrival was sent in real time: its clock difference is the machine's drift. */
const REALTIME_WINDOW_MS = 15 * 60_000;

/** How long an accepted serial's identity is kept in memory before it is read again. */
const IDENTITY_TTL_MS = 10_000;
/** `last_seen_at` is written at most this often per machine (a heartbeat comes every few seconds). */
const TOUCH_EVERY_MS = 30_000;

/**
 * Who is asking: only a serial an admin accepted into an agency gets through. An unknown serial is
 * listed as pending (with its address and how often it asked) and refused, as is a refused one; it
 * is never accepted automatically. One directory per app: an accepted serial's agency, machine and
 * zone are kept for 10 s (a serial never changes agency while accepted; the handshake always reads
 * afresh, for its stamps), and the machine's `last_seen_at` is written at most every 30 s, so a
 * heartbeat or a one-punch batch costs no lookup and no write of its own.
 */
export class MachineDirectory {
  private readonly known = new Map<string, { machine: KnownMachine; until: number }>();
  private readonly touched = new Map<string, { at: number; ip: string }>();

  constructor(private readonly ctx: AppContext) {}

  /**
   * `mayList` says whether an unknown serial may be written to the pending list now (a per-address
   * allowance: serials are free to make up, so without it one address could fill the list).
   */
  async identify(req: MachineRequest, fresh = false, mayList: () => Promise<boolean> = async () => true): Promise<KnownMachine | MachineAnswer> {
    const serial = req.serial ?? '';
    if (!SERIAL_PATTERN.test(serial)) return { status: 400, body: 'ERROR: SN' };
    const ctx = this.ctx;
    const now = ctx.now();
    const cached = fresh ? undefined : this.known.get(serial);
    let machine = cached && cached.until > performance.now() ? cached.machine : undefined;
    if (!machine) {
      const reg = await serialRow(ctx.db, serial);
      if (!reg || reg.state !== 'accepted' || !reg.agency_id || !reg.machine_id) {
        this.known.delete(serial);
        if (await mayList()) await notePendingSerial(ctx.db, serial, req.ip, req.pushVersion?.slice(0, 40) ?? null, now);
        return { status: 403, body: 'ERROR: device not registered' };
      }
      const m = await machineRow(ctx.db, reg.agency_id, reg.machine_id, false);
      if (!m || !m.active) {
        this.known.delete(serial);
        return { status: 403, body: 'ERROR: device not registered' };
      }
      machine = { agencyId: m.agency_id, machineId: m.id, serialNumber: m.serial_number, zone: m.zone, attlogStamp: m.attlog_stamp, operlogStamp: m.operlog_stamp };
      this.known.set(serial, { machine, until: performance.now() + IDENTITY_TTL_MS });
    }
    const last = this.touched.get(machine.machineId);
    if (!last || last.ip !== req.ip || req.pushVersion || Math.abs(now.getTime() - last.at) >= TOUCH_EVERY_MS) {
      await touchMachine(ctx.db, machine.agencyId, machine.machineId, now, req.ip, req.pushVersion?.slice(0, 40) ?? null);
      this.touched.set(machine.machineId, { at: now.getTime(), ip: req.ip });
    }
    return machine;
  }
}

export function handshake(m: KnownMachine, pushVersion: string | null): MachineAnswer {
  return { status: 200, body: handshakeText({ serialNumber: m.serialNumber, attlogStamp: m.attlogStamp, operlogStamp: m.operlogStamp, zone: m.zone, pushVersion }) };
}

/** PIN → employee of the agency: an assigned PIN first, else the employee whose NIP is the PIN. */
export async function employeesOfPins(db: Db, agencyId: string, pins: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(pins)];
  const found = new Map<string, string>();
  if (unique.length === 0) return found;
  const rows = await employeesOfPinsOrNips(db, agencyId, unique);
  for (const r of rows) if (r.by === 'nip') found.set(r.pin, r.employee_id);
  for (const r of rows) if (r.by === 'pin') found.set(r.pin, r.employee_id);
  return found;
}

export function punchRows(m: { agencyId: string; machineId: string; zone: Zone }, records: readonly AttlogRecord[], employees: Map<string, string>, source: 'push' | 'file', now: Date): NewPunch[] {
  // One row per key even when a batch repeats a line: the insert skips stored keys, not keys twice in one statement.
  const rows = new Map<string, NewPunch>();
  for (const r of records) {
    const key = `${r.pin}\u0000${r.localTime}`;
    if (rows.has(key)) continue;
    rows.set(key, {
      agency_id: m.agencyId,
      machine_id: m.machineId,
      pin: r.pin,
      local_time: r.localTime,
      at: instantOf(r.localTime, m.zone),
      employee_id: employees.get(r.pin) ?? null,
      status: r.status,
      verify: r.verify,
      work_code: r.workCode,
      source,
      received_at: now,
    });
  }
  return [...rows.values()];
}

/** Rows per INSERT: 11 parameters each, well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 2000;

export async function storePunches(db: Db, rows: readonly NewPunch[]): Promise<number> {
  let stored = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) stored += (await insertPunches(db, rows.slice(i, i + INSERT_CHUNK))).length;
  return stored;
}

/**
 * `POST /iclock/cdata?table=ATTLOG`: every readable line is stored once (a resent batch hits the
 * key and stores nothing), all in one transaction, and the answer `OK: <lines read>` tells the
 * machine the whole batch arrived, so it stops resending. Unreadable lines are counted on the
 * machine and acknowledged too: resending them would never make them readable.
 */
export async function receiveAttlog(ctx: AppContext, m: KnownMachine, body: string, stamp: string | undefined): Promise<MachineAnswer> {
  const now = ctx.now();
  const { records, bad } = parseAttlog(body);
  const employees = await employeesOfPins(ctx.db, m.agencyId, records.map((r) => r.pin));
  const rows = punchRows(m, records, employees, 'push', now);
  let newest: number | null = null;
  for (const r of rows) newest = Math.max(newest ?? -Infinity, r.at.getTime());
  const drift = newest !== null && Math.abs(newest - now.getTime()) <= REALTIME_WINDOW_MS ? Math.round((newest - now.getTime()) / 1000) : null;
  const mark = { attlogStamp: validStamp(stamp), driftSeconds: drift, badLines: bad.length, now };
  if (rows.length > 0 && rows.length <= INSERT_CHUNK) {
    // The common batch: punches and the machine's marks in one statement.
    await storeBatch(ctx.db, m.agencyId, m.machineId, rows, mark);
  } else {
    await ctx.db.transaction().execute(async (tx) => {
      if (rows.length > 0) await storePunches(tx, rows);
      await markBatch(tx, m.agencyId, m.machineId, mark);
    });
  }
  return { status: 200, body: `OK: ${records.length}` };
}

/** OPERLOG (operator actions, enrolments on the machine) kept raw, once per distinct body. */
export async function receiveOperlog(ctx: AppContext, m: KnownMachine, body: string, stamp: string | undefined): Promise<MachineAnswer> {
  const sha = createHash('sha256').update(body).digest('hex');
  const opStamp = validStamp(stamp);
  await ctx.db.transaction().execute(async (tx) => {
    if (body.trim() !== '') await insertOperlog(tx, m.agencyId, m.machineId, sha, body, opStamp, ctx.now());
    if (opStamp !== null) await setOperlogStamp(tx, m.agencyId, m.machineId, opStamp);
  });
  return { status: 200, body: 'OK' };
}

/** `GET /iclock/getrequest`: the heartbeat; answers the queued commands (`C:<id>:<command>` lines) or `OK`. */
export async function pollCommands(ctx: AppContext, m: KnownMachine): Promise<MachineAnswer> {
  const now = ctx.now();
  const commands = await commandsToSend(ctx.db, m.agencyId, m.machineId, new Date(now.getTime() - RESEND_AFTER_MS), COMMANDS_PER_POLL);
  if (commands.length > 0) await markCommandsSent(ctx.db, m.agencyId, m.machineId, commands.map((c) => c.id), now);
  return { status: 200, body: commandsText(commands) };
}

/** `POST /iclock/devicecmd`: results of the machine's own commands; an id it was never given changes nothing. */
export async function receiveCommandResults(ctx: AppContext, m: KnownMachine, body: string): Promise<MachineAnswer> {
  const results = parseCommandResults(body);
  if (results.length > 0) {
    const now = ctx.now();
    await ctx.db.transaction().execute(async (tx) => {
      for (const r of results) {
        const result = [`CMD=${r.cmd}`, r.rest].filter((s) => s !== '').join('&').slice(0, 2000);
        await recordCommandResult(tx, m.agencyId, m.machineId, r.id, r.returnCode, result, now);
      }
    });
  }
  return { status: 200, body: 'OK' };
}
