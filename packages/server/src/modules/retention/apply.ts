import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/index.js';
import { forgetEndedSessions } from '../auth/index.js';
import { applySelfieRetention } from '../attendance/index.js';
import { forgetOldReads } from '../data-reads/index.js';
import { removeExpiredArchives } from '../my-data/index.js';
import { retentionPeriods } from './periods.js';
import { deletePunchesBefore } from './queries.js';

export interface RetentionResult {
  /** Sessions past their lifetime or idle limit (address, device name). */
  sessions: number;
  /** Records of who read whose data, older than KINERJA_RETENTION_DATA_READS_DAYS. */
  dataReads: number;
  /** "My data" archives past KINERJA_RETENTION_EXPORTS_DAYS (files removed from the data folder). */
  archives: number;
  /** Attendance punches older than KINERJA_RETENTION_PUNCHES_DAYS (looked at once a day). */
  punches: number;
  /** Selfie check-ins past KINERJA_RETENTION_SELFIES_DAYS whose photo and precise location were removed (once a day; per agency in the audit trail). */
  selfies: number;
}

/** The punches are a big table: their pass runs once a day (per context), not every 10 minutes. */
const punchesPassDay = new WeakMap<AppContext, string>();
const selfiesPassDay = new WeakMap<AppContext, string>();

/** The selfie step (attendance's, idempotent) once a day per context. */
async function forgetOldSelfies(ctx: AppContext): Promise<number> {
  const today = ctx.now().toISOString().slice(0, 10);
  if (selfiesPassDay.get(ctx) === today) return 0;
  selfiesPassDay.set(ctx, today);
  return (await applySelfieRetention(ctx)).redacted;
}

async function forgetOldPunches(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const today = now.toISOString().slice(0, 10);
  if (punchesPassDay.get(ctx) === today) return 0;
  punchesPassDay.set(ctx, today);
  return deletePunchesBefore(ctx.db, new Date(now.getTime() - ctx.config.retentionDays.punches * 86_400_000));
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
    punches: await forgetOldPunches(ctx),
    selfies: await forgetOldSelfies(ctx),
  };
  if (result.sessions + result.dataReads + result.archives + result.punches + result.selfies > 0) {
    await recordAudit(ctx.db, {
      agencyId: null,
      actorAccountId: null,
      action: 'retention.applied',
      entity: 'retention',
      entityId: null,
      data: {
        ...result,
        dataReadsRetentionDays: ctx.config.dataReadsRetentionDays,
        sessionIdleDays: ctx.config.sessionIdleDays,
        // The periods in force for this pass, so the trail says under which settings data was removed.
        periods: Object.fromEntries(retentionPeriods(ctx.config).filter((x) => x.applied).map((x) => [x.kind, x.days])),
      },
    });
  }
  return result;
}
