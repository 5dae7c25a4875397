import { rm } from 'node:fs/promises';
import type { AppContext } from '../../context.js';
import { archivePath } from './build.js';
import { expiredExports, forgetExportFile } from './queries.js';

/**
 * Removes ready archives past their 7 days, file first, then marks the row: an archive is a copy of
 * everything held about a person and must not outlive its purpose on disk because nobody opened the
 * list again. How many were removed.
 */
export async function removeExpiredArchives(ctx: AppContext): Promise<number> {
  const expired = await expiredExports(ctx.db, ctx.now());
  for (const e of expired) {
    await rm(archivePath(ctx, e.agency_id, e.id), { force: true });
    await forgetExportFile(ctx.db, e.agency_id, e.id);
  }
  return expired.length;
}
