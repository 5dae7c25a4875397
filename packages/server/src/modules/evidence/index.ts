// What other modules may use of evidence files; everything else in this folder is its own.
export { sha256Hex } from './store.js';
