import { localDateOf, monthRange, onTimeRates, OrgChart, type OnTimeRate, type RateItem, compareText } from '@kinerja/core';
import type { SupervisorRate as ApiSupervisorRate } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { loadJournalContext } from '../journal/index.js';
import { describePeople, loadOrgSnapshot } from '../org/index.js';
import { submissionGroups } from './queries/recap.js';

/** The API's row, plus the supervisor's id the rules count by. */
export type SupervisorRate = OnTimeRate & ApiSupervisorRate;

export interface RateOptions {
  /** Only this supervisor's row (a supervisor asking about themself); it is returned even when empty. */
  supervisorId?: string;
  /** Only entries of these employees (a unit's recap). */
  employeeIds?: ReadonlySet<string>;
}

/**
 * On-time validation per supervisor for the entries of one month (by work date). Each entry counts
 * once, by its latest submission and the decision on it. Attribution: a decided entry belongs to
 * whoever decided it; an undecided one (or one approved automatically after the window) to the
 * employee's supervisor on its due day, or today while it is not yet due. Entries approved
 * automatically at submission (JPT, no supervisor) never reached anyone and are left out. Due days
 * follow the window and calendar in force on the day of submission.
 */
export async function supervisorRates(ctx: AppContext, agencyId: string, month: string, opts: RateOptions = {}): Promise<SupervisorRate[]> {
  const jc = await loadJournalContext(ctx, agencyId);
  const { from, to } = monthRange(month);
  const today = localDateOf(ctx.now(), jc.timeZone);
  const groups = await submissionGroups(ctx.db, agencyId, from, to, jc.timeZone);

  const snapshot = await loadOrgSnapshot(ctx.db, agencyId);
  const charts = new Map<string, OrgChart>();
  const chartOn = (date: string) => {
    let c = charts.get(date);
    if (!c) charts.set(date, (c = new OrgChart(snapshot, date)));
    return c;
  };

  const items: RateItem[] = [];
  for (const g of groups) {
    if (g.auto_reason === 'position_kind' || g.auto_reason === 'no_supervisor') continue;
    if (opts.employeeIds && !opts.employeeIds.has(g.employee_id)) continue;
    const { settings, calendar } = jc.rulesOn(g.submitted_on); // the window in force when it was sent
    const dueOn = calendar.addWorkingDays(g.submitted_on, settings.validationWindowWorkingDays);
    const supervisorId = g.decided_by_employee_id ?? chartOn(dueOn < today ? dueOn : today).supervisorOf(g.employee_id)?.employeeId;
    if (!supervisorId) continue;
    items.push({ supervisorId, dueOn, decidedOn: g.decided_on, count: Number(g.n) });
  }
  let rates = onTimeRates(items, today);
  if (opts.supervisorId) {
    rates = rates.filter((r) => r.supervisorId === opts.supervisorId);
    if (rates.length === 0) rates = [{ supervisorId: opts.supervisorId, reached: 0, onTime: 0, late: 0, pending: 0, rate: null }];
  }
  const people = await describePeople(
    ctx.db,
    agencyId,
    chartOn(today),
    rates.map((r) => ({ employeeId: r.supervisorId, unitId: null, capacity: 'definitive' as const })),
  );
  const byId = new Map(people.map((p) => [p.employeeId, p]));
  return rates
    .map((r) => {
      const p = byId.get(r.supervisorId);
      return { ...r, supervisor: { employeeId: r.supervisorId, nip: p?.nip ?? '', name: p?.name ?? '', positionName: p?.positionName ?? null, unitName: p?.unitName ?? null } };
    })
    .sort((a, b) => compareText(a.supervisor.name, b.supervisor.name));
}
