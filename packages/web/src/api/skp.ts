/** SKP API (docs/api.md "SKP"): my periods, drafts saved idempotently, the workflow, the penilai's waiting list. */
import type { PenilaiRhkAnswer, SkpContent, SkpCreateBody, SkpDetail as SkpDetailRef, SkpPeriodsAnswer as SkpPeriodsRef, SkpSummary } from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type { PenilaiRhkAnswer, SkpContent, SkpCreateBody, SkpIki, SkpPerson, SkpRhk, SkpSummary } from '@kinerja/core/api';
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
  returnWithNote(agencyId: string, skpId: string, note: string, requestId: string): Promise<SkpDetail> {
    return request('POST', skpPath(agencyId, skpId, '/return'), { json: { requestId, note } });
  },
  /** The RHK of the penilai's approved SKP that this SKP may intervene. */
  penilaiRhk(agencyId: string, skpId: string, signal?: AbortSignal): Promise<PenilaiRhkAnswer> {
    return request('GET', skpPath(agencyId, skpId, '/penilai-rhk'), { signal });
  },
  waiting(signal?: AbortSignal): Promise<{ items: SkpSummary[] }> {
    return request('GET', '/skp/waiting', { signal });
  },
};
