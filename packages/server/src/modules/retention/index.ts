/**
 * Retention (UU PDP 27/2022; issue 20 item 6): the periodic step that removes personal data past
 * the period docs/data-inventory.md promises, and records what it removed. Everything the inventory
 * keeps for years is kept on purpose and is not touched here.
 */
export { applyRetention, type RetentionResult } from './apply.js';
export { retentionRoutes } from './routes.js';
export { retentionPeriods } from './periods.js';
