/**
 * Who read whose personal data (UU PDP; issue 20 item 4). Services that show another person's
 * data call `recordReads`; each employee sees the list at GET /me/data-reads.
 */
export { recordReads } from './record.js';
export type { ReadKind } from './queries.js';
export { dataReadRoutes } from './routes.js';
export { readsAbout } from './list.js';
export { forgetOldReads } from './retention.js';
