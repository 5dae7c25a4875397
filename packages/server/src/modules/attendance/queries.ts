import { sql } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { Zone } from './protocol.js';

const A = '0190b7a0-0000-7000-8000-00000000000a';
const M = '0190b7a0-0000-7000-8000-00000000000b';
const E = '0190b7a0-0000-7000-8000-00000000000e';
const U = '0190b7a0-0000-7000-8000-000000000001';
const R = '0190b7a0-0000-7000-8000-000000000002';
const SN = 'CEZU202360241';
const T = new Date('2026-11-23T00:00:00Z');

// ---- the machine's requests ----

/** What the registry knows of a serial: pending, accepted (with its agency and machine) or refused. */
export const serialRow = defineQuery('attendance', 'serialRow', [[SN]], (db, serial: string) =>
  db.selectFrom('attendance_serials').select(['serial_number', 'state', 'agency_id', 'machine_id']).where('serial_number', '=', serial).executeTakeFirst(),
);

/** An unknown serial is listed as pending (or its pending/refused row counted again); an accepted one is never touched. */
export const notePendingSerial = defineQuery('attendance', 'notePendingSerial', [[SN, '10.0.0.7', '2.4.1', T]], (db, serial: string, ip: string, pushVersion: string | null, now: Date) =>
  db
    .insertInto('attendance_serials')
    .values({ serial_number: serial, state: 'pending', last_ip: ip, push_version: pushVersion, requests: 1, first_seen_at: now, last_seen_at: now })
    .onConflict((oc) =>
      oc
        .column('serial_number')
        .doUpdateSet({
          last_seen_at: now,
          last_ip: ip,
          push_version: sql<string | null>`coalesce(excluded.push_version, attendance_serials.push_version)`,
          requests: sql<number>`attendance_serials.requests + 1`,
        })
        .where('attendance_serials.state', '<>', 'accepted'),
    )
    .execute(),
);

const MACHINE_COLUMNS = [
  'agency_id',
  'id',
  'serial_number',
  'name',
  'zone',
  'active',
  'attlog_stamp',
  'operlog_stamp',
  'last_seen_at',
  'last_ip',
  'push_version',
  'clock_drift_seconds',
  'drift_measured_at',
  'bad_lines',
  'created_at',
] as const;

/** One machine of an agency; `lock` orders the writes to its command queue. */
export const machineRow = defineQuery(
  'attendance',
  'machineRow',
  [
    [A, M, false],
    [A, M, true],
  ],
  (db, agencyId: string, machineId: string, lock: boolean) => {
    const q = db.selectFrom('attendance_machines').select(MACHINE_COLUMNS).where('agency_id', '=', agencyId).where('id', '=', machineId);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  },
);

/** Seen now: written at most every 30 s per machine, so heartbeats every few seconds cost no write. */
export const touchMachine = defineQuery('attendance', 'touchMachine', [[A, M, T, '10.0.0.7', '2.4.1']], (db, agencyId: string, machineId: string, now: Date, ip: string, pushVersion: string | null) =>
  db
    .updateTable('attendance_machines')
    .set({ last_seen_at: now, last_ip: ip, push_version: sql<string | null>`coalesce(${pushVersion}, push_version)` })
    .where('agency_id', '=', agencyId)
    .where('id', '=', machineId)
    .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', new Date(now.getTime() - 30_000)), eb('last_ip', 'is distinct from', ip)]))
    .execute(),
);

/**
 * Employees a batch's PINs name: by a PIN assigned to them (`by = 'pin'`), or by their NIP when the
 * PIN is one (`by = 'nip'`); one statement for both.
 */
export const employeesOfPinsOrNips = defineQuery('attendance', 'employeesOfPinsOrNips', [[A, ['1001', '198702252008011004']]], (db, agencyId: string, pins: readonly string[]) =>
  db
    .selectFrom('attendance_pins')
    .select(['pin', 'employee_id', sql<'pin' | 'nip'>`'pin'`.as('by')])
    .where('agency_id', '=', agencyId)
    .where('pin', 'in', pins)
    .unionAll(
      db
        .selectFrom('employees')
        .select(['nip as pin', 'id as employee_id', sql<'pin' | 'nip'>`'nip'`.as('by')])
        .where('agency_id', '=', agencyId)
        .where('nip', 'in', pins),
    )
    .execute(),
);

export interface NewPunch {
  agency_id: string;
  machine_id: string;
  pin: string;
  local_time: string;
  at: Date;
  employee_id: string | null;
  status: number;
  verify: number;
  work_code: string;
  source: 'push' | 'file';
  received_at: Date;
}

const PUNCH: NewPunch = { agency_id: A, machine_id: M, pin: '1001', local_time: '2026-11-23 07:01:00', at: T, employee_id: E, status: 0, verify: 1, work_code: '', source: 'push', received_at: T };

/** Punches not stored yet; a punch already stored (same machine, PIN and local time) is skipped. Answers the new ones. */
export const insertPunches = defineQuery('attendance', 'insertPunches', [[[PUNCH]]], (db, rows: readonly NewPunch[]) =>
  db
    .insertInto('attendance_punches')
    .values(rows as NewPunch[])
    .onConflict((oc) => oc.doNothing())
    .returning('pin')
    .execute(),
);

/**
 * A pushed batch in one statement (atomic without a transaction): its punches not stored yet, and
 * the machine's stamp, drift and count of unreadable lines.
 */
export const storeBatch = defineQuery(
  'attendance',
  'storeBatch',
  [
    [A, M, [PUNCH], { attlogStamp: '9999', driftSeconds: 4, badLines: 0, now: T }],
    [A, M, [PUNCH], { attlogStamp: null, driftSeconds: null, badLines: 1, now: T }],
  ],
  (db, agencyId: string, machineId: string, rows: readonly NewPunch[], m: BatchMark) =>
    db
      .with('stored', (w) =>
        w
          .insertInto('attendance_punches')
          .values(rows as NewPunch[])
          .onConflict((oc) => oc.doNothing())
          .returning('pin'),
      )
      .updateTable('attendance_machines')
      .set({
        ...(m.attlogStamp !== null ? { attlog_stamp: m.attlogStamp } : {}),
        ...(m.driftSeconds !== null ? { clock_drift_seconds: m.driftSeconds, drift_measured_at: m.now } : {}),
        bad_lines: sql<number>`bad_lines + ${m.badLines}`,
      })
      .where('agency_id', '=', agencyId)
      .where('id', '=', machineId)
      .returning(sql<number>`(select count(*)::int from stored)`.as('stored'))
      .execute(),
);

/** Which of these (PIN, local time) pairs the machine already has, for a dry run. */
export const storedPunchKeys = defineQuery('attendance', 'storedPunchKeys', [[A, M, '2026-11-01 00:00:00', '2026-11-30 23:59:59']], (db, agencyId: string, machineId: string, from: string, to: string) =>
  db
    .selectFrom('attendance_punches')
    .select(['pin', sql<string>`to_char(local_time, 'YYYY-MM-DD HH24:MI:SS')`.as('local_time')])
    .where('agency_id', '=', agencyId)
    .where('machine_id', '=', machineId)
    .where(sql<boolean>`local_time between ${from}::timestamp and ${to}::timestamp`)
    .execute(),
);

export interface BatchMark {
  attlogStamp: string | null;
  driftSeconds: number | null;
  badLines: number;
  now: Date;
}

/** After a batch: the stamp the machine sent (told back at its next handshake), the clock drift seen, lines refused. */
export const markBatch = defineQuery(
  'attendance',
  'markBatch',
  [
    [A, M, { attlogStamp: '9999', driftSeconds: 4, badLines: 0, now: T }],
    [A, M, { attlogStamp: null, driftSeconds: null, badLines: 1, now: T }],
  ],
  (db, agencyId: string, machineId: string, m: BatchMark) =>
    db
      .updateTable('attendance_machines')
      .set({
        ...(m.attlogStamp !== null ? { attlog_stamp: m.attlogStamp } : {}),
        ...(m.driftSeconds !== null ? { clock_drift_seconds: m.driftSeconds, drift_measured_at: m.now } : {}),
        bad_lines: sql<number>`bad_lines + ${m.badLines}`,
      })
      .where('agency_id', '=', agencyId)
      .where('id', '=', machineId)
      .execute(),
);

/** OPERLOG stored raw, once per distinct body (a resent body stores nothing). */
export const insertOperlog = defineQuery('attendance', 'insertOperlog', [[A, M, 'ab'.repeat(32), 'OPLOG 4\t0\t2026-11-23 07:00:00\t0\t0\t0\t0', '12', T]], (db, agencyId: string, machineId: string, sha256: string, body: string, stamp: string | null, now: Date) =>
  db
    .insertInto('attendance_operlog')
    .values({ agency_id: agencyId, machine_id: machineId, body_sha256: sha256, body, stamp, received_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute(),
);

export const setOperlogStamp = defineQuery('attendance', 'setOperlogStamp', [[A, M, '12']], (db, agencyId: string, machineId: string, stamp: string) =>
  db.updateTable('attendance_machines').set({ operlog_stamp: stamp }).where('agency_id', '=', agencyId).where('id', '=', machineId).execute(),
);

/** Commands with no result yet, never sent or sent before `resendBefore` (the answer may have been lost), oldest first. */
export const commandsToSend = defineQuery('attendance', 'commandsToSend', [[A, M, T, 20]], (db, agencyId: string, machineId: string, resendBefore: Date, limit: number) =>
  db
    .selectFrom('attendance_commands')
    .select(['id', 'command'])
    .where('agency_id', '=', agencyId)
    .where('machine_id', '=', machineId)
    .where('returned_at', 'is', null)
    .where((eb) => eb.or([eb('sent_at', 'is', null), eb('sent_at', '<', resendBefore)]))
    .orderBy('id')
    .limit(limit)
    .execute(),
);

export const markCommandsSent = defineQuery('attendance', 'markCommandsSent', [[A, M, [1, 2], T]], (db, agencyId: string, machineId: string, ids: readonly number[], now: Date) =>
  db
    .updateTable('attendance_commands')
    .set({ sent_at: now, sent_count: sql<number>`sent_count + 1` })
    .where('agency_id', '=', agencyId)
    .where('machine_id', '=', machineId)
    .where('id', 'in', ids)
    .execute(),
);

/** The machine's result for one of its commands; a second result for the same command changes nothing. */
export const recordCommandResult = defineQuery(
  'attendance',
  'recordCommandResult',
  [[A, M, 1, 0, 'CMD=DATA', T]],
  (db, agencyId: string, machineId: string, id: number, returnCode: number, result: string, now: Date) =>
    db
      .updateTable('attendance_commands')
      .set({ return_code: returnCode, result, returned_at: now })
      .where('agency_id', '=', agencyId)
      .where('machine_id', '=', machineId)
      .where('id', '=', id)
      .where('returned_at', 'is', null)
      .returning('id')
      .execute(),
);

// ---- admins ----

export const agencyExists = defineQuery('attendance', 'agencyExists', [[A]], async (db, agencyId: string) =>
  (await db.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst()) !== undefined,
);

/**
 * The agency's machines with their punches since the start of today in each machine's own zone
 * (`dayStarts`: the instant today began in WIB, WITA and WIT).
 */
export const machinesOfAgency = defineQuery('attendance', 'machinesOfAgency', [[A, { WIB: T, WITA: T, WIT: T }]], (db, agencyId: string, dayStarts: Record<Zone, Date>) =>
  db
    .selectFrom('attendance_machines as m')
    .select(MACHINE_COLUMNS.map((c) => `m.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom('attendance_punches as p')
        .select(sql<number>`count(*)::int`.as('n'))
        // The agency named in the subquery too: Citus then plans the whole read on its shard.
        .where('p.agency_id', '=', agencyId)
        .whereRef('p.agency_id', '=', 'm.agency_id')
        .whereRef('p.machine_id', '=', 'm.id')
        .where(sql<boolean>`p.at >= case m.zone when 'WIB' then ${dayStarts.WIB}::timestamptz when 'WITA' then ${dayStarts.WITA}::timestamptz else ${dayStarts.WIT}::timestamptz end`)
        .as('punches_today'),
    )
    .where('m.agency_id', '=', agencyId)
    .orderBy('m.name')
    .execute(),
);

/** Serials waiting for a decision (pending) or refused, newest first. */
export const undecidedSerials = defineQuery('attendance', 'undecidedSerials', [[200]], (db, limit: number) =>
  db
    .selectFrom('attendance_serials')
    .select(['serial_number', 'state', 'first_seen_at', 'last_seen_at', 'last_ip', 'push_version', 'requests', 'decided_at'])
    .where('state', '<>', 'accepted')
    .orderBy('last_seen_at', 'desc')
    .limit(limit)
    .execute(),
);

export const serialForUpdate = defineQuery('attendance', 'serialForUpdate', [[SN]], (db, serial: string) =>
  db.selectFrom('attendance_serials').select(['serial_number', 'state', 'agency_id', 'machine_id']).where('serial_number', '=', serial).forUpdate().executeTakeFirst(),
);

export interface NewMachine {
  agency_id: string;
  id: string;
  serial_number: string;
  name: string;
  zone: Zone;
  created_by_account_id: string;
  created_at: Date;
}

export const insertMachine = defineQuery('attendance', 'insertMachine', [[{ agency_id: A, id: M, serial_number: SN, name: 'Lobi', zone: 'WIB', created_by_account_id: U, created_at: T } as NewMachine]], (db, row: NewMachine) =>
  db.insertInto('attendance_machines').values(row).execute(),
);

/** The serial belongs to the machine from now on (a pending or refused serial, or one never seen). */
export const acceptSerial = defineQuery('attendance', 'acceptSerial', [[SN, A, M, U, T]], (db, serial: string, agencyId: string, machineId: string, by: string, now: Date) =>
  db
    .insertInto('attendance_serials')
    .values({ serial_number: serial, state: 'accepted', agency_id: agencyId, machine_id: machineId, decided_at: now, decided_by_account_id: by, first_seen_at: now, last_seen_at: now })
    .onConflict((oc) => oc.column('serial_number').doUpdateSet({ state: 'accepted', agency_id: agencyId, machine_id: machineId, decided_at: now, decided_by_account_id: by }))
    .execute(),
);

export const refuseSerial = defineQuery('attendance', 'refuseSerial', [[SN, U, T]], (db, serial: string, by: string, now: Date) =>
  db
    .updateTable('attendance_serials')
    .set({ state: 'refused', decided_at: now, decided_by_account_id: by })
    .where('serial_number', '=', serial)
    .where('state', '=', 'pending')
    .returning('serial_number')
    .execute(),
);

/** The agency's employees among `ids`, with what an enrolment needs. */
export const employeesForCommands = defineQuery('attendance', 'employeesForCommands', [[A, [E]]], (db, agencyId: string, ids: readonly string[]) =>
  db
    .selectFrom('employees as e')
    .leftJoin('attendance_pins as p', (j) => j.onRef('p.agency_id', '=', 'e.agency_id').onRef('p.employee_id', '=', 'e.id'))
    .select(['e.id', 'e.nip', 'e.name', 'p.pin'])
    .where('e.agency_id', '=', agencyId)
    .where('e.id', 'in', ids)
    .execute(),
);

export const pinHolders = defineQuery('attendance', 'pinHolders', [[A, ['1001']]], (db, agencyId: string, pins: readonly string[]) =>
  db.selectFrom('attendance_pins').select(['pin', 'employee_id']).where('agency_id', '=', agencyId).where('pin', 'in', pins).execute(),
);

export const insertPins = defineQuery('attendance', 'insertPins', [[[{ agency_id: A, pin: '1001', employee_id: E }]]], (db, rows: readonly { agency_id: string; pin: string; employee_id: string }[]) =>
  db.insertInto('attendance_pins').values(rows as { agency_id: string; pin: string; employee_id: string }[]).execute(),
);

export const commandsByRequest = defineQuery('attendance', 'commandsByRequest', [[A, M, R]], (db, agencyId: string, machineId: string, requestId: string) =>
  db.selectFrom('attendance_commands').select('id').where('agency_id', '=', agencyId).where('machine_id', '=', machineId).where('request_id', '=', requestId).execute(),
);

/** The next command number of the machine (`C:<id>:`); call under the machine's row lock. */
export const nextCommandId = defineQuery('attendance', 'nextCommandId', [[A, M]], (db, agencyId: string, machineId: string) =>
  db
    .selectFrom('attendance_commands')
    .select(sql<number>`coalesce(max(id), 0) + 1`.as('next'))
    .where('agency_id', '=', agencyId)
    .where('machine_id', '=', machineId)
    .executeTakeFirst(),
);

export interface NewCommand {
  agency_id: string;
  machine_id: string;
  id: number;
  kind: 'enrol' | 'remove';
  employee_id: string;
  pin: string;
  command: string;
  request_id: string;
  created_by_account_id: string;
  created_at: Date;
}

export const insertCommands = defineQuery(
  'attendance',
  'insertCommands',
  [[[{ agency_id: A, machine_id: M, id: 1, kind: 'enrol', employee_id: E, pin: '1001', command: 'DATA UPDATE USERINFO PIN=1001\tName=A\tPrivilege=0', request_id: R, created_by_account_id: U, created_at: T } as NewCommand]]],
  (db, rows: readonly NewCommand[]) => db.insertInto('attendance_commands').values(rows as NewCommand[]).execute(),
);

export const commandsOfMachine = defineQuery('attendance', 'commandsOfMachine', [[A, M, 100]], (db, agencyId: string, machineId: string, limit: number) =>
  db
    .selectFrom('attendance_commands')
    .select(['id', 'kind', 'employee_id', 'pin', 'command', 'created_at', 'sent_at', 'sent_count', 'return_code', 'returned_at'])
    .where('agency_id', '=', agencyId)
    .where('machine_id', '=', machineId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute(),
);
