/** The evaluation's printed forms and the signed scans kept with a finalised one (docs/api.md "Evaluation"). */
import type { EvaluationScan } from '@kinerja/core/api';
import { API_BASE, ApiError, apiErrorFromBody, getCsrfToken, notifyUnauthenticated, refreshCsrfToken, request } from './client';
import { httpUpload } from './http';

export type { EvaluationScan } from '@kinerja/core/api';

const enc = encodeURIComponent;
const evalPath = (agencyId: string, evaluationId: string, tail = '') => `/agencies/${enc(agencyId)}/evaluations/${enc(evaluationId)}${tail}`;

/** The Evaluasi Kinerja form (detail: hasil kerja with realisasi and umpan balik, perilaku, ratings, predikat), A4 PDF, for a link. */
export function evaluationDetailPdfUrl(agencyId: string, evaluationId: string): string {
  return API_BASE + evalPath(agencyId, evaluationId, '/detail/pdf');
}

/** A signed scan kept with a finalised evaluation, opened as a link. */
export function evaluationScanUrl(agencyId: string, evaluationId: string, sha256: string): string {
  return API_BASE + evalPath(agencyId, evaluationId, `/scans/${enc(sha256)}`);
}

export function evaluationScans(agencyId: string, evaluationId: string, signal?: AbortSignal): Promise<{ items: EvaluationScan[] }> {
  return request('GET', evalPath(agencyId, evaluationId, '/scans'), { signal });
}

/**
 * PUT the signed scan's raw bytes, named by their SHA-256 (as evidence is): 201 kept, 200 already
 * kept. XMLHttpRequest for the progress of a photo on a slow line; retried once after a CSRF refusal.
 */
export function uploadEvaluationScan(agencyId: string, evaluationId: string, sha256: string, body: Blob, contentType: string, onProgress: (fraction: number) => void): Promise<EvaluationScan> {
  const once = async (): Promise<EvaluationScan> => {
    const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json' };
    const token = getCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
    const res = await httpUpload('PUT', evaluationScanUrl(agencyId, evaluationId, sha256), body, headers, { onProgress: (sent, total) => total > 0 && onProgress(sent / total) });
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(res.text);
    } catch {
      // not JSON
    }
    if (res.ok) return parsed as EvaluationScan;
    throw apiErrorFromBody(parsed, res.status);
  };
  return once().catch(async (err: unknown) => {
    if (err instanceof ApiError && err.code === 'CSRF') {
      await refreshCsrfToken();
      return once();
    }
    if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') notifyUnauthenticated();
    throw err;
  });
}
