import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../context.js';
import type { EvidenceFilesTable } from '../../db/schema.js';
import { scannerOf, ScannerUnavailableError } from '../../antivirus.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { EVIDENCE_MAX_BYTES } from './limits.js';
import { MESSAGES } from './messages.js';
import { prepareEvidence } from './prepare.js';
import { evidenceBySha, insertEvidenceFile, insertEvidenceUpload, updateRestoredEvidence } from './queries.js';
import { evidencePath, storedSize, writeAtomically } from './storage.js';

export type EvidenceRow = Selectable<EvidenceFilesTable>;

/** What the API tells about a stored file. */
export interface EvidenceMeta {
  sha256: string;
  mediaType: EvidenceRow['media_type'];
  /** Size of the file as uploaded. */
  byteSize: number;
  /** Size of the copy kept on the server (re-encoded for photos). */
  storedSize: number;
  width: number | null;
  height: number | null;
  capturedAt: string | null;
}

export interface Uploader {
  accountId: string;
  /** The uploader's agency: whose audit chain records a refused (infected) file; null: the province's. */
  agencyId?: string | null;
  /** The uploader's agency time zone: EXIF capture times carry no zone of their own. */
  timeZone: string;
}

export function toMeta(row: EvidenceRow): EvidenceMeta {
  return {
    sha256: row.sha256,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    storedSize: row.stored_size,
    width: row.width,
    height: row.height,
    capturedAt: row.captured_at ? new Date(row.captured_at).toISOString() : null,
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function findEvidence(ctx: AppContext, sha256: string): Promise<EvidenceRow | undefined> {
  return evidenceBySha(ctx.db, sha256);
}

export function pathOf(ctx: AppContext, row: Pick<EvidenceRow, 'sha256' | 'media_type'>): string {
  return evidencePath(ctx.config.dataDir, row.sha256, row.media_type);
}

/**
 * Stores one uploaded file under the SHA-256 the client named it by, and records who sent it.
 * Idempotent: the same bytes sent again (by anyone) are neither re-processed nor stored twice.
 * `created` tells whether this call stored it.
 */
export async function ingestEvidence(
  ctx: AppContext,
  uploader: Uploader,
  bytes: Buffer,
  expectedSha256: string,
): Promise<{ meta: EvidenceMeta; created: boolean }> {
  if (bytes.length === 0) throw new AppError('VALIDATION', MESSAGES.empty);
  if (bytes.length > EVIDENCE_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', MESSAGES.tooLarge);
  // Checked even for a file we already hold: access follows evidence_uploads, so naming a hash must
  // not be enough to be recorded as its uploader; sending its bytes is.
  if (sha256Hex(bytes) !== expectedSha256) throw new AppError('VALIDATION', MESSAGES.shaMismatch);

  const existing = await findEvidence(ctx, expectedSha256);
  if (existing && (await storedSize(pathOf(ctx, existing))) === existing.stored_size) {
    await insertEvidenceUpload(ctx.db, expectedSha256, uploader.accountId, ctx.now());
    return { meta: toMeta(existing), created: false };
  }

  // New, or its file is missing from disk: (re)make the stored copy. Heavy work stays outside the
  // transaction (PGlite has one connection; PostgreSQL connections are scarce too).
  // Scanned as sent, before any parser reads it (src/antivirus.ts; off unless KINERJA_CLAMD_HOST is set).
  await refuseInfected(ctx, uploader, bytes, expectedSha256);
  const prepared = await prepareEvidence(bytes, uploader.timeZone);
  const path = evidencePath(ctx.config.dataDir, expectedSha256, prepared.mediaType);
  // The file first: a row never points at a missing file. A crash between the two leaves an
  // unreferenced file, which the next upload of the same bytes adopts.
  await writeAtomically(path, prepared.data);

  const values = {
    sha256: expectedSha256,
    byte_size: bytes.length,
    stored_size: prepared.data.length,
    media_type: prepared.mediaType,
    width: prepared.width,
    height: prepared.height,
    captured_at: prepared.capturedAt,
  };
  const { row, created } = await ctx.db.transaction().execute(async (trx) => {
    let inserted: EvidenceRow | undefined;
    if (existing) {
      // Restoring a lost file: the new copy may differ in size if the encoder settings changed since.
      await updateRestoredEvidence(trx, expectedSha256, { stored_size: values.stored_size, width: values.width, height: values.height });
    } else {
      inserted = await insertEvidenceFile(trx, { ...values, created_at: ctx.now() });
    }
    await insertEvidenceUpload(trx, expectedSha256, uploader.accountId, ctx.now());
    // Not inserted: a concurrent upload of the same bytes won the race; answer with its row.
    const current = inserted ?? (await evidenceBySha(trx, expectedSha256));
    // The conflicting insert committed before ours could see it, so its row is there.
    if (!current) throw new Error(`evidence ${expectedSha256}: neither inserted nor found`);
    return { row: current, created: inserted !== undefined };
  });
  return { meta: toMeta(row), created };
}

/**
 * The configured scanner's verdict on a new file: infected is refused (422 INFECTED_FILE) and audited
 * (`evidence.infected_refused`, with the signature, the size and the hash; nothing is stored); no
 * verdict is refused with 503 UNAVAILABLE and kept nowhere (the client may send it again).
 */
async function refuseInfected(ctx: AppContext, uploader: Uploader, bytes: Buffer, sha256: string): Promise<void> {
  const scanner = scannerOf(ctx.config);
  if (!scanner) return;
  let verdict;
  try {
    verdict = await scanner.scan(bytes);
  } catch (error) {
    if (!(error instanceof ScannerUnavailableError)) throw error;
    throw new AppError('UNAVAILABLE', MESSAGES.scannerDown);
  }
  if (verdict.clean) return;
  await recordAudit(ctx.db, {
    agencyId: uploader.agencyId ?? null,
    actorAccountId: uploader.accountId,
    action: 'evidence.infected_refused',
    entity: 'evidence',
    entityId: sha256,
    data: { signature: verdict.signature, byteSize: bytes.length },
  });
  throw new AppError('INFECTED_FILE', MESSAGES.infected(verdict.signature));
}
