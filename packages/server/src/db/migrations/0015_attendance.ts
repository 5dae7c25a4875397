import { sql, type Kysely } from 'kysely';
import { ddl } from '../migration-ddl.js';

/**
 * Attendance machines (ZKTeco ADMS / "iclock" push) and the punches they send.
 *
 * - attendance_serials: every serial number that ever spoke to the server, keyed by the serial alone
 *   (a machine's request names only its serial, before any agency is known; on Citus it is
 *   distributed by serial_number). An unknown serial is written here as `pending` and refused until
 *   an admin accepts it into an agency (`accepted`, naming the machine) or refuses it (`refused`).
 *   Never accepted automatically.
 * - attendance_machines: an accepted machine of an agency, with its time zone (WIB/WITA/WIT: the
 *   machine's times carry no zone), the stamps it is told at the handshake, and when it was last seen.
 * - attendance_punches: one row per (machine, PIN, local time), the key a resent batch hits, so a
 *   batch sent twice (a dropped `OK`) stores nothing twice; `at` is the instant, from the machine's zone.
 * - attendance_pins: a PIN assigned to an employee (when the machine cannot hold the 18-digit NIP);
 *   otherwise a punch's PIN is the employee's NIP.
 * - attendance_commands: the command queue per machine (`C:<id>:<command>`), with the result the
 *   machine posted to /iclock/devicecmd.
 * - attendance_operlog: OPERLOG bodies stored raw, once per distinct body.
 * Every tenant table has agency_id first in its primary, unique and foreign keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    create table attendance_serials (
      serial_number text primary key check (serial_number ~ '^[A-Za-z0-9_-]{1,40}$'),
      state text not null check (state in ('pending','accepted','refused')),
      agency_id uuid,
      machine_id uuid,
      first_seen_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      last_ip text,
      push_version text,
      requests bigint not null default 0,
      decided_at timestamptz,
      decided_by_account_id uuid,
      check ((state = 'accepted') = (agency_id is not null and machine_id is not null))
    );
    create index attendance_serials_pending on attendance_serials (last_seen_at) where state <> 'accepted';

    create table attendance_machines (
      agency_id uuid not null references agencies(id),
      id uuid not null,
      serial_number text not null,
      name text not null,
      zone text not null check (zone in ('WIB','WITA','WIT')),
      active boolean not null default true,
      attlog_stamp text not null default '0',
      operlog_stamp text not null default '0',
      last_seen_at timestamptz,
      last_ip text,
      push_version text,
      clock_drift_seconds integer,
      drift_measured_at timestamptz,
      bad_lines bigint not null default 0,
      created_at timestamptz not null default now(),
      created_by_account_id uuid,
      primary key (agency_id, id),
      unique (agency_id, serial_number)
    );

    create table attendance_pins (
      agency_id uuid not null,
      pin text not null check (pin ~ '^[0-9]{1,24}$'),
      employee_id uuid not null,
      primary key (agency_id, pin),
      unique (agency_id, employee_id),
      foreign key (agency_id, employee_id) references employees(agency_id, id)
    );

    create table attendance_punches (
      agency_id uuid not null,
      machine_id uuid not null,
      pin text not null,
      local_time timestamp not null,
      at timestamptz not null,
      employee_id uuid,
      status smallint not null,
      verify smallint not null,
      work_code text not null default '',
      source text not null check (source in ('push','file')),
      received_at timestamptz not null default now(),
      primary key (agency_id, machine_id, pin, local_time),
      foreign key (agency_id, machine_id) references attendance_machines(agency_id, id)
    );
    create index attendance_punches_by_machine_time on attendance_punches (agency_id, machine_id, at);
    create index attendance_punches_by_employee on attendance_punches (agency_id, employee_id, at) where employee_id is not null;

    create table attendance_commands (
      agency_id uuid not null,
      machine_id uuid not null,
      id integer not null check (id > 0),
      kind text not null check (kind in ('enrol','remove')),
      employee_id uuid,
      pin text not null,
      command text not null,
      request_id uuid,
      created_at timestamptz not null default now(),
      created_by_account_id uuid,
      sent_at timestamptz,
      sent_count integer not null default 0,
      return_code integer,
      returned_at timestamptz,
      result text,
      primary key (agency_id, machine_id, id),
      foreign key (agency_id, machine_id) references attendance_machines(agency_id, id)
    );
    create index attendance_commands_by_request on attendance_commands (agency_id, machine_id, request_id) where request_id is not null;
    create index attendance_commands_open on attendance_commands (agency_id, machine_id, id) where returned_at is null;

    create table attendance_operlog (
      agency_id uuid not null,
      machine_id uuid not null,
      body_sha256 text not null,
      body text not null,
      stamp text,
      received_at timestamptz not null default now(),
      primary key (agency_id, machine_id, body_sha256),
      foreign key (agency_id, machine_id) references attendance_machines(agency_id, id)
    );
  `);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await ddl(db, sql`
    drop table if exists attendance_operlog;
    drop table if exists attendance_commands;
    drop table if exists attendance_punches;
    drop table if exists attendance_pins;
    drop table if exists attendance_machines;
    drop table if exists attendance_serials;
  `);
}
