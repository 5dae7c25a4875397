import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { forgetEndedSessions } from '../auth/index.js';
import { forgetOldReads } from '../data-reads/index.js';
import { removeExpiredArchives } from '../my-data/index.js';

export interface RetentionResult {
  /** Sessions past their lifetime or idle limit (address, device name). */
  sessions: number;
  /** Records of who read whose data, older than KINERJA_RETENTION_DATA_READS_DAYS. */
  dataReads: number;
  /** "My data" archives past their 7 days (files removed from the data folder). */
  archives: number;
}

/**
 * One pass of the retention rules of docs/data-inventory.md, run by the periodic work (under its
 * lock, so once across app processes). Each kind is removed by the module that owns it; a pass that
 * removed anything is recorded in the audit trail with the counts (never the rows themselves).
 * Sync records have their own step (modules/sync/retention.ts, KINERJA_SYNC_RETENTION_DAYS).
 */
export async function applyRetention(ctx: AppContext): Promise<RetentionResult> {
  const result: RetentionResult = {
    sessions: await forgetEndedSessions(ctx),
    dataReads: await forgetOldReads(ctx),
    archives: await removeExpiredArchives(ctx),
  };
  if (result.sessions + result.dataReads + result.archives > 0) {
    await recordAudit(ctx.db, {
      agencyId: null,
      actorAccountId: null,
      action: 'retention.applied',
      entity: 'retention',
      entityId: null,
      data: { ...result, dataReadsRetentionDays: ctx.config.dataReadsRetentionDays, sessionIdleDays: ctx.config.sessionIdleDays },
    });
  }
  return result;
}
