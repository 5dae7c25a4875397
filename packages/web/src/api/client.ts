/**
 * The API client: same-origin fetch with the session cookie, the CSRF header on writes, and one error
 * type (ApiError) for every failure, including "no connection".
 */
import { ApiError, type ApiErrorCode, type ApiErrorDetail } from './errors';
import { http, type HttpAnswer, type RequestKind } from './http';
import type { AgencySummary, EmployeeDetail, EmployeePage, EmployeeQuery, ImportJob, LoginAnswer, Me, TwoFactorStep, UnitRow } from '@kinerja/core/api';

export const API_BASE = '/api/v1';

export { ApiError, isAbort, type ApiErrorCode, type ApiErrorDetail } from './errors';

// The CSRF token lives in memory only (never in storage): it comes from sign-in and GET /me.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** For requests that cannot go through `request` (an upload with progress, via XMLHttpRequest). */
export function getCsrfToken(): string | null {
  return csrfToken;
}
/** Fetches a fresh CSRF token (after a CSRF rejection). */
export async function refreshCsrfToken(signal?: AbortSignal): Promise<void> {
  const me = await request<Me>('GET', '/me', { signal });
  setCsrfToken(me.csrfToken);
}
/** Reports an UNAUTHENTICATED answer that did not come through `request`. */
export function notifyUnauthenticated(): void {
  onUnauthenticated?.();
}

// Called when the server says the session is gone (expired, signed out elsewhere).
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(fn: (() => void) | null): void {
  onUnauthenticated = fn;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  json?: unknown;
  form?: FormData;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal | undefined;
  /** Overrides the deadline chosen from the method and path. */
  kind?: RequestKind;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  let url = API_BASE + path;
  if (query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
    const s = params.toString();
    if (s) url += `?${s}`;
  }
  return url;
}

function toApiError(res: HttpAnswer): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(res.text);
  } catch {
    // Not JSON (e.g. a proxy's HTML error page).
  }
  return apiErrorFromBody(body, res.status);
}

/** An ApiError from an error answer's parsed body (null when it was not JSON) and HTTP status. */
export function apiErrorFromBody(body: unknown, status: number): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (err && typeof err.code === 'string') {
    const details = Array.isArray(err.details)
      ? (err.details as unknown[]).filter(
          (d): d is ApiErrorDetail =>
            typeof d === 'object' && d !== null && typeof (d as ApiErrorDetail).message === 'string',
        )
      : [];
    return new ApiError(err.code as ApiErrorCode, typeof err.message === 'string' ? err.message : '', status, details);
  }
  // No error body: a gateway in between (502/503/504) or something unexpected.
  if (status === 502 || status === 503 || status === 504) return new ApiError('UNAVAILABLE', '', status);
  return new ApiError(status >= 500 ? 'INTERNAL' : 'UNKNOWN', '', status);
}

// Whole-agency work on the server (a month's recap, approving a supervisor's whole inbox): the answer
// may take a while to start even on a good line.
const BULK_PATHS = [/\/validation\/recap$/, /\/validation\/approve-all$/];

/** The kind of deadline a request gets (api/http.ts): reads are short, pushes retried soon. */
function kindOf(method: Method, path: string, opts: RequestOptions): RequestKind {
  if (opts.kind) return opts.kind;
  if (opts.form || BULK_PATHS.some((p) => p.test(path))) return 'bulk';
  if (method === 'GET') return 'read';
  return path.startsWith('/sync/') ? 'sync' : 'write';
}

function send(method: Method, path: string, opts: RequestOptions): Promise<HttpAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.form) {
    body = opts.form; // the browser sets the multipart boundary
  } else if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return http(buildUrl(path, opts.query), { method, headers, body: body ?? null, signal: opts.signal, kind: kindOf(method, path, opts) });
}

export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  let res = await send(method, path, opts);
  if (!res.ok && res.status === 403 && method !== 'GET') {
    const err = toApiError(res);
    // The token may have rotated (e.g. after a password change in another tab): fetch it again, retry once.
    if (err.code === 'CSRF') {
      await refreshCsrfToken(opts.signal);
      res = await send(method, path, opts);
    }
  }
  if (!res.ok) {
    const err = toApiError(res);
    if (err.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw err;
  }
  if (res.status === 204 || !res.text) return undefined as T;
  try {
    return JSON.parse(res.text) as T;
  } catch {
    throw new ApiError('UNKNOWN', '', res.status);
  }
}

export type { EmployeeQuery };

const enc = encodeURIComponent;

export const api = {
  /** The password step: signed in (`me`), or a second step to take first (features/account/SecondStep.tsx). */
  async login(nip: string, password: string): Promise<{ me: Me } | { twoFactor: TwoFactorStep }> {
    const answer = await request<LoginAnswer>('POST', '/auth/login', { json: { nip, password } });
    setCsrfToken(answer.csrfToken);
    return 'me' in answer ? { me: answer.me } : { twoFactor: answer.twoFactor };
  },
  async me(signal?: AbortSignal): Promise<Me> {
    const me = await request<Me>('GET', '/me', { signal });
    setCsrfToken(me.csrfToken);
    return me;
  },
  async logout(): Promise<void> {
    try {
      await request<void>('POST', '/auth/logout');
    } finally {
      setCsrfToken(null);
    }
  },
  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return request<void>('POST', '/auth/password', { json: { currentPassword, newPassword } });
  },
  agencies(signal?: AbortSignal): Promise<{ items: AgencySummary[] }> {
    return request('GET', '/agencies', { signal });
  },
  agency(agencyId: string, signal?: AbortSignal): Promise<AgencySummary> {
    return request('GET', `/agencies/${enc(agencyId)}`, { signal });
  },
  units(agencyId: string, signal?: AbortSignal): Promise<{ items: UnitRow[] }> {
    return request('GET', `/agencies/${enc(agencyId)}/units`, { signal });
  },
  employees(agencyId: string, query: EmployeeQuery, signal?: AbortSignal): Promise<EmployeePage> {
    return request('GET', `/agencies/${enc(agencyId)}/employees`, { query: { ...query }, signal });
  },
  employee(agencyId: string, employeeId: string, signal?: AbortSignal): Promise<EmployeeDetail> {
    return request('GET', `/agencies/${enc(agencyId)}/employees/${enc(employeeId)}`, { signal });
  },
  resetPassword(agencyId: string, employeeId: string): Promise<{ temporaryPassword: string }> {
    return request('POST', `/agencies/${enc(agencyId)}/employees/${enc(employeeId)}/password-reset`);
  },
  startImport(file: File, dryRun: boolean, disableMissing = false): Promise<ImportJob> {
    const form = new FormData();
    // Fields before the file, so a streaming server sees dryRun first.
    form.append('dryRun', dryRun ? 'true' : 'false');
    form.append('disableMissing', disableMissing ? 'true' : 'false');
    form.append('file', file, file.name);
    return request('POST', '/imports', { form });
  },
  importJob(importId: string, signal?: AbortSignal): Promise<ImportJob> {
    return request('GET', `/imports/${enc(importId)}`, { signal });
  },
  templateUrl: `${API_BASE}/imports/template.xlsx`,
};
