// What other modules may use of offline sync; everything else in this folder is its own.
export { batchContext } from './batch-context.js';
export { pushAtOnce } from './push-at-once.js';
export { forgetOldSyncItems } from './retention.js';
