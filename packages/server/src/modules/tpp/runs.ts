/**
 * The monthly run (issue 19 item 3): draft → checked → locked, per agency (a province run makes one
 * per agency). A run keeps every employee's input snapshot and result, so a locked month is
 * recomputed years later from its snapshot with identical rupiah; a correction after locking is a
 * recorded recalculation whose per-employee difference is carried to the next month.
 */
import { randomUUID } from 'node:crypto';
import type { Principal, TppEmployeeInput, TppEmployeeResult, TppRuleSet } from '@kinerja/core';
import type { TppNotFinalItem, TppRecalculationDetail, TppRunDetail, TppRunEmployeesAnswer, TppRunEmployeesQuery, TppRunStatus, TppRunSummary, TppTotals } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { employeesOfAccounts } from '../org/index.js';
import { addToTotals, computeOne, emptyTotals, figuresOf, notFinalOf, ruleSetChoice, storedRuleSet, type Computed, type RuleSetChoice } from './compute.js';
import { currentMonthOf, gatherMonth, nextMonth, type GatheredEmployee } from './gather.js';
import { markRuleSetUsed } from './queries/rule-sets.js';
import {
  applyRecalculation,
  deleteRunEmployees,
  insertRecalculation,
  insertRecalculationEmployees,
  insertRun,
  insertRunEmployees,
  insertRunEvent,
  moveRunStatus,
  recalculationItems,
  recalculationsOfRun,
  runById,
  runEmployeeList,
  runEvents,
  runOfMonth,
  runsOfAgency,
  runSnapshots,
  runUnitTotals,
  updateUnlockedRun,
  type RunEmployeeValues,
  type RunRow,
} from './queries/runs.js';

const BATCH = 500;

/** JSON with object keys sorted: a result read back from jsonb (which reorders keys) compares equal to a fresh one. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const num = (x: unknown) => Number(x ?? 0);

export function summaryOf(r: RunRow): TppRunSummary {
  const notFinal = (r.not_final as TppNotFinalItem[]) ?? [];
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    month: r.month,
    status: r.status,
    ruleSet: { id: r.rule_set_id, version: r.rule_set_version, name: r.rule_set_name ?? r.rule_set_id },
    totals: r.totals as TppTotals,
    notFinalCount: notFinal.length,
    recalculations: num(r.recalculations),
    computedAt: iso(r.computed_at)!,
    checkedAt: iso(r.checked_at),
    lockedAt: iso(r.locked_at),
  };
}

async function runOrThrow(ctx: AppContext, agencyId: string, runId: string): Promise<RunRow> {
  const run = await runById(ctx.db, agencyId, runId);
  if (!run) throw new AppError('NOT_FOUND', 'Perhitungan TPP tidak ditemukan.');
  return run;
}

/** The rule set a snapshot row was computed with: its own (a position group's), else the run's; each stored version read once. */
function rowRuleSets(ctx: AppContext, run: TppRuleSet) {
  const read = new Map<string, Promise<TppRuleSet>>();
  return (row: { rule_set_id: string | null; rule_set_version: number | null }): Promise<TppRuleSet> => {
    if (row.rule_set_id === null || row.rule_set_version === null) return Promise.resolve(run);
    const key = `${row.rule_set_id}@${row.rule_set_version}`;
    if (!read.has(key)) read.set(key, storedRuleSet(ctx, row.rule_set_id, row.rule_set_version));
    return read.get(key)!;
  };
}

/**
 * Computes gathered employees: each row to store, the totals and the not-final list. Each employee
 * under the run's rule set, or the one its post's position group selects.
 */
export function computeGatheredRows(choice: TppRuleSet | RuleSetChoice, month: string, employees: readonly GatheredEmployee[]) {
  const rows: RunEmployeeValues[] = [];
  const totals = emptyTotals();
  const notFinal: TppNotFinalItem[] = [];
  const runSet = 'run' in choice ? choice.run : choice;
  for (const g of employees) {
    const rs = 'run' in choice ? choice.of(g.positionGroup) : choice;
    const c = computeOne(rs, month, g.input, g.problem);
    const f = figuresOf(c);
    addToTotals(totals, f);
    notFinal.push(...notFinalOf(g, c));
    rows.push({
      employeeId: g.employeeId,
      nip: g.nip,
      name: g.name,
      unitId: g.unitId,
      unitName: g.unitName,
      positionName: g.positionName,
      kelas: g.kelas,
      golongan: g.golongan,
      bankAccount: g.bankAccount,
      positionGroup: g.positionGroup,
      ruleSet: rs === runSet ? null : { id: rs.id, version: rs.version },
      status: f.status,
      input: g.input,
      result: c.result,
      error: c.error,
      basic: f.basic,
      gross: f.gross,
      cuts: f.cuts,
      pph21: f.pph21,
      bpjsEmployee: f.bpjsEmployee,
      net: f.net,
      payable: f.payable,
    });
  }
  return { rows, totals, notFinal };
}

/**
 * Creates the agency's draft for a month, or computes an unlocked one again (a checked run goes back
 * to draft). A locked month is refused: it changes only by a recalculation.
 */
export async function createOrRedoRun(
  ctx: AppContext,
  p: Principal,
  agencyId: string,
  month: string,
  ruleSetRef?: { id: string; version: number },
  /** Called (and awaited) as each step ends: the TPP benches time the steps with it. */
  onStep?: (step: 'gathered' | 'computed' | 'stored') => unknown,
): Promise<string> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  const existing = await runOfMonth(ctx.db, agencyId, month);
  if (existing?.status === 'locked') throw new AppError('TPP_RUN_LOCKED', `TPP bulan ${month} sudah dikunci; perubahan hanya melalui perhitungan ulang.`);
  if (month > nextMonth(await currentMonthOf(ctx, agencyId))) throw new AppError('VALIDATION', 'Bulan TPP belum dimulai.');
  const gathered = await gatherMonth(ctx, agencyId, month);
  await onStep?.('gathered');
  const choice = await ruleSetChoice(ctx, month, gathered.agency.code, ruleSetRef ? await storedRuleSet(ctx, ruleSetRef.id, ruleSetRef.version) : undefined);
  const rs = choice.run;
  const { rows, totals, notFinal } = computeGatheredRows(choice, month, gathered.employees);
  await onStep?.('computed');
  const id = existing?.id ?? randomUUID();
  const at = ctx.now();
  const values = { agencyId, id, month, ruleSetId: rs.id, ruleSetVersion: rs.version, totals, notFinal: [...gathered.notes, ...notFinal], accountId: p.accountId, at };
  await ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      if (!(await updateUnlockedRun(trx, values))) throw new AppError('TPP_RUN_LOCKED', `TPP bulan ${month} baru saja dikunci.`);
      await deleteRunEmployees(trx, agencyId, id);
    } else {
      await insertRun(trx, values);
    }
    for (let i = 0; i < rows.length; i += BATCH) await insertRunEmployees(trx, agencyId, id, rows.slice(i, i + BATCH));
    const used = new Map([rs, ...rows.flatMap((r) => (r.ruleSet ? [r.ruleSet] : []))].map((x) => [`${x.id}@${x.version}`, x]));
    for (const u of used.values()) await markRuleSetUsed(trx, u.id, u.version, at);
    const action = existing ? 'recomputed' : 'created';
    await insertRunEvent(trx, agencyId, id, action, p.accountId, at, `${rows.length} pegawai, aturan ${rs.id} v${rs.version}`);
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: `tpp.run.${action}`,
      entity: 'tpp_run',
      entityId: id,
      data: { month, ruleSet: `${rs.id}@${rs.version}`, employees: rows.length, payable: totals.payable },
    });
  });
  await onStep?.('stored');
  return id;
}

/** Recomputes a draft or checked run (from the run's id). */
export async function recomputeRun(ctx: AppContext, p: Principal, agencyId: string, runId: string): Promise<string> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  const run = await runOrThrow(ctx, agencyId, runId);
  return createOrRedoRun(ctx, p, agencyId, run.month, { id: run.rule_set_id, version: run.rule_set_version });
}

const MOVES = {
  check: { from: 'draft', to: 'checked', action: 'checked', wrong: 'Hanya perhitungan berstatus draf yang dapat diperiksa.' },
  reopen: { from: 'checked', to: 'draft', action: 'reopened', wrong: 'Hanya perhitungan yang sudah diperiksa (belum dikunci) yang dapat dibuka kembali.' },
  lock: { from: 'checked', to: 'locked', action: 'locked', wrong: 'Hanya perhitungan yang sudah diperiksa yang dapat dikunci.' },
} as const satisfies Record<string, { from: TppRunStatus; to: TppRunStatus; action: string; wrong: string }>;

/** draft → checked, checked → draft, checked → locked; locking with inputs not final needs `acceptNotFinal`. */
export async function moveRun(ctx: AppContext, p: Principal, agencyId: string, runId: string, move: keyof typeof MOVES, body: { note?: string; acceptNotFinal?: boolean }): Promise<void> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  const run = await runOrThrow(ctx, agencyId, runId);
  const m = MOVES[move];
  if (run.status !== m.from) throw new AppError('CONFLICT', m.wrong);
  const notFinal = (run.not_final as TppNotFinalItem[]) ?? [];
  const blocking = notFinal.filter((n) => n.kind !== 'source_missing');
  if (move === 'lock' && blocking.length > 0 && !body.acceptNotFinal) {
    throw new AppError('TPP_NOT_FINAL', `Masih ada ${blocking.length} data yang belum final. Periksa daftarnya, lalu kunci dengan menyatakan menerima (acceptNotFinal).`);
  }
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await moveRunStatus(trx, agencyId, runId, m.from, m.to, p.accountId, at))) throw new AppError('CONFLICT', m.wrong);
    await insertRunEvent(trx, agencyId, runId, m.action, p.accountId, at, body.note ?? '');
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: `tpp.run.${m.action}`,
      entity: 'tpp_run',
      entityId: runId,
      data: { month: run.month, ...(move === 'lock' ? { notFinalAccepted: blocking.length } : {}), ...(body.note ? { note: body.note } : {}) },
    });
  });
}

/**
 * A recorded recalculation of a locked run: the employees' inputs gathered again, computed with the
 * run's own rule set, and the difference per employee against what is in force stored and carried
 * to the month after the recalculation (rapel > 0, deduction < 0). The run's rows stay as locked.
 */
export async function recalculateRun(ctx: AppContext, p: Principal, agencyId: string, runId: string, body: { reason: string; employeeIds?: string[] }): Promise<string> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  const run = await runOrThrow(ctx, agencyId, runId);
  if (run.status !== 'locked') throw new AppError('CONFLICT', 'Perhitungan ulang hanya untuk bulan yang sudah dikunci; selama belum dikunci, hitung ulang drafnya.');
  const rs = await storedRuleSet(ctx, run.rule_set_id, run.rule_set_version);
  const current = await runSnapshots(ctx.db, agencyId, runId, body.employeeIds ?? null);
  if (body.employeeIds && current.length !== new Set(body.employeeIds).size) throw new AppError('VALIDATION', 'Ada pegawai yang tidak termasuk dalam perhitungan bulan ini.');
  const gathered = await gatherMonth(ctx, agencyId, run.month, { employeeIds: current.map((c) => c.employee_id) });
  const byId = new Map(gathered.employees.map((g) => [g.employeeId, g]));
  const ruleSetOf = rowRuleSets(ctx, rs);
  const changed: { employeeId: string; input: TppEmployeeInput | null; result: TppEmployeeResult | null; error: string | null; before: number; after: number }[] = [];
  for (const c of current) {
    const g = byId.get(c.employee_id);
    const computed: Computed = g ? computeOne(await ruleSetOf(c), run.month, g.input, g.problem) : { result: null, error: 'Pegawai tidak lagi aktif atau tidak memiliki jabatan.' };
    const after = figuresOf(computed).payable;
    const before = num(c.current_payable);
    const sameResult = canonical(computed.result) === canonical(c.result ?? null);
    if (after !== before || !sameResult) changed.push({ employeeId: c.employee_id, input: g?.input ?? null, result: computed.result, error: computed.error, before, after });
  }
  const id = randomUUID();
  const at = ctx.now();
  const settleMonth = nextMonth(await currentMonthOf(ctx, agencyId));
  const total = changed.reduce((a, c) => a + (c.after - c.before), 0);
  await ctx.db.transaction().execute(async (trx) => {
    await insertRecalculation(trx, { agencyId, id, runId, reason: body.reason, settleMonth, total, changed: changed.length, accountId: p.accountId, at });
    for (let i = 0; i < changed.length; i += BATCH) await insertRecalculationEmployees(trx, agencyId, id, changed.slice(i, i + BATCH));
    await applyRecalculation(trx, agencyId, runId, id, changed.map((c) => ({ employeeId: c.employeeId, payable: c.after, difference: c.after - c.before })));
    await insertRunEvent(trx, agencyId, runId, 'recalculated', p.accountId, at, body.reason);
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: 'tpp.run.recalculated',
      entity: 'tpp_run',
      entityId: runId,
      data: { month: run.month, recalculationId: id, reason: body.reason, changed: changed.length, difference: total, settleMonth },
    });
  });
  return id;
}

type Actor = { actor_agency_id: string | null; actor_employee_id: string | null; display_name: string | null; nip: string | null };

/** Who acted, by name: the account's employee's name, else the account's display name, else its NIP (null without an account). */
async function namesOfActors(ctx: AppContext, rows: readonly Actor[]): Promise<(a: Actor) => string | null> {
  const employeeOf = await employeesOfAccounts(ctx.db, rows);
  return (a) => employeeOf(a)?.name ?? a.display_name ?? a.nip;
}

export async function runDetail(ctx: AppContext, p: Principal, agencyId: string, runId: string): Promise<TppRunDetail> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  const run = await runOrThrow(ctx, agencyId, runId);
  const [events, units, recalcs] = await Promise.all([runEvents(ctx.db, agencyId, runId), runUnitTotals(ctx.db, agencyId, runId), recalculationsOfRun(ctx.db, agencyId, runId)]);
  const byName = await namesOfActors(ctx, [...events, ...recalcs]);
  return {
    run: summaryOf(run),
    notFinal: (run.not_final as TppNotFinalItem[]) ?? [],
    events: events.map((e) => ({ action: e.action as TppRunDetail['events'][number]['action'], at: iso(e.at)!, byAccountId: e.account_id, byName: byName(e), note: e.note })),
    units: units.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name ?? 'Tanpa unit', employees: num(u.employees), gross: num(u.gross), payable: num(u.payable) })),
    recalculations: recalcs.map((r) => ({ id: r.id, seq: r.seq, at: iso(r.created_at)!, byName: byName(r), reason: r.reason, changed: r.changed, difference: num(r.total) })),
  };
}

export async function agencyRuns(ctx: AppContext, p: Principal, agencyId: string, month: string | undefined): Promise<TppRunSummary[]> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  return (await runsOfAgency(ctx.db, agencyId, month ?? null)).map(summaryOf);
}

export async function runEmployees(ctx: AppContext, p: Principal, agencyId: string, runId: string, q: TppRunEmployeesQuery): Promise<TppRunEmployeesAnswer> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  await runOrThrow(ctx, agencyId, runId);
  const { items, total } = await runEmployeeList(ctx.db, agencyId, runId, { ...(q.unitId ? { unitId: q.unitId } : {}), ...(q.q ? { q: q.q } : {}), limit: q.limit ?? 500, offset: q.offset ?? 0 });
  return {
    total,
    items: items.map((r) => ({
      employeeId: r.employee_id,
      nip: r.nip,
      name: r.name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      positionName: r.position_name,
      kelas: r.kelas,
      golongan: r.golongan,
      status: r.status,
      basic: num(r.basic),
      gross: num(r.gross),
      cuts: num(r.cuts),
      pph21: num(r.pph21),
      bpjsEmployee: num(r.bpjs_employee),
      net: num(r.net),
      payable: num(r.payable),
      carried: num(r.carried),
      error: r.error,
    })),
  };
}

export async function recalculationDetail(ctx: AppContext, p: Principal, agencyId: string, runId: string, recalculationId: string): Promise<TppRecalculationDetail> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  const rc = (await recalculationsOfRun(ctx.db, agencyId, runId)).find((r) => r.id === recalculationId);
  if (!rc) throw new AppError('NOT_FOUND', 'Perhitungan ulang tidak ditemukan.');
  const [items, byName] = await Promise.all([recalculationItems(ctx.db, agencyId, runId, recalculationId), namesOfActors(ctx, [rc])]);
  return {
    id: rc.id,
    runId,
    seq: rc.seq,
    at: iso(rc.created_at)!,
    byName: byName(rc),
    reason: rc.reason,
    settleMonth: rc.settle_month,
    total: num(rc.total),
    items: items.map((i) => ({ employeeId: i.employee_id, nip: i.nip, name: i.name, before: num(i.before_payable), after: num(i.after_payable), difference: num(i.difference) })),
  };
}

/**
 * A locked (or any) run recomputed from its own snapshot with its own rule set, nothing gathered:
 * the proof that a month can be reproduced. Answers each employee's stored and recomputed result.
 */
export async function reproduceRun(ctx: AppContext, agencyId: string, runId: string): Promise<{ employeeId: string; stored: unknown; recomputed: TppEmployeeResult | null }[]> {
  const run = await runOrThrow(ctx, agencyId, runId);
  const rs = await storedRuleSet(ctx, run.rule_set_id, run.rule_set_version);
  const ruleSetOf = rowRuleSets(ctx, rs);
  const out: { employeeId: string; stored: unknown; recomputed: TppEmployeeResult | null }[] = [];
  for (const s of await runSnapshots(ctx.db, agencyId, runId, null)) {
    out.push({ employeeId: s.employee_id, stored: s.run_result, recomputed: computeOne(await ruleSetOf(s), run.month, s.run_input as TppEmployeeInput | null).result });
  }
  return out;
}
