import { localDateOf, monthRange, monthTargetOn, compareText } from '@kinerja/core';
import type { Counts, Recap } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { loadJournalContext, targetFor } from '../journal/index.js';
import { displayName } from '../org/index.js';
import { agencyHeading, employeesOfAgency, entryCountsByEmployee, positionsOfAgency, unitsOfAgency } from './queries/recap.js';
import { approvedByRhk, rhkTexts } from './queries/rhk.js';
import { absenceSource } from './absences.js';
import { supervisorRates } from './rates.js';

type RecapEmployee = Recap['employees'][number];
type RecapUnit = Recap['units'][number];

const zero = (): Counts => ({ submitted: 0, approved: 0, rejected: 0, returned: 0, pending: 0, approvedMinutes: 0 });

function add(into: Counts, c: Counts): void {
  into.submitted += c.submitted;
  into.approved += c.approved;
  into.rejected += c.rejected;
  into.returned += c.returned;
  into.pending += c.pending;
  into.approvedMinutes += c.approvedMinutes;
}

/**
 * The month's validation recap for an agency, or one unit and everything below it. People are
 * placed by their definitive post on the month's last day (today, for the current month); someone
 * without a post then still appears when they logged entries, under no unit. Entries count by
 * work date and current status: `submitted` is everything ever sent to the supervisor (approved +
 * rejected + returned + pending); a unit's row counts the people whose post is in the unit itself
 * (sub-units have their own rows), with `depth` 0 for the top unit in scope; `achievement` is
 * approvedMinutes / targetMinutes, null when the month has no target.
 */
export async function buildRecap(ctx: AppContext, agencyId: string, month: string, unitId?: string): Promise<Recap> {
  const jc = await loadJournalContext(ctx, agencyId);
  const { from, to } = monthRange(month);
  const today = localDateOf(ctx.now(), jc.timeZone);
  const refDate = to < today ? to : today;
  const [agency, units, positions, people, counts, chart, byRhk] = await Promise.all([
    agencyHeading(ctx.db, agencyId),
    unitsOfAgency(ctx.db, agencyId),
    positionsOfAgency(ctx.db, agencyId),
    employeesOfAgency(ctx.db, agencyId),
    entryCountsByEmployee(ctx.db, agencyId, from, to),
    ctx.charts.get(agencyId, refDate),
    approvedByRhk(ctx.db, agencyId, from, to),
  ]);

  if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const unitById = new Map(units.map((u) => [u.id, u]));
  if (unitId && !unitById.has(unitId)) throw new AppError('NOT_FOUND', 'Unit tidak ditemukan di instansi ini.');
  // Units in scope in tree order (parents before children, siblings by code), with their depth.
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  const inScope: { unit: (typeof units)[number]; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      inScope.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  if (unitId) {
    inScope.push({ unit: unitById.get(unitId)!, depth: 0 });
    walk(unitId, 1);
  } else walk(null, 0);
  const scopeUnits = new Set(inScope.map((s) => s.unit.id));

  // Each day under the settings in force on it: a change in the middle of the month counts from its day.
  const { workingDays, targetMinutes } = monthTargetOn(month, jc.rulesOn);
  // A day of approved whole-day leave needs no journal minutes (issue 18 item 7): each person's
  // target leaves out the target of their leave days (TK days keep theirs).
  const leaveTarget = new Map<string, number>();
  for (const a of await absenceSource(ctx).absencesBetween(agencyId, people.map((p) => p.id), from, to)) {
    if (a.kind !== 'tk') leaveTarget.set(a.employeeId, (leaveTarget.get(a.employeeId) ?? 0) + targetFor(jc, a.date));
  }
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const countsOf = new Map(
    counts.map((c) => [
      c.employee_id,
      {
        submitted: Number(c.submitted),
        approved: Number(c.approved),
        rejected: Number(c.rejected),
        returned: Number(c.returned),
        pending: Number(c.pending),
        approvedMinutes: Number(c.approved_minutes ?? 0),
      },
    ]),
  );

  const employees: RecapEmployee[] = [];
  for (const person of people) {
    const post = positionById.get(chart.positionOf(person.id) ?? '');
    const c = countsOf.get(person.id);
    // Counted: people with a post on the reference date, and anyone who logged something this month.
    if (!post && !c) continue;
    const unit = post ? unitById.get(post.unit_id) : undefined;
    if (unitId && (!unit || !scopeUnits.has(unit.id))) continue;
    const own = c ?? zero();
    const target = Math.max(0, targetMinutes - (leaveTarget.get(person.id) ?? 0));
    employees.push({
      employeeId: person.id,
      nip: person.nip,
      name: displayName(person),
      positionName: post?.name ?? null,
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? null,
      ...own,
      targetMinutes: target,
      achievement: target > 0 ? own.approvedMinutes / target : null,
    });
  }
  employees.sort((a, b) => compareText(a.unitName ?? '\uffff', b.unitName ?? '\uffff') || compareText(a.name, b.name));

  const unitRows: RecapUnit[] = inScope.map(({ unit, depth }) => {
    const members = employees.filter((e) => e.unitId === unit.id);
    const sum = zero();
    for (const m of members) add(sum, m);
    return { unitId: unit.id, unitName: unit.name, parentId: unit.parent_id, depth, employees: members.length, targetMinutes: members.reduce((s, m) => s + m.targetMinutes, 0), ...sum };
  });
  const totals = { ...zero(), employees: employees.length, targetMinutes: employees.reduce((s, e) => s + e.targetMinutes, 0) };
  for (const e of employees) add(totals, e);

  const supervisors = await supervisorRates(ctx, agencyId, month, unitId ? { employeeIds: new Set(employees.map((e) => e.employeeId)) } : {});
  return {
    month,
    agency,
    unit: unitId ? { id: unitId, name: unitById.get(unitId)!.name } : null,
    workingDays,
    targetMinutesPerEmployee: targetMinutes,
    totals,
    units: unitRows,
    employees,
    supervisors,
    rhk: await rhkRows(ctx, agencyId, byRhk, new Set(employees.map((e) => e.employeeId))),
  };
}

/** The recap's per-RHK rows of the employees listed, from approvedByRhk's rows (per unit), in its order. */
async function rhkRows(ctx: AppContext, agencyId: string, rows: Awaited<ReturnType<typeof approvedByRhk>>, listed: ReadonlySet<string>): Promise<Recap['rhk']> {
  const mine = rows.filter((r) => listed.has(r.employee_id) && r.rhk_id);
  if (mine.length === 0) return [];
  const texts = new Map((await rhkTexts(ctx.db, agencyId, [...new Set(mine.map((r) => r.rhk_id!))])).map((r) => [r.id, r.text]));
  const out = new Map<string, Recap['rhk'][number]>();
  for (const r of mine) {
    const key = `${r.employee_id}|${r.rhk_id}`;
    let row = out.get(key);
    if (!row) out.set(key, (row = { employeeId: r.employee_id, rhkId: r.rhk_id!, rhkText: texts.get(r.rhk_id!) ?? null, approved: 0, approvedMinutes: 0, volumes: [] }));
    row.approved += Number(r.entries);
    row.approvedMinutes += Number(r.minutes ?? 0);
    row.volumes.push({ unit: r.unit, volume: Number(r.volume ?? 0) });
  }
  return [...out.values()];
}
