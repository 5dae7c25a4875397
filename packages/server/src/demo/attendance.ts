/**
 * The demo province's attendance (issue 18): at Dinas Kesehatan and the BKD (where the README's
 * sign-ins work) one accepted WIB machine each, the Perpres 21/2023 week stored as the agency's
 * schedule, and punches from the first day of last month up to now (PIN = NIP): mostly on time, a few
 * late mornings, the README pelaksana 45 minutes late (TL2) on the first working day of each month,
 * one approved day of cuti tahunan for a colleague of theirs, and one employee absent without a word
 * (TK) on the last eight working days of one year (demoTkDays), so the PP 94/2021 alert for 7–10 days is raised. Runs before
 * the TPP demo, so the TPP months read these punches. The other OPD have no machine: their days are
 * not judged (nothing before an agency's first punch is).
 */
import { randomUUID } from 'node:crypto';
import { addDays, localDateOf, PERPRES_21_2023, weekdayOf } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { PRESET_VIEWS, raiseAlerts } from '../modules/attendance/index.js';
import type { NewPunch } from '../modules/attendance/queries.js';
import { findTodayChart } from '../modules/org/index.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { PROVINCE_TIME_ZONE } from './agencies.js';
import type { DemoAccount } from './picks.js';
import { Random } from './random.js';
import {
  demoAttendancePeople,
  demoHolidays,
  insertDemoLeave,
  insertDemoMachines,
  insertDemoPunches,
  insertDemoScheduleAssignments,
  insertDemoSchedules,
  insertDemoSerials,
} from './queries/attendance.js';
import { demoAgencies } from './queries/tpp.js';

/** The OPD with machines and punches (the TPP demo's OPD: their months read the punches). */
export const DEMO_ATTENDANCE_AGENCIES = ['DINKES', 'BKD'];
/** The pelaksana's arrival on their TL2 mornings: 45 minutes after 07:30. */
export const DEMO_TL2_ARRIVAL = '08:15';
const TK_DAYS = 8;
const BATCH = 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * The absent employee's TK days: the last eight working days before today that fall in one year
 * (PP 94/2021 counts per year), so the 7–10 alert is reached whatever the date. In the first days
 * of January, when this year has fewer than eight of them, they are last December's last eight.
 * `pastWorkdays` ascend; fewer than eight in every year: none.
 */
export function demoTkDays(pastWorkdays: readonly string[]): string[] {
  const years = [...new Set(pastWorkdays.map((d) => d.slice(0, 4)))].reverse();
  for (const y of years) {
    const inYear = pastWorkdays.filter((d) => d.startsWith(y));
    if (inYear.length >= TK_DAYS) return inYear.slice(-TK_DAYS);
  }
  return [];
}

export interface DemoAttendance {
  machines: number;
  punches: number;
  alerts: number;
}

export async function writeDemoAttendance(db: Kysely<Database>, accounts: readonly DemoAccount[], progress: (line: string) => void = () => undefined): Promise<DemoAttendance> {
  const ctx: AppContext = { db, dbKind: 'postgres', config: loadConfig({}), charts: new OrgChartCache(db), now: () => new Date() };
  const started = performance.now();
  const now = ctx.now();
  const today = localDateOf(now, PROVINCE_TIME_ZONE);
  const from = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const agencies = (await demoAgencies(db)).filter((a) => DEMO_ATTENDANCE_AGENCIES.includes(a.code));
  if (agencies.length === 0) return { machines: 0, punches: 0, alerts: 0 };
  const holidays = new Set((await demoHolidays(db, from, today)).map((h) => h.date));
  const workdays: string[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) if (weekdayOf(d) !== 'sat' && weekdayOf(d) !== 'sun' && !holidays.has(d)) workdays.push(d);
  const pastWorkdays = workdays.filter((d) => d < today);
  // The pelaksana's late mornings: the first working day of each month (the day e2e/tpp.test.ts reads).
  const lateDays = new Set([workdays[0], workdays.find((d) => d.startsWith(today.slice(0, 7)))].filter((d): d is string => d !== undefined));
  const tkDays = new Set(demoTkDays(pastWorkdays));

  const pelaksanaNip = accounts.find((a) => a.role === 'employee')?.nip;
  const kasiNip = accounts.find((a) => a.label.startsWith('Atasan langsung'))?.nip;
  const listed = new Set(accounts.map((a) => a.nip));
  const people = await demoAttendancePeople(db, agencies.map((a) => a.id));

  const machines = agencies.map((a) => ({ agency_id: a.id, id: randomUUID(), serial_number: `DEMO-${a.code}-01`, name: 'Mesin sidik jari lobi', zone: 'WIB' as const, created_at: now }));
  await insertDemoMachines(db, machines);
  await insertDemoSerials(db, machines.map((m) => ({ serial_number: m.serial_number, state: 'accepted' as const, agency_id: m.agency_id, machine_id: m.id, decided_at: now, first_seen_at: now, last_seen_at: now })));
  const preset = PRESET_VIEWS.find((s) => s.id === PERPRES_21_2023.id)!;
  await insertDemoSchedules(db, agencies.map((a) => ({ agency_id: a.id, id: preset.id, name: preset.name, time_zone: 'WIB' as const, observes_holidays: preset.observesHolidays, pattern: JSON.stringify(preset.pattern), updated_at: now, updated_by_account_id: null })));
  await insertDemoScheduleAssignments(db, agencies.map((a) => ({ agency_id: a.id, id: randomUUID(), schedule_id: preset.id, scope_kind: 'agency' as const, unit_id: null, employee_id: null, starts_on: from, ends_on: null, created_at: now, created_by_account_id: null })));

  // One approved day of cuti tahunan for a colleague of the pelaksana, decided by their kasi.
  const dinkes = agencies.find((a) => a.code === 'DINKES');
  const byNip = new Map(people.map((p) => [p.nip, p]));
  const kasi = kasiNip ? byNip.get(kasiNip) : undefined;
  const chart = dinkes && kasi ? (await findTodayChart(ctx, dinkes.id))?.chart : undefined;
  const onLeave = kasi && chart ? people.find((p) => p.agency_id === kasi.agency_id && p.nip !== pelaksanaNip && !listed.has(p.nip) && p.account_id && chart.supervisorOf(p.id)?.employeeId === kasi.id) : undefined;
  const leaveDay = pastWorkdays[Math.min(9, pastWorkdays.length - 1)];
  if (onLeave && kasi && leaveDay) {
    await insertDemoLeave(db, [
      {
        agency_id: onLeave.agency_id,
        id: randomUUID(),
        request_id: randomUUID(),
        employee_id: onLeave.id,
        type_code: 'cuti_tahunan',
        part: 'day',
        starts_on: leaveDay,
        ends_on: leaveDay,
        reason: 'Menghadiri pernikahan saudara di Singkawang',
        status: 'approved',
        approver_employee_id: kasi.id,
        decided_by_employee_id: kasi.id,
        decided_at: now,
        decision_note: 'Disetujui (provinsi demo)',
        created_at: now,
        created_by_account_id: onLeave.account_id!,
      },
    ]);
  }
  // The absent one: the last Dinas Kesehatan employee in NIP order who is not a README sign-in.
  const absent = dinkes ? people.filter((p) => p.agency_id === dinkes.id && !listed.has(p.nip) && p.id !== onLeave?.id).at(-1) : undefined;

  const machineOf = new Map(machines.map((m) => [m.agency_id, m.id]));
  const random = new Random(2026, 'presensi');
  let batch: NewPunch[] = [];
  let punches = 0;
  const flush = async () => {
    if (batch.length) await insertDemoPunches(db, batch);
    punches += batch.length;
    batch = [];
  };
  const punch = async (p: { agency_id: string; id: string; nip: string }, day: string, minutes: number, status: number, seconds = random.int(0, 59)) => {
    const local = `${day} ${clock(minutes)}:${pad(seconds)}`;
    const at = new Date(`${local.replace(' ', 'T')}+07:00`);
    if (at > now) return;
    batch.push({ agency_id: p.agency_id, machine_id: machineOf.get(p.agency_id)!, pin: p.nip, local_time: local, at, employee_id: p.id, status, verify: 1, work_code: '', source: 'push', received_at: at });
    if (batch.length >= BATCH) await flush();
  };
  for (const p of people) {
    for (const day of workdays) {
      if ((p.id === absent?.id && tkDays.has(day)) || (p.id === onLeave?.id && day === leaveDay)) continue;
      const late = p.nip === pelaksanaNip && lateDays.has(day);
      // 07:10–07:29 most mornings; one in twenty 1–40 minutes late.
      const arrival = late ? 8 * 60 + 15 : random.next() < 0.05 ? 7 * 60 + 30 + random.int(1, 40) : 7 * 60 + random.int(10, 29);
      await punch(p, day, arrival, 0, late ? 0 : undefined);
      // Out after the day's end: 16:00–16:39 Monday to Thursday, 16:30–16:39 on Friday.
      await punch(p, day, weekdayOf(day) === 'fri' ? 16 * 60 + random.int(30, 39) : 16 * 60 + random.int(0, 39), 1);
    }
  }
  await flush();
  // The alerts where the absent one works (what the periodic step would raise overnight).
  const tkYear = [...tkDays][0]?.slice(0, 4);
  const alerts = absent && tkYear ? await raiseAlerts(ctx, absent.agency_id, Number(tkYear)) : 0;
  progress(`Presensi: ${machines.length} mesin, ${punches} pindaian sejak ${from}, ${alerts} peringatan disiplin (${Math.round(performance.now() - started)} ms).`);
  return { machines: machines.length, punches, alerts };
}
