import { ApiError } from './api/client';
import type { Dict, Lang } from './i18n';

/**
 * What to tell the user about a failure. In Indonesian, the server's own message (it is written for
 * users); in other languages a translation by error code when there is one.
 */
export function errorText(err: unknown, t: Dict, lang: Lang): string {
  if (!(err instanceof ApiError)) return t.errors.unknown;
  if (err.code === 'NETWORK') return t.errors.network;
  if (lang !== 'id') {
    const translated = err.code !== 'UNKNOWN' ? t.errors.byCode[err.code] : undefined;
    if (translated) return translated;
  }
  if (err.message) return err.message;
  if (err.code === 'INTERNAL' || err.code === 'UNAVAILABLE') return t.errors.server;
  return t.errors.unknown;
}
