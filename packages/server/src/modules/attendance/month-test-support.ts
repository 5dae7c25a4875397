import { randomUUID } from 'node:crypto';
import { addDays, weekdayOf } from '@kinerja/core';
import type { TestApp } from '../../testing/index.js';
import { insertPunches, type NewPunch } from './queries.js';

/** A machine of the agency, straight into the table (the tests of the routes register theirs through the API). */
export async function addMachine(t: TestApp, agencyId: string, serial = `SN${randomUUID().slice(0, 8)}`): Promise<string> {
  const id = randomUUID();
  await t.ctx.db.insertInto('attendance_machines').values({ agency_id: agencyId, id, serial_number: serial, name: `Mesin ${serial}`, zone: 'WIB' }).execute();
  return id;
}

/** Punches of one employee on a WIB machine, 'yyyy-mm-dd HH:MM' each. */
export async function addPunches(t: TestApp, agencyId: string, machineId: string, employee: { id: string; nip: string }, stamps: readonly string[]): Promise<void> {
  const rows: NewPunch[] = stamps.map((s) => ({
    agency_id: agencyId,
    machine_id: machineId,
    pin: employee.nip,
    local_time: `${s}:00`,
    at: new Date(`${s.replace(' ', 'T')}:00+07:00`),
    employee_id: employee.id,
    status: 0,
    verify: 1,
    work_code: '',
    source: 'file',
    received_at: new Date(),
  }));
  if (rows.length) await insertPunches(t.ctx.db, rows);
}

/** The working days (Mon–Fri) of a range. */
export function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekdayOf(d) !== 'sat' && weekdayOf(d) !== 'sun') out.push(d);
  return out;
}

/** On time every working day of the range (07:25–16:35), except the dates given their own punches. */
export function fullMonth(from: string, to: string, except: Readonly<Record<string, readonly string[]>> = {}): string[] {
  return weekdays(from, to).flatMap((d) => except[d]?.map((hm) => `${d} ${hm}`) ?? [`${d} 07:25`, `${d} 16:35`]);
}
