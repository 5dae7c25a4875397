import type { Principal } from '@kinerja/core';
import type { SkpScan, SkpScansAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { findEvidence, ingestEvidence } from '../evidence/index.js';
import { employeesOfAccounts, type EmployeeName } from '../org/index.js';
import { readableSkp, type SkpRow } from '../skp/index.js';
import { agencyHeading, insertSignedScan, signedScan, signedScans } from './queries.js';

export const SCAN_NOT_FOUND = 'Pindaian SKP bertanda tangan tidak ditemukan.';
export const NOT_APPROVED = 'SKP belum disetujui: pindaian bertanda tangan hanya dapat disimpan untuk SKP yang telah disetujui.';

type ScanRow = NonNullable<Awaited<ReturnType<typeof signedScan>>>;

function scanOf(r: ScanRow, uploader: EmployeeName | undefined): SkpScan {
  return {
    sha256: r.sha256,
    version: r.version,
    mediaType: r.media_type,
    byteSize: r.byte_size,
    uploadedAt: new Date(r.uploaded_at).toISOString(),
    uploadedByName: uploader?.name ?? r.display_name,
  };
}

async function withUploaders(ctx: AppContext, ...rows: ScanRow[]): Promise<SkpScan[]> {
  const uploaderOf = await employeesOfAccounts(ctx.db, rows);
  return rows.map((r) => scanOf(r, uploaderOf(r)));
}

/** The SKP as the one who may keep a scan with it sees it: 404 when it is not the agency's, the refusal otherwise. */
export async function scanTarget(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<SkpRow> {
  await requireAccess(ctx, p, 'skp.scan_upload', { agencyId, ids: [skpId] });
  // readableSkp asks skp.read too: everyone who may upload may read (employee, penilai, pengelola kinerja).
  return readableSkp(ctx, p, agencyId, skpId);
}

/**
 * Keeps an uploaded signed scan (photo or PDF) with an approved SKP, for the version in force: the
 * file goes to the evidence store (checked against its SHA-256, photos re-encoded without
 * metadata), the link and its audit row in one transaction. Idempotent: the same file again keeps
 * nothing new and writes no audit row (`created` false).
 */
export async function keepSignedScan(
  ctx: AppContext,
  p: Principal,
  agencyId: string,
  skpId: string,
  bytes: Buffer,
  sha256: string,
): Promise<{ scan: SkpScan; created: boolean }> {
  const skp = await scanTarget(ctx, p, agencyId, skpId);
  if (skp.version_in_force === null) throw new AppError('CONFLICT', NOT_APPROVED);
  const version = skp.version_in_force;
  const agency = await agencyHeading(ctx.db, agencyId);
  const { meta } = await ingestEvidence(ctx, { accountId: p.accountId, agencyId: p.agencyId, timeZone: agency?.time_zone ?? 'Asia/Jakarta' }, bytes, sha256);
  const created = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await insertSignedScan(trx, { agency_id: agencyId, skp_id: skpId, sha256, version, uploaded_by: p.accountId, uploaded_at: ctx.now() });
    if (inserted) {
      await recordAudit(trx, {
        agencyId,
        actorAccountId: p.accountId,
        action: 'skp.signed_scan_kept',
        entity: 'skp',
        entityId: skpId,
        data: { sha256, version, mediaType: meta.mediaType, byteSize: meta.byteSize },
      });
    }
    return inserted;
  });
  const row = await signedScan(ctx.db, agencyId, skpId, sha256);
  if (!row) throw new Error(`signed scan ${sha256} of SKP ${skpId}: kept but not found`);
  return { scan: (await withUploaders(ctx, row))[0]!, created };
}

export async function listSignedScans(ctx: AppContext, p: Principal, agencyId: string, skpId: string): Promise<SkpScansAnswer> {
  await readableSkp(ctx, p, agencyId, skpId);
  return { items: await withUploaders(ctx, ...(await signedScans(ctx.db, agencyId, skpId))) };
}

/** A scan of an SKP its reader may download: the evidence file's row (404 when not kept with this SKP). */
export async function readableScan(ctx: AppContext, p: Principal, agencyId: string, skpId: string, sha256: string): Promise<{ scan: SkpScan; file: NonNullable<Awaited<ReturnType<typeof findEvidence>>> }> {
  await readableSkp(ctx, p, agencyId, skpId);
  const row = await signedScan(ctx.db, agencyId, skpId, sha256);
  const file = row ? await findEvidence(ctx, sha256) : undefined;
  if (!row || !file) throw new AppError('NOT_FOUND', SCAN_NOT_FOUND);
  return { scan: (await withUploaders(ctx, row))[0]!, file };
}
