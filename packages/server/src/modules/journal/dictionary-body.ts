import { gzipSync } from 'node:zlib';
import type { ActivityRow } from './dictionary.js';
import { usableBy } from './dictionary.js';

/**
 * The whole dictionary as one agency's devices receive it, serialised and gzipped once per version and
 * agency: every employee of a province fetches it after signing in, so it must cost next to nothing.
 */
export interface DictionaryBody {
  etag: string;
  json: string;
  gzip: Buffer;
}

const bodies = new WeakMap<Map<string, ActivityRow>, Map<string, DictionaryBody>>();

export function dictionaryBody(version: number, items: Map<string, ActivityRow>, agencyCode: string | undefined): DictionaryBody {
  let perAgency = bodies.get(items);
  if (!perAgency) bodies.set(items, (perAgency = new Map()));
  const key = agencyCode ?? '';
  const hit = perAgency.get(key);
  if (hit) return hit;
  // Items restricted to other agencies are left out, so the ETag depends on the agency too.
  const list = [...items.values()].filter((a) => agencyCode === undefined || usableBy(agencyCode, a)).sort((a, b) => (a.code < b.code ? -1 : 1));
  const json = JSON.stringify({ version, items: list });
  const body = { etag: `"dict-${version}-${agencyCode ?? 'all'}"`, json, gzip: gzipSync(json) };
  perAgency.set(key, body);
  return body;
}
