/**
 * Limits the server enforces and the web must respect before it sends: one source, so the phone
 * refuses a sixth file or an oversized photo with the same number the server would.
 * Plain constants, no TypeBox: the web bundle imports this file on its own.
 */

/** Files one journal entry may carry. */
export const MAX_EVIDENCE_PER_ENTRY = 5;
/**
 * Largest evidence upload accepted, in bytes. A 12 MP phone photo is 3–5 MB and a scanned letter a
 * few MB; 10 MiB leaves room for both while keeping one upload's memory (it is buffered) small.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Stored photos are shrunk so the long side is at most this: enough to read a document on a phone. */
export const EVIDENCE_STORED_LONG_SIDE = 1280;
/** Most items one sync push may carry (docs/sync-protocol.md). */
export const MAX_PUSH_ITEMS = 50;
