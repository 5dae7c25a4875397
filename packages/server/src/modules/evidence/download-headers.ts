/**
 * How a stored evidence file is handed to a browser. The file is someone's upload, opened in a tab
 * of our origin, so whatever it holds must not run as us:
 * - a photo is shown (inline) as what it is, image/jpeg;
 * - a PDF is shown too, but in a CSP sandbox (a unique origin, no script, no forms, no plugins of
 *   ours), so a PDF with JavaScript or links cannot act for the signed-in user;
 * - any other type, should one ever be stored, is only downloaded, as bytes.
 * X-Content-Type-Options: nosniff comes with every answer (http/security-headers.ts), so the
 * browser never second-guesses the type.
 */
// A type, not an interface, so that it fits reply.headers()'s record.
export type EvidenceDownloadHeaders = {
  'content-type': string;
  'content-disposition': string;
  'content-security-policy': string;
};

/** Nothing may load or run; `sandbox` also gives the document an opaque origin. base-uri has no default. */
const LOCKED_DOWN = "default-src 'none'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'; sandbox";

const SHOWN: Record<string, { extension: string }> = {
  'image/jpeg': { extension: 'jpg' },
  'application/pdf': { extension: 'pdf' },
};

export function evidenceDownloadHeaders(mediaType: string, sha256: string): EvidenceDownloadHeaders {
  const shown = SHOWN[mediaType];
  // The name is made from the hash alone (64 hex digits, checked by the route's schema), never from
  // what the uploader called the file, so it cannot carry quotes, paths or control characters.
  const name = `bukti-${sha256.replace(/[^0-9a-f]/gi, '')}.${shown?.extension ?? 'bin'}`;
  const disposition = `${shown ? 'inline' : 'attachment'}; filename="${name}"; filename*=UTF-8''${name}`;
  return {
    'content-type': shown ? mediaType : 'application/octet-stream',
    'content-disposition': disposition,
    'content-security-policy': LOCKED_DOWN,
  };
}
