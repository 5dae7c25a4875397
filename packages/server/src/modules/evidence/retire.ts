import { rm } from 'node:fs/promises';
import type { AppContext } from '../../context.js';
import { deleteFiles, filesStillNamed, lockFilesToRemove } from './queries.js';
import { pathOf } from './store.js';

/** Files a transaction removes at most. */
const BATCH = 500;

/**
 * Removes from the database and the store the files of this list that nothing names any more
 * (filesStillNamed) and that were not uploaded since `uploadedSince` (null: no such grace); answers how
 * many. For the retention jobs (journal and evidence purge, selfie retention). The list is asked once
 * without a lock; the files found unnamed are locked, asked again and removed, at most BATCH per
 * transaction. The bytes are deleted before the transaction commits: a crash in between leaves rows
 * whose file is gone, which the daily sweep removes (a missing file is not an error).
 */
export async function removeUnnamedFiles(ctx: AppContext, sha256s: readonly string[], uploadedSince: Date | null): Promise<number> {
  const unique = [...new Set(sha256s)];
  let removed = 0;
  for (let i = 0; i < unique.length; i += BATCH) {
    const slice = unique.slice(i, i + BATCH);
    const named = await filesStillNamed(ctx.db, slice);
    const candidates = slice.filter((s) => !named.has(s));
    if (!candidates.length) continue;
    removed += await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockFilesToRemove(trx, candidates, uploadedSince);
      const stillNamed = locked.length ? await filesStillNamed(trx, locked.map((f) => f.sha256)) : new Set<string>();
      const gone = locked.filter((f) => !stillNamed.has(f.sha256));
      if (!gone.length) return 0;
      await deleteFiles(trx, gone.map((f) => f.sha256));
      for (const f of gone) await rm(pathOf(ctx, f), { force: true });
      return gone.length;
    });
  }
  return removed;
}
