/**
 * The province's month: every agency's run at a glance, draft runs made for many agencies at once,
 * and the what-if (issue 19 item 4): a draft rule set applied to a locked month's snapshots, per OPD
 * and in total, without storing anything.
 */
import { canReadTpp, isProvinceWide, parseTppRuleSet, type Principal, type TppEmployeeInput, type TppRuleSet } from '@kinerja/core';
import type { TppProvinceMonthAnswer, TppWhatIfAnswer, TppWhatIfBody } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { computeOne, figuresOf, storedRuleSet, sumTotals } from './compute.js';
import { activeAgencies } from './queries/inputs.js';
import { lockedRunsOfMonth, runSnapshots, runsOfMonth } from './queries/runs.js';
import { createOrRedoRun, summaryOf } from './runs.js';

/** The agencies whose TPP the principal may read: all, or its own. */
async function readableAgencies(ctx: AppContext, p: Principal, only?: readonly string[]) {
  const all = await activeAgencies(ctx.db);
  const wanted = only ? all.filter((a) => only.includes(a.id)) : all;
  return isProvinceWide(p) ? wanted : wanted.filter((a) => canReadTpp(p, a.id));
}

export async function provinceMonth(ctx: AppContext, p: Principal, month: string): Promise<TppProvinceMonthAnswer> {
  await requireAccess(ctx, p, 'tpp.overview');
  const agencies = await readableAgencies(ctx, p);
  const runs = await runsOfMonth(ctx.db, month, isProvinceWide(p) ? null : agencies.map((a) => a.id));
  const items = runs.map(summaryOf);
  const withRun = new Set(items.map((r) => r.agencyId));
  return {
    month,
    items,
    missing: agencies.filter((a) => !withRun.has(a.id)).map((a) => ({ agencyId: a.id, agencyName: a.name })),
    totals: sumTotals(items.map((r) => r.totals)),
  };
}

/** Draft runs for many agencies (default every active one), one after another; a locked month is left as it is. */
export async function createProvinceRuns(ctx: AppContext, p: Principal, month: string, agencyIds?: readonly string[]): Promise<TppProvinceMonthAnswer> {
  await requireAccess(ctx, p, 'tpp.overview');
  const agencies = await readableAgencies(ctx, p, agencyIds);
  if (agencyIds && agencies.length !== new Set(agencyIds).size) throw new AppError('FORBIDDEN', 'Ada instansi yang TPP-nya tidak dapat Anda kelola.');
  const locked = new Set((await lockedRunsOfMonth(ctx.db, month, agencies.map((a) => a.id))).map((r) => r.agency_id));
  for (const a of agencies) {
    if (locked.has(a.id)) continue;
    await createOrRedoRun(ctx, p, a.id, month);
  }
  return provinceMonth(ctx, p, month);
}

async function whatIfRuleSet(ctx: AppContext, body: TppWhatIfBody): Promise<TppRuleSet> {
  if ((body.ruleSet ? 1 : 0) + (body.document ? 1 : 0) !== 1) {
    throw new AppError('VALIDATION', 'Pilih satu: aturan TPP yang tersimpan (ruleSet) atau berkas aturan (document).', [{ field: 'ruleSet', message: 'isi ruleSet atau document, salah satu' }]);
  }
  if (body.ruleSet) return storedRuleSet(ctx, body.ruleSet.id, body.ruleSet.version);
  const parsed = parseTppRuleSet(body.document);
  if (!parsed.ok) throw new AppError('TPP_RULE_SET_INVALID', undefined, parsed.issues.slice(0, 50).map((i) => ({ field: `document${i.path}`, message: i.message })));
  return parsed.value;
}

/**
 * Applies a rule set to the snapshots of a locked month: per agency and in total, what is paid now
 * (the payable in force, recalculations included) against what the rule set would pay on the same
 * inputs, and how many gain, lose or stay. Nothing is stored. A rule set scoped to agencies or
 * position groups is applied only to the employees it would compute (agencies by code, groups by the
 * group each row's post had when the run read it); the others are not counted.
 */
export async function whatIf(ctx: AppContext, p: Principal, body: TppWhatIfBody): Promise<TppWhatIfAnswer> {
  await requireAccess(ctx, p, 'tpp.overview');
  const rs = await whatIfRuleSet(ctx, body);
  const agencies = await readableAgencies(ctx, p, body.agencyIds);
  const runs = await lockedRunsOfMonth(ctx.db, body.month, agencies.map((a) => a.id));
  const locked = new Set(runs.map((r) => r.agency_id));
  const zero = () => ({ employees: 0, before: 0, after: 0, difference: 0, gain: 0, lose: 0, same: 0 });
  const total = zero();
  const rows: TppWhatIfAnswer['agencies'] = [];
  const codeOf = new Map(agencies.map((a) => [a.id, a.code]));
  const scopeAgencies = rs.scope?.agencies ?? [];
  const scopeGroups = rs.scope?.positionGroups ?? [];
  const inScope = (agencyId: string, group: string | null) =>
    (scopeAgencies.length === 0 || scopeAgencies.includes(codeOf.get(agencyId) ?? '')) && (scopeGroups.length === 0 || (group !== null && scopeGroups.includes(group)));
  for (const run of runs) {
    const row = zero();
    for (const s of await runSnapshots(ctx.db, run.agency_id, run.id, null)) {
      const input = s.input as TppEmployeeInput | null;
      if (input === null || !inScope(run.agency_id, s.position_group)) continue;
      const before = Number(s.current_payable);
      const after = figuresOf(computeOne(rs, body.month, input)).payable;
      row.employees++;
      row.before += before;
      row.after += after;
      if (after > before) row.gain++;
      else if (after < before) row.lose++;
      else row.same++;
    }
    row.difference = row.after - row.before;
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += row[k];
    rows.push({ agencyId: run.agency_id, agencyName: run.agency_name, runId: run.id, ...row });
  }
  return {
    month: body.month,
    ruleSet: { id: rs.id, version: rs.version },
    agencies: rows,
    total,
    notLocked: agencies.filter((a) => !locked.has(a.id)).map((a) => ({ agencyId: a.id, agencyName: a.name })),
  };
}
