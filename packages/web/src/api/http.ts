/**
 * Every request of the web app goes through here, so none can hang: on a weak signal the link can be
 * "up" and carry nothing, and a fetch without a deadline then waits for minutes. Each kind of
 * request has a deadline for the answer to start and another for its body to finish; an upload is
 * instead given up when it stops moving (no progress for a while), however long it takes in all.
 * A missed deadline is a connection failure (ApiError NETWORK): callers fall back to the kept copy
 * or retry, exactly as with no network at all.
 */
import { ApiError, isAbort } from './errors';

export type RequestKind = 'read' | 'write' | 'sync' | 'bulk';

/** Milliseconds until the answer's headers, then until its body is read. */
export const TIMEOUTS: Record<RequestKind, { answerMs: number; bodyMs: number }> = {
  // /me, a day, the dictionary: the kept copy is on screen already; a short wait is enough.
  read: { answerMs: 8_000, bodyMs: 30_000 },
  // A save, a submit, a sign-in (Argon2 takes a second on the server).
  write: { answerMs: 12_000, bodyMs: 30_000 },
  // A push of up to 50 items: the outbox keeps them, so a stalled one is better retried soon.
  sync: { answerMs: 15_000, bodyMs: 30_000 },
  // An import file of several MB sent with fetch (no progress to watch): only a generous cap.
  bulk: { answerMs: 180_000, bodyMs: 60_000 },
};

/** An upload that reports no progress for this long is given up (and resumed later). */
export const UPLOAD_STALL_MS = 20_000;

export interface HttpAnswer {
  status: number;
  ok: boolean;
  headers: Headers;
  /** The body as text ('' when empty). */
  text: string;
}

const network = () => new ApiError('NETWORK', '', 0);

/**
 * fetch with deadlines. The caller's own signal still aborts (an AbortError is rethrown as is);
 * a missed deadline or a failed connection is ApiError NETWORK.
 */
export async function http(url: string, init: RequestInit & { kind: RequestKind; signal?: AbortSignal | null | undefined }): Promise<HttpAnswer> {
  const { kind, signal, ...rest } = init;
  const limits = TIMEOUTS[kind];
  const ctrl = new AbortController();
  let timedOut = false;
  let timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, limits.answerMs);
  const onAbort = () => ctrl.abort();
  if (signal?.aborted) ctrl.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await fetch(url, { credentials: 'same-origin', ...rest, signal: ctrl.signal });
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, limits.bodyMs);
    const text = res.status === 204 || rest.method === 'HEAD' ? '' : await res.text();
    return { status: res.status, ok: res.ok, headers: res.headers, text };
  } catch (e) {
    // The caller gave up: not a connection failure.
    if (!timedOut && signal?.aborted) throw isAbort(e) ? e : new DOMException('Aborted', 'AbortError');
    throw network();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A request body sent with XMLHttpRequest (fetch cannot report upload progress): given up when
 * neither the upload nor the answer has moved for `stallMs`, however long the whole takes.
 */
export function httpUpload(
  method: 'PUT' | 'POST',
  url: string,
  body: Blob,
  headers: Record<string, string>,
  opts: { onProgress?: (sentBytes: number, totalBytes: number) => void; signal?: AbortSignal | undefined; stallMs?: number } = {},
): Promise<HttpAnswer> {
  const stallMs = opts.stallMs ?? UPLOAD_STALL_MS;
  return new Promise<HttpAnswer>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    let stalled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const moved = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        xhr.abort();
      }, stallMs);
    };
    const done = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => xhr.abort();
    xhr.upload.onprogress = (e) => {
      moved();
      if (e.lengthComputable) opts.onProgress?.(e.loaded, e.total);
    };
    xhr.onprogress = moved;
    xhr.onreadystatechange = moved;
    xhr.onload = () => {
      done();
      const h = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) h.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve({ status: xhr.status, ok: xhr.status >= 200 && xhr.status < 300, headers: h, text: xhr.responseText });
    };
    xhr.onerror = () => {
      done();
      reject(network());
    };
    xhr.onabort = () => {
      done();
      reject(stalled ? network() : new DOMException('Aborted', 'AbortError'));
    };
    if (opts.signal) {
      if (opts.signal.aborted) return xhr.abort();
      opts.signal.addEventListener('abort', onAbort, { once: true });
    }
    moved();
    xhr.send(body);
  });
}
