/** Evaluation API (docs/api.md "Evaluation"): the periods of an SKP, one evaluation, realisasi, the journal's proposal, answers. */
import type {
  AnnualResultAnswer,
  EvaluationDetail as EvaluationDetailRef,
  EvaluationPeriodsAnswer as PeriodsRef,
  EvaluationProposalAnswer,
  EvaluationSummary,
  FeedbackBody,
  RatingBody,
  RealisasiBody,
  TeamAnswer,
} from '@kinerja/core/api';
import { API_BASE, request } from './client';

export type { AnnualResultAnswer, BuktiDukung, EvaluationProposalAnswer, EvaluationSummary, TeamAnswer } from '@kinerja/core/api';
// The schemas name the summary by reference, which Static reads as unknown: written out here.
export type EvaluationDetail = Omit<EvaluationDetailRef, 'evaluation'> & { evaluation: EvaluationSummary };
type PeriodRef = PeriodsRef['items'][number];
export type EvaluationPeriod = Omit<PeriodRef, 'evaluation'> & { evaluation: EvaluationSummary | null };
export type EvaluationPeriodsAnswer = Omit<PeriodsRef, 'items'> & { items: EvaluationPeriod[] };

const enc = encodeURIComponent;
const evalPath = (agencyId: string, evaluationId: string, tail = '') => `/agencies/${enc(agencyId)}/evaluations/${enc(evaluationId)}${tail}`;

/** The one-page Dokumen Evaluasi Kinerja Pegawai (A4 PDF; marked DRAF until finalised), for a link. */
export function evaluationDocumentUrl(agencyId: string, evaluationId: string): string {
  return API_BASE + evalPath(agencyId, evaluationId, '/document/pdf');
}

export const evaluationApi = {
  periods(agencyId: string, skpId: string, signal?: AbortSignal): Promise<EvaluationPeriodsAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/skp/${enc(skpId)}/evaluations`, { signal });
  },
  open(agencyId: string, skpId: string, kind: EvaluationPeriod['kind'], periodFrom: string): Promise<EvaluationDetail> {
    return request('POST', `/agencies/${enc(agencyId)}/skp/${enc(skpId)}/evaluations`, { json: { kind, periodFrom } });
  },
  detail(agencyId: string, evaluationId: string, signal?: AbortSignal): Promise<EvaluationDetail> {
    return request('GET', evalPath(agencyId, evaluationId), { signal });
  },
  proposal(agencyId: string, evaluationId: string, signal?: AbortSignal): Promise<EvaluationProposalAnswer> {
    return request('GET', evalPath(agencyId, evaluationId, '/proposal'), { signal });
  },
  saveRealisasi(agencyId: string, evaluationId: string, ikiId: string, body: RealisasiBody): Promise<EvaluationDetail> {
    return request('PUT', evalPath(agencyId, evaluationId, `/realisasi/${enc(ikiId)}`), { json: body });
  },
  /** The realisasi of one rencana aksi of the covered days (issue 16 item 5). */
  saveRealisasiAksi(agencyId: string, evaluationId: string, rencanaAksiId: string, realisasi: string): Promise<EvaluationDetail> {
    return request('PUT', evalPath(agencyId, evaluationId, `/realisasi-aksi/${enc(rencanaAksiId)}`), { json: { realisasi } });
  },
  answer(agencyId: string, evaluationId: string, feedbackId: string, text: string): Promise<EvaluationDetail> {
    return request('PUT', evalPath(agencyId, evaluationId, `/feedback/${enc(feedbackId)}/answer`), { json: { text } });
  },
  feedback(agencyId: string, evaluationId: string, feedbackId: string, body: FeedbackBody): Promise<EvaluationDetail> {
    return request('PUT', evalPath(agencyId, evaluationId, `/feedback/${enc(feedbackId)}`), { json: body });
  },
  rate(agencyId: string, evaluationId: string, body: RatingBody): Promise<EvaluationDetail> {
    return request('PUT', evalPath(agencyId, evaluationId, '/rating'), { json: body });
  },
  finalise(agencyId: string, evaluationId: string, requestId: string): Promise<EvaluationDetail> {
    return request('POST', evalPath(agencyId, evaluationId, '/finalise'), { json: { requestId } });
  },
  /** The penilai's team for a calendar period (default: the one running now). */
  team(period: { periodFrom: string; periodTo: string } | null, signal?: AbortSignal): Promise<TeamAnswer> {
    const q = period ? `?periodFrom=${enc(period.periodFrom)}&periodTo=${enc(period.periodTo)}` : '';
    return request('GET', `/evaluation-team${q}`, { signal });
  },
  annual(agencyId: string, employeeId: string, year: number, signal?: AbortSignal): Promise<AnnualResultAnswer> {
    return request('GET', `/agencies/${enc(agencyId)}/employees/${enc(employeeId)}/evaluation-annual?year=${year}`, { signal });
  },
};
