/**
 * The daily attendance status at the size issue 18 names: 5,000 employees for a month, computed in
 * under 10 s. Pure computation in one process (core/attendance has no I/O): the time to load the
 * punches from the database is the server's, not measured here.
 *
 * The load: a province agency's mix of schedules (80 % office hours under Perpres 21/2023 with
 * Ramadan-style unit overrides for a tenth of them, 8 % hospital P/S/M rotation with nights across
 * midnight, each nurse's own rotation by an employee-level assignment, 4 % fire service 24/48, 8 % six-day week), the national holidays of the year, 60 % of
 * punches from WIB/WITA machines (wall-clock stamps) and 40 % from phones (instants), extra scans,
 * about 3 % of working days without a punch, 2 % on leave, lateness spread over every band. Each
 * employee's month is judged (attendanceDays), summarised (summariseMonth) and checked for PP 94
 * alerts (newDisciplineAlerts). Seeded, so every run judges the same data.
 *
 * Usage: npx tsx bench/attendance-status.ts  (BENCH_EMPLOYEES, BENCH_MONTH=yyyy-mm, BENCH_RUNS;
 * BENCH_WRITE=1 writes the figures into bench/README.md)
 */
import {
  addDays,
  AssignmentIndex,
  attendanceDays,
  DEFAULT_LEAVE_TYPES,
  FIRE_SERVICE_ROTATION,
  holidayIndex,
  holidaysIdForYear,
  HOSPITAL_ROTATION,
  KEMENTAN_RULES,
  monthRange,
  newDisciplineAlerts,
  PERPRES_21_2023,
  plannedShift,
  RAMADAN_HOURS,
  SIX_DAY_LEGACY,
  summariseMonth,
  type ApprovedLeave,
  type Punch,
  type ScheduleAssignment,
  type WorkSchedule,
} from '@kinerja/core';
import os from 'node:os';
import { machineLine, writeSection } from './lib/report.js';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 5000);
const MONTH = process.env.BENCH_MONTH ?? '2026-03';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIMIT_MS = 10_000;

/** Mulberry32: small, seeded, good enough for load generation. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(18);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

interface Employee {
  id: string;
  unitPath: string[];
  punches: Punch[];
  leaves: ApprovedLeave[];
}

const { from, to } = monthRange(MONTH);
const year = Number(MONTH.slice(0, 4));
const holidays = holidayIndex(holidaysIdForYear(year));
// Each nurse's rotation starts on one of eight days (an employee-level assignment each).
const NURSE_ROTATIONS: WorkSchedule[] = Array.from({ length: 8 }, (_, k): WorkSchedule => {
  const p = HOSPITAL_ROTATION.pattern;
  if (p.kind !== 'rotation') throw new Error('the hospital preset is a rotation');
  return { ...HOSPITAL_ROTATION, id: `${HOSPITAL_ROTATION.id}-${k}`, pattern: { ...p, anchor: addDays(p.anchor, k) } };
});
const schedules = new Map<string, WorkSchedule>([PERPRES_21_2023, RAMADAN_HOURS, SIX_DAY_LEGACY, HOSPITAL_ROTATION, FIRE_SERVICE_ROTATION, ...NURSE_ROTATIONS].map((s) => [s.id, s]));

// Assignments: the agency works office hours; units u-hosp-*, u-fire-*, u-six-* their own; ten
// office units take the Ramadan schedule for the middle of the month (a bounded unit assignment).
const assignments: ScheduleAssignment[] = [{ scheduleId: PERPRES_21_2023.id, scope: { kind: 'agency' }, from: '2020-01-01' }];
for (let u = 0; u < 4; u++) assignments.push({ scheduleId: HOSPITAL_ROTATION.id, scope: { kind: 'unit', unitId: `u-hosp-${u}` }, from: '2020-01-01' });
for (let u = 0; u < 2; u++) assignments.push({ scheduleId: FIRE_SERVICE_ROTATION.id, scope: { kind: 'unit', unitId: `u-fire-${u}` }, from: '2020-01-01' });
for (let u = 0; u < 4; u++) assignments.push({ scheduleId: SIX_DAY_LEGACY.id, scope: { kind: 'unit', unitId: `u-six-${u}` }, from: '2020-01-01' });
for (let u = 0; u < 10; u++) assignments.push({ scheduleId: RAMADAN_HOURS.id, scope: { kind: 'unit', unitId: `u-office-${u}` }, from: addDays(from, 5), to: addDays(from, 20) });

function scheduleOf(unit: string, date: string, nurse: number): WorkSchedule {
  if (unit.startsWith('u-hosp')) return NURSE_ROTATIONS[nurse % 8]!;
  if (unit.startsWith('u-fire')) return FIRE_SERVICE_ROTATION;
  if (unit.startsWith('u-six')) return SIX_DAY_LEGACY;
  const ramadan = assignments.find((a) => a.scope.kind === 'unit' && a.scope.unitId === unit && a.from <= date && date <= (a.to ?? '9999'));
  return ramadan ? RAMADAN_HOURS : PERPRES_21_2023;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A wall-clock minute of the shift's day (may pass midnight) as a stamp. */
const stamp = (date: string, minute: number, seconds: number) => {
  const day = Math.floor(minute / 1440);
  const m = minute - day * 1440;
  return `${addDays(date, day)} ${pad(Math.floor(m / 60))}:${pad(m % 60)}:${pad(seconds)}`;
};

function generate(): { employees: Employee[]; punches: number } {
  const employees: Employee[] = [];
  let total = 0;
  for (let i = 0; i < EMPLOYEES; i++) {
    const r = rand();
    const unit = r < 0.08 ? `u-hosp-${i % 4}` : r < 0.12 ? `u-fire-${i % 2}` : r < 0.2 ? `u-six-${i % 4}` : `u-office-${i % 40}`;
    if (unit.startsWith('u-hosp')) assignments.push({ scheduleId: NURSE_ROTATIONS[i % 8]!.id, scope: { kind: 'employee', employeeId: `e${i}` }, from: '2020-01-01' });
    const phone = rand() < 0.4;
    const machineZone = rand() < 0.9 ? ('WIB' as const) : ('WITA' as const);
    const punches: Punch[] = [];
    const leaves: ApprovedLeave[] = [];
    for (let date = addDays(from, -1); date <= addDays(to, 1); date = addDays(date, 1)) {
      const schedule = scheduleOf(unit, date, i);
      const s = plannedShift(schedule, date);
      if (!s || (schedule.observesHolidays && holidays.has(date))) continue;
      const x = rand();
      if (x < 0.03) continue; // TK
      if (x < 0.05) {
        leaves.push({ typeCode: pick(['cuti_tahunan', 'cuti_sakit', 'dinas_luar', 'diklat']), from: date, to: date, part: 'day' });
        continue;
      }
      // Arrival: mostly early, a tail over every band; departure: mostly after the end.
      const late = rand() < 0.8 ? -Math.floor(rand() * 40) : Math.floor(rand() * rand() * 150);
      const early = rand() < 0.85 ? -Math.floor(rand() * 60) : Math.floor(rand() * rand() * 120);
      const times = [s.start + late, s.end - early];
      if (rand() < 0.3) times.push(s.start + late + 1); // a second scan at the machine
      if (rand() < 0.2) times.push(s.start + Math.floor((s.end - s.start) / 2)); // a scan at midday
      if (rand() < 0.02) times.splice(1, 1); // forgot to scan out
      for (const t of times) {
        const seconds = Math.floor(rand() * 60);
        if (phone) {
          const local = Date.parse(`${stamp(date, t, seconds).replace(' ', 'T')}Z`);
          punches.push({ instantMs: local - 7 * 3_600_000 });
        } else {
          const shifted = machineZone === 'WITA' ? t + 60 : t;
          punches.push({ local: stamp(date, shifted, seconds), zone: machineZone });
        }
      }
    }
    total += punches.length;
    employees.push({ id: `e${i}`, unitPath: [unit, 'root'], punches, leaves });
  }
  return { employees, punches: total };
}

const g0 = performance.now();
const { employees, punches } = generate();
const generateMs = performance.now() - g0;

function judgeAll() {
  // Built once per recap, as the server would: hundreds of employee-level assignments.
  const index = new AssignmentIndex(assignments);
  const tally = { days: 0, present: 0, tk: 0, late: 0, alerts: 0, pending: 0 };
  for (const e of employees) {
    const days = attendanceDays({
      subject: { employeeId: e.id, unitPath: e.unitPath },
      assignments: index,
      schedules,
      holidays,
      leaveTypes: DEFAULT_LEAVE_TYPES,
      leaves: e.leaves,
      punches: e.punches,
      rules: KEMENTAN_RULES,
      from,
      to,
    });
    const m = summariseMonth(e.id, MONTH, days, KEMENTAN_RULES);
    const alerts = newDisciplineAlerts({ employeeId: e.id, year, days, alreadyRaised: [], rules: KEMENTAN_RULES });
    tally.days += m.days;
    tally.present += m.present;
    tally.tk += m.tk;
    tally.late += m.late.TL1 + m.late.TL2 + m.late.TL3 + m.late.TL4;
    tally.pending += m.pending;
    tally.alerts += alerts.length;
  }
  return tally;
}

const wall: number[] = [];
const cpu: number[] = [];
let tally = judgeAll(); // warm-up (JIT), not counted
for (let r = 0; r < RUNS; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  tally = judgeAll();
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const load = os.loadavg()[0]!;
const best = Math.min(...wall);
const worst = Math.max(...wall);
const perEmployeeUs = (best * 1000) / EMPLOYEES;

const lines = [
  `Machine: ${machineLine()}; load average ${load.toFixed(1)} over the last minute (other work on the cores: the CPU time is the steadier figure).`,
  '',
  `${EMPLOYEES.toLocaleString('en')} employees, ${MONTH} (${tally.days.toLocaleString('en')} employee-days, ${punches.toLocaleString('en')} punches; generated in ${(generateMs / 1000).toFixed(1)} s, not counted).`,
  `Judged: ${tally.present.toLocaleString('en')} present (${tally.late.toLocaleString('en')} late), ${tally.tk.toLocaleString('en')} TK, ${tally.alerts.toLocaleString('en')} PP 94 alerts.`,
  '',
  '| Measure | Value |',
  '|---|---|',
  `| Wall time, status + month summary + alerts, best of ${RUNS} after a warm-up | ${(best / 1000).toFixed(2)} s (worst ${(worst / 1000).toFixed(2)} s; limit ${LIMIT_MS / 1000} s) |`,
  `| CPU time of the best run | ${(cpu[wall.indexOf(best)]! / 1000).toFixed(2)} s |`,
  `| Per employee-month | ${perEmployeeUs.toFixed(0)} µs |`,
];
console.log(lines.join('\n'));
if (process.env.BENCH_WRITE === '1') writeSection('attendance-status', lines.join('\n'));
if (worst > LIMIT_MS) {
  console.error(`Over the limit: ${(worst / 1000).toFixed(2)} s > ${LIMIT_MS / 1000} s`);
  process.exitCode = 1;
}
