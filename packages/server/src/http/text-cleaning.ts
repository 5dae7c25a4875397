import { stripInvisibleCharacters } from '@kinerja/core';
import type { FastifyInstance } from 'fastify';

/**
 * The body fields that carry text a person typed and others will read: an entry's description, a
 * decision's note, an outage's reason (multi-line); a set's or holiday's name, an evidence file's name,
 * a decree number (one line). Wherever they sit in a JSON body (a sync push nests entries in items),
 * invisible and bidi control characters are removed before the body is validated, so minLength and
 * friends judge the text that will be stored, and every write path, present or future, gets the same
 * text. Passwords and NIPs are not free text and are left alone.
 */
const MULTILINE_FIELDS = new Set(['description', 'note', 'reason']);
const SINGLE_LINE_FIELDS = new Set(['name', 'fileName', 'decreeNumber']);

function cleanInPlace(value: unknown, depth = 0): void {
  if (depth > 20 || !value || typeof value !== 'object' || Buffer.isBuffer(value)) return;
  if (Array.isArray(value)) {
    for (const v of value) cleanInPlace(v, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) {
    if (typeof v === 'string') {
      if (MULTILINE_FIELDS.has(key)) record[key] = stripInvisibleCharacters(v);
      else if (SINGLE_LINE_FIELDS.has(key)) record[key] = stripInvisibleCharacters(v, { multiline: false });
    } else {
      cleanInPlace(v, depth + 1);
    }
  }
}

/** Register after the NUL guard: NUL is refused outright rather than quietly dropped. */
export function registerTextCleaning(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    cleanInPlace(request.body);
  });
}
