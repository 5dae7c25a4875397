/**
 * The API's request and response schemas (TypeBox), one file per area, and the types derived from
 * them. The server validates and documents with the schemas; the web imports only the types
 * (`import type`), so TypeBox never enters its bundle. Plain limits both sides enforce are in
 * ./limits.ts, importable on their own as `@kinerja/core/api/limits`.
 */
export * from './common.js';
export * from './limits.js';
export * from './auth.js';
export * from './org.js';
export * from './imports.js';
export * from './evidence.js';
export * from './journal.js';
export * from './validation.js';
export * from './sync.js';
export * from './skp.js';
export * from './skp-print.js';
export * from './skp-overview.js';
export * from './skp-rencana-aksi.js';
export * from './skp-import.js';
export * from './attendance.js';
export * from './attendance-rules.js';
export * from './selfie.js';
export * from './evaluation.js';
export * from './siasn.js';
export * from './evaluation-overview.js';
export * from './data-reads.js';
export * from './my-data.js';
export * from './tpp.js';
export * from './tpp-finance.js';
export * from './retention.js';
