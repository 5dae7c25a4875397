/**
 * Writes one archive as a ZIP in the data folder, part by part, telling the row how far it got. The
 * file is written under a temporary name and renamed when whole, so a download never gets half an
 * archive. JPEG and PDF are stored as they are (compressing them again gains nothing).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Principal } from '@kinerja/core';
import { ZipArchive, type ZipEntryData } from 'archiver';
import type { AppContext } from '../../context.js';
import { archiveParts } from './contents.js';
import { finishExport, setExportProgress } from './queries.js';

/* How long a ready archive waits to be downloaded before its file is removed: KINERJA_RETENTION_EXPORTS_DAYS (7). */

export function archivePath(ctx: AppContext, agencyId: string, id: string): string {
  return join(ctx.config.dataDir, 'exports', agencyId, `${id}.zip`);
}

const storedAsIs = (name: string) => /\.(jpe?g|pdf|png)$/i.test(name);

export async function buildArchive(ctx: AppContext, by: Principal, agencyId: string, id: string, employeeId: string): Promise<void> {
  const path = archivePath(ctx, agencyId, id);
  const partial = `${path}.part`;
  try {
    const parts = await archiveParts(ctx, by, agencyId, employeeId);
    await setExportProgress(ctx.db, agencyId, id, 'running', 0, parts.length);
    await mkdir(dirname(path), { recursive: true });
    const zip = new ZipArchive({ zlib: { level: 6 } });
    const out = createWriteStream(partial);
    const closed = once(out, 'close');
    const failed = new Promise<never>((_, reject) => {
      zip.once('error', reject);
      out.once('error', reject);
    });
    zip.pipe(out);
    let done = 0;
    let told = Date.now();
    for (const part of parts) {
      const entry = once(zip, 'entry');
      const data: ZipEntryData = { name: part.name, store: storedAsIs(part.name) };
      if ('path' in part) zip.file(part.path, data);
      else zip.append(await part.data(), data);
      await Promise.race([entry, failed]);
      done++;
      // A row update a second at most: a five-year archive has thousands of photos.
      if (Date.now() - told > 1000) {
        told = Date.now();
        await setExportProgress(ctx.db, agencyId, id, 'running', done, parts.length);
      }
    }
    await zip.finalize();
    await Promise.race([closed, failed]);
    await rename(partial, path);
    const { size } = await stat(path);
    const now = ctx.now();
    await setExportProgress(ctx.db, agencyId, id, 'running', done, parts.length);
    await finishExport(ctx.db, agencyId, id, { status: 'ready', sizeBytes: size, error: null, at: now, expiresAt: new Date(now.getTime() + ctx.config.retentionDays.exports * 86_400_000) });
  } catch (err) {
    await rm(partial, { force: true });
    await finishExport(ctx.db, agencyId, id, { status: 'failed', sizeBytes: null, error: err instanceof Error ? err.message.slice(0, 500) : String(err), at: ctx.now(), expiresAt: null });
    throw err;
  }
}
