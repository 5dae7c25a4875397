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

/**
 * JPEG quality of stored photos, with the ImageMagick quantisation table and optimised Huffman coding.
 * Measured on a 1280 px photo: the same size as mozjpeg at 78 (about 55 KB) in a sixth of the CPU time
 * (10 ms instead of 55 ms; 16 ms instead of 181 ms for a grainy one). Re-encoding is the largest CPU cost
 * of a province's end of day, so the cheaper encoder wins.
 */
export const STORED_JPEG_QUALITY = 72;
