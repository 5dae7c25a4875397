/**
 * The pages people read (issue 19 item 5): my TPP (this month's estimate from current inputs, the
 * run's result once there is one, the months before), one employee-month with its explanation lines
 * and their refs, a supervisor's team, and a run for the finance exports.
 */
import type { Principal, TppEmployeeResult } from '@kinerja/core';
import type { TppEmployeeMonth, TppEmployeeMonthAnswer, TppMyAnswer, TppNotFinalItem, TppRunSummary, TppTeamAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { allowedIds, requireAccess } from '../access/index.js';
import { recordReads } from '../data-reads/index.js';
import { findTodayChart } from '../org/index.js';
import { computeOne, figuresOf, notFinalOf, ruleSetChoice, type RuleSetChoice } from './compute.js';
import { currentMonthOf, gatherMonth, type BankAccount, type GatheredMonth } from './gather.js';
import { employeeRecalculations, employeeRunMonths, runById, runOfMonth, runSnapshots } from './queries/runs.js';
import { summaryOf } from './runs.js';

const num = (x: unknown) => Number(x ?? 0);
type RunMonthRow = Awaited<ReturnType<typeof employeeRunMonths>>[number];

function monthOfRow(r: RunMonthRow): TppEmployeeMonth {
  return {
    month: r.month,
    source: r.run_status,
    runId: r.run_id,
    status: r.status,
    gross: num(r.gross),
    net: num(r.net),
    payable: num(r.current_payable),
    carried: num(r.carried),
    error: r.error,
  };
}

/** Estimates from gathered inputs (nothing stored): the rule set in force, computed now. */
async function estimatesOf(ctx: AppContext, gathered: GatheredMonth, only?: ReadonlySet<string>) {
  const out = new Map<string, { month: TppEmployeeMonth; result: TppEmployeeResult | null; notFinal: TppNotFinalItem[] }>();
  const month = gathered.month;
  const employees = only ? gathered.employees.filter((g) => only.has(g.employeeId)) : gathered.employees;
  if (employees.length === 0) return out;
  let choice: RuleSetChoice;
  try {
    choice = await ruleSetChoice(ctx, month, gathered.agency.code);
  } catch (e) {
    for (const g of employees) {
      out.set(g.employeeId, {
        month: { month, source: 'estimate', runId: null, status: 'failed', gross: 0, net: 0, payable: 0, carried: 0, error: e instanceof Error ? e.message : String(e) },
        result: null,
        notFinal: [...gathered.notes, ...g.notFinal],
      });
    }
    return out;
  }
  for (const g of employees) {
    const c = computeOne(choice.of(g.positionGroup), month, g.input, g.problem);
    const f = figuresOf(c);
    out.set(g.employeeId, {
      month: { month, source: 'estimate', runId: null, status: f.status, gross: f.gross, net: f.net, payable: f.payable, carried: 0, error: c.error },
      result: c.result,
      notFinal: [...gathered.notes, ...notFinalOf(g, c)],
    });
  }
  return out;
}

/** One employee's month: the run's result in force (latest recalculation included), else an estimate. */
export async function employeeMonth(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, month: string): Promise<TppEmployeeMonthAnswer> {
  await requireAccess(ctx, p, 'tpp.employee', { agencyId, ids: [employeeId] });
  const answer = await employeeMonthUnchecked(ctx, agencyId, employeeId, month);
  if (employeeId !== p.employeeId) await recordReads(ctx, p, agencyId, [employeeId], 'tpp');
  return answer;
}

async function employeeMonthUnchecked(ctx: AppContext, agencyId: string, employeeId: string, month: string): Promise<TppEmployeeMonthAnswer> {
  const run = await runOfMonth(ctx.db, agencyId, month);
  const [snap] = run ? await runSnapshots(ctx.db, agencyId, run.id, [employeeId]) : [];
  if (run && snap) {
    const recalcs = await employeeRecalculations(ctx.db, agencyId, run.id, employeeId);
    const result = snap.result as TppEmployeeResult | null;
    return {
      employee: { id: employeeId, agencyId, nip: snap.nip, name: snap.name, unitName: snap.unit_name, positionName: snap.position_name },
      month: {
        month,
        source: run.status,
        runId: run.id,
        status: result?.status ?? 'failed',
        gross: result?.gross ?? 0,
        net: result?.net ?? 0,
        payable: num(snap.current_payable),
        carried: num(snap.carried),
        error: snap.error,
      },
      result,
      notFinal: run.status === 'locked' ? [] : ((run.not_final as TppNotFinalItem[]) ?? []).filter((n) => n.employeeId === employeeId || n.employeeId === null),
      recalculations: recalcs.map((r) => ({ id: r.id, at: new Date(r.created_at).toISOString(), reason: r.reason, before: num(r.before_payable), after: num(r.after_payable), difference: num(r.difference) })),
    };
  }
  const gathered = await gatherMonth(ctx, agencyId, month, { employeeIds: [employeeId] });
  const g = gathered.employees[0];
  const est = (await estimatesOf(ctx, gathered)).get(employeeId);
  if (!g || !est) throw new AppError('NOT_FOUND', 'Pegawai tidak aktif atau belum memiliki jabatan dengan kelas jabatan.');
  return {
    employee: { id: employeeId, agencyId, nip: g.nip, name: g.name, unitName: g.unitName, positionName: g.positionName },
    month: est.month,
    result: est.result,
    notFinal: est.notFinal,
    recalculations: [],
  };
}

/** My TPP: the month asked (default this month), explained, and up to 12 months before from runs. */
export async function myTpp(ctx: AppContext, p: Principal, month?: string): Promise<TppMyAnswer> {
  if (!p.employeeId || !p.agencyId) throw new AppError('NOT_AN_EMPLOYEE');
  const m = month ?? (await currentMonthOf(ctx, p.agencyId));
  const [detail, history] = await Promise.all([
    employeeMonthUnchecked(ctx, p.agencyId, p.employeeId, m),
    employeeRunMonths(ctx.db, p.agencyId, [p.employeeId], { before: m, limit: 12 }),
  ]);
  return { current: detail.month, detail, history: history.map(monthOfRow) };
}

/** A supervisor's team today (direct subordinates on today's chart) for a month: run rows where there are, else estimates. */
export async function teamTpp(ctx: AppContext, p: Principal, agencyId: string, month?: string): Promise<TppTeamAnswer> {
  if (!p.employeeId || p.agencyId !== agencyId) throw new AppError('FORBIDDEN', 'Daftar TPP tim hanya untuk atasan di instansinya sendiri.');
  const found = await findTodayChart(ctx, agencyId);
  if (!found) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const m = month ?? found.today.slice(0, 7);
  const team = [...found.chart.subordinatesOf(p.employeeId)];
  const allowed = [...(await allowedIds(ctx, p, 'tpp.employee', { agencyId, ids: team }))];
  const rows = await employeeRunMonths(ctx.db, agencyId, allowed, { month: m });
  const fromRun = new Map(rows.map((r) => [r.employee_id, monthOfRow(r)]));
  const gathered = await gatherMonth(ctx, agencyId, m, { employeeIds: allowed });
  const est = await estimatesOf(ctx, gathered, new Set(allowed.filter((id) => !fromRun.has(id))));
  await recordReads(ctx, p, agencyId, allowed, 'tpp');
  return {
    month: m,
    items: gathered.employees
      .map((g) => {
        const mm = fromRun.get(g.employeeId) ?? est.get(g.employeeId)?.month;
        return mm ? { employeeId: g.employeeId, agencyId, nip: g.nip, name: g.name, positionName: g.positionName, month: mm } : null;
      })
      .filter((x): x is NonNullable<typeof x> => x !== null),
  };
}

/** A run's employee for the finance exports: identity as the run recorded it, and the result in force. */
export interface FinanceRunEmployee {
  employeeId: string;
  nip: string;
  name: string;
  golongan: string | null;
  kelas: number | null;
  bankAccount: BankAccount | null;
  unitId: string | null;
  unitName: string | null;
  positionName: string | null;
  /** The result as the run computed (and, once locked, as paid); null when the engine could not (error says why). */
  result: TppEmployeeResult | null;
  error: string | null;
  /** What the month pays (the run's), and the recalculations' difference carried to a later month (rapel > 0, deduction < 0). */
  payable: number;
  carried: number;
}

/**
 * A run for finance (modules/tpp-finance): its summary and employees ordered by unit and name, with
 * identity (NIP, name, golongan, kelas jabatan, bank account, unit) and TppEmployeeResult. Checked
 * with `tpp.read` (the agency's admins and finance, auditors in scope, the BKD).
 */
export async function readRunForFinance(ctx: AppContext, p: Principal, agencyId: string, runId: string): Promise<{ run: TppRunSummary; employees: FinanceRunEmployee[] }> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  const run = await runById(ctx.db, agencyId, runId);
  if (!run) throw new AppError('NOT_FOUND', 'Perhitungan TPP tidak ditemukan.');
  const rows = await runSnapshots(ctx.db, agencyId, runId, null);
  return {
    run: summaryOf(run),
    employees: rows.map((r) => ({
      employeeId: r.employee_id,
      nip: r.nip,
      name: r.name,
      golongan: r.golongan,
      kelas: r.kelas,
      bankAccount: r.bank_account,
      unitId: r.unit_id,
      unitName: r.unit_name,
      positionName: r.position_name,
      result: r.run_result as TppEmployeeResult | null,
      error: r.error,
      payable: (r.run_result as TppEmployeeResult | null)?.payable ?? 0,
      carried: num(r.carried),
    })),
  };
}
