/**
 * The PP 94/2021 alerts (issue 18 item 6): each threshold of unexcused absence reached in a year is
 * raised once for the employee, once for their direct supervisor (today's chart, Plt/Plh included)
 * and once for the BKD; the table's key keeps them raised once whatever runs twice. Core decides
 * what is reached (newDisciplineAlerts); the days are judged up to yesterday (final days only).
 */
import { addDays, canReadAgency, isProvinceWide, newDisciplineAlerts, type Principal } from '@kinerja/core';
import type { AttendanceAlert } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { findTodayChart } from '../org/index.js';
import { judgeRange } from './judge.js';
import { activeAgencyIds, alertsFor, insertAlerts, raisedCodes, type AlertRow } from './queries/alerts.js';

/**
 * Raises the agency's new alerts for the year of `today`'s yesterday (or an earlier `year`, judged
 * to its last day, never past yesterday); answers how many rows are new.
 */
export async function raiseAlerts(ctx: AppContext, agencyId: string, onlyYear?: number): Promise<number> {
  const found = await findTodayChart(ctx, agencyId);
  if (!found) return 0;
  const yesterday = addDays(found.today, -1);
  const year = onlyYear ?? Number(yesterday.slice(0, 4));
  const until = `${year}-12-31` < yesterday ? `${year}-12-31` : yesterday;
  if (until < `${year}-01-01`) return 0;
  const [judged, raised] = await Promise.all([judgeRange(ctx, agencyId, `${year}-01-01`, until), raisedCodes(ctx.db, agencyId, year)]);
  const before = new Map<string, string[]>();
  for (const r of raised) before.set(r.employee_id, [...(before.get(r.employee_id) ?? []), r.code]);
  const rows: AlertRow[] = [];
  const now = ctx.now();
  for (const [employeeId, days] of judged.days) {
    for (const a of newDisciplineAlerts({ employeeId, year, days, alreadyRaised: before.get(employeeId) ?? [], rules: judged.setup.rules })) {
      const base = { agency_id: agencyId, employee_id: employeeId, year, code: a.code, level: a.level, sanction: a.sanction, reached_on: a.reachedOn, days: a.days, raised_at: now };
      rows.push({ ...base, recipient: 'employee', recipient_employee_id: employeeId });
      rows.push({ ...base, recipient: 'supervisor', recipient_employee_id: found.chart.supervisorOf(employeeId)?.employeeId ?? null });
      rows.push({ ...base, recipient: 'bkd', recipient_employee_id: null });
    }
  }
  let added = 0;
  for (let i = 0; i < rows.length; i += 500) added += await insertAlerts(ctx.db, rows.slice(i, i + 500));
  return added;
}

/** The periodic step: once a day per agency in this process (the key keeps a second run harmless). */
const lastRun = new Map<string, string>();
export async function raiseAttendanceAlerts(ctx: AppContext): Promise<number> {
  let total = 0;
  const day = ctx.now().toISOString().slice(0, 10);
  for (const { id } of await activeAgencyIds(ctx.db)) {
    if (lastRun.get(id) === day) continue;
    total += await raiseAlerts(ctx, id);
    lastRun.set(id, day);
  }
  return total;
}

/** The alerts addressed to me: as the employee, as a supervisor, and as the BKD (an agency's admins and auditors read its BKD copies). */
export async function myAlerts(ctx: AppContext, p: Principal): Promise<AttendanceAlert[]> {
  const lists: Awaited<ReturnType<typeof alertsFor>>[] = [];
  if (p.agencyId && p.employeeId) {
    lists.push(await alertsFor(ctx.db, { agencyId: p.agencyId, recipient: 'employee', recipientEmployeeId: p.employeeId }));
    lists.push(await alertsFor(ctx.db, { agencyId: p.agencyId, recipient: 'supervisor', recipientEmployeeId: p.employeeId }));
  }
  if (isProvinceWide(p)) lists.push(await alertsFor(ctx.db, { recipient: 'bkd' }));
  else if (p.agencyId && canReadAgency(p, p.agencyId)) lists.push(await alertsFor(ctx.db, { agencyId: p.agencyId, recipient: 'bkd' }));
  return lists.flat().map((r) => ({
    employee: { id: r.employee_id, nip: r.nip, name: r.name },
    agencyId: r.agency_id,
    year: r.year,
    code: r.code,
    level: r.level as AttendanceAlert['level'],
    sanction: r.sanction,
    reachedOn: r.reached_on,
    days: r.days,
    recipient: r.recipient,
    raisedAt: new Date(r.raised_at).toISOString(),
  }));
}
