import type { Principal } from '@kinerja/core';
import { DATA_EXPORT_REASON_MIN, type DataExport } from '@kinerja/core/api';
import { rm } from 'node:fs/promises';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { archivePath, buildArchive } from './build.js';
import { exportById, exportsOf, finishExport, forgetExportFile, insertExport, type ExportRow } from './queries.js';

const NOT_FOUND = 'Arsip tidak ditemukan.';
/** Archives being written by this process; one found unfinished and not here was cut off by a restart. */
const live = new Set<string>();
/** Longer than any archive takes: past it, an unfinished one that this process does not hold was cut off. */
const CUT_OFF_AFTER_MS = 30 * 60_000;

function toDto(r: ExportRow): DataExport {
  return {
    id: r.id,
    employeeId: r.employee_id,
    status: r.status,
    partsDone: r.parts_done,
    partsTotal: r.parts_total,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    error: r.error,
    onBehalf: r.reason !== null,
    reason: r.reason,
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
  };
}

/** What the row says, told straight: cut off by a restart, or past its expiry (the file removed). */
async function settle(ctx: AppContext, agencyId: string, r: ExportRow): Promise<ExportRow> {
  const now = ctx.now();
  if ((r.status === 'queued' || r.status === 'running') && !live.has(r.id) && now.getTime() - new Date(r.created_at).getTime() > CUT_OFF_AFTER_MS) {
    await finishExport(ctx.db, agencyId, r.id, { status: 'failed', sizeBytes: null, error: 'Pembuatan arsip terputus (server dimulai ulang). Silakan minta lagi.', at: now, expiresAt: null });
    return (await exportById(ctx.db, agencyId, r.id))!;
  }
  if (r.status === 'ready' && r.expires_at && new Date(r.expires_at) <= now) {
    await rm(archivePath(ctx, agencyId, r.id), { force: true });
    await forgetExportFile(ctx.db, agencyId, r.id);
    return (await exportById(ctx.db, agencyId, r.id))!;
  }
  return r;
}

/**
 * Asks for an archive. The employee for themselves; an admin for someone who asked in writing, with
 * that request as the reason (recorded). One being made already is answered instead of a second.
 */
export async function startExport(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, reason: string | undefined, log: (err: unknown) => void): Promise<DataExport> {
  await requireAccess(ctx, p, 'employee.data_export', { agencyId, ids: [employeeId] });
  const self = p.agencyId === agencyId && p.employeeId === employeeId;
  const why = reason?.trim() || null;
  if (!self && (why === null || why.length < DATA_EXPORT_REASON_MIN)) {
    const message = `Tuliskan dasar permintaan pegawai (misalnya nomor surat), minimal ${DATA_EXPORT_REASON_MIN} karakter.`;
    throw new AppError('VALIDATION', message, [{ field: 'reason', message }]);
  }
  for (const r of await exportsOf(ctx.db, agencyId, employeeId, 5)) {
    const now = await settle(ctx, agencyId, r);
    if (now.status === 'queued' || now.status === 'running') return toDto(now);
  }
  const id = newId();
  await ctx.db.transaction().execute(async (tx) => {
    await insertExport(tx, { agencyId, id, employeeId, requestedBy: p.accountId, reason: self ? null : why, at: ctx.now() });
    await recordAudit(tx, { agencyId, actorAccountId: p.accountId, action: 'data_export.requested', entity: 'employee', entityId: employeeId, data: { exportId: id, ...(self ? {} : { reason: why }) } });
  });
  live.add(id);
  void buildArchive(ctx, p, agencyId, id, employeeId)
    .catch(log)
    .finally(() => live.delete(id));
  return toDto((await exportById(ctx.db, agencyId, id))!);
}

export async function listExports(ctx: AppContext, p: Principal, agencyId: string, employeeId: string): Promise<DataExport[]> {
  await requireAccess(ctx, p, 'employee.data_export', { agencyId, ids: [employeeId] });
  const rows = await exportsOf(ctx.db, agencyId, employeeId, 10);
  return Promise.all(rows.map(async (r) => toDto(await settle(ctx, agencyId, r))));
}

async function readableExport(ctx: AppContext, p: Principal, agencyId: string, exportId: string): Promise<ExportRow> {
  const row = await exportById(ctx.db, agencyId, exportId);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  await requireAccess(ctx, p, 'employee.data_export', { agencyId, ids: [row.employee_id] }).catch(() => {
    throw new AppError('NOT_FOUND', NOT_FOUND);
  });
  return settle(ctx, agencyId, row);
}

export async function getExport(ctx: AppContext, p: Principal, agencyId: string, exportId: string): Promise<DataExport> {
  return toDto(await readableExport(ctx, p, agencyId, exportId));
}

/** The archive's file, for its download; each download is recorded. */
export async function exportFile(ctx: AppContext, p: Principal, agencyId: string, exportId: string): Promise<{ path: string; fileName: string; size: number }> {
  const row = await readableExport(ctx, p, agencyId, exportId);
  if (row.status !== 'ready') throw new AppError('CONFLICT', row.status === 'failed' ? 'Arsip ini gagal dibuat atau sudah kedaluwarsa. Silakan minta lagi.' : 'Arsip masih dibuat. Tunggu sebentar.');
  await recordAudit(ctx.db, { agencyId, actorAccountId: p.accountId, action: 'data_export.downloaded', entity: 'employee', entityId: row.employee_id, data: { exportId } });
  const stamp = new Date(row.created_at).toISOString().slice(0, 10);
  return { path: archivePath(ctx, agencyId, exportId), fileName: `arsip-data-kinerja-${stamp}.zip`, size: Number(row.size_bytes) };
}
