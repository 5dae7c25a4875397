import { AppError } from '../../http/errors.js';
import { MESSAGES } from './messages.js';

/** "%PDF-1.0" … "%PDF-1.7" or "%PDF-2.0", then the end of the header line (or a comment). */
const HEADER = /^%PDF-(?:1\.[0-7]|2\.0)[\r\n\t %]/;

/**
 * How far from the end "%%EOF" may be. The specification says the last 1024 bytes; some scanners
 * append padding, and readers tolerate it, so look further.
 */
const EOF_WINDOW = 64 * 1024;

/**
 * PDFs are stored as sent (re-rendering would change a signed document), so the check is structural:
 * a real header at byte 0 and an end-of-file marker. A file cut short in transit fails the SHA-256
 * check first; this catches files that were broken before they were sent, and renamed non-PDFs.
 */
export function assertPdf(bytes: Buffer): void {
  if (!HEADER.test(bytes.subarray(0, 9).toString('latin1'))) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.brokenPdf);
  }
  if (!bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW)).includes('%%EOF')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', MESSAGES.brokenPdf);
  }
}
