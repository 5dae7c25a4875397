/**
 * Evidence upload, one file per request, resumable (docs/sync-protocol.md "Evidence"): ask the
 * server how much it has, send the rest in chunks of at most 1 MiB with Content-Range. Servers
 * without the resumable route (404) get the whole file in one PUT /evidence/:sha256.
 */
import { API_BASE, ApiError, apiErrorFromBody, getCsrfToken, notifyUnauthenticated, refreshCsrfToken } from '../../api/client';
import { http, httpUpload, type HttpAnswer } from '../../api/http';
import { uploadEvidence } from '../../api/journal';
import { getBlob, markUploaded } from './outbox';

/**
 * At most 1 MiB per the protocol; a quarter of that finishes in about 5 s on a slow 3G line, so
 * an interrupted photo loses little and each acknowledged chunk shows the sync is moving.
 */
export const CHUNK = 256 * 1024;
let resumable: boolean | null = null; // unknown until the server says

async function call(method: 'GET' | 'HEAD' | 'PUT', url: string, body?: Blob, headers: Record<string, string> = {}, retried = false): Promise<HttpAnswer> {
  const h: Record<string, string> = { Accept: 'application/json', ...headers };
  const token = getCsrfToken();
  if (method !== 'GET' && method !== 'HEAD' && token) h['X-CSRF-Token'] = token;
  // A chunk is given up when it stops moving, not after a fixed time: on a slow line it may take long.
  const res = body && method === 'PUT' ? await httpUpload(method, url, body, h) : await http(url, { method, headers: h, kind: 'read' });
  if (res.status === 403 && !retried && method !== 'GET' && method !== 'HEAD') {
    const err = apiErrorFromBody(parse(res), 403);
    if (err.code === 'CSRF') {
      await refreshCsrfToken();
      return call(method, url, body, headers, true);
    }
  }
  return res;
}

function parse(res: HttpAnswer): unknown {
  try {
    return JSON.parse(res.text);
  } catch {
    return null;
  }
}

async function fail(res: HttpAnswer): Promise<never> {
  const err = apiErrorFromBody(parse(res), res.status);
  if (err.code === 'UNAUTHENTICATED') notifyUnauthenticated();
  throw err;
}

const inFlight = new Map<string, Promise<void>>();

/**
 * Makes sure the server has the file kept under `sha256` (a no-op when it already does).
 * Throws ApiError: NETWORK / 5xx are worth retrying later; 4xx means the server refuses the file.
 */
export function uploadFile(sha256: string, onProgress?: (fraction: number) => void, onChunkAcknowledged?: () => void): Promise<void> {
  let p = inFlight.get(sha256);
  if (!p) {
    p = doUpload(sha256, onProgress, onChunkAcknowledged).finally(() => inFlight.delete(sha256));
    inFlight.set(sha256, p);
  }
  return p;
}

async function doUpload(sha256: string, onProgress?: (fraction: number) => void, onChunkAcknowledged?: () => void): Promise<void> {
  const kept = await getBlob(sha256);
  if (!kept) throw new ApiError('VALIDATION', 'Berkas bukti tidak ada lagi di ponsel ini.', 422);
  if (kept.uploaded) return;
  const head = await call('HEAD', `${API_BASE}/evidence/${sha256}`);
  if (head.ok) {
    await markUploaded(sha256);
    return;
  }
  if (head.status >= 500) await fail(head);
  const blob = kept.blob;
  if (resumable !== false) {
    const state = await call('GET', `${API_BASE}/evidence/uploads/${sha256}`);
    if (state.status === 404) resumable = false;
    else if (!state.ok) await fail(state);
    else {
      resumable = true;
      let offset = Math.max(0, Number((parse(state) as { receivedBytes?: number } | null)?.receivedBytes) || 0);
      while (offset < blob.size || blob.size === 0) {
        const end = Math.min(blob.size, offset + CHUNK);
        onProgress?.(offset / Math.max(1, blob.size));
        const res = await call('PUT', `${API_BASE}/evidence/uploads/${sha256}`, blob.slice(offset, end), {
          'Content-Type': 'application/octet-stream',
          'Content-Range': `bytes ${offset}-${end - 1}/${blob.size}`,
        });
        if (res.status === 409) {
          // UPLOAD_OFFSET: the server has a different amount; carry on from there.
          const header = res.headers.get('Upload-Offset');
          const at = header === null ? NaN : Number(header);
          if (!Number.isFinite(at) || at < 0 || at > blob.size) await fail(res);
          offset = at;
          continue;
        }
        if (!res.ok) await fail(res);
        // The server has this chunk: the sync is moving even if no item is through yet.
        onChunkAcknowledged?.();
        offset = end;
        if (end >= blob.size) break;
      }
      onProgress?.(1);
      await markUploaded(sha256);
      return;
    }
  }
  await uploadEvidence(sha256, blob, kept.mediaType, (f) => onProgress?.(f));
  onChunkAcknowledged?.();
  await markUploaded(sha256);
}
