// What other modules may use of the audit trail; everything else in this folder is its own.
export { recordAudit } from './record.js';
// Retention cuts the old end of a chain through these (modules/retention); key rotation re-signs (cli/server-key.ts).
export { chainRowsBefore, cutChainBatch, resignCheckpoints } from './checkpoints.js';
export { describeReports, verifyAuditChains, type ChainReport } from './verify.js';
