// What other modules may use of evidence files; everything else in this folder is its own.
export { sha256Hex } from './store.js';
// The signed scans of an SKP (modules/skp-print) are kept in the same store, stored and served the same way.
export { findEvidence, ingestEvidence, pathOf, toMeta, type EvidenceMeta } from './store.js';
// The retention jobs remove the files nothing names any more.
export { removeUnnamedFiles } from './retire.js';
export { evidenceDownloadHeaders } from './download-headers.js';
export { MESSAGES as EVIDENCE_MESSAGES } from './messages.js';
// Signed scans (SKP, evaluation) are uploaded and served like evidence: raw body, same limits and headers.
export { isUuid, RAW_UPLOAD_TYPES, rawFileBody, rawFileScope, sendKeptFile } from './raw-file-routes.js';
