import { addDays, localDateOf } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import type { DatabaseHandle } from '../db/connect.js';
import { judgeRange } from '../modules/attendance/judge.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { createTestDatabase } from '../testing/database.js';
import { DEMO_TL2_ARRIVAL } from './attendance.js';
import { seedDemoProvince, type SeedResult } from './seed.js';

// Runs on the embedded PGlite, or in a private schema of TEST_DATABASE_URL's PostgreSQL when set.
const today = localDateOf(new Date(), 'Asia/Pontianak');
const from = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
let handle: DatabaseHandle;
let result: SeedResult;
let ctx: AppContext;
const progress: string[] = [];
beforeAll(async () => {
  handle = await createTestDatabase();
  result = await seedDemoProvince(handle.db, { today, employees: 1300, tppLocked: 'sign-in-agencies', onProgress: (line) => progress.push(line) });
  console.info(progress.filter((l) => /^(Presensi|TPP|Selesai)/.test(l)).join('\n'));
  ctx = { db: handle.db, dbKind: handle.kind, config: loadConfig({}), charts: new OrgChartCache(handle.db), now: () => new Date() };
}, 300_000);
afterAll(() => handle.close());

const account = (label: RegExp) => result.demoAccounts.find((a) => label.test(a.label))!;
const agencyOf = (code: string) => handle.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow();
const employeeOf = (nip: string) => handle.db.selectFrom('employees').select(['id', 'agency_id']).where('nip', '=', nip).executeTakeFirstOrThrow();

describe('demo attendance', () => {
  it('registers one accepted WIB machine and stores the Perpres 21/2023 week at Dinas Kesehatan and the BKD', async () => {
    for (const code of ['DINKES', 'BKD']) {
      const { id } = await agencyOf(code);
      const machines = await handle.db.selectFrom('attendance_machines').select(['id', 'serial_number', 'zone']).where('agency_id', '=', id).execute();
      expect(machines).toHaveLength(1);
      expect(machines[0]!.zone).toBe('WIB');
      const serial = await handle.db.selectFrom('attendance_serials').select(['state', 'machine_id']).where('serial_number', '=', machines[0]!.serial_number).executeTakeFirstOrThrow();
      expect(serial).toEqual({ state: 'accepted', machine_id: machines[0]!.id });
      const schedules = await handle.db.selectFrom('attendance_schedules').select('id').where('agency_id', '=', id).execute();
      expect(schedules.map((s) => s.id)).toEqual(['perpres-21-2023']);
    }
  });

  it('gives the README pelaksana a TL2 morning, the others mostly on time, and a colleague an approved day of leave', async () => {
    const staff = await employeeOf(account(/^Pegawai \(pelaksana\) di Dinas Kesehatan/).nip);
    const judged = await judgeRange(ctx, staff.agency_id, from, addDays(today, -1));
    const mine = judged.days.get(staff.id)!;
    const tl2 = mine.filter((d) => d.late === 'TL2');
    expect(tl2.length).toBeGreaterThanOrEqual(1);
    expect(tl2[0]!.arrival?.slice(11)).toBe(DEMO_TL2_ARRIVAL);
    expect(tl2[0]!.minutesLate).toBe(45);
    const all = [...judged.days.values()].flat().filter((d) => d.kind === 'present' || d.kind === 'tk');
    const onTime = all.filter((d) => d.kind === 'present' && d.late === null && d.early === null).length;
    expect(onTime / all.length).toBeGreaterThan(0.85);
    expect(all.some((d) => d.late !== null && d.late !== 'TL2')).toBe(true);
    expect([...judged.days.values()].flat().filter((d) => d.kind === 'leave')).toHaveLength(1);
    const leave = await handle.db.selectFrom('attendance_leave_requests').select(['status', 'starts_on', 'ends_on']).where('agency_id', '=', staff.agency_id).execute();
    expect(leave).toHaveLength(1);
    expect(leave[0]!.status).toBe('approved');
    expect(leave[0]!.starts_on).toBe(leave[0]!.ends_on);
  });

  it('raises the PP 94/2021 alert for 7–10 days of TK for the one absent employee, to them, their supervisor and the BKD', async () => {
    const { id } = await agencyOf('DINKES');
    const alerts = await handle.db.selectFrom('attendance_alerts').select(['employee_id', 'code', 'recipient', 'days']).where('agency_id', '=', id).where('code', '=', 'TK_7').execute();
    expect(alerts.map((a) => a.recipient).sort()).toEqual(['bkd', 'employee', 'supervisor']);
    expect(new Set(alerts.map((a) => a.employee_id)).size).toBe(1);
    expect(alerts[0]!.days).toBe(7);
    const judged = await judgeRange(ctx, id, from, addDays(today, -1), { employeeIds: [alerts[0]!.employee_id] });
    expect(judged.days.get(alerts[0]!.employee_id)!.filter((d) => d.kind === 'tk')).toHaveLength(8);
  });
});
