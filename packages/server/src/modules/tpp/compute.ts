/**
 * Computing gathered or snapshotted inputs with core's engine, and finding the rule set in force.
 * Stored rule sets are parsed once per process and version (a used version never changes; an unused
 * one may be replaced, so the cache key carries its import time).
 */
import { computeTppEmployee, parseTppRuleSet, selectTppRuleSet, type TppEmployeeInput, type TppEmployeeResult, type TppRuleSet } from '@kinerja/core';
import type { TppNotFinalItem, TppTotals } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import type { GatheredEmployee } from './gather.js';
import { ruleSetVersion, ruleSetVersions } from './queries/rule-sets.js';

const parsed = new Map<string, TppRuleSet>();

function parseStored(row: { rule_set_id: string; version: number; imported_at: Date; document: unknown }): TppRuleSet | undefined {
  const key = `${row.rule_set_id}@${row.version}@${new Date(row.imported_at).toISOString()}`;
  let rs = parsed.get(key);
  if (!rs) {
    const p = parseTppRuleSet(row.document);
    if (!p.ok) return undefined;
    rs = p.value;
    parsed.set(key, rs);
  }
  return rs;
}

/** A stored version, parsed; 404 when it is not stored. */
export async function storedRuleSet(ctx: AppContext, id: string, version: number): Promise<TppRuleSet> {
  const row = await ruleSetVersion(ctx.db, id, version);
  const rs = row && parseStored(row);
  if (!rs) throw new AppError('NOT_FOUND', `Aturan TPP ${id} versi ${version} tidak ditemukan.`);
  return rs;
}

/** Every stored version, parsed, kept for 10 s per database (an import here forgets them at once). */
const storedSets = new WeakMap<object, { at: number; sets: TppRuleSet[] }>();
export function forgetStoredRuleSets(ctx: AppContext): void {
  storedSets.delete(ctx.db);
}
async function allStored(ctx: AppContext): Promise<TppRuleSet[]> {
  const hit = storedSets.get(ctx.db);
  if (hit && Date.now() - hit.at < 10_000) return hit.sets;
  const sets = (await ruleSetVersions(ctx.db)).map(parseStored).filter((x): x is TppRuleSet => x !== undefined);
  storedSets.set(ctx.db, { at: Date.now(), sets });
  return sets;
}

/** The stored rule set in force for an agency's month (core selectTppRuleSet), or a 409 naming what is missing. */
export async function ruleSetInForce(ctx: AppContext, month: string, agencyCode: string): Promise<TppRuleSet> {
  const sets = await allStored(ctx);
  const rs = selectTppRuleSet(sets, month, { agency: agencyCode });
  if (!rs) throw new AppError('CONFLICT', `Belum ada aturan TPP yang berlaku untuk bulan ${month} di instansi ini. Impor aturan TPP (Perkada) terlebih dahulu.`);
  return rs;
}

/**
 * Which rule set computes whom in an agency's month: `run` is the run's own (the set in force for the
 * agency, or the one named); an employee whose post is in a position group gets the most specific
 * set scoped to that group when one is in force (core's selectTppRuleSet: agency and group > agency
 * > group > region-wide), else `run`.
 */
export interface RuleSetChoice {
  run: TppRuleSet;
  of: (positionGroup: string | null) => TppRuleSet;
}

export async function ruleSetChoice(ctx: AppContext, month: string, agencyCode: string, runSet?: TppRuleSet): Promise<RuleSetChoice> {
  const run = runSet ?? (await ruleSetInForce(ctx, month, agencyCode));
  const sets = await allStored(ctx);
  const byGroup = new Map<string, TppRuleSet>();
  return {
    run,
    of: (group) => {
      if (group === null) return run;
      let rs = byGroup.get(group);
      if (!rs) {
        const found = selectTppRuleSet(sets, month, { agency: agencyCode, positionGroup: group });
        rs = found && (found.scope?.positionGroups ?? []).includes(group) ? found : run;
        byGroup.set(group, rs);
      }
      return rs;
    },
  };
}

export interface Computed {
  result: TppEmployeeResult | null;
  error: string | null;
}

/** One employee's inputs under a rule set; an input the engine refuses gives the reason, never a throw. */
export function computeOne(rs: TppRuleSet, month: string, input: TppEmployeeInput | null, problem: string | null = null): Computed {
  if (input === null) return { result: null, error: problem ?? 'Masukan tidak lengkap.' };
  try {
    return { result: computeTppEmployee(rs, month, input), error: null };
  } catch (e) {
    return { result: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** What a result adds to the run's row and totals. */
export function figuresOf(c: Computed) {
  const r = c.result;
  if (!r) return { status: 'failed' as const, basic: 0, gross: 0, cuts: 0, pph21: 0, bpjsEmployee: 0, bpjsEmployer: 0, net: 0, payable: 0 };
  return { status: r.status, basic: r.basic, gross: r.gross, cuts: r.gross - r.ceiling, pph21: r.pph21, bpjsEmployee: r.bpjsEmployee, bpjsEmployer: r.bpjsEmployer, net: r.net, payable: r.payable };
}

export function emptyTotals(): TppTotals {
  return { employees: 0, paid: 0, held: 0, nonTpp: 0, failed: 0, gross: 0, pph21: 0, bpjsEmployee: 0, bpjsEmployer: 0, net: 0, payable: 0 };
}

export function addToTotals(t: TppTotals, f: ReturnType<typeof figuresOf>): void {
  t.employees++;
  if (f.status === 'paid') t.paid++;
  else if (f.status === 'held') t.held++;
  else if (f.status === 'non_tpp') t.nonTpp++;
  else t.failed++;
  t.gross += f.gross;
  t.pph21 += f.pph21;
  t.bpjsEmployee += f.bpjsEmployee;
  t.bpjsEmployer += f.bpjsEmployer;
  t.net += f.net;
  t.payable += f.payable;
}

export function sumTotals(all: readonly TppTotals[]): TppTotals {
  const t = emptyTotals();
  for (const x of all) for (const k of Object.keys(t) as (keyof TppTotals)[]) t[k] += x[k];
  return t;
}

/** The employee's not-final items, plus a compute_failed item when the engine could not compute. */
export function notFinalOf(g: GatheredEmployee, c: Computed): TppNotFinalItem[] {
  if (c.error === null) return g.notFinal;
  return [...g.notFinal, { kind: 'compute_failed', employeeId: g.employeeId, employeeName: g.name, message: `TPP tidak dapat dihitung: ${c.error}` }];
}
