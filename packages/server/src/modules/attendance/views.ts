/** My attendance month, one employee's month, and the supervisor's team today (issue 18 item 8). */
import { monthRange, tallyYear, type AttendanceDay, type Principal, compareText } from '@kinerja/core';
import type { AttendanceMonthAnswer, TeamDayAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { actingEmployee, requireAccess } from '../access/index.js';
import { findTodayChart } from '../org/index.js';
import { dayView, monthSummary, scansByDate } from './day-view.js';
import { judgeRange } from './judge.js';

/** One employee's month; the year's PP 94/2021 count up to the month's end (or today). */
async function employeeMonth(ctx: AppContext, agencyId: string, employeeId: string, month: string): Promise<AttendanceMonthAnswer> {
  const found = await findTodayChart(ctx, agencyId);
  if (!found) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const range = monthRange(month);
  if (range.from > found.today) throw new AppError('VALIDATION', 'Bulan ini belum dimulai.', [{ field: 'month', message: 'Bulan ini belum dimulai.' }]);
  const to = range.to < found.today ? range.to : found.today;
  const judged = await judgeRange(ctx, agencyId, `${month.slice(0, 4)}-01-01`, to, { employeeIds: [employeeId], asOfMs: ctx.now().getTime() });
  const me = judged.staff[0];
  if (!me) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan.');
  const year: AttendanceDay[] = judged.days.get(employeeId) ?? [];
  const days = year.filter((d) => d.date >= range.from);
  const tally = tallyYear(year, Number(month.slice(0, 4)), judged.setup.rules);
  const scans = scansByDate(judged.punches.get(employeeId) ?? [], judged.zone);
  return {
    employee: { id: me.id, nip: me.nip, name: me.name },
    month,
    rules: { id: judged.setup.rules.id, name: judged.setup.rules.name },
    days: days.map((d) => dayView(d, scans)),
    summary: monthSummary(employeeId, month, days, judged.setup.rules),
    year: { tkDays: tally.tkDays, daysFromMinutes: tally.daysFromMinutes, totalDays: tally.totalDays },
  };
}

export async function myMonth(ctx: AppContext, p: Principal, month: string): Promise<AttendanceMonthAnswer> {
  const me = actingEmployee(p);
  return employeeMonth(ctx, me.agencyId, me.employeeId, month);
}

export async function monthOf(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, month: string): Promise<AttendanceMonthAnswer> {
  await requireAccess(ctx, p, 'attendance.read', { agencyId, ids: [employeeId] });
  return employeeMonth(ctx, agencyId, employeeId, month);
}

/** Who of my team (my subordinates on today's chart, Plt/Plh included) is in, late, on leave or missing on a day. */
export async function teamDay(ctx: AppContext, p: Principal, date?: string): Promise<TeamDayAnswer> {
  const me = actingEmployee(p);
  const found = await findTodayChart(ctx, me.agencyId);
  if (!found) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const day = date ?? found.today;
  if (day > found.today) throw new AppError('VALIDATION', 'Tanggal tidak boleh di masa depan.', [{ field: 'date', message: 'Tanggal tidak boleh di masa depan.' }]);
  const team = [...found.chart.subordinatesOf(me.employeeId)];
  const counts = { in: 0, late: 0, leave: 0, missing: 0, not_yet: 0, off: 0, holiday: 0 };
  if (team.length === 0) return { date: day, items: [], counts };
  const judged = await judgeRange(ctx, me.agencyId, day, day, { employeeIds: team, asOfMs: ctx.now().getTime() });
  const items: TeamDayAnswer['items'] = [];
  for (const s of judged.staff) {
    // No day before the agency's first punch: nobody is listed as missing before the machines were connected.
    const d = judged.days.get(s.id)?.[0];
    if (!d) continue;
    const state = teamState(d);
    counts[state]++;
    items.push({ employee: { id: s.id, nip: s.nip, name: s.name }, state, day: dayView(d) });
  }
  const order = { missing: 0, late: 1, not_yet: 2, leave: 3, in: 4, holiday: 5, off: 6 };
  items.sort((a, b) => order[a.state] - order[b.state] || compareText(a.employee.name, b.employee.name));
  return { date: day, items, counts };
}

function teamState(d: AttendanceDay): TeamDayAnswer['items'][number]['state'] {
  switch (d.kind) {
    case 'off':
      return 'off';
    case 'holiday':
      return 'holiday';
    case 'leave':
      return 'leave';
    case 'tk':
      return 'missing';
    case 'present':
    case 'pending':
      if (d.arrival === null) return d.excusedArrival ? 'leave' : d.noArrivalRecord ? 'missing' : 'not_yet';
      return d.late ? 'late' : 'in';
  }
}
