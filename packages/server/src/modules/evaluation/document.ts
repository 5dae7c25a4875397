import { localDateOf, type Principal, type SkpPersonSnapshot } from '@kinerja/core';
import type { EvaluationSummary } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { peopleOf } from '../skp/index.js';
import { agencyHeading, renderPdf } from '../skp-print/index.js';
import { evaluationDocument, type EvaluationDocumentModel } from './document-layout.js';
import { EVALUATION_NOT_FOUND, evaluationDetail } from './service.js';

export interface EvaluationPdf {
  bytes: Buffer;
  /** ASCII only (digits, letters, dashes): safe in Content-Disposition as it is. */
  fileName: string;
}

type PersonRow = Awaited<ReturnType<typeof peopleOf>>[number];

export function snapshot(p: PersonRow | undefined): SkpPersonSnapshot | null {
  return p ? { status: p.status, name: p.name, nip: p.nip, rank: p.rank, positionName: p.positionName, unitName: p.unitName } : null;
}

/**
 * What the Dokumen Evaluasi Kinerja Pegawai shows, for the evaluation's readers (evaluation.read,
 * through evaluationDetail): the people from the SKP's snapshot (as they were, not today's org
 * chart), the organisation's capaian and the predikat as the evaluation screen shows them (the
 * recorded one once final, else the matrix cell of the ratings now), the penilai's note, and the
 * day it was finalised in the agency's calendar as the signature date.
 */
export async function evaluationDocumentModel(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationDocumentModel> {
  const detail = await evaluationDetail(ctx, p, agencyId, evaluationId);
  // The schema refers to EvaluationSummary by $ref, which Static leaves as unknown.
  const e = detail.evaluation as EvaluationSummary;
  const [people, agency] = await Promise.all([peopleOf(ctx.db, agencyId, e.skpId), agencyHeading(ctx.db, agencyId)]);
  const pegawai = snapshot(people.find((x) => x.role === 'pegawai'));
  if (!pegawai || !agency) throw new AppError('NOT_FOUND', EVALUATION_NOT_FOUND);
  const final = e.status === 'final';
  return {
    agencyName: agency.name,
    label: e.label,
    covered: { from: e.coveredFrom, to: e.coveredTo },
    final,
    finalisedOn: final && e.finalisedAt ? localDateOf(new Date(e.finalisedAt), agency.time_zone) : null,
    pegawai,
    penilai: snapshot(people.find((x) => x.role === 'pejabat_penilai')),
    atasanPenilai: snapshot(people.find((x) => x.role === 'atasan_pejabat_penilai')),
    capaianOrganisasi: detail.capaianOrganisasi,
    leadsOrganisation: detail.leadsOrganisation,
    ratingHasilKerja: e.ratingHasilKerja,
    ratingPerilakuKerja: e.ratingPerilakuKerja,
    predikat: e.predikat,
    note: detail.ratingNote,
  };
}

export const slug = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The one-page Dokumen Evaluasi Kinerja Pegawai as an A4 PDF; a draft (not finalised) is marked DRAF. */
export async function evaluationDocumentPdf(ctx: AppContext, p: Principal, agencyId: string, evaluationId: string): Promise<EvaluationPdf> {
  const model = await evaluationDocumentModel(ctx, p, agencyId, evaluationId);
  const bytes = await renderPdf(evaluationDocument(model));
  const nip = (model.pegawai.nip ?? '').replace(/\D/g, '');
  const fileName = `Evaluasi-Kinerja-${nip || 'pegawai'}-${model.covered.from.slice(0, 4)}-${slug(model.label) || 'periode'}${model.final ? '' : '-draf'}.pdf`;
  return { bytes, fileName };
}
