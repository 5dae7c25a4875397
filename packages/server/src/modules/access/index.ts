/**
 * The access point: every "may this principal …?" of the server is answered here, from the pure role
 * rules of @kinerja/core, today's org chart, and the rows in ./queries.ts. Other modules import only
 * from this file.
 */
export { allowedIds, evidenceAccess, may, requireAccess, visibleAgencies, type AccessTarget, type EvidenceReadThrough } from './check.js';
export { PERMISSIONS, refusalOf, type Permission } from './permissions.js';
export { requireSupervision, supervisionLink } from './supervision.js';
export { actingEmployee, type ActingEmployee } from './acting-employee.js';
export { targetAgency } from './target-agency.js';
