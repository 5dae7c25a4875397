import { ERRORS, normaliseNip, type Principal } from '@kinerja/core';
import type { Db } from '../../db/query.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { recordAudit } from '../audit/index.js';
import { bumpOrgVersion } from '../org/index.js';
import type { Actor } from './checker.js';
import { loadExisting, type Existing } from './existing.js';
import { agencyCodeAndTimeZone, sequentialOnCitus } from './queries.js';
import { planLeavers, writeLeavers, LEAVERS_LISTED, type LeaversPlan } from './leavers.js';
import { planImport, type Plan } from './plan.js';
import type { ParsedFile, Problem } from './types.js';
import { sortProblems, validateImport } from './validate.js';
import { planSize, writePlan } from './write-plan.js';

export interface ApplyInput {
  parsed: ParsedFile;
  principal: Principal;
  dryRun: boolean;
  /** The Pegawai sheet is the full staff list of each agency it names: turn off those not in it (leavers.ts). */
  disableMissing?: boolean;
  jobId: string;
  /** Rows processed so far (of parsed.totalRows). */
  onProgress: (processed: number) => void;
}

export interface ApplyResult {
  problems: Problem[];
  summary: Record<string, unknown>;
}

/** The agencies and NIPs the file names, so only those are loaded. */
function wanted(parsed: ParsedFile, actor: Actor) {
  const agencyCodes = new Set<string>();
  const nips = new Set<string>();
  for (const sheet of Object.values(parsed.sheets)) {
    for (const r of sheet.rows) {
      const code = r.values.kode_opd;
      // Rows of other agencies are refused anyway; an agency admin never loads another agency.
      if (code && (actor.role === 'bkd_admin' || code === actor.agencyCode)) agencyCodes.add(code);
      for (const col of ['nip', 'nip_atasan']) {
        const n = normaliseNip(r.values[col] ?? '');
        if (/^\d{18}$/.test(n)) nips.add(n);
      }
    }
  }
  if (actor.agencyCode) agencyCodes.add(actor.agencyCode);
  return { agencyCodes: [...agencyCodes], nips: [...nips] };
}

export const failedSummary = (problemCount: number) => ({
  errorCode: 'IMPORT_INVALID',
  message: ERRORS.IMPORT_INVALID.message,
  problemCount,
});

/**
 * Validates the file and, unless it is a dry run, writes it: all of it in one transaction or
 * nothing. A dry run reads through ctx.db and writes nothing. Inside the transaction only `trx`
 * is used: PGlite has one connection and ctx.db would wait for this very transaction.
 */
export async function applyImport(ctx: AppContext, input: ApplyInput): Promise<ApplyResult> {
  const { parsed, principal, dryRun } = input;
  const own = principal.agencyId
    ? await agencyCodeAndTimeZone(ctx.db, principal.agencyId)
    : undefined;
  const actor: Actor = { role: principal.role, agencyCode: own?.code ?? null };
  const want = wanted(parsed, actor);
  const now = ctx.now();

  const prepare = async (db: Db, existing: Existing): Promise<{ problems: Problem[]; plan?: Plan; leavers?: LeaversPlan }> => {
    const validated = validateImport({ sheets: parsed.sheets, actor, existing, now });
    const problems = sortProblems([...parsed.problems, ...validated.problems]);
    if (problems.length) return { problems };
    const leavers = input.disableMissing ? await planLeavers(db, validated, existing, now) : undefined;
    if (leavers?.problems.length) return { problems: leavers.problems };
    return { problems: [], plan: planImport({ validated, existing, now, newId, newAgencyTimeZone: own?.time_zone }), ...(leavers ? { leavers } : {}) };
  };
  const leaverSummary = (l?: LeaversPlan) =>
    l ? { leavers: { count: l.leavers.length, accountsDisabled: l.accountIds.length, listed: l.leavers.slice(0, LEAVERS_LISTED) } } : {};
  const result = (problems: Problem[], plan?: Plan, leavers?: LeaversPlan): ApplyResult =>
    plan
      ? { problems, summary: { dryRun, totalRows: parsed.totalRows, ...plan.summary, ...leaverSummary(leavers) } }
      : { problems, summary: { dryRun, totalRows: parsed.totalRows, ...failedSummary(problems.length) } };

  if (dryRun) {
    const { problems, plan, leavers } = await prepare(ctx.db, await loadExisting(ctx.db, want, false));
    input.onProgress(parsed.totalRows);
    return result(problems, plan, leavers);
  }

  return ctx.db.transaction().execute(async (trx) => {
    await sequentialOnCitus(trx);
    const { problems, plan, leavers } = await prepare(trx, await loadExisting(trx, want, true));
    if (!plan) return result(problems);
    const s = plan.summary;
    const total = parsed.totalRows;
    const work = planSize(plan);
    let written = 0;
    // Unchanged rows need no write; the rest advance with each batch.
    const report = () => input.onProgress(Math.min(total, Math.round(s.unchanged + ((total - s.unchanged) * written) / Math.max(work, 1))));
    report();
    await writePlan(trx, plan, now, (n) => {
      written += n;
      report();
    });
    const sessionsEnded = leavers ? await writeLeavers(trx, leavers, now) : 0;
    for (const l of leavers?.byAgency ?? []) plan.touchedAgencyIds.add(l.agencyId);
    for (const agencyId of plan.touchedAgencyIds) await bumpOrgVersion(trx, agencyId);
    if (work > 0 || leavers?.leavers.length) {
      const single = plan.touchedAgencyIds.size === 1 ? [...plan.touchedAgencyIds][0]! : null;
      await recordAudit(trx, {
        agencyId: single,
        actorAccountId: principal.accountId,
        action: 'import.applied',
        entity: 'import_job',
        entityId: input.jobId,
        data: { ...s, ...(leavers ? { leavers: leavers.leavers.map((l) => l.nip), accountsDisabled: leavers.accountIds.length, sessionsEnded } : {}) },
      });
    }
    input.onProgress(total);
    return result([], plan, leavers);
  });
}
