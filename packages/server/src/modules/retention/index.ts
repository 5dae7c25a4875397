/**
 * Retention (UU PDP 27/2022; issue 20 item 6): the periodic steps that remove personal data past the
 * period docs/data-inventory.md promises, and record what they removed. applyRetention removes the
 * short-lived kinds; purgeExpiredRecords the journal, its evidence and the audit trail's old end, past
 * their (long) periods and never what a locked TPP month or a finalised evaluation still holds.
 */
export { applyRetention, type RetentionResult } from './apply.js';
export { purgeExpiredRecords, type PurgeResult } from './purge.js';
export { retentionRoutes } from './routes.js';
export { retentionPeriods } from './periods.js';
