import { annualDeadlineOf, compareText, evaluationPeriodsOf, type Principal } from '@kinerja/core';
import type { EvaluationOverviewAnswer, EvaluationOverviewCounts, EvaluationOverviewQuery, EvaluationUnfinishedQuery, OverviewEvaluationState, TeamQuery } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { displayName, employeesOfAccounts } from '../org/index.js';
import { agencyToday } from '../settings/index.js';
import { requireCalendarPeriod } from './agency.js';
import { overviewWorkbook, teamWorkbook, unfinishedWorkbook } from './overview-xlsx.js';
import { overviewAgencyRow, overviewEvaluations, overviewUnitTree } from './queries/overview.js';
import { evaluationSettingsOn } from './service.js';
import { evaluationTeam } from './team.js';

const zero = (): EvaluationOverviewCounts => ({ total: 0, belum_dibuka: 0, berjalan: 0, final: 0 });

type PeriodChoice = EvaluationOverviewAnswer['periods'][number];

/**
 * The calendar periods of the year before and of the period's year at the agency's frequency, and each year; the one asked for
 * (both ends, a period of the agency, else a 400 naming the field) or the periodic one holding today.
 */
export async function chosenPeriod(ctx: AppContext, agencyId: string, query: EvaluationOverviewQuery): Promise<{ chosen: PeriodChoice; periods: PeriodChoice[] }> {
  let from = query.periodFrom;
  let to = query.periodTo;
  if (from === undefined && to === undefined) {
    const today = await agencyToday(ctx, agencyId);
    const settings = await evaluationSettingsOn(ctx.db, agencyId, today);
    const now = evaluationPeriodsOf(Number(today.slice(0, 4)), settings.frequency).find((x) => x.period.from <= today && today <= x.period.to)!;
    from = now.period.from;
    to = now.period.to;
  } else if (from === undefined || to === undefined) {
    const field = from === undefined ? 'periodFrom' : 'periodTo';
    const message = 'Isi awal dan akhir periode bersama-sama, atau kosongkan keduanya untuk periode berjalan.';
    throw new AppError('VALIDATION', message, [{ field, message }]);
  } else {
    await requireCalendarPeriod(ctx, agencyId, from, to);
  }
  // The year before as well: in January the admins chase last year's annual evaluations.
  const year = Number(from.slice(0, 4));
  const periods: PeriodChoice[] = [];
  for (const [y, on] of [
    [year - 1, `${String(year - 1).padStart(4, '0')}-01-01`],
    [year, from],
  ] as const) {
    const frequency = (await evaluationSettingsOn(ctx.db, agencyId, on)).frequency;
    periods.push(
      ...evaluationPeriodsOf(y, frequency).map((x) => ({ kind: 'periodik' as const, label: x.label, periodFrom: x.period.from, periodTo: x.period.to })),
      ...evaluationPeriodsOf(y, 'tahunan').map((x) => ({ kind: 'tahunan' as const, label: x.label, periodFrom: x.period.from, periodTo: x.period.to })),
    );
  }
  const chosen = periods.find((x) => x.periodFrom === from && x.periodTo === to)!;
  return { chosen, periods };
}

/**
 * The agency's evaluation overview for one calendar period (issue 17 item 9): every approved SKP
 * overlapping the period counts once under the unit of its post (as the curve places it; a
 * mid-period move leaves two SKP, each with its own evaluation), by the state of its evaluation of
 * the period; and who has not finished, by name, with the penilai named on the SKP. Three
 * statements besides the settings, whatever the agency's size; every one names the agency.
 * For the agency's admins, BKD and auditors (`agency.read`).
 */
export async function evaluationOverview(ctx: AppContext, p: Principal, agencyId: string, query: EvaluationOverviewQuery): Promise<EvaluationOverviewAnswer> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const { chosen, periods } = await chosenPeriod(ctx, agencyId, query);
  const from = chosen.periodFrom;
  const to = chosen.periodTo;
  const [agency, units, rows] = await Promise.all([overviewAgencyRow(ctx.db, agencyId), overviewUnitTree(ctx.db, agencyId), overviewEvaluations(ctx.db, agencyId, from, to)]);
  if (!agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');

  const countsOf = new Map<string, EvaluationOverviewCounts>();
  const totals = zero();
  const unfinished: EvaluationOverviewAnswer['unfinished'] = [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  for (const r of rows) {
    const state: OverviewEvaluationState = r.evaluation_id === null ? 'belum_dibuka' : r.status === 'final' ? 'final' : 'berjalan';
    const c = countsOf.get(r.unit_id) ?? zero();
    countsOf.set(r.unit_id, c);
    for (const into of [c, totals]) {
      into.total += 1;
      into[state] += 1;
    }
    if (state === 'final') continue;
    unfinished.push({
      employeeId: r.employee_id,
      name: displayName(r),
      nip: r.nip,
      positionName: r.position_name,
      unitId: r.unit_id,
      unitName: unitById.get(r.unit_id)?.name ?? '-',
      skpId: r.skp_id,
      penilaiName: r.penilai_name,
      evaluationId: r.evaluation_id,
      status: state,
    });
  }

  // Units in tree order (parents before children, siblings by code), with their depth; subtree
  // counts added up from the leaves.
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  const tree: EvaluationOverviewAnswer['units'] = [];
  const order = new Map<string, number>();
  const walk = (parent: string | null, depth: number): EvaluationOverviewCounts => {
    const sum = zero();
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      order.set(u.id, tree.length);
      const own = countsOf.get(u.id) ?? zero();
      const entry = { unitId: u.id, parentId: u.parent_id, name: u.name, depth, counts: own, subtree: { ...own } };
      tree.push(entry);
      const below = walk(u.id, depth + 1);
      for (const k of Object.keys(sum) as (keyof EvaluationOverviewCounts)[]) {
        entry.subtree[k] += below[k];
        sum[k] += entry.subtree[k];
      }
    }
    return sum;
  };
  walk(null, 0);
  unfinished.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) || compareText(a.name, b.name) || (a.skpId < b.skpId ? -1 : 1));
  const deadline = chosen.kind === 'tahunan' ? annualDeadlineOf(Number(from.slice(0, 4)), await evaluationSettingsOn(ctx.db, agencyId, to)) : null;
  return { agency: { id: agency.id, code: agency.code, name: agency.name }, periodFrom: from, periodTo: to, label: chosen.label, kind: chosen.kind, periods, deadline, units: tree, totals, unfinished };
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]/g, '');

/** The overview as XLSX ("Ringkasan" and "Belum Ditetapkan"); audited, and read of the people it names. */
export async function evaluationOverviewDownload(ctx: AppContext, p: Principal, agencyId: string, query: EvaluationOverviewQuery): Promise<{ body: Buffer; fileName: string }> {
  const o = await evaluationOverview(ctx, p, agencyId, query);
  const body = await overviewWorkbook(o);
  await recordReads(ctx, p, agencyId, o.unfinished.map((u) => u.employeeId), 'evaluation');
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'evaluation.overview_export',
    entity: 'agency',
    entityId: agencyId,
    data: { periodFrom: o.periodFrom, periodTo: o.periodTo, total: o.totals.total, unfinished: o.unfinished.length },
  });
  return { body, fileName: `ringkasan-evaluasi-${slug(o.agency.code)}-${o.periodFrom}-${o.periodTo}.xlsx` };
}

/**
 * Who has not finished, by name, as XLSX: the whole agency, or one unit with every unit under it
 * (an unknown unit is a 404). Audited, and read of the people it names.
 */
export async function unfinishedDownload(ctx: AppContext, p: Principal, agencyId: string, query: EvaluationUnfinishedQuery): Promise<{ body: Buffer; fileName: string }> {
  const { unitId, ...period } = query;
  const o = await evaluationOverview(ctx, p, agencyId, period);
  let rows = o.unfinished;
  let unitName: string | null = null;
  if (unitId !== undefined) {
    const unit = o.units.find((u) => u.unitId === unitId);
    if (!unit) throw new AppError('NOT_FOUND', 'Unit kerja tidak ditemukan.');
    unitName = unit.name;
    const under = new Set([unitId]);
    for (const u of o.units) if (u.parentId !== null && under.has(u.parentId)) under.add(u.unitId); // parents come before children
    rows = rows.filter((r) => under.has(r.unitId));
  }
  const body = await unfinishedWorkbook(o, unitName, rows);
  await recordReads(ctx, p, agencyId, rows.map((u) => u.employeeId), 'evaluation');
  await recordAudit(ctx.db, {
    agencyId,
    actorAccountId: p.accountId,
    action: 'evaluation.unfinished_export',
    entity: unitId === undefined ? 'agency' : 'unit',
    entityId: unitId ?? agencyId,
    data: { periodFrom: o.periodFrom, periodTo: o.periodTo, rows: rows.length },
  });
  return { body, fileName: `belum-ditetapkan-${slug(o.agency.code)}-${o.periodFrom}-${o.periodTo}.xlsx` };
}

/** The penilai's team view as XLSX (its reads recorded by evaluationTeam); audited in the penilai's agency. */
export async function teamDownload(ctx: AppContext, p: Principal, query: TeamQuery): Promise<{ body: Buffer; fileName: string }> {
  const team = await evaluationTeam(ctx, p, query);
  const nameOf = await employeesOfAccounts(ctx.db, [{ actor_agency_id: p.agencyId, actor_employee_id: p.employeeId }]);
  const me = nameOf({ actor_agency_id: p.agencyId, actor_employee_id: p.employeeId });
  const body = await teamWorkbook(team, me ? displayName(me) : '-');
  await recordAudit(ctx.db, {
    agencyId: p.agencyId!,
    actorAccountId: p.accountId,
    action: 'evaluation.team_export',
    entity: 'employee',
    entityId: p.employeeId!,
    data: { periodFrom: team.periodFrom, periodTo: team.periodTo, rows: team.items.length },
  });
  return { body, fileName: `penilaian-tim-${team.periodFrom}-${team.periodTo}.xlsx` };
}
