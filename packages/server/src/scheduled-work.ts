import type { PeriodicJob } from './jobs/periodic.js';
import { submitClosedDrafts } from './modules/journal/index.js';
import { forgetOldSyncItems } from './modules/sync/index.js';
import { applyRetention, purgeExpiredRecords } from './modules/retention/index.js';
import { raiseAttendanceAlerts } from './modules/attendance/index.js';
import { approveOverdue } from './modules/validation/index.js';

/**
 * The periodic work, in order: drafts whose window closed are submitted, then (where the agency says
 * so) entries past their validation window are approved, then sync records past their retention are
 * forgotten, then personal data past its retention (docs/data-inventory.md) is removed (the short-lived
 * kinds, then journals, evidence and the audit trail's old end in batches), then new PP 94/2021
 * attendance alerts are raised (once a day per agency). Listed here,
 * beside the app's assembly, so the runner in jobs/ names no module.
 */
export const SCHEDULED_WORK: readonly PeriodicJob[] = [submitClosedDrafts, approveOverdue, (ctx) => forgetOldSyncItems(ctx), applyRetention, purgeExpiredRecords, raiseAttendanceAlerts];
