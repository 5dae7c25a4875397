import type { AppContext } from '../../context.js';
import { chainRowsBefore, cutChainBatch, recordAudit } from '../audit/index.js';
import { removeUnnamedFiles } from '../evidence/index.js';
import {
  countEntriesBefore,
  deleteEntries,
  detachEvidence,
  entriesWithOldEvidence,
  oldEvidenceFiles,
  purgeableEntries,
  retentionAgencies,
  type Holds,
} from './queries.js';

/** No period below this is applied, whatever the setting says (the audit trail's floor is also in the database, migration 0048). */
export const MIN_YEARS_DAYS = 365;
/** Rows a batch handles: one transaction each, so a pass never holds locks for long. */
export const PURGE_BATCH = 500;
/** Batches one pass may run; the rest waits for the next pass (10 minutes on). */
export const PURGE_BATCHES_PER_PASS = 40;
/** A file uploaded this recently is never removed, even if nothing names it yet (it is about to be attached). */
const UPLOAD_GRACE_DAYS = 7;
const DAY = 86_400_000;

export interface PurgeResult {
  /** Journal entries removed with their history and decisions. */
  journalEntries: number;
  /** Evidence links removed (from purged entries, and from entries older than the evidence period). */
  evidenceLinks: number;
  /** Evidence files nothing named any more, removed from the store. */
  evidenceFiles: number;
  /** Audit rows cut off the old end of their chains, behind a signed checkpoint. */
  auditRows: number;
}

/** The cut-off dates and holds in force for a pass at `now`. */
export function purgePlan(ctx: AppContext, now: Date) {
  const days = (n: number) => Math.max(n, MIN_YEARS_DAYS);
  const r = ctx.config.retentionDays;
  const dateBefore = (n: number) => new Date(now.getTime() - days(n) * DAY).toISOString().slice(0, 10);
  const holds: Holds = {
    tppHoldMonth: new Date(now.getTime() - ctx.config.retentionHoldDays.tpp * DAY).toISOString().slice(0, 7),
    evaluationHoldSince: new Date(now.getTime() - ctx.config.retentionHoldDays.evaluation * DAY),
  };
  return {
    journalsBefore: dateBefore(r.journals),
    // Evidence never outlives its entry: the shorter of the two periods.
    evidenceBefore: dateBefore(Math.min(r.evidence, r.journals)),
    auditBefore: new Date(now.getTime() - days(r.audit) * DAY),
    uploadedSince: new Date(now.getTime() - UPLOAD_GRACE_DAYS * DAY),
    holds,
    days: { journals: days(r.journals), evidence: days(Math.min(r.evidence, r.journals)), audit: days(r.audit), tppHold: ctx.config.retentionHoldDays.tpp, evaluationHold: ctx.config.retentionHoldDays.evaluation },
  };
}

/** The audit trail and the orphan sweep are looked at once a day (per context), the journal every pass. */
const dailyPassDay = new WeakMap<AppContext, string>();

/**
 * Journals, evidence and the audit trail past their periods (issue 20 item 6), one scheduled pass:
 * idempotent (each batch reads what is still due), in batches of PURGE_BATCH rows, each batch one
 * transaction. An entry a locked TPP month or a finalised evaluation still holds is never removed.
 * A pass that removed anything is recorded in the audit trail with the counts and the periods.
 */
export async function purgeExpiredRecords(ctx: AppContext, o: { batch: number; batches: number } = { batch: PURGE_BATCH, batches: PURGE_BATCHES_PER_PASS }): Promise<PurgeResult> {
  const now = ctx.now();
  const plan = purgePlan(ctx, now);
  const result: PurgeResult = { journalEntries: 0, evidenceLinks: 0, evidenceFiles: 0, auditRows: 0 };
  let budget = o.batches;
  const agencies = await retentionAgencies(ctx.db);

  for (const agencyId of agencies) {
    while (budget > 0) {
      budget -= 1;
      const batch = await ctx.db.transaction().execute(async (trx) => {
        const ids = await purgeableEntries(trx, agencyId, plan.journalsBefore, plan.holds, o.batch);
        if (ids.length === 0) return null;
        const files = await detachEvidence(trx, agencyId, ids);
        return { entries: await deleteEntries(trx, agencyId, ids), files };
      });
      if (!batch) break;
      result.journalEntries += batch.entries;
      result.evidenceLinks += batch.files.length;
      result.evidenceFiles += await removeUnnamedFiles(ctx, batch.files, plan.uploadedSince);
    }
    if (plan.evidenceBefore < plan.journalsBefore) {
      while (budget > 0) {
        budget -= 1;
        const files = await ctx.db.transaction().execute(async (trx) => {
          const ids = await entriesWithOldEvidence(trx, agencyId, plan.evidenceBefore, plan.holds, o.batch);
          return ids.length ? detachEvidence(trx, agencyId, ids) : null;
        });
        if (!files) break;
        result.evidenceLinks += files.length;
        result.evidenceFiles += await removeUnnamedFiles(ctx, files, plan.uploadedSince);
      }
    }
  }

  const today = now.toISOString().slice(0, 10);
  if (dailyPassDay.get(ctx) !== today) {
    dailyPassDay.set(ctx, today);
    result.evidenceFiles += await sweepOrphans(ctx, new Date(`${plan.evidenceBefore}T00:00:00Z`), plan.uploadedSince);
    result.auditRows += await cutAuditTrail(ctx, [null, ...agencies], plan.auditBefore);
  }

  if (result.journalEntries + result.evidenceLinks + result.evidenceFiles + result.auditRows > 0) {
    await recordAudit(ctx.db, { agencyId: null, actorAccountId: null, action: 'retention.purged', entity: 'retention', entityId: null, data: { ...result, before: { journals: plan.journalsBefore, evidence: plan.evidenceBefore, audit: plan.auditBefore.toISOString() }, days: plan.days } });
  }
  return result;
}

/**
 * Files created before the evidence period that nothing names (their entries purged earlier, an interrupted
 * pass, uploads never attached): the old files page by page, each page's unnamed ones removed.
 */
async function sweepOrphans(ctx: AppContext, createdBefore: Date, uploadedSince: Date): Promise<number> {
  let removed = 0;
  let after = '';
  for (;;) {
    const page = await oldEvidenceFiles(ctx.db, createdBefore, uploadedSince, after, PURGE_BATCH);
    if (page.length === 0) return removed;
    removed += await removeUnnamedFiles(ctx, page, uploadedSince);
    after = page.at(-1)!;
  }
}

/** Each chain's old end, behind a checkpoint signed with the server key; one audit row in each chain cut says so. */
async function cutAuditTrail(ctx: AppContext, chains: (string | null)[], before: Date): Promise<number> {
  let total = 0;
  for (const agencyId of chains) {
    let rows = 0;
    let last: { throughSeq: number; throughHash: string } | null = null;
    for (;;) {
      const cut = await cutChainBatch(ctx.db, ctx.config.totpKeyFile, agencyId, before, 5000);
      if (!cut) break;
      rows += cut.rows;
      last = cut;
    }
    if (last) {
      total += rows;
      await recordAudit(ctx.db, { agencyId, actorAccountId: null, action: 'retention.audit_cut', entity: 'audit_log', entityId: String(last.throughSeq), data: { rows, throughSeq: last.throughSeq, throughHash: last.throughHash, before: before.toISOString() } });
    }
  }
  return total;
}

export interface PurgeReportAgency {
  agencyId: string | null;
  /** Entries worked before the journal cut-off; of them held by a locked TPP month or a finalised evaluation; due = total − held. */
  journalEntries: { total: number; held: number; due: number };
  /** Entries before the evidence cut-off, not held, that still carry evidence (their links would go). */
  entriesWithEvidenceDue: number;
  /** Audit rows of the agency's chain (null: the province's) a pass would cut. */
  auditRows: number;
}

/** The dry run for the BKD admin (GET /retention/report): what a pass would remove now, per agency, changing nothing. */
export async function purgeReport(ctx: AppContext) {
  const now = ctx.now();
  const plan = purgePlan(ctx, now);
  const agencies: PurgeReportAgency[] = [];
  const ids = await retentionAgencies(ctx.db);
  const provinceRows = await chainRowsBefore(ctx.db, null, plan.auditBefore);
  for (const agencyId of ids) {
    const j = await countEntriesBefore(ctx.db, agencyId, plan.journalsBefore, plan.holds);
    const e = await countEntriesBefore(ctx.db, agencyId, plan.evidenceBefore, plan.holds);
    agencies.push({ agencyId, journalEntries: { total: j.total, held: j.held, due: j.total - j.held }, entriesWithEvidenceDue: e.withEvidenceDue, auditRows: await chainRowsBefore(ctx.db, agencyId, plan.auditBefore) });
  }
  return {
    at: now.toISOString(),
    before: { journals: plan.journalsBefore, evidence: plan.evidenceBefore, audit: plan.auditBefore.toISOString() },
    holds: { tppLockedMonthsFrom: plan.holds.tppHoldMonth, evaluationsFinalisedAfter: plan.holds.evaluationHoldSince.toISOString() },
    days: plan.days,
    provinceAuditRows: provinceRows,
    agencies: agencies.filter((a) => a.journalEntries.total + a.entriesWithEvidenceDue + a.auditRows > 0),
  };
}
