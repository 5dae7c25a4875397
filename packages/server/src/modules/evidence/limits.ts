/**
 * Limits of the evidence module. ctx.config has no evidence settings yet, so they live here; move
 * them to Config (with env overrides) if a province needs different values.
 */

/**
 * Largest upload accepted, in bytes. A 12 MP phone photo is 3–5 MB and a scanned letter a few MB;
 * 10 MiB leaves room for both while keeping one upload's memory (it is buffered) small.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Largest photo accepted, in pixels (width × height as the file's header claims). 2^26 ≈ 67 MP admits
 * the 48/50/64 MP modes of current phones (9248 × 6936 = 64.1 MP) yet refuses decompression bombs:
 * a PNG of 20000 × 20000 is 400 MP from a few kilobytes.
 */
export const EVIDENCE_MAX_PIXELS = 2 ** 26;

/** Stored photos are shrunk so the long side is at most this: enough to read a document on a phone. */
export const STORED_LONG_SIDE = 1280;

/** mozjpeg quality of stored photos: about 150–300 KB for a 1280 px phone photo. */
export const STORED_JPEG_QUALITY = 78;
