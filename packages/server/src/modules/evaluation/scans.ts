import type { Principal } from '@kinerja/core';
import type { EvaluationScan, EvaluationScansAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { recordReads } from '../data-reads/index.js';
import { agencyToday } from '../settings/index.js';
import { findEvidence, ingestEvidence } from '../evidence/index.js';
import { employeesOfAccounts, type EmployeeName } from '../org/index.js';
import { agencyHeading } from '../skp-print/index.js';
import { evaluationScan, evaluationScans, insertEvaluationScan } from './queries/documents.js';
import { evaluationRow, evaluationSkp } from './queries.js';
import { EVALUATION_NOT_FOUND } from './service.js';

export const EVALUATION_SCAN_NOT_FOUND = 'Pindaian dokumen evaluasi bertanda tangan tidak ditemukan.';
export const NOT_FINAL = 'Evaluasi belum ditetapkan: pindaian bertanda tangan hanya dapat disimpan untuk evaluasi yang telah ditetapkan pejabat penilai.';

type ScanRow = NonNullable<Awaited<ReturnType<typeof evaluationScan>>>;
type EvaluationRow = NonNullable<Awaited<ReturnType<typeof evaluationRow>>>;

function scanOf(r: ScanRow, uploader: EmployeeName | undefined): EvaluationScan {
  return {
    sha256: r.sha256,
    finalisedAt: new Date(r.finalised_at).toISOString(),
    mediaType: r.media_type as EvaluationScan['mediaType'],
    byteSize: r.byte_size,
    uploadedAt: new Date(r.uploaded_at).toISOString(),
    uploadedByName: uploader?.name ?? r.display_name,
  };
}

async function withUploaders(ctx: AppContext, rows: ScanRow[]): Promise<EvaluationScan[]> {
  const uploaderOf = await employeesOfAccounts(ctx.db, rows);
  return rows.map((r) => scanOf(r, uploaderOf(r)));
}

/** The evaluation, after `permission` on its SKP (and evaluation.read first): 404 when the agency has none such. */
async function evaluationAfter(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string, permission: 'evaluation.read' | 'evaluation.scan_upload'): Promise<EvaluationRow> {
  const row = await evaluationRow(ctx.db, agencyId, evaluationId, false);
  if (!row) throw new AppError('NOT_FOUND', EVALUATION_NOT_FOUND);
  await requireAccess(ctx, p, 'evaluation.read', { agencyId, ids: [row.skp_id] });
  if (permission !== 'evaluation.read') await requireAccess(ctx, p, permission, { agencyId, ids: [row.skp_id] });
  return row;
}

/** Whoever may keep a scan with this evaluation (before its body is read): 404, or the refusal. */
export async function scanTarget(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<void> {
  await evaluationAfter(ctx, p, agencyId, evaluationId, 'evaluation.scan_upload');
}

/**
 * Keeps an uploaded signed scan (photo or PDF) of the printed Dokumen Evaluasi or Evaluasi Kinerja
 * with a finalised evaluation, naming the finalisation it signs: the file goes to the evidence store
 * (checked against its SHA-256, photos re-encoded without metadata), the link and its audit row in
 * one transaction. Idempotent: the same file again keeps nothing new (`created` false). An
 * evaluation in progress (never finalised, or reopened) is refused with 409.
 */
export async function keepEvaluationScan(
  ctx: AppContext,
  p: Principal,
  agencyId: string,
  evaluationId: string,
  bytes: Buffer,
  sha256: string,
): Promise<{ scan: EvaluationScan; created: boolean }> {
  const row = await evaluationAfter(ctx, p, agencyId, evaluationId, 'evaluation.scan_upload');
  if (row.status !== 'final' || !row.finalised_at) throw new AppError('CONFLICT', NOT_FINAL);
  const finalisedAt = new Date(row.finalised_at);
  const agency = await agencyHeading(ctx.db, agencyId);
  const { meta } = await ingestEvidence(ctx, { accountId: p.accountId, agencyId: p.agencyId, timeZone: agency?.time_zone ?? 'Asia/Jakarta' }, bytes, sha256);
  const created = await ctx.db.transaction().execute(async (trx) => {
    // The evaluation may have been reopened while the file was stored: the scan must sign a final one.
    const now = await evaluationRow(trx, agencyId, evaluationId, true);
    if (!now || now.status !== 'final' || !now.finalised_at || new Date(now.finalised_at).getTime() !== finalisedAt.getTime()) throw new AppError('CONFLICT', NOT_FINAL);
    const inserted = await insertEvaluationScan(trx, { agency_id: agencyId, evaluation_id: evaluationId, sha256, finalised_at: finalisedAt, uploaded_by: p.accountId, uploaded_at: ctx.now() });
    if (inserted) {
      await recordAudit(trx, {
        agencyId,
        actorAccountId: p.accountId,
        action: 'evaluation.signed_scan_kept',
        entity: 'evaluation',
        entityId: evaluationId,
        data: { sha256, finalisedAt: finalisedAt.toISOString(), mediaType: meta.mediaType, byteSize: meta.byteSize },
      });
    }
    return inserted;
  });
  const kept = await evaluationScan(ctx.db, agencyId, evaluationId, sha256);
  if (!kept) throw new Error(`signed scan ${sha256} of evaluation ${evaluationId}: kept but not found`);
  return { scan: (await withUploaders(ctx, [kept]))[0]!, created };
}

/** The scans kept with an evaluation, for its readers. */
export async function listEvaluationScans(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationScansAnswer> {
  await evaluationAfter(ctx, p, agencyId, evaluationId, 'evaluation.read');
  return { items: await withUploaders(ctx, await evaluationScans(ctx.db, agencyId, evaluationId)) };
}

/** A scan of an evaluation its reader may download: the evidence file's row (404 when not kept with this evaluation). */
export async function readableEvaluationScan(
  ctx: AppContext,
  p: Principal,
  agencyId: string,
  evaluationId: string,
  sha256: string,
): Promise<{ scan: EvaluationScan; file: NonNullable<Awaited<ReturnType<typeof findEvidence>>> }> {
  const evaluation = await evaluationAfter(ctx, p, agencyId, evaluationId, 'evaluation.read');
  const row = await evaluationScan(ctx.db, agencyId, evaluationId, sha256);
  const file = row ? await findEvidence(ctx, sha256) : undefined;
  if (!row || !file) throw new AppError('NOT_FOUND', EVALUATION_SCAN_NOT_FOUND);
  // A signed document names the person and their predikat: a read of their evaluation ("Data saya").
  const skp = await evaluationSkp(ctx.db, agencyId, evaluation.skp_id);
  if (skp) await recordReads(ctx, p, agencyId, [skp.employee_id], 'evaluation', await agencyToday(ctx, agencyId));
  return { scan: (await withUploaders(ctx, [row]))[0]!, file };
}
