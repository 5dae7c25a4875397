/** SKP API (docs/api.md "SKP"): my periods, drafts saved idempotently, the workflow, the penilai's waiting list. */
import type { MatriksAnswer, PenilaiRhkAnswer, SkpContent, SkpCreateBody, SkpDetail as SkpDetailRef, SkpDiffAnswer, SkpPeriodsAnswer as SkpPeriodsRef, SkpSummary, SkpVersionsAnswer } from '@kinerja/core/api';
import { API_BASE, ApiError, apiErrorFromBody, getCsrfToken, notifyUnauthenticated, refreshCsrfToken, request } from './client';
import { httpUpload } from './http';

export type { MatriksAnswer, PenilaiRhkAnswer, SkpContent, SkpCreateBody, SkpDiffAnswer, SkpIki, SkpPerson, SkpRhk, SkpScan, SkpSummary, SkpVersionsAnswer } from '@kinerja/core/api';
import type { SkpScan } from '@kinerja/core/api';
import type { RencanaAksiAnswer, RencanaAksiBody, RencanaAksiItem, SkpSettingsAnswer, SkpSettingsBody } from '@kinerja/core/api';
export type { RencanaAksiAnswer, RencanaAksiBody, RencanaAksiItem, SkpSettingsAnswer } from '@kinerja/core/api';
// The schemas name the summary by reference (one SkpSummary in the OpenAPI document), which Static
// reads as unknown: the reference is written out here.
export type SkpDetail = Omit<SkpDetailRef, 'skp'> & { skp: SkpSummary };
type PeriodRef = SkpPeriodsRef['items'][number];
export type SkpPeriodsAnswer = Omit<SkpPeriodsRef, 'items'> & { items: (Omit<PeriodRef, 'skp'> & { skp: SkpSummary | null })[] };
export type SkpStatus = SkpSummary['status'];
export type SkpStart = SkpCreateBody['start'];
/** The workflow steps that need no content: the request id makes a retried tap change nothing. */
export type SkpStep = 'submit' | 'approve' | 'withdraw' | 'revise';

const enc = encodeURIComponent;
const skpPath = (agencyId: string, skpId: string, tail = '') => `/agencies/${enc(agencyId)}/skp/${enc(skpId)}${tail}`;

/** The printed SKP (A4 PDF, the official form): the version in force, or the draft marked DRAF. Opened as a link. */
export function skpPdfUrl(agencyId: string, skpId: string): string {
  return API_BASE + skpPath(agencyId, skpId, '/pdf');
}

/** A signed scan kept with an approved SKP, opened as a link. */
export function skpScanUrl(agencyId: string, skpId: string, sha256: string): string {
  return API_BASE + skpPath(agencyId, skpId, `/scans/${enc(sha256)}`);
}

export function skpScans(agencyId: string, skpId: string, signal?: AbortSignal): Promise<{ items: SkpScan[] }> {
  return request('GET', skpPath(agencyId, skpId, '/scans'), { signal });
}

/**
 * PUT the signed scan's raw bytes, named by their SHA-256 (as evidence is): 201 kept, 200 already
 * kept. XMLHttpRequest for the progress of a photo on a slow line; retried once after a CSRF refusal.
 */
export function uploadSkpScan(agencyId: string, skpId: string, sha256: string, body: Blob, contentType: string, onProgress: (fraction: number) => void): Promise<SkpScan> {
  const once = async (): Promise<SkpScan> => {
    const headers: Record<string, string> = { 'Content-Type': contentType, Accept: 'application/json' };
    const token = getCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
    const res = await httpUpload('PUT', skpScanUrl(agencyId, skpId, sha256), body, headers, { onProgress: (sent, total) => total > 0 && onProgress(sent / total) });
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(res.text);
    } catch {
      // not JSON
    }
    if (res.ok) return parsed as SkpScan;
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

export const skpApi = {
  periods(year: number, signal?: AbortSignal): Promise<SkpPeriodsAnswer> {
    return request('GET', '/skp/periods', { query: { year }, signal });
  },
  create(agencyId: string, employeeId: string, body: SkpCreateBody): Promise<SkpDetail> {
    return request('POST', `/agencies/${enc(agencyId)}/employees/${enc(employeeId)}/skp`, { json: body });
  },
  detail(agencyId: string, skpId: string, signal?: AbortSignal): Promise<SkpDetail> {
    return request('GET', skpPath(agencyId, skpId), { signal });
  },
  saveDraft(agencyId: string, skpId: string, requestId: string, content: SkpContent): Promise<SkpDetail> {
    return request('PUT', skpPath(agencyId, skpId, '/draft'), { json: { requestId, content } });
  },
  step(agencyId: string, skpId: string, step: SkpStep, requestId: string): Promise<SkpDetail> {
    return request('POST', skpPath(agencyId, skpId, `/${step}`), { json: { requestId } });
  },
  /** The penilai's edit and approval in one step (e.g. the Ekspektasi Khusus Pimpinan written while approving). */
  editAndApprove(agencyId: string, skpId: string, content: SkpContent, requestId: string): Promise<SkpDetail> {
    return request('POST', skpPath(agencyId, skpId, '/edit-and-approve'), { json: { requestId, content } });
  },
  returnWithNote(agencyId: string, skpId: string, note: string, requestId: string): Promise<SkpDetail> {
    return request('POST', skpPath(agencyId, skpId, '/return'), { json: { requestId, note } });
  },
  /** The RHK of the penilai's approved SKP that this SKP may intervene. */
  penilaiRhk(agencyId: string, skpId: string, signal?: AbortSignal): Promise<PenilaiRhkAnswer> {
    return request('GET', skpPath(agencyId, skpId, '/penilai-rhk'), { signal });
  },
  /** Every version with its workflow steps. */
  versions(agencyId: string, skpId: string, signal?: AbortSignal): Promise<SkpVersionsAnswer> {
    return request('GET', skpPath(agencyId, skpId, '/versions'), { signal });
  },
  /** What changed from one version to another (rows matched by their ids). */
  diff(agencyId: string, skpId: string, from: number, to: number, signal?: AbortSignal): Promise<SkpDiffAnswer> {
    return request('GET', skpPath(agencyId, skpId, '/diff'), { query: { from, to }, signal });
  },
  /** The Matriks Peran Hasil of a leader's SKP. */
  matriks(agencyId: string, skpId: string, signal?: AbortSignal): Promise<MatriksAnswer> {
    return request('GET', skpPath(agencyId, skpId, '/matriks'), { signal });
  },
  waiting(signal?: AbortSignal): Promise<{ items: SkpSummary[] }> {
    return request('GET', '/skp/waiting', { signal });
  },
  /** The rencana aksi per RHK per month or quarter, with the periods and RHK a new one may use. */
  rencanaAksi(agencyId: string, skpId: string, signal?: AbortSignal): Promise<RencanaAksiAnswer> {
    return request('GET', skpPath(agencyId, skpId, '/rencana-aksi'), { signal });
  },
  /** Adds or changes one rencana aksi by its client-made id (a repeat changes nothing). */
  saveRencanaAksi(agencyId: string, skpId: string, id: string, body: RencanaAksiBody): Promise<RencanaAksiItem> {
    return request('PUT', skpPath(agencyId, skpId, `/rencana-aksi/${enc(id)}`), { json: body });
  },
  removeRencanaAksi(agencyId: string, skpId: string, id: string): Promise<void> {
    return request('DELETE', skpPath(agencyId, skpId, `/rencana-aksi/${enc(id)}`));
  },
  settings(agencyId: string, signal?: AbortSignal): Promise<SkpSettingsAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/skp-settings`, { signal });
  },
  changeSettings(agencyId: string, body: SkpSettingsBody): Promise<SkpSettingsAnswer> {
    return request('PUT', `/agencies/${enc(agencyId)}/skp-settings`, { json: body });
  },
};
