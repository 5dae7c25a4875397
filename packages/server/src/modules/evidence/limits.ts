/**
 * Limits of the evidence module. ctx.config has no evidence settings yet, so they live here; move
 * them to Config (with env overrides) if a province needs different values.
 */

// The upload limit and the stored photo size are the web's too: one source in @kinerja/core/api/limits.
export { EVIDENCE_MAX_BYTES, EVIDENCE_STORED_LONG_SIDE as STORED_LONG_SIDE } from '@kinerja/core/api/limits';

/**
 * Largest photo accepted, in pixels (width × height as the file's header claims). 2^26 ≈ 67 MP admits
 * the 48/50/64 MP modes of current phones (9248 × 6936 = 64.1 MP) yet refuses decompression bombs:
 * a PNG of 20000 × 20000 is 400 MP from a few kilobytes.
 */
export const EVIDENCE_MAX_PIXELS = 2 ** 26;


/**
 * JPEG quality of stored photos, with the ImageMagick quantisation table and optimised Huffman coding.
 * Measured on a 1280 px photo: the same size as mozjpeg at 78 (about 55 KB) in a sixth of the CPU time
 * (10 ms instead of 55 ms; 16 ms instead of 181 ms for a grainy one). Re-encoding is the largest CPU cost
 * of a province's end of day, so the cheaper encoder wins.
 */
export const STORED_JPEG_QUALITY = 72;
