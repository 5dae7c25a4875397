// What other modules may use of the audit trail; everything else in this folder is its own.
export { recordAudit } from './record.js';
